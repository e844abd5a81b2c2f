/**
 * A token bucket on an injected timeline (milliseconds): `capacity` tokens at most, refilled continuously at
 * `refillPerSecond`. In any window of W ms it grants at most capacity + refillPerSecond·W/1000 — the bound the
 * send limits below are derived from.
 */
export class TokenBucket {
  readonly capacity: number;
  readonly refillPerSecond: number;
  private tokens: number;
  private updatedAtMs: number;

  constructor(capacity: number, refillPerSecond: number, nowMs: number) {
    if (!(capacity >= 1) || !(refillPerSecond > 0)) throw new RangeError(`invalid bucket: capacity ${capacity}, refill ${refillPerSecond}/s`);
    this.capacity = capacity;
    this.refillPerSecond = refillPerSecond;
    this.tokens = capacity;
    this.updatedAtMs = nowMs;
  }

  /** Milliseconds until one token is available; 0 when one is there now. */
  waitMs(nowMs: number): number {
    this.refill(nowMs);
    if (this.tokens >= 1 - 1e-9) return 0;
    // The epsilon keeps float dust (0.9960000001 tokens) from adding a millisecond.
    return Math.max(1, Math.ceil(((1 - this.tokens) * 1000) / this.refillPerSecond - 1e-6));
  }

  /** Takes one token; callers check `waitMs` first (several buckets are taken together or not at all). */
  take(nowMs: number): void {
    this.refill(nowMs);
    this.tokens -= 1;
  }

  isFull(nowMs: number): boolean {
    this.refill(nowMs);
    return this.tokens >= this.capacity;
  }

  private refill(nowMs: number): void {
    if (nowMs <= this.updatedAtMs) return;
    this.tokens = Math.min(this.capacity, this.tokens + ((nowMs - this.updatedAtMs) * this.refillPerSecond) / 1000);
    this.updatedAtMs = nowMs;
  }
}
