import { TokenBucket } from './token-bucket.ts';

/** "At most `limit` operations in any `windowMs`", as Teams documents its per-conversation limits. */
export type WindowLimit = { readonly limit: number; readonly windowMs: number };

export type SendRateConfig = {
  /** Per tenant (Teams: 50 requests/s per app per tenant). rate + burst must stay ≤ that limit. */
  readonly perTenant: { readonly ratePerSecond: number; readonly burst: number };
  /** Per conversation ("thread"); each becomes a bucket with burst 1 refilled at (limit − 1)/window. */
  readonly perConversation: readonly WindowLimit[];
};

/**
 * Just below Teams' documented limits (learn.microsoft.com …/bots/how-to/rate-limit): 50 RPS per app per tenant,
 * and per bot per thread 7/1 s, 8/2 s, 60/30 s, 1800/3600 s. 45/s with a burst of 5 never exceeds 50 in any second.
 */
export const TEAMS_SEND_RATES: SendRateConfig = {
  perTenant: { ratePerSecond: 45, burst: 5 },
  perConversation: [
    { limit: 7, windowMs: 1_000 },
    { limit: 8, windowMs: 2_000 },
    { limit: 60, windowMs: 30_000 },
    { limit: 1800, windowMs: 3_600_000 },
  ],
};

/** Multiplies every allowed count (windows stay as they are), for benchmarks against a simulator scaled alike. */
export function scaleSendRates(config: SendRateConfig, factor: number): SendRateConfig {
  return {
    perTenant: { ratePerSecond: config.perTenant.ratePerSecond * factor, burst: config.perTenant.burst * factor },
    perConversation: config.perConversation.map((w) => ({ limit: w.limit * factor, windowMs: w.windowMs })),
  };
}

const PRUNE_EVERY = 2_000;

/** One bucket per tenant and a set per conversation; a send takes a token from all of them or from none. */
export class SendRateLimiter {
  private readonly config: SendRateConfig;
  private readonly tenants = new Map<string, TokenBucket>();
  private readonly conversations = new Map<string, TokenBucket[]>();
  private grantsSincePrune = 0;

  constructor(config: SendRateConfig) {
    for (const w of config.perConversation) {
      if (!(w.limit >= 2) || !(w.windowMs > 0)) throw new RangeError(`invalid conversation limit ${w.limit}/${w.windowMs} ms`);
    }
    this.config = config;
  }

  /** Takes the tokens and returns 0, or returns how many ms to wait before asking again (and takes nothing). */
  tryAcquire(tenantId: string, conversationKey: string, nowMs: number): number {
    const buckets = [this.tenantBucket(tenantId, nowMs), ...this.conversationBuckets(conversationKey, nowMs)];
    const waitMs = Math.max(...buckets.map((b) => b.waitMs(nowMs)));
    if (waitMs > 0) return waitMs;
    for (const bucket of buckets) bucket.take(nowMs);
    if (++this.grantsSincePrune >= PRUNE_EVERY) this.prune(nowMs);
    return 0;
  }

  /** Milliseconds until the tenant alone could send, ignoring conversations. */
  tenantWaitMs(tenantId: string, nowMs: number): number {
    return this.tenantBucket(tenantId, nowMs).waitMs(nowMs);
  }

  private tenantBucket(tenantId: string, nowMs: number): TokenBucket {
    let bucket = this.tenants.get(tenantId);
    if (!bucket) {
      const { ratePerSecond, burst } = this.config.perTenant;
      bucket = new TokenBucket(burst, ratePerSecond, nowMs);
      this.tenants.set(tenantId, bucket);
    }
    return bucket;
  }

  private conversationBuckets(key: string, nowMs: number): TokenBucket[] {
    let buckets = this.conversations.get(key);
    if (!buckets) {
      buckets = this.config.perConversation.map((w) => new TokenBucket(1, ((w.limit - 1) * 1000) / w.windowMs, nowMs));
      this.conversations.set(key, buckets);
    }
    return buckets;
  }

  /** A full bucket remembers nothing, so a broadcast to 10,000 chats does not keep 10,000 bucket sets alive. */
  private prune(nowMs: number): void {
    this.grantsSincePrune = 0;
    for (const [key, buckets] of this.conversations) {
      if (buckets.every((b) => b.isFull(nowMs))) this.conversations.delete(key);
    }
  }
}
