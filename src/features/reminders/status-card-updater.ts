import type { Clock, Result } from '../shared/index.ts';
import type { AudienceBroadcastStatus } from './audience-broadcast.service.ts';
import type { StatusCardPusher, StatusCardTarget, StatusCardTargetStore } from './status-card.ports.ts';

/** Teams allows about one edit per second per message; every 5 s is calm for the reader and far below that. */
export const STATUS_CARD_PUSH_INTERVAL_MS = 5_000;
/** Broadcasts remembered (including "has no card", e.g. notices); the oldest are forgotten first. */
const MAX_TRACKED = 500;

export type StatusCardUpdaterDeps = {
  readonly targets: Pick<StatusCardTargetStore, 'findByBroadcastId'>;
  readonly status: (broadcastId: string) => Promise<Result<AudienceBroadcastStatus, unknown>>;
  readonly pusher: StatusCardPusher;
  readonly clock: Clock;
  readonly intervalMs?: number;
  /** A refused or failed update: reported once, never retried (the card still refreshes when viewed). */
  readonly onFailure?: (broadcastId: string, error: unknown) => void;
};

type Tracked = { target: StatusCardTarget | null; lastPushMs: number; lastFinal: string | null; busy: boolean; dirty: boolean };

export type PushDecision = 'final' | 'progress' | 'skip';

/** Pure: a finished summary is pushed once (unless its counts change), progress at most once per interval. */
export function decidePush(status: AudienceBroadcastStatus, nowMs: number, lastPushMs: number, lastFinal: string | null, intervalMs: number): PushDecision {
  if (status.state !== 'started') return 'skip';
  const { summary } = status;
  if (summary.pending === 0) return finalKey(status) === lastFinal ? 'skip' : 'final';
  return nowMs - lastPushMs >= intervalMs ? 'progress' : 'skip';
}

const finalKey = (status: AudienceBroadcastStatus): string => JSON.stringify(status.state === 'started' ? status.summary : status.state);

/**
 * Keeps the organiser's status card current while a broadcast runs: told of each settled delivery, it reads the
 * summary (one read at a time per broadcast, later outcomes coalesced) and updates the card message when due.
 * Nothing here can delay or fail a delivery.
 */
export class StatusCardUpdater {
  private readonly deps: StatusCardUpdaterDeps;
  private readonly tracked = new Map<string, Tracked>();
  private readonly running = new Set<Promise<void>>();

  constructor(deps: StatusCardUpdaterDeps) {
    this.deps = deps;
  }

  /** For the dispatcher's `onOutcome`: returns at once. */
  onOutcome(broadcastId: string): void {
    const entry = this.tracked.get(broadcastId);
    if (entry?.busy) {
      entry.dirty = true;
      return;
    }
    const run = this.update(broadcastId).catch((error: unknown) => this.deps.onFailure?.(broadcastId, error));
    this.running.add(run);
    void run.finally(() => this.running.delete(run));
  }

  /** Resolves when no update is under way (tests, shutdown). */
  async idle(): Promise<void> {
    while (this.running.size > 0) await Promise.allSettled([...this.running]);
  }

  private async update(broadcastId: string): Promise<void> {
    const entry = await this.entryOf(broadcastId);
    if (!entry.target) return;
    if (entry.busy) {
      entry.dirty = true;
      return;
    }
    entry.busy = true;
    try {
      do {
        entry.dirty = false;
        await this.pushIfDue(broadcastId, entry, entry.target);
      } while (entry.dirty);
    } finally {
      entry.busy = false;
    }
  }

  private async pushIfDue(broadcastId: string, entry: Tracked, target: StatusCardTarget): Promise<void> {
    const status = await this.deps.status(broadcastId);
    if (!status.ok) return;
    const nowMs = this.deps.clock.now().getTime();
    const decision = decidePush(status.value, nowMs, entry.lastPushMs, entry.lastFinal, this.deps.intervalMs ?? STATUS_CARD_PUSH_INTERVAL_MS);
    if (decision === 'skip') return;
    entry.lastPushMs = nowMs;
    entry.lastFinal = decision === 'final' ? finalKey(status.value) : null;
    try {
      await this.deps.pusher.push(target, status.value);
    } catch (error) {
      this.deps.onFailure?.(broadcastId, error);
    }
  }

  private async entryOf(broadcastId: string): Promise<Tracked> {
    const known = this.tracked.get(broadcastId);
    if (known) return known;
    const target = (await this.deps.targets.findByBroadcastId(broadcastId)) ?? null;
    const entry = this.tracked.get(broadcastId) ?? { target, lastPushMs: target ? target.savedAt.getTime() : 0, lastFinal: null, busy: false, dirty: false };
    this.tracked.set(broadcastId, entry);
    if (this.tracked.size > MAX_TRACKED) this.tracked.delete(this.tracked.keys().next().value!);
    return entry;
  }
}
