/** Reminders and broadcasts: durable jobs, broadcast deliveries and the rate-limited sender. */
export * from './job.model.ts';
export type { JobRepository, ClaimRequest, EnqueueResult } from './jobs.ports.ts';
export { JobQueue, type EnqueueOptions, type EnqueueError } from './job-queue.ts';
export { JobRunner, DEFAULT_JOB_RUNNER_OPTIONS, type JobRunnerDeps, type JobRunnerOptions, type RunReport } from './job-runner.ts';
export * from './broadcast.model.ts';
export type {
  ActivityNotifier,
  SendResult,
  DeliveryRepository,
  DeliveryCounts,
  NewBroadcast,
  NewDelivery,
  LastError,
  Settlement,
} from './broadcast.ports.ts';
export {
  BroadcastService,
  summarise,
  type BroadcastCreated,
  type BroadcastError,
  type BroadcastServiceDeps,
  type CreateBroadcastInput,
  type RetryFailedResult,
} from './broadcast.service.ts';
export { DeliveryDispatcher } from './delivery-dispatcher.ts';
export { DEFAULT_DISPATCHER_OPTIONS, type DispatcherDeps, type DispatcherOptions, type DeliveryOutcome } from './dispatcher.config.ts';
export { TokenBucket } from './token-bucket.ts';
export { SlidingWindow } from './sliding-window.ts';
export { SendRateLimiter, TEAMS_SEND_RATES, scaleSendRates, type SendRateConfig, type WindowLimit } from './send-rate-limiter.ts';
export {
  DEFAULT_RETRY_POLICY,
  backoffDelayMs,
  judgeAttempt,
  parseRetryAfter,
  type AttemptVerdict,
  type RetryPolicy,
} from './retry.policy.ts';
export { realSleep, type Random, type Sleep } from './timing.ts';
export * from './notifications.ts';
export { housekeepingJob, nextHousekeepingAt, scheduleHousekeeping, RETENTION_DAYS, type RetentionStore } from './housekeeping.job.ts';
