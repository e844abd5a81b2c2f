/** The notification half of reminders: reminder plans, the outbox relay, and the jobs that tell people things. */
export {
  DEFAULT_REMINDER_PLAN,
  ReminderOffsetSchema,
  ReminderPlanSchema,
  offsetKey,
  planOf,
  reminderAt,
  reminderTimes,
  type ReminderOffset,
  type ReminderPlan,
  type ReminderTime,
} from './reminder-plan.ts';
export {
  NOTIFICATION_JOB_TYPES,
  NoticePayloadSchema,
  OfferExpiryPayloadSchema,
  ReminderPayloadSchema,
  noticeReference,
  offerReference,
  reminderReference,
  type Notice,
  type NoticeKind,
  type NoticePayload,
  type OfferExpiryPayload,
  type ReminderPayload,
} from './notification.model.ts';
export type { NoticeComposer, NotificationReads, OutboxClaimRequest, OutboxEntry, PlanningStore, PlanningUnit } from './planning.ports.ts';
export { EnrolmentEventSchema } from './outbox-event.schema.ts';
export { planForEvent, syncReminders, type PlanContext, type PlanReport } from './notification-planner.ts';
export {
  DEFAULT_OUTBOX_RELAY_OPTIONS,
  OutboxRelay,
  type EntryOutcome,
  type OutboxRelayDeps,
  type OutboxRelayOptions,
  type RelayReport,
} from './outbox-relay.ts';
export { notificationJobs, noticeSkip, reminderSkip, type NotificationJobDeps, type NoticeReport, type SkipReason } from './notification-jobs.ts';
export {
  ReminderPlanService,
  type ReminderPlanChanged,
  type ReminderPlanError,
  type ReminderPlanServiceDeps,
  type ReminderPlanView,
} from './reminder-plan.service.ts';
export { BackgroundWorkers, type WorkersReport } from './background-workers.ts';
