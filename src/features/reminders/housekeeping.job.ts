import { z } from 'zod';
import { addBerlinDays, berlinDate, berlinParts, DAY_MS, fromBerlinLocal, ok } from '../shared/index.ts';
import { defineJob, type JobDefinition } from './job.model.ts';
import type { JobQueue } from './job-queue.ts';

/** Finished work older than this is deleted: long enough to answer "did X get the reminder?" for a past course. */
export const RETENTION_DAYS = 90;

export interface RetentionStore {
  /** Deletes `done` and `cancelled` jobs last touched before `before`; failed ones stay for a person to look at. */
  deleteFinishedJobs(before: Date): Promise<number>;
  /** Deletes outbox events processed before `before`. */
  deleteProcessedEvents(before: Date): Promise<number>;
}

const HOUR = 3;
const MINUTE = 30;

/** The next 03:30 in Berlin after `now`: a quiet hour, the same wall-clock time across DST. */
export function nextHousekeepingAt(now: Date): Date {
  const p = berlinParts(now);
  const today = fromBerlinLocal({ year: p.year, month: p.month, day: p.day, hour: HOUR, minute: MINUTE });
  return today > now ? today : addBerlinDays(today, 1, { hour: HOUR, minute: MINUTE });
}

/**
 * A daily job that keeps the job and outbox tables from growing for ever, and schedules its next run itself (one per
 * Berlin day, by dedupe key, so several instances or restarts never double it).
 */
export function housekeepingJob(deps: { store: RetentionStore; queue: JobQueue; retentionDays?: number; onPruned?: (report: { jobs: number; events: number }) => void }): JobDefinition {
  const retentionMs = (deps.retentionDays ?? RETENTION_DAYS) * DAY_MS;
  const definition: JobDefinition = defineJob({
    type: 'maintenance.housekeeping',
    payload: z.object({ day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) }),
    maxAttempts: 3,
    async handle(_payload, { now }) {
      const before = new Date(now.getTime() - retentionMs);
      const jobs = await deps.store.deleteFinishedJobs(before);
      const events = await deps.store.deleteProcessedEvents(before);
      deps.onPruned?.({ jobs, events });
      await scheduleHousekeeping(deps.queue, definition, now);
      return ok(undefined);
    },
  });
  return definition;
}

export async function scheduleHousekeeping(queue: JobQueue, definition: JobDefinition, now: Date): Promise<void> {
  const runAt = nextHousekeepingAt(now);
  const day = berlinDate(runAt);
  await queue.enqueue(definition, { day }, { runAt, dedupeKey: `housekeeping:${day}` });
}
