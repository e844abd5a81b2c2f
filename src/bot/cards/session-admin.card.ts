import type { Course, Enrolment, SeatCounts, Session } from '../../features/catalogue/index.ts';
import type { ReminderPlan } from '../../features/reminders/index.ts';
import { VERBS } from '../actions.ts';
import type { Locale } from '../locale.ts';
import { button, expandCard, type AdaptiveCard, type ButtonVm } from './card-kit.ts';
import { cardTexts } from './card-texts.ts';
import { organiserTexts, type OrganiserTexts } from './organiser-texts.card.ts';
import { courseSubtitle, listFacts, statusText } from './session-summary.ts';
import template from './templates/session-admin.json' with { type: 'json' };

/** Teams refuses cards above ~28 KB; 60 rows of participants stay far below it, the rest is counted. */
export const MAX_PARTICIPANT_ROWS = 60;

export interface SessionAdminCardInput {
  session: Session;
  course: Course;
  counts: SeatCounts;
  /** Live enrolments in the order the route chose (confirmed and offered first, then the waiting list in its order). */
  participants: Array<{ enrolment: Enrolment; position?: number }>;
  reminderPlan?: { plan: ReminderPlan; isDefault: boolean };
}

/** One session for its organisers: facts, counts, reminder plan, who is in it, and what can be done. */
export function buildSessionAdminCard(input: SessionAdminCardInput, locale: Locale): AdaptiveCard {
  const texts = organiserTexts(locale);
  const labels = cardTexts(locale);
  const { session, course, counts, participants } = input;
  const facts = [...listFacts(session, labels, locale), { title: texts.factBookings, value: texts.counts(counts.confirmed, session.capacity, counts.waiting, counts.liveOffers) }];
  if (input.reminderPlan) facts.push({ title: texts.factReminders, value: reminderPlanText(input.reminderPlan, texts) });
  const shown = participants.slice(0, MAX_PARTICIPANT_ROWS);
  return expandCard(template, {
    title: course.title,
    subtitle: courseSubtitle(course, labels),
    isCancelled: session.status === 'cancelled',
    cancelledNote: texts.sessionCancelledNote(session.cancelledReason ?? '—'),
    facts,
    participantsTitle: texts.participantsTitle(participants.length),
    noParticipants: participants.length === 0,
    participantsEmpty: texts.participantsEmpty,
    hasParticipants: shown.length > 0,
    participants: shown.map(({ enrolment, position }) => ({
      title: enrolment.person.name,
      value: texts.participantLine(enrolment.municipality.name, enrolment.department, statusText(enrolment, labels, locale, position)),
    })),
    hasMore: participants.length > shown.length,
    moreLine: texts.participantsMore(participants.length - shown.length),
    buttons: buttons(session, texts),
  });
}

function buttons(session: Session, texts: OrganiserTexts): ButtonVm[] {
  const back = button(texts.backToSessions, { verb: VERBS.organiserSessions });
  if (session.status === 'cancelled') return [back];
  return [
    button(texts.broadcastToSession, { verb: VERBS.broadcastForm, audience: 'session_confirmed', sessionId: session.id }, 'positive'),
    button(texts.moveButton, { verb: VERBS.sessionMoveForm, sessionId: session.id }),
    button(texts.remindersButton, { verb: VERBS.reminderPlanForm, sessionId: session.id }),
    button(texts.cancelSessionButton, { verb: VERBS.sessionCancelForm, sessionId: session.id }, 'destructive'),
    back,
  ];
}

/** "7 Tage vorher um 09:00 Uhr, 1 Tag vorher um 09:00 Uhr (Standard)". */
export function reminderPlanText({ plan, isDefault }: { plan: ReminderPlan; isDefault: boolean }, texts: OrganiserTexts): string {
  const offsets = [...plan.offsets].sort((a, b) => b.daysBefore - a.daysBefore || a.at.localeCompare(b.at));
  const text = offsets.length === 0 ? texts.remindersOff : offsets.map((o) => texts.reminderOffset(o.daysBefore, o.at)).join(', ');
  return isDefault ? `${text} ${texts.reminderDefault}` : text;
}
