import { describe, expect, it } from 'vitest';
import { SessionActionSchema, VERBS } from '../../../../src/bot/actions.ts';
import { buildSessionDetailsCard } from '../../../../src/bot/cards/index.ts';
import { at, buttonTitles, elementsOf, enrolmentFor, NOW, textOf, viewOf, voucherNote } from './card-fixtures.ts';

const basis = () => viewOf('basis-2026-12-karlsruhe');
const details = (now: Date, view = basis()) => buildSessionDetailsCard({ view, voucherNote: voucherNote(view.course.type), now }, 'de');

describe('session details card', () => {
  it('lists every day, the place, provider, seats, fee, voucher and both deadlines', () => {
    const text = textOf(details(NOW));
    for (const expected of [
      'Di, 08.12.2026, 09:00–16:30',
      'Mi, 09.12.2026, 09:00–16:30',
      'Do, 10.12.2026, 09:00–15:00',
      'Haus der Gemeinden, Karlsruhe',
      '12 von 20 Plätzen frei',
      '100 € pro Tag = 300 €',
      'Anmeldeschluss',
      'Mo, 30.11.2026, 23:59 Uhr',
      'Kostenlose Abmeldung bis',
      'Di, 01.12.2026, 23:59 Uhr',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('offers "Anmelden" with the session id while registration is open', () => {
    const card = details(NOW);
    const enrol = elementsOf(card, 'Action.Execute').find((a) => a.title === 'Anmelden')!;
    expect(SessionActionSchema.parse(enrol.data)).toEqual({ verb: VERBS.enrolForm, sessionId: 'basis-2026-12-karlsruhe' });
    expect(buttonTitles(card)).toContain('Zurück zur Übersicht');
  });

  it('shows the online link of an online session and says "oder online" for a hybrid one', () => {
    expect(textOf(details(NOW, viewOf('digilunch-2026-12')))).toContain('https://lotsen.example.org/online/digi-lunch');
    expect(textOf(details(NOW, viewOf('aufbau-projekte-2027-02-mannheim')))).toContain('VWA Mannheim, Mannheim oder online');
    expect(textOf(details(NOW, basis()))).not.toContain('Online-Zugang');
  });

  it.each([
    ['a minute before the registration deadline', at('2026-11-30T23:58'), undefined],
    ['at the registration deadline', at('2026-11-30T23:59'), 'Die Anmeldung ist geschlossen (Anmeldeschluss: Mo, 30.11.2026, 23:59 Uhr).'],
    ['on the first day', at('2026-12-08T09:00'), 'Dieser Termin hat bereits begonnen; eine Anmeldung ist nicht mehr möglich.'],
    ['after the last day', at('2026-12-10T15:00'), 'Dieser Termin hat bereits stattgefunden.'],
  ])('%s: Anmelden only while open, otherwise a clear state line', (_name, now, stateLine) => {
    const card = details(now);
    if (stateLine) {
      expect(buttonTitles(card)).not.toContain('Anmelden');
      expect(textOf(card)).toContain(stateLine);
    } else {
      expect(buttonTitles(card)).toContain('Anmelden');
    }
  });

  it('shows a cancelled session as cancelled, with the reason, and without Anmelden', () => {
    const view = viewOf('basis-2026-12-karlsruhe', {}, { status: 'cancelled', cancelledReason: 'Die Referentin ist erkrankt.' });
    const card = details(NOW, view);
    expect(textOf(card)).toContain('Dieser Termin wurde abgesagt. Die Referentin ist erkrankt.');
    expect(buttonTitles(card)).not.toContain('Anmelden');
  });

  it('shows the person their own enrolment instead of Anmelden', () => {
    const view = viewOf('aufbau-projekte-2027-02-mannheim');
    const enrolment = enrolmentFor(view.session.id, { status: 'waitlisted' });
    const card = buildSessionDetailsCard({ view, voucherNote: 'bis 50 € pro Tag', now: NOW, enrolment, position: 2 }, 'de');
    expect(textOf(card)).toContain('Ihre Anmeldung: Warteliste, Platz 2');
    expect(buttonTitles(card)).toEqual(['Meine Anmeldungen', 'Zurück zur Übersicht']);
  });

  it('offers Anmelden again when the earlier enrolment is no longer live', () => {
    const view = basis();
    const card = buildSessionDetailsCard({ view, voucherNote: '', now: NOW, enrolment: enrolmentFor(view.session.id, { status: 'cancelled' }) }, 'de');
    expect(buttonTitles(card)).toContain('Anmelden');
    expect(textOf(card)).toContain('—');
  });

  it('leads back to the filter and page the person came from', () => {
    const view = basis();
    const card = buildSessionDetailsCard({ view, voucherNote: '', now: NOW, back: { courseType: 'basis', page: 2 } }, 'de');
    const back = elementsOf(card, 'Action.Execute').find((a) => a.title === 'Zurück zur Übersicht')!;
    expect(back.data).toEqual({ verb: VERBS.catalogue, courseType: 'basis', page: 2 });
  });

  it('speaks English', () => {
    const text = textOf(buildSessionDetailsCard({ view: basis(), voucherNote: '€100 per day = €300', now: at('2026-12-02T08:00') }, 'en'));
    expect(text).toContain('Registration deadline');
    expect(text).toContain('Registration is closed (deadline: Mon, 30 Nov 2026, 23:59).');
    expect(text).toContain('Day 3');
  });
});
