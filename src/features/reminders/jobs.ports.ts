import type { Job, NewJob } from './job.model.ts';

export type EnqueueResult = { readonly job: Job; readonly created: boolean };

export type ClaimRequest = {
  readonly now: Date;
  readonly limit: number;
  readonly leaseMs: number;
  readonly workerId: string;
};

export interface JobRepository {
  /** Idempotent by `dedupeKey`: a second enqueue returns the existing job with `created: false`. */
  enqueue(job: NewJob, now: Date): Promise<EnqueueResult>;
  /**
   * Atomically marks due jobs `running` for this worker until `now + leaseMs` and counts the attempt. Due means
   * `pending` with `runAt <= now`, or `running` with an expired lease (its worker died).
   */
  claimDue(request: ClaimRequest): Promise<Job[]>;
  /** Only the worker holding the claim may settle a job; returns false when the claim was lost meanwhile. */
  complete(id: string, workerId: string, now: Date): Promise<boolean>;
  /** With `retryAt` the job goes back to `pending`; without, it ends `failed`. */
  fail(id: string, workerId: string, error: string, now: Date, retryAt?: Date): Promise<boolean>;
  /** Cancels pending (not running or finished) jobs of a reference; returns how many. */
  cancelByReference(reference: string, now: Date): Promise<number>;
  findByReference(reference: string): Promise<Job[]>;
  findById(id: string): Promise<Job | undefined>;
}
