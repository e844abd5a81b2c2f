import type { BroadcastActivity, Delivery } from './broadcast.model.ts';
import type { Settlement } from './broadcast.ports.ts';
import { DEFAULT_DISPATCHER_OPTIONS, type DeliveryOutcome, type DispatcherDeps, type DispatcherOptions } from './dispatcher.config.ts';
import { judgeAttempt, type AttemptVerdict } from './retry.policy.ts';
import { SendRateLimiter } from './send-rate-limiter.ts';
import { TenantLanes } from './tenant-lanes.ts';

/**
 * Sends due deliveries at the rate Teams allows. Due deliveries are read per tenant, claimed a little ahead
 * (`sending` + lease), and launched when the tenant's and the conversation's token buckets allow — no store access
 * on that path. Outcomes and new claims are written together on a timer, in one commit. A pool slot is held from
 * the start of the HTTP call until the outcome is stored, so a crash leaves at most `maxInFlight` messages
 * delivered but not marked sent; every other claim is simply taken up again after its lease.
 */
export class DeliveryDispatcher {
  private readonly deps: DispatcherDeps;
  private readonly options: DispatcherOptions;
  private readonly lanes: TenantLanes;
  /** In a lane, on the wire or awaiting its stored outcome: never read into a lane twice. */
  private readonly known = new Set<string>();
  private readonly finished: DeliveryOutcome[] = [];
  private readonly activities = new Map<string, BroadcastActivity | null>();
  private inFlight = 0;
  private tokenWaitMs = Infinity;
  private flushing: Promise<void> | undefined;
  private refilling: Promise<void> | undefined;
  private lastFlushMs = -Infinity;
  private running: Promise<void> | undefined;
  private stopping = false;
  private refillNeeded = true;
  private nextRefillAtMs = 0;
  private wakeUp: (() => void) | undefined;
  private woken = false;

  constructor(deps: DispatcherDeps) {
    this.deps = deps;
    this.options = { ...DEFAULT_DISPATCHER_OPTIONS, ...deps.options };
    this.lanes = new TenantLanes(new SendRateLimiter(this.options.rates));
  }

  /** Runs until `stop()`, polling for due deliveries. */
  start(): void {
    this.stopping = false;
    this.running ??= this.loop(false).finally(() => (this.running = undefined));
  }

  /** Sends nothing new, stores the outcomes of the sends on the wire, hands unsent claims back; then returns. */
  async stop(): Promise<void> {
    this.stopping = true;
    this.wake();
    await this.running;
  }

  /** Runs until nothing is open any more (benchmarks, tests, one-off runs). */
  async runUntilSettled(): Promise<void> {
    this.stopping = false;
    await this.loop(true);
  }

  /** A broadcast was just created or re-queued: look now instead of at the next poll. */
  notify(): void {
    this.refillNeeded = true;
    this.wake();
  }

  private async loop(untilSettled: boolean): Promise<void> {
    for (;;) {
      const now = this.deps.clock.now();
      const nowMs = now.getTime();
      if (!this.stopping) this.launchReady(nowMs);
      if (!this.flushing && this.wantsFlush(nowMs)) this.flushing = this.flush(now).finally(() => this.settle('flushing'));
      if (this.stopping && this.idle()) break;
      // Checked before the next poll starts, or a poll that finds nothing would keep the loop from ever being idle.
      if (untilSettled && this.idle() && (await this.deps.deliveries.nextDueAt()) === undefined) break;
      // Store work runs beside the loop: reads queue behind a commit, and tokens must not wait for either.
      if (!this.stopping && !this.refilling && (this.refillNeeded || nowMs >= this.nextRefillAtMs)) {
        this.refilling = this.refill(now)
          .catch((error: unknown) => this.deps.onError?.(error, null))
          .finally(() => this.settle('refilling'));
      }
      await this.pause(this.nextWakeMs(nowMs));
    }
    await this.refilling;
    this.lanes.clear();
    this.known.clear();
  }

  /** Marks background store work as done and lets the loop act on its result at once. */
  private settle(work: 'refilling' | 'flushing'): void {
    this[work] = undefined;
    this.wake();
  }

  private async refill(now: Date): Promise<void> {
    this.refillNeeded = false;
    this.nextRefillAtMs = now.getTime() + this.options.pollIntervalMs;
    const { deliveries } = this.deps;
    const lowWater = 2 * this.claimTarget();
    for (const tenantId of await deliveries.findDueTenants(now)) {
      // Topped up before it runs dry, so a read stuck behind a slow commit never leaves the tenant idle. The rows
      // already held here come first in the answer, hence the larger limit.
      const queued = this.lanes.queuedCount(tenantId);
      if (queued >= lowWater) continue;
      const limit = queued + lowWater + this.options.batchPerTenant;
      const fresh = (await deliveries.findDue(now, tenantId, limit)).filter((d) => !this.known.has(d.id));
      fresh.forEach((d) => this.known.add(d.id));
      this.lanes.enqueue(tenantId, fresh);
    }
    if (this.lanes.isEmpty()) {
      const next = (await deliveries.nextDueAt())?.getTime() ?? Infinity;
      this.nextRefillAtMs = Math.max(now.getTime() + this.options.tickMs, Math.min(this.nextRefillAtMs, next));
    }
  }

  private launchReady(nowMs: number): void {
    const { picked, waitMs } = this.lanes.pickReady(nowMs, this.options.maxInFlight - this.inFlight);
    this.tokenWaitMs = waitMs;
    for (const delivery of picked) {
      this.inFlight += 1;
      void this.attempt(delivery).then((verdict) => {
        this.finished.push({ delivery, verdict, at: this.deps.clock.now() });
        if (this.stopping) this.wake();
      });
    }
  }

  /** Never rejects: a thrown notifier error is a network error, an unreadable broadcast a retry. */
  private async attempt(delivery: Delivery): Promise<AttemptVerdict> {
    const activity = this.activities.get(delivery.broadcastId);
    const { retry } = this.options;
    if (activity === null) return { kind: 'failed', failure: { reason: 'broadcast_missing', permanent: false, httpStatus: null, code: null } };
    if (activity === undefined) return { kind: 'retry', delayMs: retry.baseDelayMs, httpStatus: null, code: null };
    const result = await this.deps.notifier
      .send(delivery.recipient, activity, delivery.id)
      .catch((error: unknown) => ({ kind: 'network_error' as const, message: String(error) }));
    return judgeAttempt(result, delivery.attempts, retry, this.deps.clock.now(), this.deps.random);
  }

  private claimTarget = (): number => Math.max(1, Math.ceil((this.options.rates.perTenant.ratePerSecond * this.options.claimAheadMs) / 1000));

  private wantsFlush(nowMs: number): boolean {
    if (!this.stopping && nowMs - this.lastFlushMs < this.options.flushIntervalMs) return false;
    return this.finished.length > 0 || (this.stopping ? this.lanes.readyCount() > 0 : this.lanes.wantsClaims(this.claimTarget));
  }

  /** One commit: outcomes of finished sends, unsendable claims handed back, new claims to keep the lanes fed. */
  private async flush(now: Date): Promise<void> {
    const { deliveries, workerId, onError } = this.deps;
    this.lastFlushMs = now.getTime();
    const outcomes = this.finished.splice(0);
    // Send a claim only in the first half of its lease, so it can never overlap with a takeover by another worker.
    const released = this.lanes.takeExpiring(this.stopping ? Infinity : now.getTime() - this.options.leaseMs / 2);
    const toClaim = this.stopping ? [] : this.lanes.takeForClaim(this.claimTarget);
    const settlements = [...outcomes.map(settlementOf), ...released.map((d): Settlement => ({ id: d.id, kind: 'released' }))];
    const leaseUntil = new Date(now.getTime() + this.options.leaseMs);
    const [claimed, settled] = await Promise.allSettled([
      toClaim.length > 0 ? deliveries.claim(toClaim.map((d) => d.id), workerId, now, leaseUntil) : Promise.resolve([]),
      settlements.length > 0 ? deliveries.settle(settlements, workerId, now) : Promise.resolve(0),
    ]);
    if (settled.status === 'fulfilled') {
      this.inFlight -= outcomes.length;
      [...outcomes.map((o) => o.delivery), ...released].forEach((d) => this.known.delete(d.id));
      outcomes.forEach((o) => this.deps.onOutcome?.(o));
    } else {
      onError?.(settled.reason, null);
      this.finished.push(...outcomes);
      this.lanes.addReady(released.map((delivery) => ({ delivery, claimedAtMs: -Infinity })));
    }
    const sending = claimed.status === 'fulfilled' ? claimed.value : [];
    if (claimed.status === 'rejected') onError?.(claimed.reason, null);
    const sendingIds = new Set(sending.map((d) => d.id));
    toClaim.filter((d) => !sendingIds.has(d.id)).forEach((d) => this.known.delete(d.id));
    await this.loadActivities(sending);
    this.lanes.addReady(sending.map((delivery) => ({ delivery, claimedAtMs: now.getTime() })));
  }

  /** Broadcasts never change once created, so each is read once; a failed read is tried again next time. */
  private async loadActivities(deliveries: Delivery[]): Promise<void> {
    for (const id of new Set(deliveries.map((d) => d.broadcastId))) {
      if (this.activities.has(id)) continue;
      await this.deps.deliveries.findBroadcast(id).then(
        (broadcast) => this.activities.set(id, broadcast?.activity ?? null),
        (error: unknown) => this.deps.onError?.(error, null),
      );
    }
  }

  private idle(): boolean {
    return this.inFlight === 0 && this.finished.length === 0 && !this.flushing && !this.refilling && (this.stopping ? this.lanes.readyCount() === 0 : this.lanes.isEmpty());
  }

  private nextWakeMs(nowMs: number): number {
    const untilFlush = this.lastFlushMs + this.options.flushIntervalMs - nowMs;
    const waits = [this.nextRefillAtMs - nowMs];
    if (this.inFlight > 0 || this.lanes.wantsClaims(this.claimTarget)) waits.push(untilFlush);
    if (this.lanes.readyCount() > 0 && this.inFlight < this.options.maxInFlight) waits.push(this.tokenWaitMs);
    return Math.max(this.options.tickMs, Math.min(...waits));
  }

  private async pause(ms: number): Promise<void> {
    if (!this.woken) {
      await new Promise<void>((resolve) => {
        this.wakeUp = resolve;
        void this.deps.sleep(ms).then(resolve);
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

function settlementOf({ delivery, verdict, at }: DeliveryOutcome): Settlement {
  if (verdict.kind === 'sent') return { id: delivery.id, kind: 'sent', activityId: verdict.activityId };
  if (verdict.kind === 'failed') return { id: delivery.id, kind: 'failed', failure: verdict.failure };
  const nextAttemptAt = new Date(at.getTime() + verdict.delayMs);
  return { id: delivery.id, kind: 'retry', nextAttemptAt, lastError: { httpStatus: verdict.httpStatus, code: verdict.code } };
}
