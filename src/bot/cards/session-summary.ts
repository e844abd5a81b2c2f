import type { Availability, Course, Enrolment, Session } from '../../features/catalogue/index.ts';
import { formatDateTime, formatDaySpan, formatMoney } from '../format.ts';
import type { Locale } from '../locale.ts';
import type { CardTexts } from './card-texts.ts';

/** Session facts as every card shows them, already formatted for one locale. */
export interface Fact {
  title: string;
  value: string;
}

/** "Basisqualifizierung" or "Aufbauprogramm · Prozessmanagement". */
export function courseSubtitle(course: Course, texts: CardTexts): string {
  const type = texts.courseTypes[course.type];
  return course.topic ? `${type} · ${course.topic}` : type;
}

/** "Di, 08.12.2026 – Do, 10.12.2026, 09:00–16:30, letzter Tag bis 15:00". */
export function whenText(session: Session, texts: CardTexts, locale: Locale): string {
  const { dates, times } = formatDaySpan(session.days, locale);
  if (times.kind === 'same') return `${dates}, ${times.range}`;
  if (times.kind === 'last_day_ends') return `${dates}, ${texts.lastDayEnds(times.range, times.lastEnd)}`;
  return `${dates} (${texts.timesVary})`;
}

/** "Haus der Gemeinden, Karlsruhe", "Online" or "VWA Mannheim, Mannheim oder online". */
export function placeText(session: Session, texts: CardTexts): string {
  const place = [session.venue, session.city].filter(Boolean).join(', ');
  if (session.mode === 'online' || !place) return texts.online;
  return session.mode === 'hybrid' ? texts.hybridPlace(place) : place;
}

/** "12 von 20 Plätzen frei", "Warteliste (3 wartend)" or "unbegrenzt". */
export function seatsText(availability: Availability, texts: CardTexts): string {
  if (availability.capacity === null || availability.remaining === null) return texts.unlimited;
  if (availability.full) return texts.waitlist(availability.waiting);
  return texts.seatsLeft(availability.remaining, availability.capacity);
}

export function feeText(session: Session, texts: CardTexts, locale: Locale): string {
  return session.feeCents === 0 ? texts.free : formatMoney(session.feeCents, locale);
}

export function voucherText(note: string | undefined, texts: CardTexts): string {
  return note?.trim() ? note : texts.noVoucher;
}

/** The status of one enrolment in words; `position` only for the waitlist. */
export function statusText(enrolment: Enrolment, texts: CardTexts, locale: Locale, position?: number): string {
  switch (enrolment.status) {
    case 'confirmed':
      return texts.statusConfirmed;
    case 'waitlisted':
      return texts.statusWaitlisted(position);
    case 'offered':
      return texts.statusOffered(enrolment.offerExpiresAt && formatDateTime(enrolment.offerExpiresAt, locale));
    case 'cancelled':
      return texts.statusCancelled;
    case 'declined':
      return texts.statusDeclined;
    case 'expired':
      return texts.statusExpired;
    case 'session_cancelled':
      return texts.statusSessionCancelled;
  }
}

/** The compact facts for a session in a list: when, where, provider. */
export function listFacts(session: Session, texts: CardTexts, locale: Locale): Fact[] {
  return [
    { title: texts.factWhen, value: whenText(session, texts, locale) },
    { title: texts.factPlace, value: placeText(session, texts) },
    { title: texts.factProvider, value: session.provider },
  ];
}
