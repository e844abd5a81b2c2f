import { describe, expect, it } from 'vitest';
import { EnrolmentActionSchema, VERBS } from '../../../../src/bot/actions.ts';
import { buildCancelConfirmCard, buildMyEnrolmentsCard, type MyEnrolmentItem } from '../../../../src/bot/cards/index.ts';
import type { Enrolment } from '../../../../src/features/catalogue/index.ts';
import { at, buttonTitles, CALENDAR_URL, courseOf, elementsOf, enrolmentFor, NOW, sessionById, textOf } from './card-fixtures.ts';

const item = (sessionId: string, overrides: Partial<Enrolment> = {}, extra: Partial<MyEnrolmentItem> = {}): MyEnrolmentItem => {
  const session = sessionById(sessionId);
  return { enrolment: enrolmentFor(sessionId, overrides), session, course: courseOf(session), ...extra };
};

const items = [
  item('aufbau-projekte-2027-02-mannheim', { status: 'waitlisted' }, { position: 2 }),
  item('basis-2026-12-karlsruhe', {}, { calendarUrl: CALENDAR_URL }),
  item('basis-2027-01-stuttgart', { status: 'offered', offerExpiresAt: at('2026-11-23T10:00') }),
  item('digilunch-2026-12', { status: 'cancelled' }),
  item('basis-2027-02-ravensburg', { status: 'session_cancelled' }),
];

/** The containers of current enrolments, in card order, by the course title they show. */
const currentBlocks = (card: ReturnType<typeof buildMyEnrolmentsCard>) =>
  elementsOf(card, 'Container').filter((c) => c.separator === true && c.id === undefined);

describe('my enrolments card', () => {
  it('lists live enrolments with the next one first, each with status, dates and place', () => {
    const card = buildMyEnrolmentsCard({ items, now: NOW }, 'de');
    const blocks = currentBlocks(card).map((c) => JSON.stringify(c));
    expect(blocks).toHaveLength(3);
    expect(blocks[0]).toContain('Di, 08.12.2026');
    expect(blocks[0]).toContain('Angemeldet');
    expect(blocks[1]).toContain('Platz angeboten – bitte bis Mo, 23.11.2026, 10:00 Uhr annehmen');
    expect(blocks[2]).toContain('Warteliste, Platz 2');
    expect(blocks[2]).toContain('VWA Mannheim, Mannheim oder online');
  });

  it('offers the right actions per status: cancel and calendar, accept/decline, leave the waitlist', () => {
    const card = buildMyEnrolmentsCard({ items, now: NOW }, 'de');
    const [confirmed, offered, waitlisted] = currentBlocks(card);
    const titles = (c: unknown) => ((c as { items: Array<{ type: string; actions?: Array<{ title: string }> }> }).items.find((i) => i.type === 'ActionSet')?.actions ?? []).map((a) => a.title);
    expect(titles(confirmed)).toEqual(['Zum Kalender hinzufügen', 'Abmelden', 'Details']);
    expect(titles(offered)).toEqual(['Platz annehmen', 'Ablehnen', 'Details']);
    expect(titles(waitlisted)).toEqual(['Warteliste verlassen', 'Details']);
    const cancel = elementsOf(card, 'Action.Execute').find((a) => a.title === 'Abmelden')!;
    expect(EnrolmentActionSchema.parse(cancel.data)).toEqual({ verb: VERBS.cancel, enrolmentId: items[1]!.enrolment.id, confirmed: false });
  });

  it('after the free-cancellation deadline shows no cancel button for a confirmed seat, but says whom to ask', () => {
    const card = buildMyEnrolmentsCard({ items, now: at('2026-12-02T00:00') }, 'de');
    const [confirmed] = currentBlocks(card);
    expect(JSON.stringify(confirmed)).not.toContain('Abmelden');
    expect(JSON.stringify(confirmed)).toContain('Die kostenlose Abmeldung war bis Di, 01.12.2026, 23:59 Uhr möglich.');
    expect(buttonTitles(card)).toContain('Warteliste verlassen');
  });

  it('collapses cancelled and past enrolments behind a toggle', () => {
    const card = buildMyEnrolmentsCard({ items, now: NOW }, 'de');
    const earlier = elementsOf(card, 'Container').find((c) => c.id === 'earlier-enrolments')!;
    expect(earlier.isVisible).toBe(false);
    expect(JSON.stringify(earlier)).toContain('Digi-Lunch – Mi, 16.12.2026 – Abgemeldet');
    expect(JSON.stringify(earlier)).toContain('Termin abgesagt');
    expect(elementsOf(card, 'Action.ToggleVisibility')).toEqual([
      { type: 'Action.ToggleVisibility', title: 'Frühere und beendete Anmeldungen (2)', targetElements: ['earlier-enrolments'] },
    ]);
  });

  it('moves an enrolment whose session is over to the collapsed list', () => {
    const card = buildMyEnrolmentsCard({ items: [item('basis-2026-12-karlsruhe')], now: at('2026-12-11T08:00') }, 'de');
    expect(currentBlocks(card)).toHaveLength(0);
    expect(textOf(card)).toContain('Sie haben keine aktuellen Anmeldungen.');
    expect(JSON.stringify(elementsOf(card, 'Container').find((c) => c.id === 'earlier-enrolments'))).toContain('Angemeldet');
  });

  it('shows an empty state with a way to the catalogue', () => {
    const card = buildMyEnrolmentsCard({ items: [], now: NOW }, 'de');
    expect(textOf(card)).toContain('Sie haben keine aktuellen Anmeldungen.');
    expect(elementsOf(card, 'Action.ToggleVisibility')).toEqual([]);
    expect(buttonTitles(card)).toEqual(['Kurse und Termine']);
  });

  it('speaks English', () => {
    const text = textOf(buildMyEnrolmentsCard({ items, now: NOW }, 'en'));
    expect(text).toContain('Waiting list, position 2');
    expect(text).toContain('Seat offered – please accept by Mon, 23 Nov 2026, 10:00');
  });
});

describe('cancel confirm card', () => {
  it('asks "Wirklich abmelden?" and only its yes-button sends confirmed: true', () => {
    const { enrolment, session, course } = item('basis-2026-12-karlsruhe');
    const card = buildCancelConfirmCard({ enrolment, session, course }, 'de');
    expect(textOf(card)).toContain('Wirklich abmelden?');
    expect(textOf(card)).toContain('Ihr Platz wird freigegeben');
    const [yes, no] = elementsOf(card, 'Action.Execute');
    expect(EnrolmentActionSchema.parse(yes!.data)).toEqual({ verb: VERBS.cancel, enrolmentId: enrolment.id, confirmed: true });
    expect(yes!.style).toBe('destructive');
    expect(no!.data).toEqual({ verb: VERBS.mine });
  });

  it.each([
    ['waitlisted', 'Sie verlassen die Warteliste.'],
    ['offered', 'Sie geben den angebotenen Platz zurück.'],
  ] as const)('says what cancelling means for a %s enrolment', (status, consequence) => {
    const { enrolment, session, course } = item('basis-2027-01-stuttgart', { status, offerExpiresAt: at('2026-11-23T10:00') });
    expect(textOf(buildCancelConfirmCard({ enrolment, session, course, position: 1 }, 'de'))).toContain(consequence);
  });
});
