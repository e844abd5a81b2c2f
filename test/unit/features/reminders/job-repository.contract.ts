import { describe, expect, it } from 'vitest';
import type { JobRepository, NewJob } from '../../../../src/features/reminders/index.ts';

const T0 = new Date('2026-12-01T08:00:00.000Z');
const at = (ms: number) => new Date(T0.getTime() + ms);

export const newJob = (id: string, overrides: Partial<NewJob> = {}): NewJob => ({
  id,
  type: 'reminder.send',
  payload: { enrolmentId: 'e1', offsetDays: 7 },
  runAt: T0,
  maxAttempts: 3,
  reference: 'enrolment:e1',
  dedupeKey: null,
  ...overrides,
});

/** The behaviour every JobRepository must show; run against the fake and against SQLite. */
export function jobRepositoryContract(name: string, open: () => Promise<{ repo: JobRepository; close: () => Promise<void> }>) {
  const withRepo = (test: (repo: JobRepository) => Promise<void>) => async () => {
    const { repo, close } = await open();
    try {
      await test(repo);
    } finally {
      await close();
    }
  };

  describe(`${name} (JobRepository contract)`, () => {
    it('enqueues idempotently by dedupe key and keeps the payload', withRepo(async (repo) => {
      const first = await repo.enqueue(newJob('j1', { dedupeKey: 'reminder:e1:7' }), T0);
      const again = await repo.enqueue(newJob('j2', { dedupeKey: 'reminder:e1:7', runAt: at(5) }), T0);
      expect(first).toMatchObject({ created: true, job: { id: 'j1', status: 'pending', attempts: 0, payload: { enrolmentId: 'e1', offsetDays: 7 } } });
      expect(again).toMatchObject({ created: false, job: { id: 'j1', runAt: T0 } });
      expect((await repo.enqueue(newJob('j3'), T0)).created).toBe(true);
      expect((await repo.enqueue(newJob('j4'), T0)).created).toBe(true);
    }));

    it('claims only due jobs, each once while its lease runs', withRepo(async (repo) => {
      await repo.enqueue(newJob('due'), T0);
      await repo.enqueue(newJob('later', { runAt: at(60_000) }), T0);
      const claimed = await repo.claimDue({ now: T0, limit: 10, leaseMs: 5_000, workerId: 'w1' });
      expect(claimed.map((j) => [j.id, j.status, j.attempts, j.leaseUntil])).toEqual([['due', 'running', 1, at(5_000)]]);
      expect(await repo.claimDue({ now: at(4_999), limit: 10, leaseMs: 5_000, workerId: 'w2' })).toEqual([]);
    }));

    it('hands a dead worker\'s job to another after the lease; the late worker cannot settle it', withRepo(async (repo) => {
      await repo.enqueue(newJob('j1'), T0);
      await repo.claimDue({ now: T0, limit: 10, leaseMs: 5_000, workerId: 'dead' });
      const taken = await repo.claimDue({ now: at(5_001), limit: 10, leaseMs: 5_000, workerId: 'alive' });
      expect(taken.map((j) => [j.id, j.attempts])).toEqual([['j1', 2]]);
      expect(await repo.complete('j1', 'dead', at(5_002))).toBe(false);
      expect(await repo.complete('j1', 'alive', at(5_002))).toBe(true);
      expect((await repo.findById('j1'))?.status).toBe('done');
      expect(await repo.claimDue({ now: at(99_000), limit: 10, leaseMs: 5_000, workerId: 'w3' })).toEqual([]);
    }));

    it('retries at the given time or fails for good', withRepo(async (repo) => {
      await repo.enqueue(newJob('retry'), T0);
      await repo.enqueue(newJob('final'), T0);
      await repo.claimDue({ now: T0, limit: 10, leaseMs: 5_000, workerId: 'w1' });
      expect(await repo.fail('retry', 'w1', 'connector_error', T0, at(30_000))).toBe(true);
      expect(await repo.fail('final', 'w1', 'invalid_job_payload', T0)).toBe(true);
      expect(await repo.findById('final')).toMatchObject({ status: 'failed', lastError: 'invalid_job_payload' });
      expect(await repo.claimDue({ now: at(29_999), limit: 10, leaseMs: 5_000, workerId: 'w1' })).toEqual([]);
      expect((await repo.claimDue({ now: at(30_000), limit: 10, leaseMs: 5_000, workerId: 'w1' })).map((j) => [j.id, j.attempts])).toEqual([['retry', 2]]);
    }));

    it('cancels the pending jobs of a reference and leaves others alone', withRepo(async (repo) => {
      await repo.enqueue(newJob('a', { reference: 'enrolment:e1' }), T0);
      await repo.enqueue(newJob('b', { reference: 'enrolment:e1', runAt: at(1_000) }), T0);
      await repo.enqueue(newJob('c', { reference: 'enrolment:e2' }), T0);
      await repo.claimDue({ now: T0, limit: 1, leaseMs: 5_000, workerId: 'w1' });
      expect(await repo.cancelByReference('enrolment:e1', T0)).toBe(1);
      const statuses = (await repo.findByReference('enrolment:e1')).map((j) => [j.id, j.status]).sort();
      expect(statuses).toEqual([['a', 'running'], ['b', 'cancelled']]);
      expect((await repo.findByReference('enrolment:e2')).map((j) => j.status)).toEqual(['pending']);
      expect(await repo.cancelByReference('enrolment:none', T0)).toBe(0);
    }));
  });
}
