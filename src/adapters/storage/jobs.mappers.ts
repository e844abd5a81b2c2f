import type { Job, JobStatus, NewJob } from '../../features/reminders/index.ts';
import type { JobTable } from './tables/jobs.tables.ts';

const iso = (d: Date) => d.toISOString();

export const jobFromRow = (r: JobTable): Job => ({
  id: r.id,
  type: r.type,
  payload: JSON.parse(r.payload_json) as unknown,
  runAt: new Date(r.run_at),
  status: r.status as JobStatus,
  attempts: r.attempts,
  maxAttempts: r.max_attempts,
  leaseUntil: r.lease_until === null ? null : new Date(r.lease_until),
  lastError: r.last_error,
  reference: r.reference,
  dedupeKey: r.dedupe_key,
});

/** The row a newly enqueued job starts as: pending, never attempted, unleased. */
export const newJobRow = (job: NewJob, now: Date): JobTable => ({
  id: job.id,
  type: job.type,
  payload_json: JSON.stringify(job.payload),
  run_at: iso(job.runAt),
  status: 'pending',
  attempts: 0,
  max_attempts: job.maxAttempts,
  lease_until: null,
  worker_id: null,
  last_error: null,
  reference: job.reference,
  dedupe_key: job.dedupeKey,
  created_at: iso(now),
  updated_at: iso(now),
});
