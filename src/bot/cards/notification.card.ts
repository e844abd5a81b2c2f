import type { Notice } from '../../features/reminders/index.ts';
import type { Locale } from '../locale.ts';
import type { AdaptiveCard } from './card-kit.ts';
import { buildOfferExpiredCard, buildSeatOfferedCard } from './notification-offer.card.ts';
import { buildSessionCancelledCard, buildSessionMovedCard } from './notification-session.card.ts';
import { buildReminderCard } from './reminder.card.ts';

/** Picks the card for a notice the reminders feature decided to send; `calendarUrl` is the person's signed .ics link. */
export function buildNotificationCard(notice: Notice, calendarUrl: string, locale: Locale): AdaptiveCard {
  const { enrolment, session, course } = notice;
  switch (notice.kind) {
    case 'reminder':
      return buildReminderCard({ enrolment, session, course, now: notice.now, calendarUrl }, locale);
    case 'seat_offered':
      return buildSeatOfferedCard({ enrolment, session, course, expiresAt: notice.expiresAt }, locale);
    case 'offer_expired':
      return buildOfferExpiredCard({ enrolment, session, course, expiresAt: enrolment.offerExpiresAt ?? enrolment.updatedAt }, locale);
    case 'session_cancelled':
      return buildSessionCancelledCard({ enrolment, session, course, calendarUrl, reason: notice.reason }, locale);
    case 'session_moved':
      return buildSessionMovedCard({ enrolment, session, course, calendarUrl, previousStartsAt: notice.previousStartsAt }, locale);
  }
}
