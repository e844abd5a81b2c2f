import { afterEach, describe, expect, it } from 'vitest';
import { VERBS } from '../../../../src/bot/actions.ts';
import { alice, bob, execute, message, type TestUser } from '../../../support/activities.ts';
import { cardOf, cardText, startTestBot } from '../../../support/bot-harness.ts';

type Bot = Awaited<ReturnType<typeof startTestBot>>;
let t: Bot;
afterEach(async () => t?.cleanup());

const SESSION = 'basis-2026-12-karlsruhe';
const env = { ORGANISER_AAD_IDS: alice.aadObjectId };
const REFUSAL = /Nur für das Programmteam[\s\S]*nichts geändert/;
const person = (n: number): TestUser => ({ id: `29:user-${n}`, aadObjectId: `aad-user-${n}`, name: `Person ${n}` });
const draft = (overrides: Record<string, unknown> = {}) => ({
  audience: 'session_confirmed',
  sessionId: SESSION,
  courseId: '',
  kreis: '',
  title: 'Raumänderung',
  message: 'Wir treffen uns in **Raum 2**.',
  schedule: 'now',
  sendDate: '',
  sendTime: '',
  ...overrides,
});

/** Two people enrolled through the bot (so their personal chats are known), one enrolled elsewhere (no chat). */
async function world() {
  t = await startTestBot({ env });
  for (const user of [person(1), person(2)]) {
    const card = await t.invokeCard(execute(VERBS.enrolSubmit, { sessionId: SESSION, municipality: '08115001:gemeinde', department: 'Hauptamt', consent: 'true' }, { from: user }));
    expect(cardText(card)).toContain('Sie sind angemeldet');
  }
  const carol = await t.bot.deps.enrolment.enrol({ sessionId: SESSION, person: { id: 'aad-carol', name: 'Carola Chat-los', tenantId: 'tenant-bw-0001' }, municipalityAgs: '08115001', department: 'Bauamt', consent: true });
  expect(carol.ok).toBe(true);
}

const stored = async () => ({
  broadcasts: await t.bot.database.db.selectFrom('broadcasts').selectAll().execute(),
  deliveries: await t.bot.database.db.selectFrom('broadcast_deliveries').selectAll().execute(),
  jobs: await t.bot.database.db.selectFrom('jobs').selectAll().where('type', '=', 'broadcast.scheduled').execute(),
});
const draftIdOf = (card: unknown): string => /"draftId":"(bc_[^"]+)"/.exec(JSON.stringify(card))![1]!;

describe('the broadcast form and preview', () => {
  it('opens the form by command or from the menu, with audiences, sessions, courses and the 44 districts', async () => {
    t = await startTestBot({ env });
    const card = cardOf((await t.send(message('Rundnachricht')))[0])!;
    const text = cardText(card);
    expect(text).toMatch(/Angemeldete eines Termins[\s\S]*Warteliste eines Termins[\s\S]*Alle Teilnehmenden eines Kurses[\s\S]*Alle, die sich je angemeldet haben[\s\S]*Nach Land- oder Stadtkreis/);
    expect(text).toMatch(/Basisqualifizierung Kommunale Digitallotsen · Di, 08\.12\.2026 · Haus der Gemeinden/);
    expect(text).toMatch(/Alb-Donau-Kreis \(Landkreis\)[\s\S]*Stuttgart \(Stadtkreis\)/);
    expect(JSON.stringify(card).match(/\(Landkreis\)|\(Stadtkreis\)/g)).toHaveLength(44);
    expect(cardText(await t.invokeCard(execute(VERBS.broadcastForm, {})))).toMatch(/Nachricht \(Markdown, höchstens 2\.000 Zeichen\)/);
  });

  it('previews the exact recipient card and the recipients reachable now; the unreachable are named and counted', async () => {
    await world();
    const card = await t.invokeCard(execute(VERBS.broadcastPreview, draft()));
    const text = cardText(card);
    expect(text).toMatch(/Vorschau der Rundnachricht[\s\S]*Angemeldete: Basisqualifizierung Kommunale Digitallotsen, Di, 08\.12\.2026, 09:00 Uhr/);
    expect(text).toMatch(/Erreichbar\n2 Personen/);
    expect(text).toMatch(/Nicht erreichbar\n1 Person: Carola Chat-los/);
    expect(text).toMatch(/Raumänderung\nWir treffen uns in \*\*Raum 2\*\*\.[\s\S]*Ihr Termin\nBasisqualifizierung Kommunale Digitallotsen · Di, 08\.12\.2026 – Do, 10\.12\.2026, 09:00–16:30, letzter Tag bis 15:00 · Haus der Gemeinden, Karlsruhe[\s\S]*Von: Kommunale Digitallotsen/);
    expect(text).toMatch(/Jetzt an 2 Personen senden[\s\S]*Bearbeiten[\s\S]*Verwerfen/);
    expect(draftIdOf(card)).toMatch(/^bc_/);
    expect(await stored()).toEqual({ broadcasts: [], deliveries: [], jobs: [] });
  });

  it('"Bearbeiten" brings the form back with everything filled in', async () => {
    t = await startTestBot({ env });
    const card = JSON.stringify(await t.invokeCard(execute(VERBS.broadcastForm, draft({ schedule: 'later', sendDate: '2026-12-01', sendTime: '09:00' }))));
    expect(card).toContain('"id":"message","label":"Nachricht (Markdown, höchstens 2.000 Zeichen)","placeholder":"**fett**, _kursiv_, - Aufzählung, [Link](https://…)","value":"Wir treffen uns in **Raum 2**."');
    expect(card).toContain('"id":"sendDate","label":"Datum (bei „später“)","value":"2026-12-01"');
    expect(card).toContain(`"id":"sessionId","label":"Termin (bei Angemeldeten oder Warteliste)","placeholder":"bitte wählen","style":"compact","value":"${SESSION}"`);
  });
});

describe('bad input: each answered clearly, nothing sent', () => {
  it.each([
    ['an empty message', { message: '' }, /Die Nachricht ist leer/],
    ['a message of spaces and line breaks', { message: '  \n\t ' }, /Die Nachricht ist leer/],
    ['a message over 2,000 characters', { message: 'ä'.repeat(2001) }, /2\.001 Zeichen; erlaubt sind höchstens 2\.000/],
    ['a title over 120 characters', { title: 'T'.repeat(121) }, /Der Titel hat 121 Zeichen/],
    ['a schedule in the past', { schedule: 'later', sendDate: '2026-11-21', sendTime: '09:59' }, /\(Sa, 21\.11\.2026, 09:59 Uhr\) liegt in der Vergangenheit/],
    ['an unparsable date', { schedule: 'later', sendDate: '2026-02-31', sendTime: '09:00' }, /Versandzeitpunkt können wir nicht lesen/],
    ['"later" without a date', { schedule: 'later' }, /Versandzeitpunkt können wir nicht lesen/],
    ['no audience chosen', { audience: '' }, /Bitte wählen Sie die Empfänger/],
    ['a session audience without a session', { sessionId: '' }, /Bitte wählen Sie den Termin/],
    ['an unknown session', { sessionId: 'basis-2031-01-atlantis' }, /Diesen Termin gibt es nicht \(mehr\)/],
    ['an unknown course', { audience: 'course', courseId: 'astrophysik' }, /Diesen Kurs gibt es nicht/],
    ['an unknown Kreis', { audience: 'kreis', kreis: '08999' }, /Diesen Land- oder Stadtkreis gibt es in Baden-Württemberg nicht/],
    ['an audience nobody in it can be reached in', { audience: 'kreis', kreis: '08336' }, /In dieser Zielgruppe ist niemand; es wurde nichts gesendet/],
    ['an audience whose people have no chat with the bot', { audience: 'session_waitlisted' }, /In dieser Zielgruppe ist niemand/],
  ])('%s', async (_name, change, answer) => {
    await world();
    for (const verb of [VERBS.broadcastPreview, VERBS.broadcastSend]) {
      const card = await t.invokeCard(execute(verb, { ...draft(change), draftId: 'bc_0123456789abcdef' }));
      expect(cardText(card), verb).toMatch(answer);
      expect(cardText(card), verb).toMatch(/Rundnachricht[\s\S]*Vorschau/);
    }
    expect(await stored()).toEqual({ broadcasts: [], deliveries: [], jobs: [] });
  });

  it('nobody reachable at all: says how many could not be reached', async () => {
    t = await startTestBot({ env });
    await t.bot.deps.enrolment.enrol({ sessionId: SESSION, person: { id: 'aad-carol', name: 'Carola', tenantId: 'tenant-bw-0001' }, municipalityAgs: '08115001', department: 'Bauamt', consent: true });
    const card = await t.invokeCard(execute(VERBS.broadcastPreview, draft()));
    expect(cardText(card)).toMatch(/Niemand in dieser Zielgruppe ist erreichbar: 1 Person hat den Lotsenbot nicht im persönlichen Chat/);
  });

  it.each([
    [VERBS.broadcastForm, draft()],
    [VERBS.broadcastPreview, draft()],
    [VERBS.broadcastSend, { ...draft(), draftId: 'bc_forged-by-bob-0001' }],
    [VERBS.broadcastStatus, { broadcastId: 'bc_forged-by-bob-0001' }],
    [VERBS.broadcastRetry, { broadcastId: 'bc_forged-by-bob-0001' }],
    [VERBS.broadcastCancel, { broadcastId: 'bc_forged-by-bob-0001' }],
  ])('a non-organiser forging %s with valid data is refused and nothing is sent', async (verb, data) => {
    await world();
    expect(cardText(await t.invokeCard(execute(verb, data, { from: bob })))).toMatch(REFUSAL);
    expect(await stored()).toEqual({ broadcasts: [], deliveries: [], jobs: [] });
    expect(t.logs.some((l) => l.message === 'organiser action refused' && l.extra?.verb === verb)).toBe(true);
  });

  it('refuses the broadcast command to a non-organiser', async () => {
    t = await startTestBot({ env });
    expect(cardText(cardOf((await t.send(message('broadcast', { from: bob })))[0]))).toMatch(REFUSAL);
  });
});

describe('sending and the status card', () => {
  it('sends now: one delivery per reachable person, a status card refreshed for the organiser; a second click sends nothing twice', async () => {
    await world();
    const draftId = draftIdOf(await t.invokeCard(execute(VERBS.broadcastPreview, draft())));
    const status = await t.invokeCard(execute(VERBS.broadcastSend, { ...draft(), draftId }));
    expect(cardText(status)).toMatch(/Rundnachricht: Stand[\s\S]*läuft[\s\S]*Empfänger\n2[\s\S]*Ausstehend\n2[\s\S]*Gesendet\n0[\s\S]*Fehlgeschlagen\n0 \(davon 0 dauerhaft\)/);
    expect(status).toMatchObject({ refresh: { action: { verb: VERBS.broadcastStatus, data: { broadcastId: draftId } }, userIds: [alice.id] } });
    expect(cardText(status)).toMatch(/Aktualisieren[\s\S]*Restliche Zustellungen stoppen/);
    await t.invokeCard(execute(VERBS.broadcastSend, { ...draft(), draftId }));
    const { broadcasts, deliveries } = await stored();
    expect(broadcasts).toHaveLength(1);
    expect(broadcasts[0]).toMatchObject({ id: draftId, created_by: alice.aadObjectId, recipient_count: 2 });
    expect(deliveries.map((d) => d.user_key).sort()).toEqual(['user:aad-user-1', 'user:aad-user-2']);
    const activity = JSON.parse(broadcasts[0]!.activity_json) as { summary: string; attachments: Array<{ content: unknown }> };
    expect(activity.summary).toBe('Raumänderung');
    expect(cardText(activity.attachments[0]!.content)).toMatch(/Raumänderung[\s\S]*Raum 2[\s\S]*Von: Kommunale Digitallotsen/);
  });

  it('stops the unsent part of a running broadcast', async () => {
    await world();
    await t.invokeCard(execute(VERBS.broadcastSend, { ...draft(), draftId: 'bc_stop-test-0001' }));
    const stopped = cardText(await t.invokeCard(execute(VERBS.broadcastCancel, { broadcastId: 'bc_stop-test-0001' })));
    expect(stopped).toMatch(/2 noch nicht gesendete Zustellungen wurden gestoppt[\s\S]*Gestoppt\n2/);
  });

  it('schedules for later as a durable job, shows it as planned, and calls it off on request', async () => {
    await world();
    const later = draft({ schedule: 'later', sendDate: '2026-11-25', sendTime: '9:00' });
    const preview = await t.invokeCard(execute(VERBS.broadcastPreview, later));
    expect(cardText(preview)).toMatch(/am Mi, 25\.11\.2026, 09:00 Uhr; die Empfänger werden dann neu bestimmt[\s\S]*Versand planen/);
    const status = cardText(await t.invokeCard(execute(VERBS.broadcastSend, { ...later, draftId: draftIdOf(preview) })));
    expect(status).toMatch(/Geplant für Mi, 25\.11\.2026, 09:00 Uhr; voraussichtlich 2 Personen[\s\S]*Planung aufheben/);
    const { jobs, broadcasts } = await stored();
    expect(broadcasts).toHaveLength(0);
    expect(jobs).toMatchObject([{ status: 'pending', run_at: '2026-11-25T08:00:00.000Z', reference: `broadcast:${draftIdOf(preview)}` }]);
    const cancelled = cardText(await t.invokeCard(execute(VERBS.broadcastCancel, { broadcastId: draftIdOf(preview) })));
    expect(cancelled).toMatch(/aufgehoben und an niemanden gesendet[\s\S]*Die Planung ist aufgehoben; es wird nichts gesendet/);
    expect((await stored()).jobs).toMatchObject([{ status: 'cancelled' }]);
  });

  it('answers an unknown broadcast id clearly', async () => {
    t = await startTestBot({ env });
    expect(cardText(await t.invokeCard(execute(VERBS.broadcastStatus, { broadcastId: 'bc_never-existed-01' })))).toMatch(/Diese Rundnachricht gibt es nicht/);
    expect(cardText(await t.invokeCard(execute(VERBS.broadcastRetry, { broadcastId: 'bc_never-existed-01' })))).toMatch(/Diese Rundnachricht gibt es nicht/);
  });
});
