import type { z } from 'zod';
import type { EnrolmentEvent, Enrolment, Session } from '../catalogue/index.ts';
import { newId } from '../shared/index.ts';
import type { Job, NewJob } from './job.model.ts';
import {
  NOTIFICATION_JOB_TYPES as TYPES,
  NoticePayloadSchema,
  OfferExpiryPayloadSchema,
  ReminderPayloadSchema,
  noticeReference,
  offerReference,
  reminderReference,
  type NoticePayload,
} from './notification.model.ts';
import type { PlanningUnit } from './planning.ports.ts';
import { planOf, reminderTimes } from './reminder-plan.ts';

/** `source` names what caused this planning (an outbox event id, a plan change) and goes into every dedupe key. */
export type PlanContext = { readonly now: Date; readonly source: string };
export type PlanReport = { reminders: number; cancelled: number; notices: number; offerExpiries: number };

const MAX_ATTEMPTS = { [TYPES.reminder]: 5, [TYPES.notice]: 5, [TYPES.offerExpiry]: 10 } as const;

/**
 * Turns one catalogue event into jobs. Reminders are reconciled with the CURRENT state of the enrolment and its
 * session rather than derived from the event alone, so events may be handled in any order, twice, or late, and the
 * pending reminders still end up exactly those the current state asks for.
 */
export async function planForEvent(event: EnrolmentEvent, unit: PlanningUnit, ctx: PlanContext): Promise<PlanReport> {
  const report: PlanReport = { reminders: 0, cancelled: 0, notices: 0, offerExpiries: 0 };
  switch (event.type) {
    case 'enrolment.waitlisted':
      return report;
    case 'enrolment.confirmed':
    case 'offer.accepted':
    case 'enrolment.cancelled':
    case 'offer.declined':
      return add(report, await syncEnrolment(unit, event.enrolmentId, ctx));
    case 'offer.expired':
      add(report, await syncEnrolment(unit, event.enrolmentId, ctx));
      return add(report, await notify(unit, { kind: 'offer_expired', enrolmentId: event.enrolmentId }, ctx));
    case 'seat.offered':
      add(report, await planOfferExpiry(unit, event, ctx));
      return add(report, await notify(unit, { kind: 'seat_offered', enrolmentId: event.enrolmentId, expiresAt: event.expiresAt }, ctx));
    case 'session.cancelled':
      for (const enrolmentId of event.enrolmentIds) {
        add(report, await syncEnrolment(unit, enrolmentId, ctx));
        add(report, await notify(unit, { kind: 'session_cancelled', enrolmentId, reason: event.reason }, ctx));
      }
      return report;
    case 'session.moved':
      for (const enrolment of await unit.listLive(event.sessionId)) {
        add(report, await syncEnrolment(unit, enrolment.id, ctx));
        add(report, await notify(unit, { kind: 'session_moved', enrolmentId: enrolment.id, previousStartsAt: event.previousStartsAt, startsAt: event.startsAt }, ctx));
      }
      return report;
  }
}

async function syncEnrolment(unit: PlanningUnit, enrolmentId: string, ctx: PlanContext): Promise<Partial<PlanReport>> {
  const enrolment = await unit.findEnrolment(enrolmentId);
  const session = enrolment && (await unit.findSession(enrolment.sessionId));
  if (!enrolment || !session) return {};
  return syncReminders(unit, enrolment, session, ctx);
}

/**
 * Makes the pending reminders of one enrolment match what it should get now: none unless it is confirmed for a
 * scheduled session, otherwise one per plan time still ahead. A reminder is identified by its time and the start
 * it was planned for, so a move or a plan change cancels exactly the reminders that no longer fit.
 */
export async function syncReminders(unit: PlanningUnit, enrolment: Enrolment, session: Session, ctx: PlanContext): Promise<Pick<PlanReport, 'reminders' | 'cancelled'>> {
  const wanted = enrolment.status === 'confirmed' && session.status === 'scheduled' ? reminderTimes(session, planOf(session), ctx.now) : [];
  const startsAt = session.startsAt.toISOString();
  const identity = (runAt: Date, planStart: string) => `${runAt.toISOString()}|${planStart}`;
  const wantedKeys = new Set(wanted.map((w) => identity(w.runAt, startsAt)));
  const pending = (await unit.pendingJobs(reminderReference(enrolment.id))).filter((j) => j.type === TYPES.reminder);
  const kept = new Set<string>();
  const stale: Job[] = [];
  for (const job of pending) {
    const payload = ReminderPayloadSchema.safeParse(job.payload);
    const key = payload.success ? identity(job.runAt, payload.data.startsAt) : '';
    if (wantedKeys.has(key) && !kept.has(key)) kept.add(key);
    else stale.push(job);
  }
  const cancelled = stale.length > 0 ? await unit.cancelJobs(stale.map((j) => j.id), ctx.now) : 0;
  let reminders = 0;
  for (const { offset, runAt } of wanted) {
    if (kept.has(identity(runAt, startsAt))) continue;
    const payload = { enrolmentId: enrolment.id, sessionId: session.id, startsAt, daysBefore: offset.daysBefore, at: offset.at };
    const dedupeKey = `reminder:${enrolment.id}:${runAt.toISOString()}:${ctx.source}`;
    if (await unit.enqueue(job(TYPES.reminder, ReminderPayloadSchema, payload, runAt, reminderReference(enrolment.id), dedupeKey), ctx.now)) reminders += 1;
  }
  return { reminders, cancelled };
}

async function notify(unit: PlanningUnit, payload: NoticePayload, ctx: PlanContext): Promise<Partial<PlanReport>> {
  const dedupeKey = `notice:${payload.kind}:${payload.enrolmentId}:${ctx.source}`;
  const created = await unit.enqueue(job(TYPES.notice, NoticePayloadSchema, payload, ctx.now, noticeReference(payload.enrolmentId), dedupeKey), ctx.now);
  return { notices: created ? 1 : 0 };
}

async function planOfferExpiry(unit: PlanningUnit, event: Extract<EnrolmentEvent, { type: 'seat.offered' }>, ctx: PlanContext): Promise<Partial<PlanReport>> {
  const payload = { enrolmentId: event.enrolmentId, sessionId: event.sessionId, expiresAt: event.expiresAt };
  const dedupeKey = `offer.expire:${event.enrolmentId}:${ctx.source}`;
  const created = await unit.enqueue(job(TYPES.offerExpiry, OfferExpiryPayloadSchema, payload, new Date(event.expiresAt), offerReference(event.enrolmentId), dedupeKey), ctx.now);
  return { offerExpiries: created ? 1 : 0 };
}

/** Our own payloads failing their schema is a bug, hence `parse`. */
function job<S extends z.ZodType>(type: keyof typeof MAX_ATTEMPTS, schema: S, payload: z.input<S>, runAt: Date, reference: string, dedupeKey: string): NewJob {
  return { id: newId('job'), type, payload: schema.parse(payload), runAt, maxAttempts: MAX_ATTEMPTS[type], reference, dedupeKey };
}

function add(report: PlanReport, part: Partial<PlanReport>): PlanReport {
  for (const key of Object.keys(part) as Array<keyof PlanReport>) report[key] += part[key] ?? 0;
  return report;
}
