import { PollingLoop } from './polling-loop.ts';
import type { Clock } from '../shared/index.ts';
import type { Job, JobDefinition, JobFailure } from './job.model.ts';
import type { JobRepository } from './jobs.ports.ts';
import { backoffDelayMs, DEFAULT_RETRY_POLICY, type RetryPolicy } from './retry.policy.ts';
import type { Random, Sleep } from './timing.ts';

export type JobRunnerOptions = {
  readonly pollIntervalMs: number;
  /** Longer than any handler runs: a job still running after its lease is taken over by another worker. */
  readonly leaseMs: number;
  readonly batchSize: number;
  readonly backoff: RetryPolicy;
};

export const DEFAULT_JOB_RUNNER_OPTIONS: JobRunnerOptions = {
  pollIntervalMs: 1_000,
  leaseMs: 5 * 60_000,
  batchSize: 20,
  backoff: { ...DEFAULT_RETRY_POLICY, baseDelayMs: 30_000, maxDelayMs: 30 * 60_000 },
};

export type JobRunnerDeps = {
  readonly jobs: JobRepository;
  readonly clock: Clock;
  readonly sleep: Sleep;
  readonly random: Random;
  readonly workerId: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a registry holds definitions of many payload types
  readonly definitions: readonly JobDefinition<any>[];
  readonly options?: Partial<JobRunnerOptions>;
  readonly onSettled?: (job: Job, outcome: 'done' | 'retry' | 'failed', failure?: JobFailure) => void;
  readonly onError?: (error: unknown) => void;
};

export type RunReport = { readonly claimed: number; readonly done: number; readonly retried: number; readonly failed: number };

/** Claims due jobs with a lease, runs each in isolation, records every outcome; one failure never stops the rest. */
export class JobRunner {
  private readonly deps: JobRunnerDeps;
  private readonly options: JobRunnerOptions;
  private readonly handlers: ReadonlyMap<string, JobDefinition>;
  private readonly polling: PollingLoop;

  constructor(deps: JobRunnerDeps) {
    this.deps = deps;
    this.options = { ...DEFAULT_JOB_RUNNER_OPTIONS, ...deps.options };
    this.polling = new PollingLoop({
      round: () => this.runOnce(),
      batchSize: this.options.batchSize,
      pollIntervalMs: this.options.pollIntervalMs,
      sleep: deps.sleep,
      onError: (error) => this.deps.onError?.(error),
    });
    this.handlers = new Map(deps.definitions.map((d) => [d.type, d]));
  }

  start(): void {
    this.polling.start();
  }

  /** Lets the jobs in hand finish, then returns; nothing new is claimed. */
  async stop(): Promise<void> {
    await this.polling.stop();
  }

  async runOnce(): Promise<RunReport> {
    const { jobs, clock, workerId } = this.deps;
    const claimed = await jobs.claimDue({ now: clock.now(), limit: this.options.batchSize, leaseMs: this.options.leaseMs, workerId });
    const outcomes = await Promise.all(claimed.map((job) => this.runOne(job)));
    const count = (o: string) => outcomes.filter((x) => x === o).length;
    return { claimed: claimed.length, done: count('done'), retried: count('retry'), failed: count('failed') };
  }

  private async runOne(job: Job): Promise<'done' | 'retry' | 'failed' | 'lost'> {
    const failure = await this.execute(job);
    const { jobs, clock, workerId } = this.deps;
    const now = clock.now();
    try {
      if (!failure) {
        const kept = await jobs.complete(job.id, workerId, now);
        return this.settled(job, kept ? 'done' : 'lost');
      }
      const message = failure.detail ? `${failure.code}: ${failure.detail}` : failure.code;
      if (failure.retryable && job.attempts < job.maxAttempts) {
        const retryAt = new Date(now.getTime() + backoffDelayMs(job.attempts, this.options.backoff, this.deps.random));
        const kept = await jobs.fail(job.id, workerId, message, now, retryAt);
        return this.settled(job, kept ? 'retry' : 'lost', failure);
      }
      const kept = await jobs.fail(job.id, workerId, message, now);
      return this.settled(job, kept ? 'failed' : 'lost', failure);
    } catch (error) {
      this.deps.onError?.(error);
      return 'lost';
    }
  }

  /** Undefined when the job succeeded; never throws. */
  private async execute(job: Job): Promise<JobFailure | undefined> {
    const definition = this.handlers.get(job.type);
    if (!definition) return { code: 'unknown_job_type', retryable: false, detail: job.type };
    // A job whose every run killed its worker comes back through lease expiry; stop feeding it to new workers.
    if (job.attempts > job.maxAttempts) return { code: 'attempts_exhausted', retryable: false };
    const payload = definition.payload.safeParse(job.payload);
    if (!payload.success) return { code: 'invalid_job_payload', retryable: false, detail: payload.error.message };
    try {
      const outcome = await definition.handle(payload.data, { job, now: this.deps.clock.now() });
      return outcome.ok ? undefined : outcome.error;
    } catch (error) {
      return { code: 'handler_threw', retryable: true, detail: error instanceof Error ? error.message : String(error) };
    }
  }

  private settled<T extends 'done' | 'retry' | 'failed' | 'lost'>(job: Job, outcome: T, failure?: JobFailure): T {
    if (outcome !== 'lost') this.deps.onSettled?.(job, outcome, failure);
    return outcome;
  }
}
