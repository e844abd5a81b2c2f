/** Waiting is injected like the clock, so tests drive timing with a ManualClock and a sleep that advances it. */
export type Sleep = (ms: number) => Promise<void>;

export const realSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

/** A source of randomness in [0, 1) for jitter; tests pass a fixed one. */
export type Random = () => number;
