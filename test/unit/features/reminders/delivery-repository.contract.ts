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
      await repo.saveBroadcast(broadcast('b1'), deliveries([1]));
      const first = await repo.claim('d-1', 'w1', T0, at(5_000));
      expect(first).toMatchObject({ status: 'sending', attempts: 1, leaseUntil: at(5_000) });
      expect(await repo.claim('d-1', 'w2', at(4_999), at(9_999))).toBeUndefined();
      expect(await repo.findDue(at(4_999), 'tenant-a', 10)).toEqual([]);
      expect(await repo.nextDueAt()).toEqual(at(5_000));
      expect(await repo.claim('d-1', 'w2', at(5_001), at(10_001))).toMatchObject({ attempts: 2 });
      expect(await repo.reschedule('d-1', 'w1', at(6_000), { httpStatus: 503, code: null }, at(5_002))).toBe(false);
      expect(await repo.markFailed('d-1', 'w1', { reason: 'forbidden', permanent: true, httpStatus: 403, code: null }, at(5_002))).toBe(false);
    }));

    it('never offers a sent delivery again, whoever confirmed it', withRepo(async (repo) => {
      await repo.saveBroadcast(broadcast('b1'), deliveries([1]));
      await repo.claim('d-1', 'w1', T0, at(1_000));
      await repo.claim('d-1', 'w2', at(2_000), at(3_000));
      expect(await repo.markSent('d-1', at(2_500), 'activity-1')).toBe(true);
      expect(await repo.markSent('d-1', at(2_600), 'activity-1')).toBe(false);
      expect(await repo.claim('d-1', 'w3', at(99_000), at(100_000))).toBeUndefined();
      expect(await repo.findDueTenants(at(99_000))).toEqual([]);
      expect(await repo.nextDueAt()).toBeUndefined();
    }));

    it('reschedules a retry and records failures by reason', withRepo(async (repo) => {
      await repo.saveBroadcast(broadcast('b1'), deliveries([1, 2, 3, 4]));
      for (const id of ['d-1', 'd-2', 'd-3', 'd-4']) await repo.claim(id, 'w1', T0, at(1_000));
      expect(await repo.reschedule('d-1', 'w1', at(2_000), { httpStatus: 429, code: 'Throttled' }, T0)).toBe(true);
      await repo.markFailed('d-2', 'w1', { reason: 'blocked_by_user', permanent: true, httpStatus: 403, code: 'ConversationBlockedByUser' }, T0);
      await repo.markFailed('d-3', 'w1', { reason: 'retries_exhausted', permanent: false, httpStatus: 503, code: null }, T0);
      await repo.markSent('d-4', T0, null);
      expect(await repo.findDue(at(1_999), 'tenant-a', 10)).toEqual([]);
      expect((await repo.findDue(at(2_000), 'tenant-a', 10)).map((d) => [d.id, d.status, d.attempts])).toEqual([['d-1', 'pending', 1]]);
      const counts = await repo.counts('b1');
      expect(counts.byStatus).toEqual({ pending: 1, failed: 2, sent: 1 });
      expect([...counts.failures].sort((a, b) => a.reason.localeCompare(b.reason))).toEqual([
        { reason: 'blocked_by_user', permanent: true, count: 1 },
        { reason: 'retries_exhausted', permanent: false, count: 1 },
      ]);
    }));

    it('re-queues failed deliveries, permanent ones only when asked', withRepo(async (repo) => {
      await repo.saveBroadcast(broadcast('b1'), deliveries([1, 2]));
      await repo.claim('d-1', 'w1', T0, at(1_000));
      await repo.claim('d-2', 'w1', T0, at(1_000));
      await repo.markFailed('d-1', 'w1', { reason: 'conversation_not_found', permanent: true, httpStatus: 404, code: 'ConversationNotFound' }, T0);
      await repo.markFailed('d-2', 'w1', { reason: 'retries_exhausted', permanent: false, httpStatus: 429, code: null }, T0);
      expect(await repo.requeueFailed('b1', false, at(10_000))).toBe(1);
      expect((await repo.findDue(at(10_000), 'tenant-a', 10)).map((d) => [d.id, d.attempts])).toEqual([['d-2', 0]]);
      expect(await repo.requeueFailed('b1', true, at(20_000))).toBe(1);
      expect((await repo.counts('b1')).byStatus).toEqual({ pending: 2 });
    }));

    it('cancels what is still pending, not what is on the wire', withRepo(async (repo) => {
      await repo.saveBroadcast(broadcast('b1'), deliveries([1, 2]));
      await repo.claim('d-1', 'w1', T0, at(1_000));
      expect(await repo.cancelBroadcast('b1', T0)).toBe(1);
      expect((await repo.counts('b1')).byStatus).toEqual({ sending: 1, cancelled: 1 });
      expect((await repo.findBroadcast('b1'))?.cancelledAt).toEqual(T0);
    }));
  });
}
