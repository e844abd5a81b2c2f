import type { Application, TurnState } from '@microsoft/teams-ai';
import type { z } from 'zod';
import { isLive, type EnrolmentError, type Session, type SessionDay } from '../../features/catalogue/index.ts';
import { addBerlinDays, berlinDate, DAY_MS, err, ok, type Result } from '../../features/shared/index.ts';
import { OrganiserSessionSchema, ReminderPlanSaveSchema, SessionCancelSchema, SessionMoveSchema, VERBS } from '../actions.ts';
import type { BotDeps } from '../bot-deps.ts';
import type { Card, CardActionContext } from '../card-actions.ts';
import { charLength } from '../../features/reminders/audiences.ts';
import { organiserTexts, type OrganiserTexts } from '../cards/organiser-texts.card.ts';
import { reminderPlanText } from '../cards/session-admin.card.ts';
import { buildSessionCancelCard, buildSessionMoveCard, buildSessionRemindersCard, MAX_CANCEL_REASON_CHARS, REMINDER_ROWS, type ReminderRowValues } from '../cards/session-admin-forms.card.ts';
import { formatDateTime, formatTime } from '../format.ts';
import type { Locale } from '../locale.ts';
import { enrolmentErrorText } from '../texts.ts';
import { clockTime, onOrganiserAction, organiserNotice, sessionGoneCard } from './organiser-common.routes.ts';

/** Cancel (reason + confirm), move (new date and times) and the reminder plan of one session. */
export function registerOrganiserSessionRoutes(app: Application<TurnState>, deps: BotDeps): void {
  onOrganiserAction(app, deps, [VERBS.sessionCancelForm, VERBS.sessionMoveForm, VERBS.reminderPlanForm], OrganiserSessionSchema, (data, ctx) => form(deps, ctx, data.verb, data.sessionId));
  onOrganiserAction(app, deps, [VERBS.sessionCancel], SessionCancelSchema, (data, ctx) => cancel(deps, ctx, data));
  onOrganiserAction(app, deps, [VERBS.sessionMove], SessionMoveSchema, (data, ctx) => move(deps, ctx, data));
  onOrganiserAction(app, deps, [VERBS.reminderPlanSave], ReminderPlanSaveSchema, (data, ctx) => savePlan(deps, ctx, data));
}

type FormVerb = z.infer<typeof OrganiserSessionSchema>['verb'];

async function form(deps: BotDeps, { locale }: CardActionContext, verb: FormVerb, sessionId: string, error?: string): Promise<Card> {
  const row = await deps.organiser.sessions.find(sessionId);
  if (!row) return sessionGoneCard(locale);
  if (verb === VERBS.sessionCancelForm) {
    const affected = (await deps.admin.participants(sessionId)).filter((e) => isLive(e.status)).length;
    return buildSessionCancelCard({ ...row, affected, error }, locale);
  }
  if (verb === VERBS.sessionMoveForm) return buildSessionMoveCard({ ...row, now: deps.clock.now(), error }, locale);
  const plan = await deps.reminderPlans.getReminderPlan(sessionId);
  return buildSessionRemindersCard({ ...row, plan: plan.ok ? plan.value.plan : undefined, error }, locale);
}

const backToSession = (sessionId: string, texts: OrganiserTexts) => [
  { title: texts.backToSession, data: { verb: VERBS.organiserSession, sessionId } },
  { title: texts.backToSessions, data: { verb: VERBS.organiserSessions } },
];

async function cancel(deps: BotDeps, ctx: CardActionContext, data: z.infer<typeof SessionCancelSchema>): Promise<Card> {
  const texts = organiserTexts(ctx.locale);
  const row = await deps.organiser.sessions.find(data.sessionId);
  if (!row) return sessionGoneCard(ctx.locale);
  if (row.session.status === 'cancelled') return organiserNotice(ctx.locale, texts.cancelAlready, backToSession(data.sessionId, texts));
  const reason = data.reason.trim();
  const problem = reason === '' ? texts.cancelReasonMissing : charLength(reason) > MAX_CANCEL_REASON_CHARS ? texts.cancelReasonTooLong(MAX_CANCEL_REASON_CHARS) : undefined;
  if (problem) {
    const affected = (await deps.admin.participants(data.sessionId)).filter((e) => isLive(e.status)).length;
    return buildSessionCancelCard({ ...row, affected, reason: data.reason.slice(0, MAX_CANCEL_REASON_CHARS), error: problem }, ctx.locale);
  }
  const done = await deps.admin.cancelSession(data.sessionId, reason);
  if (!done.ok) return organiserNotice(ctx.locale, enrolmentErrorText(done.error, ctx.locale), backToSession(data.sessionId, texts));
  deps.log('info', 'session cancelled by an organiser', { sessionId: data.sessionId, affected: done.value.affected.length });
  return organiserNotice(ctx.locale, texts.cancelDoneText(done.value.affected.length), backToSession(data.sessionId, texts), texts.cancelDoneTitle, 'info');
}

async function move(deps: BotDeps, ctx: CardActionContext, data: z.infer<typeof SessionMoveSchema>): Promise<Card> {
  const texts = organiserTexts(ctx.locale);
  const row = await deps.organiser.sessions.find(data.sessionId);
  if (!row) return sessionGoneCard(ctx.locale);
  const values = { date: data.date.trim(), startTime: clockTime(data.startTime), endTime: clockTime(data.endTime) };
  const days = movedDays(row.session, values, deps.clock.now());
  const retry = (error: string) => buildSessionMoveCard({ ...row, now: deps.clock.now(), values, error }, ctx.locale);
  if (!days.ok) return retry(days.error === 'past' ? texts.moveInPast : days.error === 'end_before_start' ? texts.moveEndBeforeStart : texts.moveInvalid);
  const moved = await deps.admin.moveSession(data.sessionId, days.value);
  if (!moved.ok) return moveRefused(deps, ctx.locale, moved.error, data.sessionId, retry);
  deps.log('info', 'session moved by an organiser', { sessionId: data.sessionId, startsAt: moved.value.startsAt.toISOString() });
  return organiserNotice(ctx.locale, texts.moveDoneText(formatDateTime(moved.value.startsAt, ctx.locale)), backToSession(data.sessionId, texts), texts.moveDoneTitle, 'info');
}

function moveRefused(deps: BotDeps, locale: Locale, error: EnrolmentError, sessionId: string, retry: (error: string) => Card): Card | Promise<Card> {
  const texts = organiserTexts(locale);
  if (error.code === 'session_started') return retry(texts.moveInPast);
  if (error.code === 'invalid_request') return retry(texts.moveEndBeforeStart);
  if (error.code === 'session_not_found') return sessionGoneCard(locale);
  return organiserNotice(locale, enrolmentErrorText(error, locale), backToSession(sessionId, texts));
}

const minutesOf = (time: string): number | undefined => {
  const m = /^(\d{2}):(\d{2})$/.exec(time);
  return m && Number(m[1]) < 24 && Number(m[2]) < 60 ? Number(m[1]) * 60 + Number(m[2]) : undefined;
};

/**
 * The session's days moved to a new first day: every day keeps its distance in calendar days to the first, and its
 * start and end change by as much as the first day's (Berlin wall-clock, so a move across DST keeps 09:00 at 09:00).
 */
export function movedDays(session: Session, input: { date: string; startTime: string; endTime: string }, now: Date): Result<SessionDay[], 'invalid' | 'past' | 'end_before_start'> {
  const first = session.days[0];
  const [start, end, oldStart, oldEnd] = [input.startTime, input.endTime, ...(first ? [formatTime(first.start), formatTime(first.end)] : [])].map((t) => minutesOf(t ?? ''));
  if (!first || !/^\d{4}-\d{2}-\d{2}$/.test(input.date) || start === undefined || end === undefined || oldStart === undefined || oldEnd === undefined) return err('invalid');
  const shiftDays = Math.round((Date.parse(`${input.date}T12:00:00Z`) - Date.parse(`${berlinDate(first.start)}T12:00:00Z`)) / DAY_MS);
  if (!Number.isFinite(shiftDays) || berlinDate(addBerlinDays(first.start, shiftDays)) !== input.date) return err('invalid');
  const days: SessionDay[] = [];
  for (const day of session.days) {
    const s = minutesOf(formatTime(day.start))! + start - oldStart;
    const e = minutesOf(formatTime(day.end))! + end - oldEnd;
    if (s < 0 || e >= 24 * 60 || e <= s) return err('end_before_start');
    days.push({ start: addBerlinDays(day.start, shiftDays, { hour: Math.floor(s / 60), minute: s % 60 }), end: addBerlinDays(day.end, shiftDays, { hour: Math.floor(e / 60), minute: e % 60 }) });
  }
  if (days[0]!.start.getTime() <= now.getTime()) return err('past');
  return ok(days);
}

async function savePlan(deps: BotDeps, ctx: CardActionContext, data: z.infer<typeof ReminderPlanSaveSchema>): Promise<Card> {
  const texts = organiserTexts(ctx.locale);
  const rows: ReminderRowValues = Array.from({ length: REMINDER_ROWS }, (_, i) => {
    const n = (i + 1) as 1 | 2 | 3 | 4 | 5;
    return { days: String(data[`days${n}`] ?? '').trim(), at: clockTime(data[`at${n}`]) };
  });
  const offsets = planOffsets(rows);
  const again = async (error: string) => {
    const row = await deps.organiser.sessions.find(data.sessionId);
    return row ? buildSessionRemindersCard({ ...row, values: rows, error }, ctx.locale) : sessionGoneCard(ctx.locale);
  };
  if (!data.reset && !offsets.ok) return again(texts.planRowIncomplete(offsets.error));
  const saved = await deps.reminderPlans.setReminderPlan(data.sessionId, data.reset ? null : { offsets: offsets.ok ? offsets.value : [] });
  if (!saved.ok) {
    if (saved.error.code === 'session_not_found') return sessionGoneCard(ctx.locale);
    return saved.error.code === 'invalid_plan' ? again(texts.planInvalid) : organiserNotice(ctx.locale, texts.planClosed, backToSession(data.sessionId, texts));
  }
  const plan = reminderPlanText({ plan: saved.value.plan, isDefault: saved.value.isDefault }, texts);
  deps.log('info', 'reminder plan changed by an organiser', { sessionId: data.sessionId, reminders: saved.value.reminders, cancelled: saved.value.cancelled });
  return organiserNotice(ctx.locale, texts.planSavedText(plan, saved.value.reminders), backToSession(data.sessionId, texts), texts.planSavedTitle, 'info');
}

/** Filled rows become offsets; a half-filled row is refused with its number. Ranges are the plan schema's call. */
function planOffsets(rows: ReminderRowValues): Result<Array<{ daysBefore: number; at: string }>, number> {
  const offsets: Array<{ daysBefore: number; at: string }> = [];
  for (const [i, row] of rows.entries()) {
    if (row.days === '' && row.at === '') continue;
    if (row.days === '' || row.at === '') return err(i + 1);
    offsets.push({ daysBefore: /^\d{1,3}$/.test(row.days) ? Number(row.days) : Number.NaN, at: row.at });
  }
  return ok(offsets);
}
