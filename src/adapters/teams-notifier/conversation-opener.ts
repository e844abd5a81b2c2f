import type { OpenConversationError, PersonalConversationOpener, TeamsMember } from '../../features/contacts/index.ts';
import { err, ok, type Result } from '../../features/shared/index.ts';
import type { TeamsNotifierOptions } from './teams-notifier.ts';
import type { TokenSource } from './token-source.ts';

/**
 * Opens the bot's 1:1 chat with a person: POST {serviceUrl}/v3/conversations, as botbuilder's createConversation does.
 * Teams only allows it while the app is installed for that person or in a team they belong to; otherwise it answers
 * 403 (or 404 for an unknown member), which no retry changes.
 */
export class TeamsConversationOpener implements PersonalConversationOpener {
  private readonly tokenSource: TokenSource | undefined;
  private readonly timeoutMs: number;
  private readonly fetchFn: typeof fetch;

  constructor(options: TeamsNotifierOptions = {}) {
    this.tokenSource = options.tokenSource;
    this.timeoutMs = options.timeoutMs ?? 15_000;
    this.fetchFn = options.fetch ?? fetch;
  }

  async open(member: TeamsMember): Promise<Result<{ conversationId: string }, OpenConversationError>> {
    try {
      const response = await this.fetchFn(conversationsUrl(member.serviceUrl), {
        method: 'POST',
        headers: await this.headers(),
        body: JSON.stringify(createConversationBody(member)),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
      const body = await response.text();
      if (response.ok) {
        const id = readId(body);
        return id ? ok({ conversationId: id }) : err({ code: 'failed', permanent: false, httpStatus: response.status, detail: 'no conversation id in the answer' });
      }
      if (response.status === 401) this.tokenSource?.invalidate();
      return err(refusal(response.status, body));
    } catch (error) {
      return err({ code: 'failed', permanent: false, detail: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
    }
  }

  private async headers(): Promise<Record<string, string>> {
    const headers: Record<string, string> = { 'content-type': 'application/json; charset=utf-8' };
    if (this.tokenSource) headers.authorization = `Bearer ${await this.tokenSource.token()}`;
    return headers;
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

function readId(body: string): string | undefined {
  try {
    const id = (JSON.parse(body) as { id?: unknown }).id;
    return typeof id === 'string' && id.length > 0 ? id : undefined;
  } catch {
    return undefined;
  }
}
