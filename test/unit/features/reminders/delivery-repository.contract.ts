import { describe, expect, it } from 'vitest';
import type { DeliveryRepository, NewBroadcast, NewDelivery, Recipient } from '../../../../src/features/reminders/index.ts';

const T0 = new Date('2026-12-01T08:00:00.000Z');
const at = (ms: number) => new Date(T0.getTime() + ms);

export const recipient = (n: number, tenantId = 'tenant-a'): Recipient => ({
  userKey: `user-${n}`,
  tenantId,
  serviceUrl: 'https://smba.trafficmanager.net/emea/',
  conversationId: `a:conv-${n}`,
});

export const broadcast = (id: string, sendAt = T0): NewBroadcast => ({
  id,
  activity: { type: 'message', text: 'Hallo' },
  createdBy: 'organiser-1',
  createdAt: T0,
  sendAt,
  recipientCount: 0,
});

const deliveries = (ids: number[], tenantId?: string): NewDelivery[] => ids.map((n) => ({ id: `d-${n}`, recipient: recipient(n, tenantId) }));

/** The behaviour every DeliveryRepository must show; run against the fake and against SQLite. */
export function deliveryRepositoryContract(name: string, open: () => Promise<{ repo: DeliveryRepository; close: () => Promise<void> }>) {
  const withRepo = (test: (repo: DeliveryRepository) => Promise<void>) => async () => {
    const { repo, close } = await open();
    try {
      await test(repo);
    } finally {
      await close();
    }
  };

  describe(`${name} (DeliveryRepository contract)`, () => {
    it('creates a broadcast and its deliveries once; a repeat or a duplicate recipient is a no-op', withRepo(async (repo) => {
      expect(await repo.saveBroadcast(broadcast('b1'), [...deliveries([1, 2]), { id: 'd-dup', recipient: recipient(1) }])).toEqual({ created: true });
      expect(await repo.saveBroadcast(broadcast('b1'), deliveries([1, 2, 3]))).toEqual({ created: false });
      expect((await repo.counts('b1')).byStatus).toEqual({ pending: 2 });
      expect((await repo.findBroadcast('b1'))?.activity).toEqual({ type: 'message', text: 'Hallo' });
    }));

    it('offers only due deliveries, per tenant, oldest first', withRepo(async (repo) => {
      await repo.saveBroadcast(broadcast('now'), [...deliveries([1, 2], 'tenant-a'), ...deliveries([3], 'tenant-b')]);
      await repo.saveBroadcast(broadcast('later', at(60_000)), [{ id: 'd-9', recipient: recipient(9, 'tenant-c') }]);
      expect(await repo.findDueTenants(T0)).toEqual(['tenant-a', 'tenant-b']);
      expect((await repo.findDue(T0, 'tenant-a', 10)).map((d) => d.id)).toEqual(['d-1', 'd-2']);
      expect((await repo.findDue(T0, 'tenant-a', 1)).map((d) => d.id)).toEqual(['d-1']);
      expect(await repo.nextDueAt()).toEqual(T0);
      expect(await repo.findDueTenants(at(60_000))).toEqual(['tenant-a', 'tenant-b', 'tenant-c']);
    }));

    it('claims with a lease; a dead worker\'s claim is taken over only after the lease', withRepo(async (repo) => {
      await repo.saveBroadcast(broadcast('b1'), deliveries([1, 2]));
      const first = await repo.claim(['d-1', 'd-2', 'd-unknown'], 'w1', T0, at(5_000));
      expect(first.map((d) => [d.id, d.status, d.attempts, d.leaseUntil])).toEqual([
        ['d-1', 'sending', 1, at(5_000)],
        ['d-2', 'sending', 1, at(5_000)],
      ]);
      expect(await repo.claim(['d-1'], 'w2', at(4_999), at(9_999))).toEqual([]);
      expect(await repo.findDue(at(4_999), 'tenant-a', 10)).toEqual([]);
      expect(await repo.nextDueAt()).toEqual(at(5_000));
      expect((await repo.claim(['d-1'], 'w2', at(5_001), at(10_001))).map((d) => d.attempts)).toEqual([2]);
      const late = await repo.settle(
        [
          { id: 'd-1', kind: 'retry', nextAttemptAt: at(6_000), lastError: { httpStatus: 503, code: null } },
          { id: 'd-1', kind: 'failed', failure: { reason: 'forbidden', permanent: true, httpStatus: 403, code: null } },
        ],
        'w1',
        at(5_002),
      );
      expect(late).toBe(0);
      expect((await repo.counts('b1')).byStatus).toEqual({ sending: 2 });
    }));

    it('never offers a sent delivery again, whoever confirmed it', withRepo(async (repo) => {
      await repo.saveBroadcast(broadcast('b1'), deliveries([1]));
      await repo.claim(['d-1'], 'w1', T0, at(1_000));
      await repo.claim(['d-1'], 'w2', at(2_000), at(3_000));
      expect(await repo.settle([{ id: 'd-1', kind: 'sent', activityId: 'activity-1' }], 'w1', at(2_500))).toBe(1);
      expect(await repo.settle([{ id: 'd-1', kind: 'sent', activityId: 'activity-1' }], 'w2', at(2_600))).toBe(0);
      expect(await repo.claim(['d-1'], 'w3', at(99_000), at(100_000))).toEqual([]);
      expect(await repo.findDueTenants(at(99_000))).toEqual([]);
      expect(await repo.nextDueAt()).toBeUndefined();
    }));

    it('records a batch of outcomes: a retry for later, failures by reason, a success', withRepo(async (repo) => {
      await repo.saveBroadcast(broadcast('b1'), deliveries([1, 2, 3, 4]));
      await repo.claim(['d-1', 'd-2', 'd-3', 'd-4'], 'w1', T0, at(1_000));
      const applied = await repo.settle(
        [
          { id: 'd-1', kind: 'retry', nextAttemptAt: at(2_000), lastError: { httpStatus: 429, code: 'Throttled' } },
          { id: 'd-2', kind: 'failed', failure: { reason: 'blocked_by_user', permanent: true, httpStatus: 403, code: 'ConversationBlockedByUser' } },
          { id: 'd-3', kind: 'failed', failure: { reason: 'retries_exhausted', permanent: false, httpStatus: 503, code: null } },
          { id: 'd-4', kind: 'sent', activityId: null },
        ],
        'w1',
        T0,
      );
      expect(applied).toBe(4);
      expect(await repo.findDue(at(1_999), 'tenant-a', 10)).toEqual([]);
      expect((await repo.findDue(at(2_000), 'tenant-a', 10)).map((d) => [d.id, d.status, d.attempts])).toEqual([['d-1', 'pending', 1]]);
      const counts = await repo.counts('b1');
      expect(counts.byStatus).toEqual({ pending: 1, failed: 2, sent: 1 });
      expect([...counts.failures].sort((a, b) => a.reason.localeCompare(b.reason))).toEqual([
        { reason: 'blocked_by_user', permanent: true, count: 1 },
        { reason: 'retries_exhausted', permanent: false, count: 1 },
      ]);
    }));

    it('hands back an unsent claim without counting it as an attempt', withRepo(async (repo) => {
      await repo.saveBroadcast(broadcast('b1'), deliveries([1]));
      await repo.claim(['d-1'], 'w1', T0, at(60_000));
      expect(await repo.settle([{ id: 'd-1', kind: 'released' }], 'other-worker', T0)).toBe(0);
      expect(await repo.settle([{ id: 'd-1', kind: 'released' }], 'w1', T0)).toBe(1);
      expect((await repo.findDue(T0, 'tenant-a', 10)).map((d) => [d.id, d.status, d.attempts])).toEqual([['d-1', 'pending', 0]]);
    }));

    it('re-queues failed deliveries, permanent ones only when asked', withRepo(async (repo) => {
      await repo.saveBroadcast(broadcast('b1'), deliveries([1, 2]));
      await repo.claim(['d-1', 'd-2'], 'w1', T0, at(1_000));
      await repo.settle(
        [
          { id: 'd-1', kind: 'failed', failure: { reason: 'conversation_not_found', permanent: true, httpStatus: 404, code: 'ConversationNotFound' } },
          { id: 'd-2', kind: 'failed', failure: { reason: 'retries_exhausted', permanent: false, httpStatus: 429, code: null } },
        ],
        'w1',
        T0,
      );
      expect(await repo.requeueFailed('b1', false, at(10_000))).toBe(1);
      expect((await repo.findDue(at(10_000), 'tenant-a', 10)).map((d) => [d.id, d.attempts])).toEqual([['d-2', 0]]);
      expect(await repo.requeueFailed('b1', true, at(20_000))).toBe(1);
      expect((await repo.counts('b1')).byStatus).toEqual({ pending: 2 });
    }));

    it('cancels what is still pending, not what is on the wire', withRepo(async (repo) => {
      await repo.saveBroadcast(broadcast('b1'), deliveries([1, 2]));
      await repo.claim(['d-1'], 'w1', T0, at(1_000));
      expect(await repo.cancelBroadcast('b1', T0)).toBe(1);
      expect((await repo.counts('b1')).byStatus).toEqual({ sending: 1, cancelled: 1 });
      expect((await repo.findBroadcast('b1'))?.cancelledAt).toEqual(T0);
    }));
  });
}
