/** Organiser broadcasts to an audience (a session, a course, everyone, a district): resolution, drafts, scheduling. */
export { AUDIENCE_KINDS, AudienceSchema, type Audience, type AudienceError, type AudienceKind, type AudienceMember, type AudienceSubject, type District, type DistrictKind, type ResolvedAudience } from './audience.types.ts';
export type { AudienceCourse, AudienceRepository, AudienceSession, DistrictDirectory, MemberQuery, PersonalConversation, PersonalConversations } from './audience.ports.ts';
export { AudienceResolver, type AudienceResolverDeps } from './audience.resolver.ts';
export { districtDirectory } from './audience-districts.ts';
export {
  MAX_BROADCAST_TEXT_CHARS,
  MAX_BROADCAST_TITLE_CHARS,
  charLength,
  checkDraft,
  type BroadcastDraftInput,
  type BroadcastSchedule,
  type CheckedDraft,
  type DraftError,
} from './audience-broadcast.rules.ts';
export { SCHEDULED_BROADCAST_JOB, ScheduledBroadcastPayloadSchema, broadcastReference, scheduledBroadcastJob, type ScheduledBroadcastPayload } from './audience-broadcast.job.ts';
export {
  AudienceBroadcastService,
  type AudienceBroadcastDeps,
  type AudienceBroadcastError,
  type AudienceBroadcastStatus,
  type BroadcastPreview,
  type BroadcastQueued,
  type ComposeActivity,
  type SendRequest,
} from './audience-broadcast.service.ts';
export type { StatusCardPusher, StatusCardTarget, StatusCardTargetStore } from './status-card.ports.ts';
export { STATUS_CARD_PUSH_INTERVAL_MS, StatusCardUpdater, decidePush, type PushDecision, type StatusCardUpdaterDeps } from './status-card-updater.ts';
