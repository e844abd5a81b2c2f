import { afterEach, describe, expect, it } from 'vitest';
import { VERBS } from '../../../../src/bot/actions.ts';
import { alice, botAdded, execute, installed, message, uninstalled } from '../../../support/activities.ts';
import { cardOf, cardText, startTestBot } from '../../../support/bot-harness.ts';

type Bot = Awaited<ReturnType<typeof startTestBot>>;
let t: Bot;
afterEach(async () => t?.cleanup());

const only = async (activity: Parameters<Bot['send']>[0]) => {
  const replies = (await t.send(activity)).filter((r) => r.type === 'message');
  expect(replies).toHaveLength(1);
  return replies[0]!;
};

describe('install, welcome and conversation references', () => {
  it.each(['personal', 'groupChat', 'channel'] as const)('welcomes once when installed in a %s conversation and stores its reference', async (conversationType) => {
    t = await startTestBot();
    expect((await t.send(installed({ conversationType }))).filter((r) => r.type === 'message')).toHaveLength(0);
    expect(cardText(cardOf(await only(botAdded({ conversationType }))))).toContain('Willkommen beim Lotsenbot');
    const contacts = await t.bot.database.db.selectFrom('contacts').selectAll().execute();
    expect(contacts).toHaveLength(1);
    expect(contacts[0]).toMatchObject({ kind: conversationType, tenant_id: 'tenant-bw-0001', service_url: 'https://smba.example.test/emea/' });
    if (conversationType === 'personal') expect(contacts[0]).toMatchObject({ key: `user:${alice.aadObjectId}`, user_id: alice.aadObjectId });
  });

  it('forgets the conversation on uninstall', async () => {
    t = await startTestBot();
    await t.send(message('hallo'));
    expect(await t.bot.deps.contacts.count()).toBe(1);
    await t.send(uninstalled());
    expect(await t.bot.deps.contacts.count()).toBe(0);
  });

  it('answers in English when the client is English', async () => {
    t = await startTestBot();
    expect(cardText(cardOf(await only(botAdded({ locale: 'en-US' }))))).toContain('Welcome to Lotsenbot');
    expect(cardText(cardOf(await only(message('help', { locale: 'en-GB' }))))).toContain('What I can do for you');
  });
});

describe('messages that are not commands', () => {
  it.each([
    ['an empty message', '   ', /Nachricht war leer/],
    ['only emoji', '👍🏽🎉', /Emojis allein/],
    ['20 kB of text', 'Förderung '.repeat(2_000), /zu lang für mich/],
    ['an unknown command', '/reboot now', /nicht verstanden/],
  ])('answers %s clearly and stores nothing but the reference', async (_name, text, expected) => {
    t = await startTestBot();
    expect((await only(message(text))).text).toMatch(expected);
    expect(await t.bot.database.db.selectFrom('enrolments').selectAll().execute()).toHaveLength(0);
  });
});

describe('catalogue and details', () => {
  it('lists the sample catalogue with seats, fees and the voucher, and filters in place', async () => {
    t = await startTestBot();
    const text = cardText(cardOf(await only(message('Kurse'))));
    expect(text).toContain('Kurse und Termine');
    expect(text).toContain('Beispieldaten');
    expect(text).toMatch(/20 von 20 Plätzen frei/);
    expect(text).toMatch(/100,00\s€ pro Tag/);
    const filtered = cardText(await t.invokeCard(execute(VERBS.catalogue, { courseType: 'digilunch', month: 'all', mode: 'all' })));
    expect(filtered).toContain('Digi-Lunch');
    expect(filtered).not.toContain('Basisqualifizierung Kommunale Digitallotsen\n');
  });

  it('shows a session, and a forged or unknown id gets the current state instead of an error', async () => {
    t = await startTestBot();
    const details = cardText(await t.invokeCard(execute(VERBS.details, { sessionId: 'vernetzung-2027-03-bruchsal' })));
    expect(details).toContain('HubWerk01');
    expect(details).toContain('Anmelden');
    expect(cardText(await t.invokeCard(execute(VERBS.details, { sessionId: 'nope' })))).toContain('nicht mehr aktuell');
    expect(cardText(await t.invokeCard(execute(VERBS.details, {})))).toContain('nicht mehr aktuell');
    expect(cardText(await t.invokeCard(execute(VERBS.details, { sessionId: '<script>' })))).toContain('nicht mehr aktuell');
  });

  it('a session card from yesterday shows that registration has closed', async () => {
    t = await startTestBot({ now: '2026-12-03T10:00' });
    const details = cardText(await t.invokeCard(execute(VERBS.details, { sessionId: 'basis-2026-12-karlsruhe' })));
    expect(details).toMatch(/Anmeldeschluss/);
    expect(details).not.toMatch(/^Anmelden$/m);
  });
});
