import type { OpenConversationError, PersonalConversationOpener, TeamsMember } from '../../features/contacts/index.ts';
import { err, ok, type Result } from '../../features/shared/index.ts';
import type { TeamsNotifierOptions } from './connector-client.ts';
import { ConnectorClient, errorText, readJsonString } from './connector-client.ts';

/**
 * Opens the bot's 1:1 chat with a person: POST {serviceUrl}/v3/conversations, as botbuilder's createConversation does.
 * Teams only allows it while the app is installed for that person or in a team they belong to; otherwise it answers
 * 403 (or 404 for an unknown member), which no retry changes.
 */
export class TeamsConversationOpener implements PersonalConversationOpener {
  private readonly connector: ConnectorClient;

  constructor(options: TeamsNotifierOptions = {}) {
    this.connector = new ConnectorClient(options);
  }

  async open(member: TeamsMember): Promise<Result<{ conversationId: string }, OpenConversationError>> {
    try {
      const answer = await this.connector.post(conversationsUrl(member.serviceUrl), createConversationBody(member));
      if (!answer.ok) return err(refusal(answer.status, answer.body));
      const id = readJsonString(answer.body, (j) => j.id);
      return id ? ok({ conversationId: id }) : err({ code: 'failed', permanent: false, httpStatus: answer.status, detail: 'no conversation id in the answer' });
    } catch (error) {
      return err({ code: 'failed', permanent: false, detail: errorText(error) });
    }
  }
}

export function conversationsUrl(serviceUrl: string): string {
  return `${serviceUrl.replace(/\/+$/, '')}/v3/conversations`;
}

/** Teams wants the tenant twice: top-level for the connector, in channelData for Teams itself. */
export function createConversationBody(member: TeamsMember): Record<string, unknown> {
  return {
    bot: { id: member.botId },
    members: [{ id: member.teamsUserId }],
    tenantId: member.tenantId,
    isGroup: false,
    channelData: { tenant: { id: member.tenantId } },
  };
}

/** 403/404: not installed for the person. 400: the same request never works. 401, 429, 5xx: may work later. */
function refusal(status: number, body: string): OpenConversationError {
  const detail = body.slice(0, 200) || undefined;
  if (status === 403 || status === 404) return { code: 'not_allowed', permanent: true, httpStatus: status, detail };
  return { code: 'failed', permanent: status === 400, httpStatus: status, detail };
}
