import { PollingLoop } from './polling-loop.ts';
import type { Clock } from '../shared/index.ts';
import { planForEvent, type PlanReport } from './notification-planner.ts';
import { EnrolmentEventSchema } from './outbox-event.schema.ts';
import type { OutboxEntry, PlanningStore } from './planning.ports.ts';
import type { Sleep } from './timing.ts';

export type OutboxRelayOptions = {
  readonly pollIntervalMs: number;
  /** Longer than planning one batch takes: a row still unfinished after its lease is taken over by another worker. */
  readonly leaseMs: number;
  readonly batchSize: number;
  /** A row that failed this often stays unprocessed for a person to look at, instead of blocking the relay. */
  readonly maxAttempts: number;
};

export const DEFAULT_OUTBOX_RELAY_OPTIONS: OutboxRelayOptions = { pollIntervalMs: 1_000, leaseMs: 60_000, batchSize: 50, maxAttempts: 10 };

export type OutboxRelayDeps = {
  readonly store: PlanningStore;
  readonly clock: Clock;
  readonly sleep: Sleep;
  readonly options?: Partial<OutboxRelayOptions>;
  /** Each entry handled: planned (with what), ignored (not an event this relay knows) or lost (taken over meanwhile). */
  readonly onEntry?: (entry: OutboxEntry, outcome: EntryOutcome) => void;
  readonly onError?: (error: unknown, entry: OutboxEntry | null) => void;
};

export type EntryOutcome = { kind: 'planned'; report: PlanReport } | { kind: 'ignored' } | { kind: 'lost' } | { kind: 'failed' };
export type RelayReport = { readonly claimed: number; readonly planned: number; readonly ignored: number; readonly lost: number; readonly failed: number };

/**
 * Moves the catalogue's outbox into durable jobs. Each row is leased (so two processes never plan it at the same
 * time) and planned in one transaction with its processed mark (so a crash leaves it either untouched — to be taken
 * up after its lease — or fully done). Dedupe keys carry the row id, so even a replay adds nothing.
 */
export class OutboxRelay {
  private readonly deps: OutboxRelayDeps;
  private readonly options: OutboxRelayOptions;
  private readonly polling: PollingLoop;

  constructor(deps: OutboxRelayDeps) {
    this.deps = deps;
    this.options = { ...DEFAULT_OUTBOX_RELAY_OPTIONS, ...deps.options };
    this.polling = new PollingLoop({
      round: () => this.runOnce(),
      batchSize: this.options.batchSize,
      pollIntervalMs: this.options.pollIntervalMs,
      sleep: deps.sleep,
      onError: (error) => this.deps.onError?.(error, null),
    });
  }

  start(): void {
    this.polling.start();
  }

  /** Finishes the entry in hand, then returns. */
  async stop(): Promise<void> {
    await this.polling.stop();
  }

  async runOnce(): Promise<RelayReport> {
    const { store, clock } = this.deps;
    const { batchSize: limit, leaseMs, maxAttempts } = this.options;
    const entries = await store.claimOutbox({ now: clock.now(), limit, leaseMs, maxAttempts });
    const outcomes: EntryOutcome[] = [];
    // One by one, in the order written: planning reads current state, so order matters little, but it is cheap.
    for (const entry of entries) outcomes.push(await this.process(entry));
    const count = (kind: EntryOutcome['kind']) => outcomes.filter((o) => o.kind === kind).length;
    return { claimed: entries.length, planned: count('planned'), ignored: count('ignored'), lost: count('lost'), failed: count('failed') };
  }

  /** Never throws: a failed entry keeps its lease and is tried again once the lease has run out. */
  async process(entry: OutboxEntry): Promise<EntryOutcome> {
    const parsed = EnrolmentEventSchema.safeParse(entry.payload);
    const now = this.deps.clock.now();
    let outcome: EntryOutcome;
    try {
      outcome = await this.deps.store.transact(async (unit): Promise<EntryOutcome> => {
        if (!(await unit.markProcessed(entry.id, entry.claimedUntil, now))) return { kind: 'lost' };
        if (!parsed.success) return { kind: 'ignored' };
        return { kind: 'planned', report: await planForEvent(parsed.data, unit, { now, source: entry.id }) };
      });
    } catch (error) {
      this.deps.onError?.(error, entry);
      outcome = { kind: 'failed' };
    }
    this.deps.onEntry?.(entry, outcome);
    return outcome;
  }
}
