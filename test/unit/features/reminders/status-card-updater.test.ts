import { describe, expect, it } from 'vitest';
import type { AudienceBroadcastStatus, StatusCardTarget } from '../../../../src/features/reminders/audiences.ts';
import { decidePush, StatusCardUpdater } from '../../../../src/features/reminders/audiences.ts';
import type { BroadcastSummary } from '../../../../src/features/reminders/index.ts';
import { err, ManualClock, ok } from '../../../../src/features/shared/index.ts';

const T0 = new Date('2026-11-21T09:00:00Z');
const target: StatusCardTarget = {
  broadcastId: 'bc_1',
  serviceUrl: 'https://connector.example/',
  conversationId: 'a:orga',
  conversationType: 'personal',
  tenantId: 't1',
  activityId: 'card-1',
  userId: '29:orga',
  locale: 'de',
  savedAt: T0,
};
const summary = (pending: number, sent: number): BroadcastSummary => ({
  broadcastId: 'bc_1',
  total: pending + sent,
  pending,
  sending: 0,
  sent,
  cancelled: 0,
  failed: { total: 0, retryable: 0, permanent: 0, byReason: {} },
  finished: pending === 0,
});
const started = (pending: number, sent: number): AudienceBroadcastStatus => ({ state: 'started', broadcastId: 'bc_1', sendAt: T0, cancelledAt: null, summary: summary(pending, sent) });

function harness(options: { failPush?: boolean; known?: boolean } = {}) {
  const clock = new ManualClock(T0);
  let current = started(3, 0);
  const pushes: Array<{ at: number; status: AudienceBroadcastStatus }> = [];
  const failures: unknown[] = [];
  const updater = new StatusCardUpdater({
    targets: { findByBroadcastId: async (id) => (options.known === false || id !== 'bc_1' ? undefined : target) },
    status: async (id) => (id === 'bc_1' ? ok(current) : err({ code: 'broadcast_not_found' })),
    pusher: {
      push: async (_t, status) => {
        pushes.push({ at: clock.now().getTime() - T0.getTime(), status });
        if (options.failPush) throw new Error('connector said 500');
      },
    },
    clock,
    onFailure: (_id, error) => failures.push(error),
  });
  const settle = async (pending: number, sent: number, afterMs: number) => {
    clock.advance(afterMs);
    current = started(pending, sent);
    updater.onOutcome('bc_1');
    await updater.idle();
  };
  return { updater, pushes, failures, settle };
}

describe('decidePush', () => {
  it.each([
    { what: 'progress before the interval', status: started(2, 1), sinceLast: 4_999, lastFinal: null, expected: 'skip' },
    { what: 'progress exactly at the interval', status: started(2, 1), sinceLast: 5_000, lastFinal: null, expected: 'progress' },
    { what: 'finished, never pushed as final', status: started(0, 3), sinceLast: 10, lastFinal: null, expected: 'final' },
    { what: 'finished, same counts already pushed', status: started(0, 3), sinceLast: 60_000, lastFinal: JSON.stringify(summary(0, 3)), expected: 'skip' },
    { what: 'scheduled, not started', status: { state: 'scheduled', broadcastId: 'bc_1', sendAt: T0, plannedRecipients: 3 } as const, sinceLast: 60_000, lastFinal: null, expected: 'skip' },
  ] as const)('$what → $expected', ({ status, sinceLast, lastFinal, expected }) => {
    expect(decidePush(status, 100_000, 100_000 - sinceLast, lastFinal, 5_000)).toBe(expected);
  });
});

describe('StatusCardUpdater', () => {
  it('pushes progress at most once per 5 s after the click showed the card, and the final counts once', async () => {
    const { pushes, settle } = harness();
    await settle(2, 1, 1_000);
    await settle(1, 2, 3_000);
    expect(pushes).toHaveLength(0);
    await settle(1, 2, 1_000);
    await settle(1, 2, 4_000);
    expect(pushes.map((p) => p.at)).toEqual([5_000]);
    await settle(0, 3, 100);
    await settle(0, 3, 100);
    expect(pushes.map((p) => p.at)).toEqual([5_000, 9_100]);
    expect(pushes.at(-1)!.status).toMatchObject({ summary: { pending: 0, sent: 3 } });
  });

  it('does nothing for a broadcast without a stored card (a notice), and never asks again', async () => {
    const { updater, pushes } = harness({ known: false });
    updater.onOutcome('bc_1');
    updater.onOutcome('bc_other');
    await updater.idle();
    expect(pushes).toHaveLength(0);
  });

  it('a refused update is reported once and not retried; the next one is still made when due', async () => {
    const { pushes, failures, settle } = harness({ failPush: true });
    await settle(0, 3, 100);
    await settle(0, 3, 100);
    expect(pushes).toHaveLength(1);
    expect(failures).toEqual([new Error('connector said 500')]);
  });
});
