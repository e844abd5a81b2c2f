import type { DeliveryDispatcher } from './delivery-dispatcher.ts';
import type { JobRunner } from './job-runner.ts';
import type { OutboxRelay } from './outbox-relay.ts';

export type WorkersReport = { readonly rounds: number; readonly events: number; readonly jobs: number };

/** More rounds than any chain of events and jobs needs (offer expires → seat offered → its expiry is in the future). */
const MAX_ROUNDS = 20;

/**
 * The three loops that make notifications happen: outbox → jobs (relay), due jobs → deliveries (runner), deliveries
 * → Teams (dispatcher). `start`/`stop` for the server; `runOnce` for tests and one-off runs, driven by their clock.
 */
export class BackgroundWorkers {
  private readonly relay: OutboxRelay;
  private readonly runner: JobRunner;
  private readonly dispatcher: DeliveryDispatcher;
  private readonly onStart?: () => Promise<unknown>;
  private started = false;

  /** `onStart` runs once the loops are started, e.g. to schedule the first daily housekeeping (it reports its own errors). */
  constructor(parts: { relay: OutboxRelay; runner: JobRunner; dispatcher: DeliveryDispatcher; onStart?: () => Promise<unknown> }) {
    this.relay = parts.relay;
    this.runner = parts.runner;
    this.dispatcher = parts.dispatcher;
    this.onStart = parts.onStart;
  }

  start(): void {
    this.started = true;
    this.relay.start();
    this.runner.start();
    this.dispatcher.start();
    void this.onStart?.();
  }

  /** Producers first, so the dispatcher can still store the outcome of what they handed it. */
  async stop(): Promise<void> {
    if (!this.started) return;
    this.started = false;
    await Promise.all([this.relay.stop(), this.runner.stop()]);
    await this.dispatcher.stop();
  }

  /**
   * Relays and runs until nothing more is due at the clock's current time, then sends every delivery that is due.
   * Not to be mixed with `start()`: the loops would compete with it for the same rows.
   */
  async runOnce(): Promise<WorkersReport> {
    let events = 0;
    let jobs = 0;
    let rounds = 0;
    while (rounds < MAX_ROUNDS) {
      rounds += 1;
      const relayed = await this.relay.runOnce();
      const ran = await this.runner.runOnce();
      events += relayed.claimed;
      jobs += ran.claimed;
      if (relayed.claimed === 0 && ran.claimed === 0) break;
    }
    await this.dispatcher.runUntilSettled();
    return { rounds, events, jobs };
  }
}
