import type { ActivityNotifier, BroadcastActivity, Recipient, SendResult } from '../../features/reminders/index.ts';
import type { TokenSource } from './token-source.ts';

export type TeamsNotifierOptions = {
  /** Omitted in local mode: no Authorization header, as the Playground expects. */
  readonly tokenSource?: TokenSource;
  /** Keep it below the dispatcher's lease, or a slow send could be claimed twice. */
  readonly timeoutMs?: number;
  readonly fetch?: typeof fetch;
};

/**
 * The one place that talks HTTP to the Bot Connector: POST {serviceUrl}/v3/conversations/{id}/activities.
 * Every HTTP answer comes back as data for the retry policy; only "no answer at all" is a network error.
 */
export class TeamsNotifier implements ActivityNotifier {
  private readonly tokenSource: TokenSource | undefined;
  private readonly timeoutMs: number;
  private readonly fetchFn: typeof fetch;

  constructor(options: TeamsNotifierOptions = {}) {
    this.tokenSource = options.tokenSource;
    this.timeoutMs = options.timeoutMs ?? 15_000;
    this.fetchFn = options.fetch ?? fetch;
  }

  async send(recipient: Recipient, activity: BroadcastActivity, idempotencyKey: string): Promise<SendResult> {
    try {
      const response = await this.fetchFn(activitiesUrl(recipient), {
        method: 'POST',
        headers: await this.headers(idempotencyKey),
        body: JSON.stringify(addressed(activity, recipient)),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
      const body = await response.text();
      if (response.ok) return { kind: 'accepted', activityId: readString(body, (j) => j.id) };
      if (response.status === 401) this.tokenSource?.invalidate();
      return {
        kind: 'rejected',
        httpStatus: response.status,
        code: readString(body, (j) => (j.error as Record<string, unknown> | undefined)?.code),
        retryAfter: response.headers.get('retry-after'),
      };
    } catch (error) {
      return { kind: 'network_error', message: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
    }
  }

  private async headers(idempotencyKey: string): Promise<Record<string, string>> {
    // The connector does not deduplicate; the key makes each delivery traceable across retries (and lets the
    // simulator count duplicates). Header name after the IETF httpapi "Idempotency-Key" draft.
    const headers: Record<string, string> = { 'content-type': 'application/json; charset=utf-8', 'idempotency-key': idempotencyKey };
    if (this.tokenSource) headers.authorization = `Bearer ${await this.tokenSource.token()}`;
    return headers;
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

function readString(body: string, pick: (json: Record<string, unknown>) => unknown): string | null {
  try {
    const value = pick(JSON.parse(body) as Record<string, unknown>);
    return typeof value === 'string' ? value : null;
  } catch {
    return null;
  }
}
