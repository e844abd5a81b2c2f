import { describe, expect, it } from 'vitest';
import {
  buildCantAttendCard,
  buildNotificationCard,
  buildOfferExpiredCard,
  buildReminderCard,
  buildSeatOfferedCard,
  buildSessionCancelledCard,
  buildSessionMovedCard,
  cardBytes,
  type AdaptiveCard,
} from '../../../src/bot/cards/index.ts';
import type { Locale } from '../../../src/bot/locale.ts';
import type { Notice } from '../../../src/features/reminders/index.ts';
import { validateCard } from '../../support/card-validator.ts';
import { actionDataFailures, at, buttonTitles, CALENDAR_URL, courseOf, elementsOf, enrolmentFor, LOCALES, sessionById, textOf } from '../../unit/bot/cards/card-fixtures.ts';

const basis = sessionById('basis-2026-12-karlsruhe');
const lunch = sessionById('digilunch-2026-12');
const hybrid = sessionById('aufbau-projekte-2027-02-mannheim');
const confirmed = enrolmentFor(basis.id);
const offered = enrolmentFor(basis.id, { status: 'offered', offerExpiresAt: at('2026-11-30T10:00') });
const about = { enrolment: confirmed, session: basis, course: courseOf(basis) };

/** Every card the reminders send or answer with, in the states they occur. */
function gallery(locale: Locale): Array<{ name: string; card: AdaptiveCard }> {
  const notices: Notice[] = [
    { kind: 'reminder', ...about, now: at('2026-12-01T09:00'), daysBefore: 7 },
    { kind: 'seat_offered', ...about, enrolment: offered, now: at('2026-11-28T10:00'), expiresAt: at('2026-11-30T10:00') },
    { kind: 'offer_expired', ...about, enrolment: { ...offered, status: 'expired' }, now: at('2026-11-30T10:00') },
    { kind: 'session_cancelled', ...about, enrolment: { ...confirmed, status: 'session_cancelled' }, now: at('2026-11-28T10:00'), reason: 'Die Referentin ist erkrankt.' },
    { kind: 'session_moved', ...about, now: at('2026-11-28T10:00'), previousStartsAt: at('2026-12-01T09:00') },
  ];
  return [
    { name: 'reminder onsite, a week ahead', card: buildReminderCard({ ...about, now: at('2026-12-01T09:00'), calendarUrl: CALENDAR_URL }, locale) },
    { name: 'reminder online, tomorrow', card: buildReminderCard({ enrolment: enrolmentFor(lunch.id), session: lunch, course: courseOf(lunch), now: at('2026-12-15T09:00'), calendarUrl: CALENDAR_URL }, locale) },
    { name: 'reminder hybrid', card: buildReminderCard({ enrolment: enrolmentFor(hybrid.id), session: hybrid, course: courseOf(hybrid), now: at('2027-02-10T09:00'), calendarUrl: CALENDAR_URL }, locale) },
    ...(['confirm', 'done', 'too_late', 'started', 'not_enrolled'] as const).map((outcome) => ({
      name: `can't attend: ${outcome}`,
      card: buildCantAttendCard({ outcome, ...about, enrolment: outcome === 'done' || outcome === 'not_enrolled' ? { ...confirmed, status: 'cancelled' } : confirmed }, locale),
    })),
    { name: 'seat offered', card: buildSeatOfferedCard({ ...about, enrolment: offered, expiresAt: at('2026-11-30T10:00') }, locale) },
    { name: 'offer expired', card: buildOfferExpiredCard({ ...about, expiresAt: at('2026-11-30T10:00') }, locale) },
    { name: 'session cancelled', card: buildSessionCancelledCard({ ...about, calendarUrl: CALENDAR_URL, reason: 'Die Referentin ist erkrankt.' }, locale) },
    { name: 'session cancelled without a reason', card: buildSessionCancelledCard({ ...about, calendarUrl: CALENDAR_URL, reason: '  ' }, locale) },
    { name: 'session moved, enrolled', card: buildSessionMovedCard({ ...about, calendarUrl: CALENDAR_URL, previousStartsAt: at('2026-12-01T09:00') }, locale) },
    { name: 'session moved, waiting', card: buildSessionMovedCard({ ...about, enrolment: { ...confirmed, status: 'waitlisted' }, calendarUrl: CALENDAR_URL, previousStartsAt: at('2026-12-01T09:00') }, locale) },
    ...notices.map((notice) => ({ name: `notice ${notice.kind}`, card: buildNotificationCard(notice, CALENDAR_URL, locale) })),
  ];
}

const links = (card: AdaptiveCard) => elementsOf(card, 'Action.OpenUrl').map((a) => ({ title: a.title, url: a.url }));

describe.each(LOCALES)('reminder and notification cards (%s)', (locale) => {
  const cards = gallery(locale);

  it.each(cards)('$name parses cleanly, stays small and every button passes its verb schema', ({ card }) => {
    expect(validateCard(card).errors).toEqual([]);
    expect(cardBytes(card)).toBeLessThan(20_000);
    expect(actionDataFailures(card)).toEqual([]);
    expect(elementsOf(card, 'Action.Execute').length + elementsOf(card, 'Action.OpenUrl').length).toBeGreaterThan(0);
  });

  it('exist in both languages with different wording', () => {
    const other = gallery(locale === 'de' ? 'en' : 'de');
    cards.forEach(({ name, card }, i) => expect(textOf(other[i]!.card), name).not.toBe(textOf(card)));
  });
});

describe('what the cards say', () => {
  it('the reminder: session, place, calendar file, free cancellation, and "Ich kann nicht teilnehmen" for this enrolment', () => {
    const card = buildReminderCard({ ...about, now: at('2026-12-01T09:00'), calendarUrl: CALENDAR_URL }, 'de');
    expect(textOf(card)).toContain('Erinnerung: Ihr Termin ist in 7 Tagen');
    expect(textOf(card)).toContain('Haus der Gemeinden, Karlsruhe');
    expect(textOf(card)).toContain('Kostenlose Abmeldung bis');
    expect(links(card)).toEqual([{ title: 'Zum Kalender hinzufügen', url: CALENDAR_URL }]);
    expect(elementsOf(card, 'Action.Execute')[0]).toMatchObject({ title: 'Ich kann nicht teilnehmen', data: { verb: 'reminder.cantAttend', enrolmentId: confirmed.id } });
  });

  it('an online reminder links the access', () => {
    const card = buildReminderCard({ enrolment: enrolmentFor(lunch.id), session: lunch, course: courseOf(lunch), now: at('2026-12-15T12:00'), calendarUrl: CALENDAR_URL }, 'en');
    expect(textOf(card)).toContain('Reminder: your session is tomorrow');
    expect(links(card)).toEqual([{ title: 'Add to calendar', url: CALENDAR_URL }, { title: 'Open the online access', url: lunch.onlineUrl }]);
  });

  it('after the cancellation deadline the reminder no longer promises free cancellation', () => {
    const card = buildReminderCard({ ...about, now: at('2026-12-07T09:00'), calendarUrl: CALENDAR_URL }, 'de');
    expect(textOf(card)).toContain('Ihr Termin ist morgen');
    expect(textOf(card)).not.toContain('Kostenlose Abmeldung bis');
  });

  it('after the deadline the person is sent to the provider, by name', () => {
    const card = buildCantAttendCard({ outcome: 'too_late', ...about }, 'de');
    expect(textOf(card)).toContain('Die kostenlose Abmeldung war bis Di, 01.12.2026, 23:59 Uhr möglich');
    expect(textOf(card)).toContain(basis.provider);
    expect(buttonTitles(card)).toEqual(['Meine Anmeldungen']);
  });

  it('a seat offer can be accepted or declined in the card, with its deadline', () => {
    const card = buildSeatOfferedCard({ ...about, enrolment: offered, expiresAt: at('2026-11-30T10:00') }, 'de');
    expect(textOf(card)).toContain('Bitte nehmen Sie ihn bis Mo, 30.11.2026, 10:00 Uhr an');
    expect(elementsOf(card, 'Action.Execute').map((a) => a.data)).toEqual([
      { verb: 'offer.accept', enrolmentId: offered.id },
      { verb: 'offer.decline', enrolmentId: offered.id },
      { verb: 'enrolments.mine' },
    ]);
  });

  it('a move tells the old start; only an enrolled person gets the calendar update and the way out', () => {
    const enrolled = buildSessionMovedCard({ ...about, calendarUrl: CALENDAR_URL, previousStartsAt: at('2026-12-01T09:00') }, 'de');
    expect(textOf(enrolled)).toContain('Bisher: Di, 01.12.2026, 09:00 Uhr');
    expect(buttonTitles(enrolled)).toEqual(['Ich kann nicht teilnehmen', 'Meine Anmeldungen']);
    const waiting = buildSessionMovedCard({ ...about, enrolment: { ...confirmed, status: 'waitlisted' }, calendarUrl: CALENDAR_URL, previousStartsAt: at('2026-12-01T09:00') }, 'de');
    expect(buttonTitles(waiting)).toEqual(['Meine Anmeldungen']);
    expect(links(waiting)).toEqual([]);
  });
});
