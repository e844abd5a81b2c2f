import type { Broadcast, BroadcastActivity, Delivery, DeliveryFailure, DeliveryStatus, FailureReason, Recipient } from './broadcast.model.ts';

/** One HTTP answer from the Bot Connector, already read; the notifier adapter never throws for an HTTP status. */
export type SendResult =
  | { readonly kind: 'accepted'; readonly activityId: string | null }
  | { readonly kind: 'rejected'; readonly httpStatus: number; readonly code: string | null; readonly retryAfter: string | null }
  /** No answer: refused connection, reset, timeout. The message may or may not have arrived. */
  | { readonly kind: 'network_error'; readonly message: string };

export interface ActivityNotifier {
  /** `idempotencyKey` is the same for every attempt of one delivery. */
  send(recipient: Recipient, activity: BroadcastActivity, idempotencyKey: string): Promise<SendResult>;
}

export type NewBroadcast = Omit<Broadcast, 'cancelledAt'>;
export type NewDelivery = { readonly id: string; readonly recipient: Recipient };

export type DeliveryCounts = {
  readonly byStatus: Readonly<Partial<Record<DeliveryStatus, number>>>;
  readonly failures: ReadonlyArray<{ readonly reason: FailureReason; readonly permanent: boolean; readonly count: number }>;
};

export type LastError = { readonly httpStatus: number | null; readonly code: string | null };

export type Settlement =
  | { readonly id: string; readonly kind: 'sent'; readonly activityId: string | null }
  | { readonly id: string; readonly kind: 'retry'; readonly nextAttemptAt: Date; readonly lastError: LastError }
  | { readonly id: string; readonly kind: 'failed'; readonly failure: DeliveryFailure }
  /** Claimed but never sent (shutdown, lease about to run out): back to pending, the attempt not counted. */
  | { readonly id: string; readonly kind: 'released' };

export interface DeliveryRepository {
  /**
   * Stores the broadcast and one delivery per recipient, each exactly once: a second call with the same broadcast id
   * or the same (broadcast, userKey) changes nothing. All in one transaction.
   */
  saveBroadcast(broadcast: NewBroadcast, deliveries: readonly NewDelivery[]): Promise<{ created: boolean }>;
  findBroadcast(id: string): Promise<Broadcast | undefined>;
  /** Tenants that have a delivery due: `pending` with `nextAttemptAt <= now`, or `sending` with an expired lease. */
  findDueTenants(now: Date): Promise<string[]>;
  findDue(now: Date, tenantId: string, limit: number): Promise<Delivery[]>;
  /** The earliest instant something open becomes due (a retry, a scheduled broadcast, a lease); none when all settled. */
  nextDueAt(): Promise<Date | undefined>;
  /**
   * Claims the given deliveries that are still due, right before their HTTP calls: `sending` until `leaseUntil`,
   * attempts + 1. Returns the ones claimed; one transaction for the whole batch.
   */
  claim(ids: readonly string[], workerId: string, now: Date, leaseUntil: Date): Promise<Delivery[]>;
  /**
   * Records attempt outcomes in one transaction. `sent` always wins, whoever holds the claim — it must never be sent
   * again; `retry` and `failed` apply only while this worker still holds the claim. Returns how many applied.
   */
  settle(settlements: readonly Settlement[], workerId: string, now: Date): Promise<number>;
  counts(broadcastId: string): Promise<DeliveryCounts>;
  /** Failed deliveries back to `pending` now; permanent ones only when asked. */
  requeueFailed(broadcastId: string, includePermanent: boolean, now: Date): Promise<number>;
  /** Pending (not in-flight) deliveries become `cancelled`, and the broadcast remembers when. */
  cancelBroadcast(broadcastId: string, now: Date): Promise<number>;
}
