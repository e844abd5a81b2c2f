import type { Course, Enrolment, Session } from '../catalogue/index.ts';
import type { BroadcastActivity } from './broadcast.model.ts';
import type { Job, NewJob } from './job.model.ts';
import type { Notice } from './notification.model.ts';

/** One unprocessed outbox row as claimed: the payload is still unparsed JSON. */
export type OutboxEntry = {
  readonly id: string;
  readonly type: string;
  readonly payload: unknown;
  readonly createdAt: Date;
  /** Claims so far, including this one. */
  readonly attempts: number;
  /** This claim's lease; also its token: only the holder of this exact lease may mark the row processed. */
  readonly claimedUntil: Date;
};

export type OutboxClaimRequest = {
  readonly now: Date;
  readonly limit: number;
  readonly leaseMs: number;
  /** Rows claimed this often without being processed are left for a person to look at. */
  readonly maxAttempts: number;
};

/** Everything one planning step reads and writes, inside ONE transaction: jobs and the processed mark commit together. */
export interface PlanningUnit {
  findSession(id: string): Promise<Session | undefined>;
  findEnrolment(id: string): Promise<Enrolment | undefined>;
  /** Confirmed, waitlisted and offered enrolments of a session. */
  listLive(sessionId: string): Promise<Enrolment[]>;
  /** Pending (not running or finished) jobs of a reference. */
  pendingJobs(reference: string): Promise<Job[]>;
  /** Idempotent by dedupe key; returns whether a row was written. */
  enqueue(job: NewJob, now: Date): Promise<boolean>;
  cancelJobs(ids: readonly string[], now: Date): Promise<number>;
  saveReminderPlan(sessionId: string, plan: unknown, now: Date): Promise<void>;
  /**
   * Marks the entry processed if it is still unprocessed and still held under `claimedUntil`; false when another
   * worker took it over after the lease ran out (or already finished it).
   */
  markProcessed(entryId: string, claimedUntil: Date, now: Date): Promise<boolean>;
}

export interface PlanningStore {
  /** Atomically leases unprocessed rows whose lease is free or ran out, oldest first, and counts the attempt. */
  claimOutbox(request: OutboxClaimRequest): Promise<OutboxEntry[]>;
  transact<T>(work: (unit: PlanningUnit) => Promise<T>): Promise<T>;
}

/** Current state for a notification at the moment it is sent. */
export interface NotificationReads {
  findEnrolment(id: string): Promise<Enrolment | undefined>;
  findSessionWithCourse(id: string): Promise<{ session: Session; course: Course } | undefined>;
}

/** Implemented by the bot: a notice becomes a card activity, in the language the person's client last used. */
export interface NoticeComposer {
  compose(notice: Notice, clientLocale: string | undefined): BroadcastActivity;
}
