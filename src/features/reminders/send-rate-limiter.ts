import { SlidingWindow } from './sliding-window.ts';
import { TokenBucket } from './token-bucket.ts';

/** "At most `limit` operations in any `windowMs`", as Teams documents its per-conversation limits. */
export type WindowLimit = { readonly limit: number; readonly windowMs: number };

export type SendRateConfig = {
  /**
   * Per tenant (Teams: 50 requests/s per app per tenant): at most `ratePerSecond` in any second of our own send
   * times, and at most `burst` at once. Keep the gap to 50 for the app's other traffic and for network jitter.
   */
  readonly perTenant: { readonly ratePerSecond: number; readonly burst: number };
  /** Per conversation ("thread"); each becomes a bucket with burst 1 refilled at (limit − 1)/window. */
  readonly perConversation: readonly WindowLimit[];
};

/**
 * Just below Teams' documented limits (learn.microsoft.com …/bots/how-to/rate-limit): 50 RPS per app per tenant,
 * and per bot per thread 7/1 s, 8/2 s, 60/30 s, 1800/3600 s. The 5/s left per tenant is for replies and card
 * updates the bot sends meanwhile (they count against the same limit) and for arrival jitter.
 */
export const TEAMS_SEND_RATES: SendRateConfig = {
  perTenant: { ratePerSecond: 45, burst: 3 },
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

/**
 * After a stall the tenant's sliding window has room to catch up; this bucket lets that happen at 1.5× the rate in
 * bursts of at most `burst`, so the catch-up does not arrive at Teams as one lump.
 */
const CATCH_UP = 1.5;

type TenantLimit = { window: SlidingWindow; bucket: TokenBucket };

/** A tenant limit and a set of conversation buckets; a send takes from all of them or from none. */
export class SendRateLimiter {
  private readonly config: SendRateConfig;
  private readonly tenants = new Map<string, TenantLimit>();
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
    const tenant = this.tenant(tenantId, nowMs);
    const buckets = [tenant.bucket, ...this.conversationBuckets(conversationKey, nowMs)];
    const waitMs = Math.max(tenant.window.waitMs(nowMs), ...buckets.map((b) => b.waitMs(nowMs)));
    if (waitMs > 0) return waitMs;
    tenant.window.take(nowMs);
    for (const bucket of buckets) bucket.take(nowMs);
    if (++this.grantsSincePrune >= PRUNE_EVERY) this.prune(nowMs);
    return 0;
  }

  /** Milliseconds until the tenant alone could send, ignoring conversations. */
  tenantWaitMs(tenantId: string, nowMs: number): number {
    const { window, bucket } = this.tenant(tenantId, nowMs);
    return Math.max(window.waitMs(nowMs), bucket.waitMs(nowMs));
  }

  private tenant(tenantId: string, nowMs: number): TenantLimit {
    let limit = this.tenants.get(tenantId);
    if (!limit) {
      const { ratePerSecond, burst } = this.config.perTenant;
      limit = { window: new SlidingWindow(ratePerSecond, 1_000), bucket: new TokenBucket(burst, ratePerSecond * CATCH_UP, nowMs) };
      this.tenants.set(tenantId, limit);
    }
    return limit;
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
