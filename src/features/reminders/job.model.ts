import type { z } from 'zod';
import type { Result } from '../shared/index.ts';

/**
 * A durable job (STYLE.md habit 13): reminders, seat-offer expiry and other deferred work are rows, not timers,
 * so a restart or a crash loses nothing. `reference` groups jobs by what they belong to (`enrolment:<id>`,
 * `session:<id>`), so cancelling the enrolment cancels its reminders in one call.
 */
export const JOB_STATUSES = ['pending', 'running', 'done', 'failed', 'cancelled'] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

export type Job = {
  readonly id: string;
  readonly type: string;
  /** Parsed JSON as stored; the runner validates it with the type's schema before a handler sees it. */
  readonly payload: unknown;
  readonly runAt: Date;
  readonly status: JobStatus;
  /** Claims so far, including the one running now. */
  readonly attempts: number;
  readonly maxAttempts: number;
  /** Claimed-until: after this instant a `running` job counts as abandoned and is claimed again. */
  readonly leaseUntil: Date | null;
  readonly lastError: string | null;
  readonly reference: string | null;
  readonly dedupeKey: string | null;
};

export type NewJob = {
  readonly id: string;
  readonly type: string;
  readonly payload: unknown;
  readonly runAt: Date;
  readonly maxAttempts: number;
  readonly reference: string | null;
  /** Enqueueing twice with the same key returns the first job (e.g. `reminder:<enrolment>:<offset>`). */
  readonly dedupeKey: string | null;
};

/** What a handler reports; a thrown error counts as `{ code: 'handler_threw', retryable: true }`. */
export type JobFailure = { readonly code: string; readonly retryable: boolean; readonly detail?: string };
export type JobOutcome = Result<void, JobFailure>;

export type JobContext = { readonly job: Job; readonly now: Date };

export interface JobDefinition<S extends z.ZodType = z.ZodType> {
  readonly type: string;
  readonly payload: S;
  readonly maxAttempts?: number;
  handle(payload: z.infer<S>, context: JobContext): Promise<JobOutcome>;
}

/** Keeps the payload type of a definition tied to its schema. */
export const defineJob = <S extends z.ZodType>(definition: JobDefinition<S>): JobDefinition<S> => definition;

export const DEFAULT_JOB_MAX_ATTEMPTS = 5;
