import type { Course, Enrolment, EnrolmentService, Session } from '../catalogue/index.ts';
import { isLive } from '../catalogue/index.ts';
import type { PersonalContacts } from '../contacts/index.ts';
import { err, ok } from '../shared/index.ts';
import type { BroadcastService } from './broadcast.service.ts';
import { defineJob, type Job, type JobDefinition, type JobOutcome } from './job.model.ts';
import {
  NOTIFICATION_JOB_TYPES as TYPES,
  NoticePayloadSchema,
  OfferExpiryPayloadSchema,
  ReminderPayloadSchema,
  type Notice,
  type NoticeKind,
  type NoticePayload,
  type ReminderPayload,
} from './notification.model.ts';
import type { NoticeComposer, NotificationReads } from './planning.ports.ts';

export type NotificationJobDeps = {
  readonly reads: NotificationReads;
  /** The person's personal chat, opened now if they only ever used the bot in a channel or group chat. */
  readonly contacts: Pick<PersonalContacts, 'reach'>;
  readonly composer: NoticeComposer;
  /** The colleague's delivery engine: one single-recipient broadcast per notice, so it shares the rate limits and retries. */
  readonly broadcasts: Pick<BroadcastService, 'create'>;
  readonly offers: Pick<EnrolmentService, 'expireOffers'>;
  readonly onNotice?: (report: NoticeReport) => void;
};

export type SkipReason =
  | 'enrolment_missing'
  | 'not_confirmed'
  | 'not_involved'
  | 'session_cancelled'
  | 'session_moved'
  | 'session_started'
  | 'offer_answered'
  | 'offer_replaced'
  | 'offer_over'
  | 'state_changed';

export type NoticeReport = { readonly kind: NoticeKind; readonly enrolmentId: string; readonly jobId: string } & (
  | { readonly outcome: 'queued'; readonly broadcastId: string }
  | { readonly outcome: 'skipped'; readonly reason: SkipReason }
);

/** Reminders, one-off notices and seat-offer expiry as job definitions for the JobRunner. */
export function notificationJobs(deps: NotificationJobDeps): JobDefinition[] {
  const reminder = defineJob({
    type: TYPES.reminder,
    payload: ReminderPayloadSchema,
    maxAttempts: 5,
    handle: async (payload, { job, now }) => {
      const state = await load(deps.reads, payload.enrolmentId);
      const skip = state ? reminderSkip(payload, state, now) : 'enrolment_missing';
      if (skip || !state) return skipped(deps, job, 'reminder', payload.enrolmentId, skip ?? 'enrolment_missing');
      return deliver(deps, job, { kind: 'reminder', ...state, now, daysBefore: payload.daysBefore });
    },
  });
  const notice = defineJob({
    type: TYPES.notice,
    payload: NoticePayloadSchema,
    maxAttempts: 5,
    handle: async (payload, { job, now }) => {
      const state = await load(deps.reads, payload.enrolmentId);
      const skip = state ? noticeSkip(payload, state, now) : 'enrolment_missing';
      if (skip || !state) return skipped(deps, job, payload.kind, payload.enrolmentId, skip ?? 'enrolment_missing');
      return deliver(deps, job, noticeOf(payload, state, now));
    },
  });
  const offerExpiry = defineJob({
    type: TYPES.offerExpiry,
    payload: OfferExpiryPayloadSchema,
    maxAttempts: 10,
    // Ends every offer that is due, not only this one: a missed run is caught up by the next, and each seat passed on
    // writes a new seat.offered event, which becomes the next person's notice.
    handle: async () => {
      await deps.offers.expireOffers();
      return ok(undefined);
    },
  });
  return [reminder, notice, offerExpiry];
}

type State = { enrolment: Enrolment; session: Session; course: Course };

async function load(reads: NotificationReads, enrolmentId: string): Promise<State | undefined> {
  const enrolment = await reads.findEnrolment(enrolmentId);
  const found = enrolment && (await reads.findSessionWithCourse(enrolment.sessionId));
  return enrolment && found ? { enrolment, ...found } : undefined;
}

/** Re-checked at run time: never after the start, never for a cancelled session, never for a start that moved. */
export function reminderSkip(payload: ReminderPayload, { enrolment, session }: State, now: Date): SkipReason | undefined {
  if (session.status !== 'scheduled') return 'session_cancelled';
  if (enrolment.status !== 'confirmed') return 'not_confirmed';
  if (session.startsAt.toISOString() !== payload.startsAt) return 'session_moved';
  if (now >= session.startsAt) return 'session_started';
  return undefined;
}

export function noticeSkip(payload: NoticePayload, { enrolment, session }: State, now: Date): SkipReason | undefined {
  switch (payload.kind) {
    case 'seat_offered':
      if (session.status !== 'scheduled') return 'session_cancelled';
      if (enrolment.status !== 'offered') return 'offer_answered';
      if (enrolment.offerExpiresAt?.toISOString() !== payload.expiresAt) return 'offer_replaced';
      if (now >= enrolment.offerExpiresAt || now >= session.startsAt) return 'offer_over';
      return undefined;
    case 'offer_expired':
      return enrolment.status === 'expired' ? undefined : 'state_changed';
    case 'session_cancelled':
      return session.status === 'cancelled' && enrolment.status === 'session_cancelled' ? undefined : 'state_changed';
    case 'session_moved':
      if (session.status !== 'scheduled') return 'session_cancelled';
      if (session.startsAt.toISOString() !== payload.startsAt) return 'session_moved';
      if (!isLive(enrolment.status)) return 'not_involved';
      return now >= session.startsAt ? 'session_started' : undefined;
  }
}

function noticeOf(payload: NoticePayload, state: State, now: Date): Notice {
  switch (payload.kind) {
    case 'seat_offered':
      return { kind: 'seat_offered', ...state, now, expiresAt: new Date(payload.expiresAt) };
    case 'offer_expired':
      return { kind: 'offer_expired', ...state, now };
    case 'session_cancelled':
      return { kind: 'session_cancelled', ...state, now, reason: payload.reason };
    case 'session_moved':
      return { kind: 'session_moved', ...state, now, previousStartsAt: new Date(payload.previousStartsAt) };
  }
}

/**
 * Hands the card to the delivery engine as a broadcast named after the job: a job run twice (its worker died after
 * creating the broadcast) finds the same broadcast and adds no second delivery.
 */
async function deliver(deps: NotificationJobDeps, job: Job, notice: Notice): Promise<JobOutcome> {
  const reached = await deps.contacts.reach(notice.enrolment.person.id);
  if (!reached.ok) return err({ code: 'no_contact', retryable: reached.error.retryable, detail: `${notice.enrolment.person.id} (${reached.error.reason})` });
  const contact = reached.value;
  const broadcastId = `notice_${job.id}`;
  const created = await deps.broadcasts.create({
    broadcastId,
    activity: deps.composer.compose(notice, contact.locale),
    recipients: [{ userKey: contact.key, tenantId: contact.tenantId, serviceUrl: contact.serviceUrl, conversationId: contact.conversationId }],
    createdBy: 'lotsenbot:notifications',
  });
  if (!created.ok) return err({ code: created.error.code, retryable: false });
  deps.onNotice?.({ kind: notice.kind, enrolmentId: notice.enrolment.id, jobId: job.id, outcome: 'queued', broadcastId });
  return ok(undefined);
}

function skipped(deps: NotificationJobDeps, job: Job, kind: NoticeKind, enrolmentId: string, reason: SkipReason): JobOutcome {
  deps.onNotice?.({ kind, enrolmentId, jobId: job.id, outcome: 'skipped', reason });
  return ok(undefined);
}
