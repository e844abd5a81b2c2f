import { err, ok, type Clock, type Result } from '../shared/index.ts';
import {
  BroadcastActivitySchema,
  RecipientSchema,
  isEmptyActivity,
  type BroadcastSummary,
  type FailureReason,
  type Recipient,
} from './broadcast.model.ts';
import type { DeliveryCounts, DeliveryRepository, NewDelivery } from './broadcast.ports.ts';

export type CreateBroadcastInput = {
  /** The bot passes its draft id, so a double-clicked "Senden" creates one broadcast, not two. */
  readonly broadcastId: string;
  readonly activity: unknown;
  readonly recipients: readonly unknown[];
  readonly createdBy: string;
  /** Omitted: now. */
  readonly sendAt?: Date;
};

export type BroadcastError =
  | { readonly code: 'invalid_message' }
  | { readonly code: 'empty_message' }
  | { readonly code: 'no_recipients' }
  | { readonly code: 'invalid_recipient'; readonly index: number }
  | { readonly code: 'schedule_in_past'; readonly sendAt: Date; readonly now: Date }
  | { readonly code: 'broadcast_not_found'; readonly broadcastId: string };

export type BroadcastCreated = { readonly broadcastId: string; readonly recipients: number; readonly sendAt: Date; readonly created: boolean };
export type RetryFailedResult = { readonly requeued: number; readonly permanentSkipped: number };

export type BroadcastServiceDeps = {
  readonly deliveries: DeliveryRepository;
  readonly clock: Clock;
  readonly newId: (prefix: string) => string;
  /** Tells a running dispatcher to look now rather than at its next poll. */
  readonly onQueued?: () => void;
};

/** Creating, watching, retrying and cancelling broadcasts; sending is the dispatcher's job. */
export class BroadcastService {
  private readonly deps: BroadcastServiceDeps;

  constructor(deps: BroadcastServiceDeps) {
    this.deps = deps;
  }

  async create(input: CreateBroadcastInput): Promise<Result<BroadcastCreated, BroadcastError>> {
    const activity = BroadcastActivitySchema.safeParse(input.activity);
    if (!activity.success) return err({ code: 'invalid_message' });
    if (isEmptyActivity(activity.data)) return err({ code: 'empty_message' });
    const recipients = parseRecipients(input.recipients);
    if (!recipients.ok) return recipients;
    if (recipients.value.length === 0) return err({ code: 'no_recipients' });
    const now = this.deps.clock.now();
    const sendAt = input.sendAt ?? now;
    if (sendAt.getTime() < now.getTime()) return err({ code: 'schedule_in_past', sendAt, now });

    const deliveries: NewDelivery[] = recipients.value.map((recipient) => ({ id: this.deps.newId('dlv'), recipient }));
    const broadcast = { id: input.broadcastId, activity: activity.data, createdBy: input.createdBy, createdAt: now, sendAt, recipientCount: deliveries.length };
    const { created } = await this.deps.deliveries.saveBroadcast(broadcast, deliveries);
    if (created) this.deps.onQueued?.();
    const stored = created ? broadcast : await this.deps.deliveries.findBroadcast(input.broadcastId);
    return ok({ broadcastId: input.broadcastId, recipients: stored?.recipientCount ?? deliveries.length, sendAt: stored?.sendAt ?? sendAt, created });
  }

  async summary(broadcastId: string): Promise<Result<BroadcastSummary, BroadcastError>> {
    const broadcast = await this.deps.deliveries.findBroadcast(broadcastId);
    if (!broadcast) return err({ code: 'broadcast_not_found', broadcastId });
    return ok(summarise(broadcastId, await this.deps.deliveries.counts(broadcastId)));
  }

  /** "An Fehlgeschlagene erneut senden": permanent failures (blocked, uninstalled) only when explicitly included. */
  async retryFailed(broadcastId: string, options: { includePermanent: boolean }): Promise<Result<RetryFailedResult, BroadcastError>> {
    const before = await this.summary(broadcastId);
    if (!before.ok) return before;
    const requeued = await this.deps.deliveries.requeueFailed(broadcastId, options.includePermanent, this.deps.clock.now());
    if (requeued > 0) this.deps.onQueued?.();
    return ok({ requeued, permanentSkipped: options.includePermanent ? 0 : before.value.failed.permanent });
  }

  /** Stops what has not been sent yet; messages already on the wire cannot be called back. */
  async cancel(broadcastId: string): Promise<Result<{ cancelled: number }, BroadcastError>> {
    const broadcast = await this.deps.deliveries.findBroadcast(broadcastId);
    if (!broadcast) return err({ code: 'broadcast_not_found', broadcastId });
    return ok({ cancelled: await this.deps.deliveries.cancelBroadcast(broadcastId, this.deps.clock.now()) });
  }
}

/** One delivery per person: the same userKey twice in an audience (two roles, two sessions) is sent once. */
function parseRecipients(input: readonly unknown[]): Result<Recipient[], BroadcastError> {
  const seen = new Set<string>();
  const recipients: Recipient[] = [];
  for (const [index, candidate] of input.entries()) {
    const parsed = RecipientSchema.safeParse(candidate);
    if (!parsed.success) return err({ code: 'invalid_recipient', index });
    if (seen.has(parsed.data.userKey)) continue;
    seen.add(parsed.data.userKey);
    recipients.push(parsed.data);
  }
  return ok(recipients);
}

export function summarise(broadcastId: string, counts: DeliveryCounts): BroadcastSummary {
  const n = (status: keyof DeliveryCounts['byStatus']) => counts.byStatus[status] ?? 0;
  const byReason: Partial<Record<FailureReason, number>> = {};
  let permanent = 0;
  for (const f of counts.failures) {
    byReason[f.reason] = (byReason[f.reason] ?? 0) + f.count;
    if (f.permanent) permanent += f.count;
  }
  const failed = n('failed');
  const pending = n('pending') + n('sending');
  return {
    broadcastId,
    total: pending + n('sent') + failed + n('cancelled'),
    pending,
    sending: n('sending'),
    sent: n('sent'),
    cancelled: n('cancelled'),
    failed: { total: failed, retryable: failed - permanent, permanent, byReason },
    finished: pending === 0,
  };
}
