/**
 * "At most `limit` in any `windowMs`", exactly, as the connector counts: a log of grant times on an injected
 * timeline. Unlike a token bucket it loses nothing while the caller is stalled — after a pause of the event loop
 * the sender may catch up, yet never exceeds the cap in any window of its own send times.
 */
export class SlidingWindow {
  readonly limit: number;
  readonly windowMs: number;
  private readonly times: number[] = [];
  private head = 0;

  constructor(limit: number, windowMs: number) {
    if (!(limit >= 1) || !(windowMs > 0)) throw new RangeError(`invalid window: ${limit} per ${windowMs} ms`);
    this.limit = Math.floor(limit);
    this.windowMs = windowMs;
  }

  /** Milliseconds until one more grant fits; 0 when it fits now. */
  waitMs(nowMs: number): number {
    this.expire(nowMs);
    const count = this.times.length - this.head;
    if (count < this.limit) return 0;
    return Math.max(1, this.times[this.times.length - this.limit]! + this.windowMs - nowMs);
  }

  take(nowMs: number): void {
    this.times.push(nowMs);
  }

  private expire(nowMs: number): void {
    while (this.head < this.times.length && this.times[this.head]! <= nowMs - this.windowMs) this.head++;
    if (this.head > 1024 && this.head * 2 > this.times.length) {
      this.times.splice(0, this.head);
      this.head = 0;
    }
  }
}
