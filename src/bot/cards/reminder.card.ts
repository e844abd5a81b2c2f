import type { Course, Enrolment, Session } from '../../features/catalogue/index.ts';
import { berlinDate } from '../../features/shared/index.ts';
import { VERBS } from '../actions.ts';
import { formatDateTime } from '../format.ts';
import type { Locale } from '../locale.ts';
import { button, type AdaptiveCard } from './card-kit.ts';
import { cardTexts } from './card-texts.ts';
import { expandNotification, onlineLinks } from './notification-layout.card.ts';

export interface ReminderCardInput {
  enrolment: Enrolment;
  session: Session;
  course: Course;
  now: Date;
  /** Where the .ics invite is served (CalendarLinks.urlFor). */
  calendarUrl: string;
}

/** The reminder before a session: when and where, the calendar file, and a way out that frees the seat. */
export function buildReminderCard(input: ReminderCardInput, locale: Locale): AdaptiveCard {
  const texts = cardTexts(locale);
  const { enrolment, session, now } = input;
  const canStillCancel = now < session.cancellationDeadline;
  return expandNotification(
    {
      tone: 'accent',
      headline: texts.reminderTitle(calendarDaysBetween(now, session.startsAt)),
      lines: [texts.reminderIntro],
      session,
      course: input.course,
      extraFacts: canStillCancel ? [{ title: texts.freeCancellationUntil, value: formatDateTime(session.cancellationDeadline, locale) }] : [],
      links: [{ title: texts.addToCalendar, url: input.calendarUrl }, ...onlineLinks(session, texts)],
      buttons: [button(texts.cantAttendButton, { verb: VERBS.cantAttend, enrolmentId: enrolment.id }), button(texts.mineButton, { verb: VERBS.mine })],
    },
    texts,
    locale,
  );
}

/** "morgen" means the next calendar day in Berlin, whatever the hour. */
function calendarDaysBetween(from: Date, to: Date): number {
  return Math.round((Date.parse(berlinDate(to)) - Date.parse(berlinDate(from))) / 86_400_000);
}
