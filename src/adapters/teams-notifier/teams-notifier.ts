import type { ActivityNotifier, BroadcastActivity, Recipient, SendResult } from '../../features/reminders/index.ts';
import type { TeamsNotifierOptions } from './connector-client.ts';
import { ConnectorClient, errorText, readJsonString } from './connector-client.ts';

export type { TeamsNotifierOptions } from './connector-client.ts';

/**
 * Delivers activities: POST {serviceUrl}/v3/conversations/{id}/activities through the connector client.
 * Every HTTP answer comes back as data for the retry policy; only "no answer at all" is a network error.
 */
export class TeamsNotifier implements ActivityNotifier {
  private readonly connector: ConnectorClient;

  constructor(options: TeamsNotifierOptions = {}) {
    this.connector = new ConnectorClient(options);
  }

  async send(recipient: Recipient, activity: BroadcastActivity, idempotencyKey: string): Promise<SendResult> {
    try {
      // The connector does not deduplicate; the key makes each delivery traceable across retries (and lets the
      // simulator count duplicates). Header name after the IETF httpapi "Idempotency-Key" draft.
      const answer = await this.connector.post(activitiesUrl(recipient), addressed(activity, recipient), { 'idempotency-key': idempotencyKey });
      if (answer.ok) return { kind: 'accepted', activityId: readJsonString(answer.body, (j) => j.id) };
      return {
        kind: 'rejected',
        httpStatus: answer.status,
        code: readJsonString(answer.body, (j) => (j.error as Record<string, unknown> | undefined)?.code),
        retryAfter: answer.headers.get('retry-after'),
      };
    } catch (error) {
      return { kind: 'network_error', message: errorText(error) };
    }
  }
}

export function activitiesUrl(recipient: Recipient): string {
  return `${recipient.serviceUrl.replace(/\/+$/, '')}/v3/conversations/${encodeURIComponent(recipient.conversationId)}/activities`;
}

/** The bot builds the card; the conversation comes from the stored reference, as botbuilder's continueConversation does. */
function addressed(activity: BroadcastActivity, recipient: Recipient): BroadcastActivity {
  const conversation = typeof activity.conversation === 'object' && activity.conversation !== null ? activity.conversation : {};
  return { type: 'message', ...activity, conversation: { ...conversation, id: recipient.conversationId } };
}
