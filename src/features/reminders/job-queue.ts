import type { z } from 'zod';
import { err, ok, type Clock, type Result } from '../shared/index.ts';
import { DEFAULT_JOB_MAX_ATTEMPTS, type Job, type JobDefinition } from './job.model.ts';
import type { JobRepository } from './jobs.ports.ts';

export type EnqueueOptions = {
  readonly runAt: Date;
  readonly reference?: string;
  readonly dedupeKey?: string;
};

export type EnqueueError = { readonly code: 'invalid_job_payload'; readonly type: string; readonly issues: string[] };

/** The one way in: a payload is validated against its type's schema before it is stored (STYLE.md habit 3). */
export class JobQueue {
  private readonly jobs: JobRepository;
  private readonly clock: Clock;
  private readonly newId: (prefix: string) => string;

  constructor(deps: { jobs: JobRepository; clock: Clock; newId: (prefix: string) => string }) {
    this.jobs = deps.jobs;
    this.clock = deps.clock;
    this.newId = deps.newId;
  }

  async enqueue<S extends z.ZodType>(
    definition: JobDefinition<S>,
    payload: z.input<S>,
    options: EnqueueOptions,
  ): Promise<Result<{ job: Job; created: boolean }, EnqueueError>> {
    const parsed = definition.payload.safeParse(payload);
    if (!parsed.success) {
      return err({ code: 'invalid_job_payload', type: definition.type, issues: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`) });
    }
    const stored = await this.jobs.enqueue(
      {
        id: this.newId('job'),
        type: definition.type,
        payload: parsed.data,
        runAt: options.runAt,
        maxAttempts: definition.maxAttempts ?? DEFAULT_JOB_MAX_ATTEMPTS,
        reference: options.reference ?? null,
        dedupeKey: options.dedupeKey ?? null,
      },
      this.clock.now(),
    );
    return ok(stored);
  }

  cancelByReference(reference: string): Promise<number> {
    return this.jobs.cancelByReference(reference, this.clock.now());
  }
}
