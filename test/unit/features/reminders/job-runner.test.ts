import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { JobQueue, JobRunner, defineJob, type JobDefinition } from '../../../../src/features/reminders/index.ts';
import { ManualClock, err, ok } from '../../../../src/features/shared/index.ts';
import { InMemoryJobRepository } from './in-memory-job.repository.ts';

const T0 = '2026-12-01T08:00:00.000Z';
let seq = 0;
const newId = (prefix: string) => `${prefix}-${++seq}`;

function setup(definitions: JobDefinition[], workerId = 'w1', repo = new InMemoryJobRepository(), clock = new ManualClock(T0)) {
  // A fake sleep moves the clock and yields a macrotask, so a running loop never starves the test.
  const sleep = async (ms: number) => {
    clock.advance(ms);
    await new Promise((resolve) => setImmediate(resolve));
  };
  const runner = new JobRunner({ jobs: repo, clock, sleep, random: () => 0.5, workerId, definitions, options: { leaseMs: 60_000, pollIntervalMs: 1_000 } });
  return { repo, clock, runner, queue: new JobQueue({ jobs: repo, clock, newId }) };
}

const seen: string[] = [];
const remind = defineJob({
  type: 'reminder.send',
  payload: z.object({ enrolmentId: z.string().min(1) }),
  maxAttempts: 3,
  handle: async ({ enrolmentId }) => {
    seen.push(enrolmentId);
    if (enrolmentId === 'flaky') return err({ code: 'connector_error', retryable: true });
    if (enrolmentId === 'boom') throw new Error('bug in handler');
    if (enrolmentId === 'gone') return err({ code: 'session_cancelled', retryable: false });
    return ok(undefined);
  },
});

describe('JobQueue', () => {
  it('validates the payload against the job type before storing it', async () => {
    const { queue, repo } = setup([remind]);
    const bad = await queue.enqueue(remind, { enrolmentId: '' }, { runAt: new Date(T0) });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_job_payload', type: 'reminder.send' } });
    expect(repo.rows.size).toBe(0);
  });

  it('enqueues once per dedupe key and cancels by reference', async () => {
    const { queue } = setup([remind]);
    const options = { runAt: new Date(T0), reference: 'enrolment:e1', dedupeKey: 'reminder:e1:7d' };
    const first = await queue.enqueue(remind, { enrolmentId: 'e1' }, options);
    const second = await queue.enqueue(remind, { enrolmentId: 'e1' }, options);
    expect(first.ok && second.ok && second.value.job.id === first.value.job.id && !second.value.created).toBe(true);
    expect(await queue.cancelByReference('enrolment:e1')).toBe(1);
  });
});

describe('JobRunner', () => {
  it('runs due jobs only, and each once', async () => {
    const { queue, runner, clock } = setup([remind]);
    await queue.enqueue(remind, { enrolmentId: 'now' }, { runAt: new Date(T0) });
    await queue.enqueue(remind, { enrolmentId: 'later' }, { runAt: new Date(Date.parse(T0) + 60_000) });
    seen.length = 0;
    expect(await runner.runOnce()).toEqual({ claimed: 1, done: 1, retried: 0, failed: 0 });
    expect(await runner.runOnce()).toMatchObject({ claimed: 0 });
    clock.advance(60_000);
    expect(await runner.runOnce()).toMatchObject({ claimed: 1, done: 1 });
    expect(seen).toEqual(['now', 'later']);
  });

  it('keeps going when one job fails, throws or is malformed', async () => {
    const { queue, runner, repo } = setup([remind]);
    for (const id of ['flaky', 'boom', 'gone', 'fine']) await queue.enqueue(remind, { enrolmentId: id }, { runAt: new Date(T0) });
    await repo.enqueue({ id: 'raw', type: 'reminder.send', payload: { wrong: true }, runAt: new Date(T0), maxAttempts: 3, reference: null, dedupeKey: null }, new Date(T0));
    await repo.enqueue({ id: 'alien', type: 'nobody.handles', payload: {}, runAt: new Date(T0), maxAttempts: 3, reference: null, dedupeKey: null }, new Date(T0));
    expect(await runner.runOnce()).toEqual({ claimed: 6, done: 1, retried: 2, failed: 3 });
    expect((await repo.findById('raw'))?.lastError).toMatch(/^invalid_job_payload/);
    expect((await repo.findById('alien'))?.lastError).toBe('unknown_job_type: nobody.handles');
  });

  it('retries with backoff until maxAttempts, then fails for good', async () => {
    const { queue, runner, clock, repo } = setup([remind]);
    const enqueued = await queue.enqueue(remind, { enrolmentId: 'flaky' }, { runAt: new Date(T0) });
    const id = enqueued.ok ? enqueued.value.job.id : '';
    await runner.runOnce();
    const afterFirst = await repo.findById(id);
    // Full jitter with random 0.5: half of 30 s base for the first retry.
    expect(afterFirst).toMatchObject({ status: 'pending', attempts: 1, runAt: new Date(Date.parse(T0) + 15_000) });
    clock.advance(15_000);
    await runner.runOnce();
    clock.advance(60_000);
    expect(await runner.runOnce()).toMatchObject({ claimed: 1, failed: 1 });
    expect(await repo.findById(id)).toMatchObject({ status: 'failed', attempts: 3, lastError: 'connector_error' });
  });

  it('picks up a job whose worker died once the lease has run out', async () => {
    const repo = new InMemoryJobRepository();
    const clock = new ManualClock(T0);
    const dead = setup([remind], 'dead', repo, clock);
    await dead.queue.enqueue(remind, { enrolmentId: 'e-crash' }, { runAt: new Date(T0) });
    await repo.claimDue({ now: clock.now(), limit: 10, leaseMs: 60_000, workerId: 'dead' });
    const alive = setup([remind], 'alive', repo, clock);
    expect(await alive.runner.runOnce()).toMatchObject({ claimed: 0 });
    clock.advance(60_001);
    expect(await alive.runner.runOnce()).toMatchObject({ claimed: 1, done: 1 });
  });

  it('stops feeding a job that killed every worker that ran it', async () => {
    const { runner, repo } = setup([remind]);
    await repo.enqueue({ id: 'poison', type: 'reminder.send', payload: { enrolmentId: 'e1' }, runAt: new Date(T0), maxAttempts: 1, reference: null, dedupeKey: null }, new Date(T0));
    repo.rows.get('poison')!.attempts = 1;
    expect(await runner.runOnce()).toMatchObject({ failed: 1 });
    expect((await repo.findById('poison'))?.lastError).toBe('attempts_exhausted');
  });

  it('polls while started and stops cleanly', async () => {
    const { queue, runner, clock } = setup([remind]);
    seen.length = 0;
    runner.start();
    await queue.enqueue(remind, { enrolmentId: 'polled' }, { runAt: new Date(clock.now().getTime() + 5_000) });
    for (let i = 0; i < 50 && seen.length === 0; i++) await new Promise((resolve) => setImmediate(resolve));
    await runner.stop();
    expect(seen).toEqual(['polled']);
  });
});
