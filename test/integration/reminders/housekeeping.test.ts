import { afterEach, describe, expect, it } from 'vitest';
import { KyselyJobRepository } from '../../../src/adapters/storage/kysely-job.repository.ts';
import { KyselyRetentionRepository } from '../../../src/adapters/storage/kysely-retention.repository.ts';
import { JobQueue, JobRunner, housekeepingJob, nextHousekeepingAt, scheduleHousekeeping } from '../../../src/features/reminders/index.ts';
import { DAY_MS, ManualClock, berlinLocalString, newId } from '../../../src/features/shared/index.ts';
import { at } from '../../support/enrolment-fixture.ts';
import { tempStore } from '../../support/temp-store.ts';

let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => cleanup?.());

describe('when housekeeping runs', () => {
  it.each([
    ['2026-11-21T02:00', '2026-11-21T03:30'],
    ['2026-11-21T03:30', '2026-11-22T03:30'],
    ['2026-11-21T23:59', '2026-11-22T03:30'],
    ['2027-03-27T12:00', '2027-03-28T03:30'], // the night the clocks go forward: still 03:30 on the wall
    ['2027-10-30T12:00', '2027-10-31T03:30'],
  ])('after %s the next run is at %s Berlin time', (now, expected) => {
    expect(berlinLocalString(nextHousekeepingAt(at(now)))).toBe(expected);
  });
});

describe('housekeeping', () => {
  it('deletes finished jobs and processed events older than 90 days, keeps the rest, and schedules tomorrow once', async () => {
    const temp = await tempStore();
    cleanup = temp.cleanup;
    const db = temp.store.db;
    const now = at('2026-11-21T03:30');
    const old = new Date(now.getTime() - 100 * DAY_MS).toISOString();
    const recent = new Date(now.getTime() - 10 * DAY_MS).toISOString();
    const tomorrow = new Date(now.getTime() + DAY_MS).toISOString();
    const job = (status: string, updated: string) => ({
      id: newId('job'), type: 'notice.send', payload_json: '{}', run_at: status === 'pending' ? tomorrow : updated, status, attempts: 1, max_attempts: 5, lease_until: null,
      worker_id: null, last_error: null, reference: null, dedupe_key: null, created_at: updated, updated_at: updated,
    });
    await db.insertInto('jobs').values([job('done', old), job('cancelled', old), job('failed', old), job('done', recent), job('pending', old)]).execute();
    const event = (processed: string | null) => ({ id: newId('evt'), type: 'enrolment.confirmed', payload_json: '{}', created_at: old, claimed_until: null, processed_at: processed, attempts: 1 });
    await db.insertInto('outbox').values([event(old), event(recent), event(null)]).execute();

    const clock = new ManualClock(now);
    const jobs = new KyselyJobRepository(temp.store);
    const queue = new JobQueue({ jobs, clock, newId });
    const reports: Array<{ jobs: number; events: number }> = [];
    const housekeeping = housekeepingJob({ store: new KyselyRetentionRepository(temp.store), queue, onPruned: (r) => reports.push(r) });
    await scheduleHousekeeping(queue, housekeeping, at('2026-11-21T01:00'));
    await scheduleHousekeeping(queue, housekeeping, at('2026-11-21T02:00'));
    const runner = new JobRunner({ jobs, clock, sleep: async () => undefined, random: () => 0.5, workerId: 'w', definitions: [housekeeping] });
    expect((await runner.runOnce()).done).toBe(1);

    expect(reports).toEqual([{ jobs: 2, events: 1 }]);
    const left = await db.selectFrom('jobs').select(['status', 'type', 'run_at', 'dedupe_key']).orderBy('run_at').execute();
    expect(left.filter((j) => j.type === 'notice.send').map((j) => j.status).sort()).toEqual(['done', 'failed', 'pending']);
    const next = left.filter((j) => j.type === 'maintenance.housekeeping' && j.status === 'pending');
    expect(next).toEqual([{ status: 'pending', type: 'maintenance.housekeeping', run_at: at('2026-11-22T03:30').toISOString(), dedupe_key: 'housekeeping:2026-11-22' }]);
    expect(await db.selectFrom('outbox').select('processed_at').execute()).toHaveLength(2);
  });
});
