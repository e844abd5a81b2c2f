import { afterEach, describe, expect, it } from 'vitest';
import { VERBS } from '../../../src/bot/actions.ts';
import { alice, bob, execute } from '../../support/activities.ts';
import { cardText } from '../../support/bot-harness.ts';
import { validateCard } from '../../support/card-validator.ts';
import { addBerlinDays, berlinDate } from '../../../src/features/shared/index.ts';
import { cardOfCall, REMINDER_CATALOGUE, startReminderBot, type ReminderBot } from './reminder-harness.ts';

let h: ReminderBot | undefined;
afterEach(async () => h?.close());

const enrolVia = (user: typeof alice, sessionId: string) =>
  execute(VERBS.enrolSubmit, { sessionId, municipality: '08115001:gemeinde', department: 'Hauptamt', consent: true }, { from: user }) as Record<string, unknown>;

/** The card an Action.Execute answered with, as the person sees it in place of the old one. */
const answerText = (response: { body?: Record<string, unknown> }) => cardText(response.body?.value);

/** The data of the button with this title on a card, as Teams would send it back. */
function buttonData(card: Record<string, unknown> | undefined, title: string): Record<string, unknown> {
  const action = (card?.actions as Array<{ title: string; data?: Record<string, unknown> }> | undefined)?.find((a) => a.title === title);
  if (!action?.data) throw new Error(`no button "${title}" on ${JSON.stringify(card).slice(0, 300)}`);
  return action.data;
}

describe('reminders and seat offers end to end over HTTP', () => {
  it('enrol in the chat → the clock reaches the reminder → the reminder card arrives; "Ich kann nicht teilnehmen" frees the seat for the waitlist', async () => {
    h = await startReminderBot({ now: '2027-03-01T10:00' });
    await h.install(alice);
    await h.install(bob);
    expect(answerText(await h.post(enrolVia(alice, 'spring')))).toContain('Sie sind angemeldet');
    expect(answerText(await h.post(enrolVia(bob, 'spring')))).toContain('Warteliste');

    await h.runAt('2027-03-25T08:59');
    expect(h.proactive(alice)).toHaveLength(0);

    await h.runAt('2027-03-25T09:00');
    const [reminder] = h.proactive(alice);
    const card = cardOfCall(reminder);
    expect(validateCard(card).errors).toEqual([]);
    expect(cardText(card)).toContain('Erinnerung: Ihr Termin ist in 7 Tagen');
    expect(cardText(card)).toContain('Haus der Gemeinden, Karlsruhe');
    const calendar = (card!.actions as Array<{ type: string; title: string; url?: string }>).find((a) => a.title === 'Zum Kalender hinzufügen');
    const ics = await fetch(`${h.base}${new URL(calendar!.url!).pathname}${new URL(calendar!.url!).search}`);
    expect(await ics.text()).toContain('DTSTART;TZID=Europe/Berlin:20270401T090000');
    expect(h.proactive(bob)).toHaveLength(0);
    // Both have a personal chat from installing the app: nothing needs opening.
    expect(h.connector.created).toEqual([]);

    const asked = await h.post(execute(VERBS.cantAttend, buttonData(card, 'Ich kann nicht teilnehmen'), { from: alice }) as Record<string, unknown>);
    expect(answerText(asked)).toContain('Sie können nicht teilnehmen?');
    const done = await h.post(execute(VERBS.cantAttend, buttonData(asked.body?.value as Record<string, unknown>, 'Ja, abmelden'), { from: alice }) as Record<string, unknown>);
    expect(answerText(done)).toContain('Abmeldung bestätigt');
    expect((await h.bot.deps.enrolment.listMine('aad-alice'))[0]!.status).toBe('cancelled');

    await h.run();
    const offer = cardOfCall(h.proactive(bob)[0]);
    expect(validateCard(offer).errors).toEqual([]);
    expect(cardText(offer)).toContain('Ein Platz ist für Sie frei');
    expect(cardText(offer)).toMatch(/bis Sa, 27\.03\.2027, 09:00 Uhr an/);

    const accepted = await h.post(execute(VERBS.acceptOffer, buttonData(offer, 'Platz annehmen'), { from: bob }) as Record<string, unknown>);
    expect(answerText(accepted)).toContain('Sie sind angemeldet');
    await h.run();
    // Bob's 7-day reminder time is past: only the 1-day one comes, and nothing for Alice any more.
    await h.runAt('2027-03-31T09:00');
    expect(h.proactive(bob).map((c) => cardText(cardOfCall(c)))).toEqual([expect.stringContaining('Ein Platz'), expect.stringContaining('Ihr Termin ist morgen')]);
    expect(h.proactive(alice)).toHaveLength(1);
    await h.runAt('2027-04-01T10:00');
    expect(h.sentByWorkers).toHaveLength(3);
  });

  it('a forged "Ich kann nicht teilnehmen" for another person\'s enrolment changes nothing', async () => {
    h = await startReminderBot({ now: '2027-03-01T10:00' });
    await h.install(alice);
    await h.post(enrolVia(alice, 'spring'));
    const [enrolment] = await h.bot.deps.enrolment.listMine('aad-alice');
    for (const confirmed of [false, true]) {
      const forged = await h.post(execute(VERBS.cantAttend, { enrolmentId: enrolment!.id, confirmed }, { from: bob }) as Record<string, unknown>);
      expect(answerText(forged)).toContain('Diese Anmeldung haben wir nicht gefunden');
    }
    expect((await h.bot.deps.enrolment.listMine('aad-alice'))[0]!.status).toBe('confirmed');
    const garbage = await h.post(execute(VERBS.cantAttend, { enrolmentId: '../../etc' }, { from: alice }) as Record<string, unknown>);
    expect(answerText(garbage)).toContain('nicht mehr aktuell');
  });

  it('as `npm start` runs them (real clock, loops started): a freed seat reaches the next person within seconds, and close stops the loops', async () => {
    // A one-seat session a month from today, whenever this runs.
    const day = berlinDate(addBerlinDays(new Date(), 30));
    const soon = { ...REMINDER_CATALOGUE.sessions[0]!, id: 'soon', days: [{ date: day, from: '09:00', to: '16:30' }], registrationDeadline: `${day}T08:00`, cancellationDeadline: `${day}T08:00` };
    h = await startReminderBot({ realTime: true, catalogue: { ...REMINDER_CATALOGUE, sessions: [soon] }, env: { OUTBOX_POLL_MS: '50', JOB_POLL_MS: '50', DELIVERY_POLL_MS: '50' } });
    h.bot.workers.start();
    await h.install(alice);
    await h.install(bob);
    await h.post(enrolVia(alice, 'soon'));
    await h.post(enrolVia(bob, 'soon'));
    const [mine] = await h.bot.deps.enrolment.listMine('aad-alice');
    expect(answerText(await h.post(execute(VERBS.cantAttend, { enrolmentId: mine!.id, confirmed: true }, { from: alice }) as Record<string, unknown>))).toContain('Abmeldung bestätigt');
    const offerToBob = () => h!.connector.calls.find((c) => c.conversationId === `a:personal-${bob.id}` && c.activityId === undefined && /Ein Platz ist für Sie frei/.test(cardText(cardOfCall(c))));
    for (let waited = 0; !offerToBob() && waited < 10_000; waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(offerToBob()).toBeDefined();
    const started = Date.now();
    await h.close();
    h = undefined;
    expect(Date.now() - started).toBeLessThan(2_000);
  });
});
