import type { Course, Enrolment, Session } from '../../features/catalogue/index.ts';
import { VERBS } from '../actions.ts';
import { formatDateTime } from '../format.ts';
import type { Locale } from '../locale.ts';
import { button, type AdaptiveCard } from './card-kit.ts';
import { cardTexts } from './card-texts.ts';
import { expandNotification, onlineLinks } from './notification-layout.card.ts';

interface About {
  enrolment: Enrolment;
  session: Session;
  course: Course;
  /** The .ics link: for a cancelled session it serves a cancellation that removes the event from the calendar. */
  calendarUrl: string;
}

/** The organiser cancelled the session: the reason, and where to find another date. */
export function buildSessionCancelledCard(input: About & { reason: string }, locale: Locale): AdaptiveCard {
  const texts = cardTexts(locale);
  const reason = input.reason.trim();
  return expandNotification(
    {
      tone: 'attention',
      headline: texts.sessionCancelledTitle,
      lines: [texts.sessionCancelledText, ...(reason ? [texts.sessionCancelledReason(reason)] : [])],
      session: input.session,
      course: input.course,
      next: texts.sessionCancelledNext,
      links: [{ title: texts.removeFromCalendar, url: input.calendarUrl }],
      buttons: [button(texts.catalogueButton, { verb: VERBS.catalogue }), button(texts.mineButton, { verb: VERBS.mine })],
    },
    texts,
    locale,
  );
}

/** The session has new dates: what it was, what it is now, a fresh calendar file and, for a seat, a way out. */
export function buildSessionMovedCard(input: About & { previousStartsAt: Date }, locale: Locale): AdaptiveCard {
  const texts = cardTexts(locale);
  const { enrolment, session } = input;
  const confirmed = enrolment.status === 'confirmed';
  return expandNotification(
    {
      tone: 'warning',
      headline: texts.sessionMovedTitle,
      lines: [texts.sessionMovedText(formatDateTime(input.previousStartsAt, locale))],
      session,
      course: input.course,
      next: confirmed ? texts.sessionMovedNext : undefined,
      links: [...(confirmed ? [{ title: texts.updateCalendar, url: input.calendarUrl }] : []), ...onlineLinks(session, texts)],
      buttons: [...(confirmed ? [button(texts.cantAttendButton, { verb: VERBS.cantAttend, enrolmentId: enrolment.id })] : []), button(texts.mineButton, { verb: VERBS.mine })],
    },
    texts,
    locale,
  );
}
