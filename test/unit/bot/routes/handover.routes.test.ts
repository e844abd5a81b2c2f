import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { VERBS } from '../../../../src/bot/actions.ts';
import { alice, bob, execute, message, type TestUser } from '../../../support/activities.ts';
import { cardOf, cardText, startTestBot } from '../../../support/bot-harness.ts';
import { validateCard } from '../../../support/card-validator.ts';
import { startFakeConnector } from '../../../support/fake-connector.ts';

type Bot = Awaited<ReturnType<typeof startTestBot>>;
type Connector = Awaited<ReturnType<typeof startFakeConnector>>;
let t: Bot;
let connector: Connector;
let dir: string | undefined;
afterEach(async () => {
  await t?.cleanup();
  await connector?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

const CHANNEL = '19:lotsen-team@thread.tacv2';
const INJECTION = '<b>x</b> [link](http://evil.example) **bold**';
const carol: TestUser = { id: '29:carol', aadObjectId: 'aad-carol', name: 'Carol Chef' };

/** The bot behind the TestAdapter; its proactive messages go to a fake connector (the activities' serviceUrl). */
async function start(env: Record<string, string> = {}) {
  connector = await startFakeConnector();
  t = await startTestBot({ env });
}
const personal = (from: TestUser = alice) => ({ from, serviceUrl: connector.url });
const inChannel = (from: TestUser = bob, thread = '1700000000001') => ({ from, serviceUrl: connector.url, conversationType: 'channel' as const, conversationId: `${CHANNEL};messageid=${thread}` });

async function say(text: string, options: Parameters<typeof message>[1]) {
  const replies = (await t.send(message(text, options))).filter((r) => r.type === 'message');
  expect(replies).toHaveLength(1);
  const card = cardOf(replies[0]);
  if (card) expect(validateCard(card).errors).toEqual([]);
  return card ? cardText(card) : String(replies[0]!.text);
}
async function act(verb: string, data: Record<string, unknown>, options: Parameters<typeof execute>[2]) {
  const card = await t.invokeCard(execute(verb, data, options));
  expect(validateCard(card).errors).toEqual([]);
  return card;
}
const tickets = () => t.bot.database.db.selectFrom('tickets').selectAll().execute();
const posted = (conversationId: string) => connector.calls.filter((c) => c.method === 'POST' && c.conversationId === conversationId);
const contentOf = (call: { body: Record<string, unknown> }) => (call.body.attachments as Array<{ content: Record<string, unknown> }>)[0]!.content;

async function setUpChannel() {
  expect(await say('setup übergabe', inChannel())).toContain('Eingerichtet');
}
async function askTeam(question = 'Werden Reisekosten erstattet?') {
  return say(`Frage an das Team: ${question}`, personal());
}
async function ticketId() {
  return (await tickets())[0]!.id;
}

describe('setting up the hand-over channel', () => {
  it('is done in a team channel, not in a personal chat', async () => {
    await start();
    expect(await say('setup übergabe', personal())).toContain('in einem Team-Kanal');
    expect(await t.bot.deps.faq.handover.channel()).toBeUndefined();
  });

  it('refuses someone who is not in ORGANISER_AAD_IDS and keeps no channel', async () => {
    await start({ ORGANISER_AAD_IDS: 'aad-carol' });
    expect(await say('<at>Lotsenbot</at> setup handover', inChannel(bob))).toContain('nur die Organisatorinnen und Organisatoren');
    expect(await t.bot.deps.faq.handover.channel()).toBeUndefined();
    expect(await say('setup übergabe', inChannel(carol))).toContain('Eingerichtet');
    expect(await t.bot.deps.faq.handover.channel()).toMatchObject({ conversationId: CHANNEL, configuredBy: { id: 'aad-carol' } });
  });

  it('without organisers allows the first setup with a warning; afterwards only from inside that channel', async () => {
    await start();
    await setUpChannel();
    expect(t.logs.some((l) => l.level === 'warn' && l.message.includes('without ORGANISER_AAD_IDS'))).toBe(true);
    const other = { ...inChannel(carol), conversationId: '19:other-team@thread.tacv2;messageid=1' };
    expect(await say('setup übergabe', other)).toContain('nur die Organisatorinnen und Organisatoren');
    expect(await say('setup übergabe', inChannel(carol, '1700000000099'))).toContain('Eingerichtet');
    expect(await t.bot.deps.faq.handover.channel()).toMatchObject({ conversationId: CHANNEL });
  });
});

describe('handing a question over', () => {
  it.each([
    ['an empty question', 'Frage an das Team:'],
    ['only emoji', 'Frage an das Team: 🙂🙂🎉'],
  ])('refuses %s and stores nothing', async (_name, text) => {
    await start();
    expect(await say(text, personal())).toContain('Bitte schreiben Sie Ihre Frage direkt dahinter');
    expect(await tickets()).toHaveLength(0);
  });

  it('refuses 5,000 characters, by message and by a forged button, and stores nothing', async () => {
    await start();
    expect(await say(`Frage an das Team: ${'Förderung '.repeat(500)}`, personal())).toContain('zu lang');
    const forged = await act(VERBS.faqHandover, { question: 'x'.repeat(5_000), answered: { kind: 'none' } }, personal());
    expect(cardText(forged)).toContain('Mit dieser Schaltfläche stimmt etwas nicht');
    expect(await tickets()).toHaveLength(0);
  });

  it('without a channel stores the ticket and tells how the team is reached by email', async () => {
    await start();
    expect(await askTeam()).toMatch(/Ticket #1.*noch keinen Kanal.*digitallotsen@staedtetag-bw\.de/s);
    expect(await tickets()).toMatchObject([{ number: 1, status: 'open', question: 'Werden Reisekosten erstattet?', asker_id: 'aad-alice' }]);
    expect(connector.calls).toHaveLength(0);
  });

  it('posts the ticket card into the channel as a new thread, the question as plain text', async () => {
    await start();
    await setUpChannel();
    expect(await askTeam(INJECTION)).toContain('Ihre Frage ist beim Team (Ticket #1)');
    const [post] = posted(CHANNEL);
    const card = contentOf(post!);
    expect(validateCard(card).errors).toEqual([]);
    expect(JSON.stringify(card)).toContain(JSON.stringify({ type: 'TextRun', text: INJECTION }));
    expect(cardText(card)).toContain('Alice Amtmann');
    expect(cardText(card)).toContain('direkt an das Team gestellt');
    expect((await tickets())[0]).toMatchObject({ channel_message_id: 'activity-1' });
  });

  it('hands over from an off-topic answer with what the bot said, and names the municipality of the last enrolment', async () => {
    await start();
    await setUpChannel();
    await act(VERBS.enrolSubmit, { sessionId: 'digilunch-2026-12', municipality: '08115001:gemeinde', department: 'Hauptamt', consent: true }, personal());
    const offtopic = cardOf((await t.send(message('Werden Reisekosten erstattet?', personal()))).find((r) => r.type === 'message'))!;
    const button = JSON.stringify(offtopic).match(/"data":(\{"verb":"faq\.handover"[^}]*\}[^}]*\})/)![1]!;
    const confirmed = await act(VERBS.faqHandover, JSON.parse(button) as Record<string, unknown>, personal());
    expect(cardText(confirmed)).toContain('Ticket #1');
    expect((await tickets())[0]).toMatchObject({ municipality_text: 'Aidlingen', municipality_ags: '08115001' });
    expect(cardText(contentOf(posted(CHANNEL)[0]!))).toContain('unbestätigtes Thema (travel-costs)');
  });
});

describe('working on a ticket in the channel', () => {
  it('claim, answer (sent to the asker proactively), card updated for everyone, close; "meine fragen" shows it', async () => {
    await start();
    await setUpChannel();
    await askTeam();
    const id = await ticketId();
    expect(cardText(await act(VERBS.ticketClaim, { ticketId: id }, inChannel()))).toContain('Übernommen von\nBob Bauamt');
    const empty = await act(VERBS.ticketAnswer, { ticketId: id, answerText: '   ' }, inChannel());
    expect(cardText(empty)).toContain('Bitte schreiben Sie eine Antwort.');
    expect(posted('a:personal-29:alice')).toHaveLength(0);

    const answered = await act(VERBS.ticketAnswer, { ticketId: id, answerText: 'Reisekosten trägt Ihre Kommune.' }, inChannel());
    expect(cardText(answered)).toContain('Reisekosten trägt Ihre Kommune.');
    const [toAsker] = posted('a:personal-29:alice');
    expect(cardText(contentOf(toAsker!))).toContain('Antwort auf Ihre Frage (Ticket #1)');
    expect(cardText(contentOf(toAsker!))).toContain('Reisekosten trägt Ihre Kommune.');
    const updates = connector.calls.filter((c) => c.method === 'PUT' && c.activityId === 'activity-1');
    expect(cardText(contentOf(updates.at(-1)!))).toContain('Beantwortet');

    expect(cardText(await act(VERBS.ticketClose, { ticketId: id }, inChannel()))).toContain('Geschlossen von Bob Bauamt');
    expect(posted('a:personal-29:alice')).toHaveLength(1);
    expect(await say('meine fragen', personal())).toMatch(/#1 · Abgeschlossen[\s\S]*Reisekosten trägt Ihre Kommune\./);
  });

  it('answering a closed ticket is refused on the card and nothing is sent', async () => {
    await start();
    await setUpChannel();
    await askTeam();
    const id = await ticketId();
    await act(VERBS.ticketClose, { ticketId: id }, inChannel());
    expect(cardText(contentOf(posted('a:personal-29:alice')[0]!))).toContain('ohne weitere Antwort geschlossen');
    const refused = await act(VERBS.ticketAnswer, { ticketId: id, answerText: 'Zu spät' }, inChannel());
    expect(cardText(refused)).toContain('bereits geschlossen');
    expect(posted('a:personal-29:alice')).toHaveLength(1);
    expect((await tickets())[0]).toMatchObject({ status: 'closed', answer_text: null });
  });

  it('refuses a forged ticket id and a ticket action from someone outside the channel', async () => {
    await start();
    await setUpChannel();
    await askTeam();
    expect(cardText(await act(VERBS.ticketClaim, { ticketId: 'tkt_forged' }, inChannel()))).toContain('Dieses Ticket gibt es nicht');
    expect(cardText(await act(VERBS.ticketClaim, { ticketId: '../../etc' }, inChannel()))).toContain('stimmt etwas nicht');
    const outside = await act(VERBS.ticketAnswer, { ticketId: await ticketId(), answerText: 'Ich bin nicht im Team' }, personal(carol));
    expect(cardText(outside)).toContain('nur die Organisatorinnen und Organisatoren');
    expect((await tickets())[0]).toMatchObject({ status: 'open', answer_text: null });
  });

  it('adds an answered ticket to the knowledge base file, which answers from then on', async () => {
    dir = mkdtempSync(join(tmpdir(), 'lotsenbot-kb-'));
    const file = join(dir, 'faq.json');
    copyFileSync('data/faq.json', file);
    await start({ FAQ_FILE: file });
    await setUpChannel();
    await askTeam('Wer bezahlt die Anreise zur Schulung nach Karlsruhe?');
    const id = await ticketId();
    await act(VERBS.ticketAnswer, { ticketId: id, answerText: 'Die Anreise zahlt die entsendende Kommune.' }, inChannel());
    const added = await act(VERBS.ticketToKnowledgeBase, { ticketId: id }, inChannel());
    expect(cardText(added)).toContain('In die Wissensdatenbank übernommen als faq-t-1');
    const kb = JSON.parse(readFileSync(file, 'utf8')) as { entries: Array<{ id: string; answer: string }> };
    expect(kb.entries.at(-1)).toMatchObject({ id: 'faq-t-1', answer: 'Die Anreise zahlt die entsendende Kommune.' });
    expect(t.bot.deps.faq.knowledgeBase.current().entries).toHaveLength(kb.entries.length);
    expect(cardText(await act(VERBS.ticketToKnowledgeBase, { ticketId: id }, inChannel()))).toContain('steht bereits in der Wissensdatenbank');
    // The new entry retrains the classifier (about 10 s alone, longer while the rest of the suite runs beside it).
  }, 60_000);
});

describe('reloading the knowledge base', () => {
  it('is refused for someone who is no organiser', async () => {
    await start({ ORGANISER_AAD_IDS: 'aad-carol' });
    expect(await say('faq neu laden', personal())).toContain('nur die Organisatorinnen und Organisatoren');
  });

  it('reports the version for an organiser, and the errors of a broken file while the old answers stay', async () => {
    dir = mkdtempSync(join(tmpdir(), 'lotsenbot-kb-'));
    const file = join(dir, 'faq.json');
    copyFileSync('data/faq.json', file);
    await start({ ORGANISER_AAD_IDS: 'aad-carol', FAQ_FILE: file });
    const before = t.bot.deps.faq.knowledgeBase.current().version;
    expect(await say('faq neu laden', personal(carol))).toMatch(new RegExp(`Version ${before}, \\d+ Einträge`));
    const broken = JSON.parse(readFileSync(file, 'utf8')) as { entries: Array<Record<string, unknown>> };
    delete broken.entries[2]!.answer;
    writeFileSync(file, JSON.stringify(broken));
    const reply = await say('reload faq', personal(carol));
    expect(reply).toContain(`bisherigen Stand (Version ${before})`);
    expect(reply).toContain('faq-03');
    expect(reply).toContain('"answer"');
    expect(t.bot.deps.faq.knowledgeBase.current().version).toBe(before);
  });
});
