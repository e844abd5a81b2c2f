import type { BroadcastActivity, Delivery } from './broadcast.model.ts';
import { DEFAULT_DISPATCHER_OPTIONS, type DispatcherDeps, type DispatcherOptions } from './dispatcher.config.ts';
import { judgeAttempt, type AttemptVerdict } from './retry.policy.ts';
import { SendRateLimiter } from './send-rate-limiter.ts';

const SCAN_DEPTH = 16;
const MIN_IDLE_MS = 10;

/**
 * Sends due deliveries at the rate Teams allows: per-tenant queues filled from the store, a token bucket per tenant
 * and per conversation, a pool of in-flight sends shared by all tenants. Each delivery is claimed (`sending` + lease)
 * right before its HTTP call and settled right after, so a crash leaves at most the in-flight ones unconfirmed.
 */
export class DeliveryDispatcher {
  private readonly deps: DispatcherDeps;
  private readonly options: DispatcherOptions;
  private readonly limiter: SendRateLimiter;
  private readonly queues = new Map<string, Delivery[]>();
  private readonly known = new Set<string>();
  private readonly inFlight = new Set<Promise<void>>();
  private readonly activities = new Map<string, Promise<BroadcastActivity | undefined>>();
  private running: Promise<void> | undefined;
  private stopping = false;
  private refillNeeded = true;
  private nextRefillAtMs = 0;
  private wakeUp: (() => void) | undefined;
  private woken = false;

  constructor(deps: DispatcherDeps) {
    this.deps = deps;
    this.options = { ...DEFAULT_DISPATCHER_OPTIONS, ...deps.options };
    this.limiter = new SendRateLimiter(this.options.rates);
  }

  /** Runs until `stop()`, polling for due deliveries. */
  start(): void {
    this.stopping = false;
    this.running ??= this.loop(false).finally(() => (this.running = undefined));
  }

  /** Finishes the sends on the wire, leaves everything else pending in the store. */
  async stop(): Promise<void> {
    this.stopping = true;
    this.wake();
    await this.running;
  }

  /** Runs until nothing is open any more (benchmarks, tests, one-off jobs). */
  async runUntilSettled(): Promise<void> {
    this.stopping = false;
    await this.loop(true);
  }

  /** A broadcast was just created: look for it now instead of at the next poll. */
  notify(): void {
    this.refillNeeded = true;
    this.wake();
  }

  private async loop(untilSettled: boolean): Promise<void> {
    while (!this.stopping) {
      const nowMs = this.deps.clock.now().getTime();
      if (this.refillNeeded || nowMs >= this.nextRefillAtMs) await this.refill(new Date(nowMs)).catch((e: unknown) => this.deps.onError?.(e, null));
      const waitMs = this.dispatch(nowMs);
      if (untilSettled && (await this.settled())) break;
      await this.pause(Math.min(waitMs, this.nextRefillAtMs - nowMs));
    }
    await Promise.allSettled([...this.inFlight]);
    this.queues.clear();
    this.known.clear();
  }

  private async refill(now: Date): Promise<void> {
    this.refillNeeded = false;
    this.nextRefillAtMs = now.getTime() + this.options.pollIntervalMs;
    const { deliveries } = this.deps;
    for (const tenantId of await deliveries.findDueTenants(now)) {
      if (this.queues.get(tenantId)?.length) continue;
      const fresh = (await deliveries.findDue(now, tenantId, this.options.batchPerTenant)).filter((d) => !this.known.has(d.id));
      fresh.forEach((d) => this.known.add(d.id));
      if (fresh.length > 0) this.queues.set(tenantId, fresh);
    }
    if (this.queues.size === 0) {
      const next = (await deliveries.nextDueAt())?.getTime() ?? Infinity;
      this.nextRefillAtMs = Math.max(now.getTime() + MIN_IDLE_MS, Math.min(this.nextRefillAtMs, next));
    }
  }

  /** Starts every send the buckets allow now; returns ms until the next one could start. */
  private dispatch(nowMs: number): number {
    let waitMs = Infinity;
    for (let progressed = true; progressed && this.inFlight.size < this.options.maxInFlight; ) {
      progressed = false;
      for (const [tenantId, queue] of this.queues) {
        if (this.inFlight.size >= this.options.maxInFlight) break;
        const pick = this.pickReady(tenantId, queue, nowMs);
        if (typeof pick === 'number') {
          waitMs = Math.min(waitMs, pick);
          continue;
        }
        progressed = true;
        this.launch(pick);
        if (queue.length === 0) {
          this.queues.delete(tenantId);
          this.refillNeeded = true;
        }
      }
    }
    return this.inFlight.size >= this.options.maxInFlight ? Infinity : waitMs;
  }

  /** The first queued delivery whose tenant and conversation both have a token (taken), or the wait in ms. */
  private pickReady(tenantId: string, queue: Delivery[], nowMs: number): Delivery | number {
    const tenantWait = this.limiter.tenantWaitMs(tenantId, nowMs);
    if (tenantWait > 0) return tenantWait;
    let waitMs = Infinity;
    for (let i = 0; i < Math.min(queue.length, SCAN_DEPTH); i++) {
      const wait = this.limiter.tryAcquire(tenantId, queue[i]!.recipient.conversationId, nowMs);
      if (wait === 0) return queue.splice(i, 1)[0]!;
      waitMs = Math.min(waitMs, wait);
    }
    return waitMs;
  }

  private launch(delivery: Delivery): void {
    const sending: Promise<void> = this.deliver(delivery)
      .catch((error: unknown) => this.deps.onError?.(error, delivery.id))
      .finally(() => {
        this.inFlight.delete(sending);
        this.known.delete(delivery.id);
        this.wake();
      });
    this.inFlight.add(sending);
  }

  private async deliver(queued: Delivery): Promise<void> {
    const { deliveries, clock, workerId } = this.deps;
    const claimedAt = clock.now();
    const delivery = await deliveries.claim(queued.id, workerId, claimedAt, new Date(claimedAt.getTime() + this.options.leaseMs));
    if (!delivery) return;
    const activity = await this.activityFor(delivery.broadcastId);
    const verdict: AttemptVerdict = activity
      ? await this.attempt(delivery, activity)
      : { kind: 'failed', failure: { reason: 'broadcast_missing', permanent: false, httpStatus: null, code: null } };
    await this.record(delivery, verdict, clock.now());
    this.deps.onOutcome?.({ delivery, verdict });
  }

  private async attempt(delivery: Delivery, activity: BroadcastActivity): Promise<AttemptVerdict> {
    const result = await this.deps.notifier
      .send(delivery.recipient, activity, delivery.id)
      .catch((error: unknown) => ({ kind: 'network_error' as const, message: String(error) }));
    return judgeAttempt(result, delivery.attempts, this.options.retry, this.deps.clock.now(), this.deps.random);
  }

  private async record(delivery: Delivery, verdict: AttemptVerdict, now: Date): Promise<void> {
    const { deliveries, workerId } = this.deps;
    if (verdict.kind === 'sent') await deliveries.markSent(delivery.id, now, verdict.activityId);
    else if (verdict.kind === 'failed') await deliveries.markFailed(delivery.id, workerId, verdict.failure, now);
    else {
      const at = new Date(now.getTime() + verdict.delayMs);
      await deliveries.reschedule(delivery.id, workerId, at, { httpStatus: verdict.httpStatus, code: verdict.code }, now);
    }
  }

  private activityFor(broadcastId: string): Promise<BroadcastActivity | undefined> {
    let activity = this.activities.get(broadcastId);
    if (!activity) {
      activity = this.deps.deliveries.findBroadcast(broadcastId).then((b) => b?.activity);
      activity.catch(() => this.activities.delete(broadcastId));
      this.activities.set(broadcastId, activity);
    }
    return activity;
  }

  private async settled(): Promise<boolean> {
    return this.inFlight.size === 0 && this.queues.size === 0 && (await this.deps.deliveries.nextDueAt()) === undefined;
  }

  /** Sleeps until the next token, the next poll, or a finished send — whichever comes first. */
  private async pause(ms: number): Promise<void> {
    if (!this.stopping && !this.woken) {
      await new Promise<void>((resolve) => {
        this.wakeUp = resolve;
        void this.deps.sleep(Math.max(1, ms)).then(resolve);
      });
    }
    this.wakeUp = undefined;
    this.woken = false;
  }

  private wake(): void {
    this.woken = true;
    this.wakeUp?.();
  }
}
