import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { VERBS } from '../../../src/bot/actions.ts';
import { composeLotsenbot } from '../../../src/compose.ts';
import { loadConfig } from '../../../src/config.ts';
import { ManualClock, MINUTE_MS } from '../../../src/features/shared/index.ts';
import { execute, TENANT, type TestUser } from '../../support/activities.ts';
import { cardText } from '../../support/bot-harness.ts';
import { at } from '../../support/enrolment-fixture.ts';

/**
 * An organiser's broadcast end to end: HTTP invokes into the real server, the composed workers driven by hand on a
 * ManualClock, and a scripted Bot Connector that answers each conversation as the test says and records every call.
 */
const MARK = 'Raumänderung-7f3a';
const SESSION = 'basis-2026-12-karlsruhe';
const organiser: TestUser = { id: '29:orga', aadObjectId: 'aad-orga', name: 'Olga Organisatorin' };

type Answer = { status: number; code?: string };
type Call = { conversationId: string; status: number; key: string | null; body: Record<string, unknown> };

/** Per conversation, the answers to broadcast messages in order (then 201); anything else (notices) gets 201. */
async function scriptedConnector(scripts: Record<string, Answer[]>) {
  const calls: Call[] = [];
  let next = 1;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const conversationId = decodeURIComponent(/^\/v3\/conversations\/([^/]+)\/activities/.exec(req.url ?? '')?.[1] ?? '');
      const answer = text.includes(MARK) ? (scripts[conversationId]?.shift() ?? { status: 201 }) : { status: 201 };
      if (text.includes(MARK)) calls.push({ conversationId, status: answer.status, key: (req.headers['idempotency-key'] as string) ?? null, body: JSON.parse(text) as Record<string, unknown> });
      res.writeHead(answer.status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(answer.status < 300 ? { id: `msg-${next++}` } : { error: { code: answer.code ?? 'Error', message: 'scripted' } }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, calls, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

async function start(scripts: Record<string, Answer[]> = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'lotsenbot-broadcast-'));
  const connector = await scriptedConnector(scripts);
  const config = loadConfig({ DATABASE_URL: `sqlite:${join(dir, 'bot.sqlite')}`, LOG_LEVEL: 'silent', CALENDAR_LINK_SECRET: 'broadcast-test-secret-0123456789', ORGANISER_AAD_IDS: organiser.aadObjectId });
  const clock = new ManualClock(at('2026-11-21T10:00'));
  // Small steps of the clock (as in the reminder harness): the sender's token buckets refill, and it still notices
  // when nothing is left to do; one big jump per sleep keeps it polling.
  const sleep = async (ms: number) => {
    clock.advance(Math.min(Math.max(0, ms), 10));
    await new Promise((resolve) => setImmediate(resolve));
  };
  const bot = await composeLotsenbot(config, { clock, log: () => undefined, sleep });
  await new Promise<void>((resolve) => bot.server.listen(0, '127.0.0.1', () => resolve()));
  const base = `http://127.0.0.1:${(bot.server.address() as AddressInfo).port}`;
  let clicks = 0;
  closers.push(async () => {
    await bot.close();
    await connector.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /**
   * An Action.Execute on a card, as Teams sends it (with the card's message id as replyToId: teams-ai replaces a card
   * that carries a refresh for everyone in the chat); the answer card comes back in the HTTP body.
   */
  async function click(verb: string, data: Record<string, unknown>, from: TestUser = organiser): Promise<unknown> {
    const activity = { ...execute(verb, data, { from, serviceUrl: connector.url }), id: `invoke-${++clicks}`, replyToId: 'card-message-1' };
    const response = await fetch(`${base}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
    if (response.status !== 200) throw new Error(`${verb}: ${response.status} ${await response.text()}`);
    return ((await response.json()) as { value: unknown }).value;
  }

  /** Enrolled people; those with a chat have a stored personal conversation at the scripted connector. */
  async function enrol(people: Array<{ n: number; chat: boolean }>) {
    for (const { n, chat } of people) {
      const result = await bot.deps.enrolment.enrol({ sessionId: SESSION, person: { id: `aad-p${n}`, name: `Person ${n}`, tenantId: TENANT }, municipalityAgs: '08115001', department: 'Hauptamt', consent: true });
      expect(result.ok).toBe(true);
      if (chat) {
        await bot.deps.contacts.upsert({ key: `user:aad-p${n}`, kind: 'personal', userId: `aad-p${n}`, name: `Person ${n}`, tenantId: TENANT, serviceUrl: connector.url, conversationId: `a:p${n}`, botId: '28:lotsenbot', updatedAt: clock.now() });
      }
    }
  }

  return { bot, clock, connector, click, enrol };
}

const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (closers.length) await closers.pop()!();
});

const draft = (overrides: Record<string, unknown> = {}) => ({
  audience: 'session_confirmed',
  sessionId: SESSION,
  title: MARK,
  message: 'Wir treffen uns in **Raum 2**.',
  schedule: 'now',
  sendDate: '',
  sendTime: '',
  ...overrides,
});
const draftIdOf = (card: unknown): string => /"draftId":"(bc_[^"]+)"/.exec(JSON.stringify(card))![1]!;
const byConversation = (calls: Call[]): Record<string, number[]> => {
  const out: Record<string, number[]> = {};
  for (const c of calls) (out[c.conversationId] ??= []).push(c.status);
  return out;
};

describe('an organiser broadcast over HTTP, through the real sender', () => {
  it('reaches each reachable person once, records a 403 as permanent and never retries it, and re-sends only retryable failures', async () => {
    const { bot, connector, click, enrol } = await start({
      'a:p3': [{ status: 403, code: 'ConversationBlockedByUser' }, { status: 403, code: 'ConversationBlockedByUser' }],
      'a:p4': [{ status: 500, code: 'InternalServerError' }],
    });
    await enrol([1, 2, 3, 4].map((n) => ({ n, chat: true })).concat({ n: 5, chat: false }));

    const preview = await click(VERBS.broadcastPreview, draft());
    expect(cardText(preview)).toMatch(/Erreichbar\n4 Personen[\s\S]*Nicht erreichbar\n1 Person: Person 5/);
    const queued = await click(VERBS.broadcastSend, { ...draft(), draftId: draftIdOf(preview) });
    expect(cardText(queued)).toMatch(/Empfänger\n4\nAusstehend\n4/);

    await bot.workers.runOnce();
    expect(byConversation(connector.calls)).toEqual({ 'a:p1': [201], 'a:p2': [201], 'a:p3': [403], 'a:p4': [500] });
    const message = connector.calls.find((c) => c.conversationId === 'a:p1')!.body;
    expect(message).toMatchObject({ type: 'message', summary: MARK, conversation: { id: 'a:p1' } });
    expect(cardText(message)).toMatch(/Raum 2[\s\S]*Ihr Termin\nBasisqualifizierung Kommunale Digitallotsen · Di, 08\.12\.2026[\s\S]*Von: Kommunale Digitallotsen/);

    const status = cardText(await click(VERBS.broadcastStatus, { broadcastId: draftIdOf(preview) }));
    expect(status).toMatch(/abgeschlossen[\s\S]*Empfänger\n4\nAusstehend\n0\nGesendet\n2\nFehlgeschlagen\n2 \(davon 1 dauerhaft\)/);
    expect(status).toMatch(/Vom Empfänger blockiert\n1 – dauerhaft – wird nicht erneut gesendet[\s\S]*Fehler bei Teams\n1/);
    expect(status).toMatch(/An Fehlgeschlagene erneut senden \(1\)/);
    const blocked = await bot.database.db.selectFrom('broadcast_deliveries').selectAll().where('conversation_id', '=', 'a:p3').executeTakeFirstOrThrow();
    expect(blocked).toMatchObject({ status: 'failed', failure_reason: 'blocked_by_user', permanent: 1, attempts: 1, last_status: 403 });

    const retried = cardText(await click(VERBS.broadcastRetry, { broadcastId: draftIdOf(preview) }));
    expect(retried).toMatch(/1 fehlgeschlagene Zustellungen werden erneut versucht\. 1 dauerhaft fehlgeschlagene werden nicht erneut gesendet/);
    await bot.workers.runOnce();
    expect(byConversation(connector.calls)).toEqual({ 'a:p1': [201], 'a:p2': [201], 'a:p3': [403], 'a:p4': [500, 201] });
    const keys = connector.calls.filter((c) => c.status === 201).map((c) => c.key);
    expect(new Set(keys).size).toBe(3);

    const after = cardText(await click(VERBS.broadcastStatus, { broadcastId: draftIdOf(preview) }));
    expect(after).toMatch(/Gesendet\n3\nFehlgeschlagen\n1 \(davon 1 dauerhaft\)/);
    expect(after).not.toMatch(/erneut senden \(/);
  });

  it('a scheduled broadcast goes out only when the clock passes its time, to the audience as it is then', async () => {
    const { bot, clock, connector, click, enrol } = await start();
    await enrol([{ n: 1, chat: true }, { n: 2, chat: true }]);
    const later = draft({ schedule: 'later', sendDate: '2026-11-21', sendTime: '12:30' });
    const preview = await click(VERBS.broadcastPreview, later);
    const scheduled = cardText(await click(VERBS.broadcastSend, { ...later, draftId: draftIdOf(preview) }));
    expect(scheduled).toMatch(/Geplant für Sa, 21\.11\.2026, 12:30 Uhr; voraussichtlich 2 Personen/);

    await bot.workers.runOnce();
    clock.set(at('2026-11-21T12:29'));
    await bot.workers.runOnce();
    expect(connector.calls).toHaveLength(0);
    expect(cardText(await click(VERBS.broadcastStatus, { broadcastId: draftIdOf(preview) }))).toMatch(/Geplant für/);

    await enrol([{ n: 3, chat: true }]);
    clock.set(at('2026-11-21T12:30'));
    await bot.workers.runOnce();
    expect(byConversation(connector.calls)).toEqual({ 'a:p1': [201], 'a:p2': [201], 'a:p3': [201] });
    const sent = connector.calls.map((c) => c.body);
    expect(sent.every((b) => (b as { summary?: string }).summary === MARK)).toBe(true);
    expect(clock.now().getTime() - at('2026-11-21T12:30').getTime()).toBeLessThan(10 * MINUTE_MS);
    expect(cardText(await click(VERBS.broadcastStatus, { broadcastId: draftIdOf(preview) }))).toMatch(/Gesendet\n3/);
  });

  it('a non-organiser replaying the send over HTTP is refused and nothing reaches anyone', async () => {
    const { bot, connector, click, enrol } = await start();
    await enrol([{ n: 1, chat: true }]);
    const bob: TestUser = { id: '29:bob', aadObjectId: 'aad-bob', name: 'Bob Bauamt' };
    const refused = await click(VERBS.broadcastSend, { ...draft(), draftId: 'bc_replayed-by-bob-01' }, bob);
    expect(cardText(refused)).toMatch(/Nur für das Programmteam/);
    await bot.workers.runOnce();
    expect(connector.calls).toHaveLength(0);
    expect(await bot.database.db.selectFrom('broadcasts').selectAll().execute()).toHaveLength(0);
  });
});

