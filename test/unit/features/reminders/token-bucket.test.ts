import { describe, expect, it } from 'vitest';
import { SendRateLimiter, SlidingWindow, TEAMS_SEND_RATES, TokenBucket, scaleSendRates, type WindowLimit } from '../../../../src/features/reminders/index.ts';

describe('TokenBucket', () => {
  it('starts full, empties, and refills continuously at its rate', () => {
    const bucket = new TokenBucket(2, 4, 0);
    expect(bucket.waitMs(0)).toBe(0);
    bucket.take(0);
    bucket.take(0);
    expect(bucket.waitMs(0)).toBe(250);
    expect(bucket.waitMs(249)).toBe(1);
    expect(bucket.waitMs(250)).toBe(0);
    bucket.take(250);
    expect(bucket.waitMs(250)).toBe(250);
  });

  it('never holds more than its capacity, however long it idles', () => {
    const bucket = new TokenBucket(3, 10, 0);
    expect(bucket.isFull(60_000)).toBe(true);
    for (let i = 0; i < 3; i++) bucket.take(60_000);
    expect(bucket.waitMs(60_000)).toBe(100);
  });

  it.each([
    [0, 1],
    [1, 0],
    [Number.NaN, 1],
  ])('refuses capacity %s with refill %s/s', (capacity, refill) => {
    expect(() => new TokenBucket(capacity, refill, 0)).toThrow(RangeError);
  });
});

describe('SlidingWindow', () => {
  it('grants exactly `limit` in any window and says when the next one fits', () => {
    const window = new SlidingWindow(3, 1_000);
    for (const t of [0, 100, 200]) {
      expect(window.waitMs(t)).toBe(0);
      window.take(t);
    }
    expect(window.waitMs(999)).toBe(1);
    expect(window.waitMs(1_000)).toBe(0);
    window.take(1_000);
    expect(window.waitMs(1_000)).toBe(100);
  });

  it('keeps nothing from a stall against the caller: after a pause the full window is available', () => {
    const window = new SlidingWindow(45, 1_000);
    for (let i = 0; i < 45; i++) window.take(0);
    expect(window.waitMs(5_000)).toBe(0);
  });

  it.each([[0], [-1], [Number.NaN]])('refuses a limit of %s', (limit) => {
    expect(() => new SlidingWindow(limit, 1_000)).toThrow(RangeError);
  });
});

/** Sends as greedily as the limiter allows on a simulated timeline and returns the grant times. */
function greedy(limiter: SendRateLimiter, durationMs: number, pick: (i: number) => { tenant: string; conversation: string }): number[] {
  const grants: number[] = [];
  for (let now = 0, i = 0; now <= durationMs; ) {
    const { tenant, conversation } = pick(i);
    const wait = limiter.tryAcquire(tenant, conversation, now);
    if (wait === 0) {
      grants.push(now);
      i++;
    } else now += wait;
  }
  return grants;
}

function maxInAnyWindow(times: number[], windowMs: number): number {
  let max = 0;
  for (let start = 0, end = 0; end < times.length; end++) {
    while (times[end]! - times[start]! >= windowMs) start++;
    max = Math.max(max, end - start + 1);
  }
  return max;
}

describe('SendRateLimiter', () => {
  it('keeps a tenant at 45 in any second, below Teams\' 50 per app per tenant, in bursts of at most 3', () => {
    const limiter = new SendRateLimiter(TEAMS_SEND_RATES);
    const grants = greedy(limiter, 10_000, (i) => ({ tenant: 't1', conversation: `c${i}` }));
    expect(maxInAnyWindow(grants, 1_000)).toBe(45);
    expect(maxInAnyWindow(grants, 1)).toBeLessThanOrEqual(3);
    expect(grants.length).toBeGreaterThanOrEqual(450);
    expect(grants.length).toBeLessThanOrEqual(495);
  });

  it('catches up after a stall of the sender, still never above 45 in any second', () => {
    const limiter = new SendRateLimiter(TEAMS_SEND_RATES);
    const grants: number[] = [];
    for (let now = 0, i = 0; now <= 4_000; ) {
      if (now >= 1_500 && now < 1_900) now = 1_900; // the event loop was blocked for 400 ms
      const wait = limiter.tryAcquire('t1', `c${i}`, now);
      if (wait > 0) {
        now += wait;
        continue;
      }
      grants.push(now);
      i++;
    }
    expect(maxInAnyWindow(grants, 1_000)).toBeLessThanOrEqual(45);
    // A plain bucket (burst 3, 45/s) would manage 3 + 45 × 0.6 = 30 in the second that contains the stall.
    const secondWithStall = grants.filter((t) => t >= 1_500 && t < 2_500).length;
    expect(secondWithStall).toBeGreaterThanOrEqual(40);
  });

  it.each<[WindowLimit]>([[{ limit: 7, windowMs: 1_000 }], [{ limit: 8, windowMs: 2_000 }], [{ limit: 60, windowMs: 30_000 }], [{ limit: 1800, windowMs: 3_600_000 }]])(
    'keeps one conversation within %o',
    ({ limit, windowMs }) => {
      const limiter = new SendRateLimiter(TEAMS_SEND_RATES);
      const grants = greedy(limiter, Math.max(windowMs * 3, 120_000), () => ({ tenant: 't1', conversation: 'same-chat' }));
      expect(maxInAnyWindow(grants, windowMs)).toBeLessThanOrEqual(limit);
    },
  );

  it('gives each tenant its own bucket', () => {
    const limiter = new SendRateLimiter(TEAMS_SEND_RATES);
    const grants = greedy(limiter, 2_000, (i) => ({ tenant: `t${i % 3}`, conversation: `c${i}` }));
    const perTenant = [0, 1, 2].map((t) => grants.filter((_, i) => i % 3 === t));
    for (const times of perTenant) {
      expect(times.length).toBeGreaterThanOrEqual(90);
      expect(maxInAnyWindow(times, 1_000)).toBeLessThanOrEqual(45);
    }
  });

  it('takes nothing when one limit says wait', () => {
    const limiter = new SendRateLimiter(TEAMS_SEND_RATES);
    expect(limiter.tryAcquire('t1', 'chat', 0)).toBe(0);
    const wait = limiter.tryAcquire('t1', 'chat', 0);
    expect(wait).toBeGreaterThan(0);
    // The tenant was not charged for the refused conversation: the burst of 3 still has 2 left at t=0.
    for (let i = 0; i < 2; i++) expect(limiter.tryAcquire('t1', `other-${i}`, 0)).toBe(0);
    expect(limiter.tryAcquire('t1', 'other-x', 0)).toBeGreaterThan(0);
  });

  it('scales allowed counts, not windows', () => {
    const scaled = scaleSendRates(TEAMS_SEND_RATES, 20);
    expect(scaled.perTenant).toEqual({ ratePerSecond: 900, burst: 60 });
    expect(scaled.perConversation[0]).toEqual({ limit: 140, windowMs: 1_000 });
    const grants = greedy(new SendRateLimiter(scaled), 5_000, (i) => ({ tenant: 't1', conversation: `c${i}` }));
    expect(maxInAnyWindow(grants, 1_000)).toBe(900);
  });

  it('refuses a conversation limit that cannot be kept below', () => {
    expect(() => new SendRateLimiter({ ...TEAMS_SEND_RATES, perConversation: [{ limit: 1, windowMs: 1_000 }] })).toThrow(RangeError);
  });
});
