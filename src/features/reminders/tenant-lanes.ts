import type { Delivery } from './broadcast.model.ts';
import type { SendRateLimiter } from './send-rate-limiter.ts';

/** A claimed delivery waiting for its tokens; `claimedAtMs` bounds how long it may still be sent under its lease. */
export type ClaimedDelivery = { readonly delivery: Delivery; readonly claimedAtMs: number };

type Lane = { queued: Delivery[]; ready: ClaimedDelivery[] };

const SCAN_DEPTH = 16;

/**
 * Per-tenant bookkeeping of the dispatcher: `queued` are due deliveries read from the store, `ready` are claimed
 * ones waiting for tokens. Pure and synchronous; the dispatcher does the I/O.
 */
export class TenantLanes {
  private readonly lanes = new Map<string, Lane>();
  private readonly limiter: SendRateLimiter;

  constructor(limiter: SendRateLimiter) {
    this.limiter = limiter;
  }

  queuedCount(tenantId: string): number {
    return this.lanes.get(tenantId)?.queued.length ?? 0;
  }

  enqueue(tenantId: string, deliveries: Delivery[]): void {
    if (deliveries.length > 0) this.lane(tenantId).queued.push(...deliveries);
  }

  /** Moves queued deliveries up to `target(tenant)` ready ones into a claim batch. */
  takeForClaim(target: (tenantId: string) => number): Delivery[] {
    const batch: Delivery[] = [];
    for (const [tenantId, lane] of this.lanes) {
      const missing = target(tenantId) - lane.ready.length;
      if (missing > 0) batch.push(...lane.queued.splice(0, missing));
    }
    return batch;
  }

  /** Only those below half their target: claims come in batches, not one by one. */
  wantsClaims(target: (tenantId: string) => number): boolean {
    for (const [tenantId, lane] of this.lanes) if (lane.queued.length > 0 && lane.ready.length * 2 < target(tenantId)) return true;
    return false;
  }

  addReady(claimed: ClaimedDelivery[]): void {
    for (const c of claimed) this.lane(c.delivery.recipient.tenantId).ready.push(c);
  }

  /** Claimed ones that may no longer be sent safely (or all, on shutdown). */
  takeExpiring(latestClaimMs: number): Delivery[] {
    const out: Delivery[] = [];
    for (const lane of this.lanes.values()) {
      const keep = lane.ready.filter((c) => c.claimedAtMs >= latestClaimMs);
      out.push(...lane.ready.filter((c) => c.claimedAtMs < latestClaimMs).map((c) => c.delivery));
      lane.ready = keep;
    }
    return out;
  }

  /**
   * Takes tokens for up to `slots` ready deliveries, one tenant at a time in turn, and returns them with the wait
   * in ms until the next one could go.
   */
  pickReady(nowMs: number, slots: number): { picked: Delivery[]; waitMs: number } {
    const picked: Delivery[] = [];
    let waitMs = Infinity;
    for (let progressed = true; progressed && picked.length < slots; ) {
      progressed = false;
      for (const [tenantId, lane] of this.lanes) {
        if (picked.length >= slots || lane.ready.length === 0) continue;
        const next = this.nextOf(tenantId, lane, nowMs);
        if (typeof next === 'number') waitMs = Math.min(waitMs, next);
        else {
          picked.push(next);
          progressed = true;
        }
      }
    }
    this.prune();
    return { picked, waitMs };
  }

  readyCount(): number {
    let n = 0;
    for (const lane of this.lanes.values()) n += lane.ready.length;
    return n;
  }

  isEmpty(): boolean {
    return this.lanes.size === 0;
  }

  clear(): void {
    this.lanes.clear();
  }

  private nextOf(tenantId: string, lane: Lane, nowMs: number): Delivery | number {
    const tenantWait = this.limiter.tenantWaitMs(tenantId, nowMs);
    if (tenantWait > 0) return tenantWait;
    let waitMs = Infinity;
    for (let i = 0; i < Math.min(lane.ready.length, SCAN_DEPTH); i++) {
      const wait = this.limiter.tryAcquire(tenantId, lane.ready[i]!.delivery.recipient.conversationId, nowMs);
      if (wait === 0) return lane.ready.splice(i, 1)[0]!.delivery;
      waitMs = Math.min(waitMs, wait);
    }
    return waitMs;
  }

  private lane(tenantId: string): Lane {
    let lane = this.lanes.get(tenantId);
    if (!lane) this.lanes.set(tenantId, (lane = { queued: [], ready: [] }));
    return lane;
  }

  private prune(): void {
    for (const [tenantId, lane] of this.lanes) if (lane.queued.length === 0 && lane.ready.length === 0) this.lanes.delete(tenantId);
  }
}
