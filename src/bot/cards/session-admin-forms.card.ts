import type { Course, Session } from '../../features/catalogue/index.ts';
import type { ReminderPlan } from '../../features/reminders/index.ts';
import { berlinDate } from '../../features/shared/index.ts';
import { VERBS } from '../actions.ts';
import { formatTime } from '../format.ts';
import type { Locale } from '../locale.ts';
import { button, expandCard, type AdaptiveCard } from './card-kit.ts';
import { cardTexts } from './card-texts.ts';
import { organiserTexts } from './organiser-texts.card.ts';
import { listFacts } from './session-summary.ts';
import cancelTemplate from './templates/session-admin-cancel.json' with { type: 'json' };
import moveTemplate from './templates/session-admin-move.json' with { type: 'json' };
import remindersTemplate from './templates/session-admin-reminders.json' with { type: 'json' };

/** The reason reaches every affected person in a notice; 500 characters is a generous paragraph. */
export const MAX_CANCEL_REASON_CHARS = 500;
export const REMINDER_ROWS = 5;

interface FormBase {
  session: Session;
  course: Course;
  /** Shown above the inputs after a refused submit; the inputs keep what was typed. */
  error?: string;
}

function header(input: FormBase, title: string, paragraphs: string[], locale: Locale) {
  return {
    title,
    courseTitle: input.course.title,
    facts: listFacts(input.session, cardTexts(locale), locale),
    paragraphs,
    hasError: Boolean(input.error),
    error: input.error ?? '',
  };
}

const back = (sessionId: string, locale: Locale) => button(organiserTexts(locale).backToSession, { verb: VERBS.organiserSession, sessionId });

/** "Termin absagen": the reason (sent to everyone affected) and one destructive confirm. */
export function buildSessionCancelCard(input: FormBase & { affected: number; reason?: string }, locale: Locale): AdaptiveCard {
  const texts = organiserTexts(locale);
  return expandCard(cancelTemplate, {
    ...header(input, texts.cancelTitle, [texts.cancelAffected(input.affected)], locale),
    reason: { label: texts.cancelReasonLabel, placeholder: texts.cancelReasonPlaceholder, value: input.reason ?? '', error: texts.cancelReasonError },
    submit: [button(texts.cancelConfirm, { verb: VERBS.sessionCancel, sessionId: input.session.id }, 'destructive')],
    buttons: [back(input.session.id, locale)],
  });
}

/** "Termin verschieben": the new first day and times, pre-filled with the current ones (Europe/Berlin). */
export function buildSessionMoveCard(input: FormBase & { now: Date; values?: { date: string; startTime: string; endTime: string } }, locale: Locale): AdaptiveCard {
  const texts = organiserTexts(locale);
  const first = input.session.days[0]!;
  const values = input.values ?? { date: berlinDate(first.start), startTime: formatTime(first.start), endTime: formatTime(first.end) };
  const days = input.session.days.length;
  return expandCard(moveTemplate, {
    ...header(input, texts.moveTitle, days > 1 ? [texts.moveIntro, texts.moveMultiDay(days)] : [texts.moveIntro], locale),
    invalid: texts.moveInvalid,
    date: { label: texts.moveDateLabel, value: values.date, min: berlinDate(input.now) },
    start: { label: texts.moveStartLabel, value: values.startTime },
    end: { label: texts.moveEndLabel, value: values.endTime },
    submit: [button(texts.moveConfirm, { verb: VERBS.sessionMove, sessionId: input.session.id }, 'positive')],
    buttons: [back(input.session.id, locale)],
  });
}

export type ReminderRowValues = Array<{ days: string; at: string }>;

/** Up to five reminders as "days before" + "time" rows, pre-filled with the session's plan. */
export function buildSessionRemindersCard(input: FormBase & { plan?: ReminderPlan; values?: ReminderRowValues }, locale: Locale): AdaptiveCard {
  const texts = organiserTexts(locale);
  const values = input.values ?? (input.plan?.offsets ?? []).map((o) => ({ days: String(o.daysBefore), at: o.at }));
  const rows = Array.from({ length: REMINDER_ROWS }, (_, i) => ({
    daysId: `days${i + 1}`,
    daysLabel: texts.planDaysLabel(i + 1),
    days: values[i]?.days ?? '',
    atId: `at${i + 1}`,
    atLabel: texts.planAtLabel,
    at: values[i]?.at ?? '',
    invalid: texts.planInvalid,
  }));
  return expandCard(remindersTemplate, {
    ...header(input, texts.planTitle, [texts.planIntro], locale),
    rows,
    submit: [button(texts.planSave, { verb: VERBS.reminderPlanSave, sessionId: input.session.id }, 'positive')],
    buttons: [button(texts.planReset, { verb: VERBS.reminderPlanSave, sessionId: input.session.id, reset: true }), back(input.session.id, locale)],
  });
}
