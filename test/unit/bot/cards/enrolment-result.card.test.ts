import { describe, expect, it } from 'vitest';
import { EnrolmentActionSchema, VERBS } from '../../../../src/bot/actions.ts';
import { buildEnrolmentResultCard } from '../../../../src/bot/cards/index.ts';
import { at, buttonTitles, CALENDAR_URL, courseOf, elementsOf, enrolmentFor, freeQuote, noVoucherQuote, sessionById, textOf } from './card-fixtures.ts';

const basis = sessionById('basis-2026-12-karlsruhe');
const aufbau = sessionById('aufbau-prozesse-2027-03-tuebingen');
const lunch = sessionById('digilunch-2027-01');
const confirmedCard = (locale: 'de' | 'en' = 'de') =>
  buildEnrolmentResultCard({ outcome: 'confirmed', enrolment: enrolmentFor(basis.id), session: basis, course: courseOf(basis), calendarUrl: CALENDAR_URL }, locale);

describe('enrolment result card: confirmed', () => {
  it('states the seat and the cost quote: fee, voucher, own share, rule version and sources in small print', () => {
    const card = confirmedCard();
    const text = textOf(card);
    expect(text).toContain('Sie sind angemeldet');
    const facts = elementsOf(card, 'FactSet').flatMap((f) => f.facts as Array<{ title: string; value: string }>);
    expect(facts.map((f) => `${f.title}: ${f.value}`.replace(/\s/g, ' '))).toEqual(
      expect.arrayContaining(['Gebühr: 690,00 €', 'Voucher: − 300,00 €', 'Eigenanteil: 390,00 €']),
    );
    const small = elementsOf(card, 'TextBlock').filter((t) => t.size === 'Small').map((t) => t.text);
    expect(small).toEqual(['Regelstand: 2023-04/voucher_basis', 'Quellen: Städtetag BW – Förderprogramm „Kommunale Digitallotsen“; Städtetag BW – „Digitalakademie@bw: Neuer Förderzeitraum mit neuen Angeboten“']);
  });

  it('links the calendar invite the route serves and leads to "Meine Anmeldungen"', () => {
    const card = confirmedCard();
    expect(elementsOf(card, 'Action.OpenUrl')).toEqual([{ type: 'Action.OpenUrl', title: 'Zum Kalender hinzufügen', url: CALENDAR_URL }]);
    expect(buttonTitles(card)).toEqual(['Meine Anmeldungen']);
  });

  it('explains a missing voucher and says when the enrolment already existed', () => {
    const enrolment = enrolmentFor(aufbau.id, { quote: noVoucherQuote, voucherId: undefined });
    const text = textOf(buildEnrolmentResultCard({ outcome: 'confirmed', enrolment, session: aufbau, course: courseOf(aufbau), calendarUrl: CALENDAR_URL, existing: true }, 'de'));
    expect(text).toContain('Ohne Bildungs-Voucher-ID gilt der volle Preis.');
    expect(text).toContain('Sie waren für diesen Termin bereits angemeldet');
  });

  it('shows a free event as "kostenfrei" without voucher lines', () => {
    const enrolment = enrolmentFor(lunch.id, { quote: freeQuote });
    const text = textOf(buildEnrolmentResultCard({ outcome: 'confirmed', enrolment, session: lunch, course: courseOf(lunch), calendarUrl: CALENDAR_URL }, 'de'));
    expect(text).toContain('kostenfrei');
    expect(text).not.toContain('Eigenanteil');
    expect(text).not.toContain('Voucher');
  });

  it('speaks English', () => {
    const text = textOf(confirmedCard('en'));
    expect(text).toContain('You are enrolled');
    expect(text).toContain('Own share');
    expect(text).toContain('Add to calendar');
  });
});

describe('enrolment result card: waitlisted, offered, declined', () => {
  it('tells a waitlisted person their position and what happens next', () => {
    const enrolment = enrolmentFor(basis.id, { status: 'waitlisted' });
    const card = buildEnrolmentResultCard({ outcome: 'waitlisted', enrolment, session: basis, course: courseOf(basis), position: 3, offerHours: 48 }, 'de');
    const text = textOf(card);
    expect(text).toContain('Sie sind auf Platz 3 der Warteliste.');
    expect(text).toContain('Sie haben dann 48 Stunden Zeit, ihn anzunehmen.');
    const leave = elementsOf(card, 'Action.Execute').find((a) => a.title === 'Warteliste verlassen')!;
    // Leaving goes through the confirm card first: no `confirmed` here.
    expect(EnrolmentActionSchema.parse(leave.data)).toEqual({ verb: VERBS.cancel, enrolmentId: enrolment.id, confirmed: false });
    expect(elementsOf(card, 'Action.OpenUrl')).toEqual([]);
  });

  it('lets an offered person accept or decline before the offer expires', () => {
    const enrolment = enrolmentFor(basis.id, { status: 'offered', offerExpiresAt: at('2026-11-23T10:00') });
    const card = buildEnrolmentResultCard({ outcome: 'offered', enrolment, session: basis, course: courseOf(basis) }, 'de');
    expect(textOf(card)).toContain('Bitte nehmen Sie ihn bis Mo, 23.11.2026, 10:00 Uhr an.');
    const actions = elementsOf(card, 'Action.Execute');
    expect(actions.slice(0, 2).map((a) => [a.title, a.data, a.style])).toEqual([
      ['Platz annehmen', { verb: VERBS.acceptOffer, enrolmentId: enrolment.id }, 'positive'],
      ['Ablehnen', { verb: VERBS.declineOffer, enrolmentId: enrolment.id }, 'destructive'],
    ]);
  });

  it('gives the reason for a refusal, what to do next, and a way to try again', () => {
    const card = buildEnrolmentResultCard(
      { outcome: 'declined', reason: 'Der Anmeldeschluss war Montag, 30. November 2026 um 23:59.', next: 'Wählen Sie einen späteren Termin.', session: basis, course: courseOf(basis), retry: true },
      'de',
    );
    const text = textOf(card);
    expect(text).toContain('Anmeldung nicht möglich');
    expect(text).toContain('Der Anmeldeschluss war Montag, 30. November 2026 um 23:59.');
    expect(text).toContain('So geht es weiter');
    expect(buttonTitles(card)).toEqual(['Formular erneut öffnen', 'Details', 'Zurück zur Übersicht', 'Meine Anmeldungen']);
  });

  it('still leads somewhere when the session itself is gone', () => {
    const card = buildEnrolmentResultCard({ outcome: 'declined', reason: 'Diesen Termin gibt es nicht (mehr).' }, 'de');
    expect(buttonTitles(card)).toEqual(['Zurück zur Übersicht', 'Meine Anmeldungen']);
    expect(textOf(card)).not.toContain('So geht es weiter');
  });

  it('carries the refresh the route asks for', () => {
    const enrolment = enrolmentFor(basis.id, { status: 'waitlisted' });
    const card = buildEnrolmentResultCard(
      { outcome: 'waitlisted', enrolment, session: basis, course: courseOf(basis), position: 1, offerHours: 48, refresh: { verb: VERBS.mine, userIds: ['29:abc'] } },
      'de',
    );
    expect(card.refresh?.action).toEqual({ type: 'Action.Execute', verb: VERBS.mine, data: { verb: VERBS.mine } });
  });
});
