import { afterEach, describe, expect, it } from 'vitest';
import { VERBS } from '../../../src/bot/actions.ts';
import { alice, bob, execute, submit, type TestUser } from '../../support/activities.ts';
import { cardOf, cardText, startTestBot } from '../../support/bot-harness.ts';
import { at } from '../../support/enrolment-fixture.ts';

type Bot = Awaited<ReturnType<typeof startTestBot>>;
let t: Bot | undefined;
afterEach(async () => t?.cleanup());

const SESSION = 'basis-2026-12-karlsruhe';

async function enrol(user: TestUser, sessionId = SESSION) {
  const done = await t!.bot.deps.enrolment.enrol({ sessionId, person: { id: user.aadObjectId, name: user.name! }, municipalityAgs: '08115001', department: 'Hauptamt', consent: true });
  if (!done.ok) throw new Error(done.error.code);
  return done.value.enrolment;
}

const cantAttend = (enrolmentId: string, confirmed: boolean, from: TestUser = alice, locale = 'de-DE') => execute(VERBS.cantAttend, { enrolmentId, confirmed }, { from, locale });
const statusOf = async (user: TestUser) => (await t!.bot.deps.enrolment.listMine(user.aadObjectId))[0]!.status;

describe('"Ich kann nicht teilnehmen" from a reminder', () => {
  it('asks once more, then cancels and offers the seat to the first person waiting', async () => {
    t = await startTestBot();
    const mine = await enrol(alice);
    // Fill the session so the next person waits.
    const capacity = (await t.bot.deps.catalogue.details(SESSION))!.session.capacity!;
    for (let n = 1; n < capacity; n++) await enrol({ id: `29:p${n}`, aadObjectId: `aad-p${n}`, name: `P ${n}` });
    await enrol(bob);
    expect(await statusOf(bob)).toBe('waitlisted');

    const asked = cardText(await t.invokeCard(cantAttend(mine.id, false)));
    expect(asked).toContain('Sie können nicht teilnehmen?');
    expect(asked).toContain('der nächsten Person auf der Warteliste angeboten');
    expect(await statusOf(alice)).toBe('confirmed');

    expect(cardText(await t.invokeCard(cantAttend(mine.id, true)))).toContain('Abmeldung bestätigt');
    expect(await statusOf(alice)).toBe('cancelled');
    expect(await statusOf(bob)).toBe('offered');
    // A second click (or the stale card) answers with the state, and changes nothing.
    expect(cardText(await t.invokeCard(cantAttend(mine.id, true)))).toContain('Für diesen Termin sind Sie nicht mehr angemeldet (Abgemeldet)');
    expect(await statusOf(bob)).toBe('offered');
  });

  it('after the free-cancellation deadline it names the provider and changes nothing', async () => {
    t = await startTestBot();
    const mine = await enrol(alice);
    t.clock.set(at('2026-12-02T00:00'));
    for (const confirmed of [false, true]) {
      const text = cardText(await t.invokeCard(cantAttend(mine.id, confirmed)));
      expect(text).toContain('Abmeldung nur beim Anbieter');
      expect(text).toContain('Verwaltungsschule des Gemeindetags Baden-Württemberg');
    }
    expect(await statusOf(alice)).toBe('confirmed');
  });

  it('a minute before the deadline it still cancels', async () => {
    t = await startTestBot();
    const mine = await enrol(alice);
    t.clock.set(at('2026-12-01T23:58'));
    expect(cardText(await t.invokeCard(cantAttend(mine.id, true)))).toContain('Abmeldung bestätigt');
  });

  it('once the session has started it says so', async () => {
    t = await startTestBot();
    const mine = await enrol(alice);
    t.clock.set(at('2026-12-08T09:00'));
    expect(cardText(await t.invokeCard(cantAttend(mine.id, true)))).toContain('Der Termin hat bereits begonnen');
    expect(await statusOf(alice)).toBe('confirmed');
  });

  it('answers in English for an English client', async () => {
    t = await startTestBot();
    const mine = await enrol(alice);
    expect(cardText(await t.invokeCard(cantAttend(mine.id, false, alice, 'en-GB')))).toContain('You cannot attend?');
  });

  it('works from an old client (Action.Submit), answering with a new card', async () => {
    t = await startTestBot();
    const mine = await enrol(alice);
    const replies = await t.send(submit({ verb: VERBS.cantAttend, enrolmentId: mine.id, confirmed: true }));
    expect(cardText(cardOf(replies.find((r) => r.type === 'message')))).toContain('Abmeldung bestätigt');
    expect(await statusOf(alice)).toBe('cancelled');
  });

  it.each([
    ["another person's enrolment id", (id: string) => cantAttend(id, true, bob), 'Diese Anmeldung haben wir nicht gefunden'],
    ['an unknown id', () => cantAttend('enr_does-not-exist', true), 'Diese Anmeldung haben wir nicht gefunden'],
    ['no id at all', () => execute(VERBS.cantAttend, { confirmed: true }), 'nicht mehr aktuell'],
    ['an id with path characters', () => execute(VERBS.cantAttend, { enrolmentId: '../../etc/passwd' }), 'nicht mehr aktuell'],
  ])('%s is answered clearly and changes nothing', async (_name, activity, expected) => {
    t = await startTestBot();
    const mine = await enrol(alice);
    expect(cardText(await t.invokeCard(activity(mine.id)))).toContain(expected);
    expect(await statusOf(alice)).toBe('confirmed');
  });
});
