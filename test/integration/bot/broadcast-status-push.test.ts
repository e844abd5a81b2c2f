import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { VERBS } from '../../../src/bot/actions.ts';
import { composeLotsenbot } from '../../../src/compose.ts';
import { loadConfig } from '../../../src/config.ts';
import { STATUS_CARD_PUSH_INTERVAL_MS } from '../../../src/features/reminders/audiences.ts';
import { ManualClock } from '../../../src/features/shared/index.ts';
import { execute, TENANT, type TestUser } from '../../support/activities.ts';
import { cardText } from '../../support/bot-harness.ts';
import { at } from '../../support/enrolment-fixture.ts';
import { startFakeConnector, type ConnectorAnswer, type ConnectorCall } from '../../support/fake-connector.ts';

/**
 * The organiser's status card keeps itself current while a broadcast runs: HTTP invokes into the real server, the
 * workers driven on a ManualClock, and the fake Bot Connector recording the card updates (PUT) it receives.
 */
const SESSION = 'basis-2026-12-karlsruhe';
const organiser: TestUser = { id: '29:orga', aadObjectId: 'aad-orga', name: 'Olga Organisatorin' };
const ORGANISER_CHAT = `a:personal-${organiser.id}`;
const CARD_MESSAGE = 'card-message-1';
const T0 = at('2026-11-21T10:00');
type LogEntry = { level: string; message: string; fields?: Record<string, unknown> };

async function start(answer: ConnectorAnswer) {
  const dir = mkdtempSync(join(tmpdir(), 'lotsenbot-status-push-'));
  const clock = new ManualClock(T0);
  const connector = await startFakeConnector({ answer, clock });
  const config = loadConfig({ DATABASE_URL: `sqlite:${join(dir, 'bot.sqlite')}`, LOG_LEVEL: 'silent', CALENDAR_LINK_SECRET: 'broadcast-test-secret-0123456789', ORGANISER_AAD_IDS: organiser.aadObjectId });
  const logs: LogEntry[] = [];
  // Small steps of the clock, as in the broadcast test: buckets refill and Retry-After waits pass in clock time.
  const sleep = async (ms: number) => {
    clock.advance(Math.min(Math.max(0, ms), 10));
    await new Promise((resolve) => setImmediate(resolve));
  };
  const log = (level: string, message: string, fields?: Record<string, unknown>) => logs.push({ level, message, fields });
  const bot = await composeLotsenbot(config, { clock, log, sleep });
  await new Promise<void>((resolve) => bot.server.listen(0, '127.0.0.1', () => resolve()));
  const base = `http://127.0.0.1:${(bot.server.address() as AddressInfo).port}`;
  closers.push(async () => {
    await bot.close();
    await connector.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function click(verb: string, data: Record<string, unknown>): Promise<unknown> {
    const activity = { ...execute(verb, data, { from: organiser, serviceUrl: connector.url }), id: `invoke-${verb}`, replyToId: CARD_MESSAGE };
    const response = await fetch(`${base}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
    if (response.status !== 200) throw new Error(`${verb}: ${response.status} ${await response.text()}`);
    return ((await response.json()) as { value: unknown }).value;
  }

  async function sendTo(people: number[]): Promise<string> {
    for (const n of people) {
      const enrolled = await bot.deps.enrolment.enrol({ sessionId: SESSION, person: { id: `aad-p${n}`, name: `Person ${n}`, tenantId: TENANT }, municipalityAgs: '08115001', department: 'Hauptamt', consent: true });
      expect(enrolled.ok).toBe(true);
      await bot.deps.contacts.upsert({ key: `user:aad-p${n}`, kind: 'personal', userId: `aad-p${n}`, name: `Person ${n}`, tenantId: TENANT, serviceUrl: connector.url, conversationId: `a:p${n}`, botId: '28:lotsenbot', updatedAt: clock.now() });
    }
    const draft = { audience: 'session_confirmed', sessionId: SESSION, title: 'Raumänderung', message: 'Wir treffen uns in **Raum 2**.', schedule: 'now', sendDate: '', sendTime: '' };
    const preview = await click(VERBS.broadcastPreview, draft);
    const draftId = /"draftId":"(bc_[^"]+)"/.exec(JSON.stringify(preview))![1]!;
    expect(cardText(await click(VERBS.broadcastSend, { ...draft, draftId }))).toMatch(/Ausstehend\n3/);
    return draftId;
  }

  // teams-ai itself also updates the clicked card while answering the click (at T0): only later PUTs are pushes.
  const cardUpdates = () => connector.calls.filter((c) => c.method === 'PUT' && c.conversationId === ORGANISER_CHAT && c.activityId === CARD_MESSAGE && c.at! > T0.getTime());
  return { bot, clock, connector, logs, click, sendTo, cardUpdates, t0: T0.getTime() };
}

const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (closers.length) await closers.pop()!();
});

const isFinal = (c: ConnectorCall) => /Ausstehend\n0\nGesendet\n3/.test(cardText(c.body));
const toRecipient = (c: ConnectorCall, conversationId: string) => c.method === 'POST' && c.conversationId === conversationId;

describe('the organiser status card while a broadcast runs', () => {
  it('is updated in place with the final counts, and at most once per 5 s of clock time before that', async () => {
    let throttled = 0;
    // Person 3's chat is busy three times (429, Retry-After 3 s): the broadcast runs for about 9 s of clock time.
    const answer: ConnectorAnswer = (c) => (toRecipient(c, 'a:p3') && throttled++ < 3 ? { status: 429, headers: { 'Retry-After': '3' } } : undefined);
    const { bot, cardUpdates, sendTo, t0 } = await start(answer);
    await sendTo([1, 2, 3]);

    await bot.workers.runOnce();
    await vi.waitFor(() => expect(cardUpdates().filter(isFinal)).toHaveLength(1));

    const updates = cardUpdates();
    const last = updates.at(-1)!;
    expect(isFinal(last)).toBe(true);
    expect(cardText(last.body)).toMatch(/Empfänger\n3\nAusstehend\n0\nGesendet\n3\nFehlgeschlagen\n0/);
    const intermediate = updates.slice(0, -1);
    expect(intermediate.length).toBeGreaterThanOrEqual(1);
    expect(intermediate.every((u) => /Ausstehend\n1/.test(cardText(u.body)))).toBe(true);
    // The click itself showed the card at t0: the first update comes no sooner than one interval after it.
    const times = [t0, ...intermediate.map((u) => u.at!)];
    times.slice(1).forEach((t, i) => expect(t - times[i]!).toBeGreaterThanOrEqual(STATUS_CARD_PUSH_INTERVAL_MS));
    expect(last.at! - t0).toBeGreaterThanOrEqual(9_000);
  });

  // 404: the organiser deleted the message. (A 5xx is retried a few times inside botbuilder's HTTP client, then ends the same way.)
  it('a refused update (404) is logged once, not retried, and every delivery still goes out', async () => {
    let refused = 0;
    const { bot, connector, logs, click, sendTo, cardUpdates } = await start((c) => (c.method === 'PUT' && c.at! > T0.getTime() && refused++ === 0 ? { status: 404 } : undefined));
    const broadcastId = await sendTo([1, 2, 3]);

    await bot.workers.runOnce();
    await vi.waitFor(() => expect(logs.filter((l) => l.message === 'status card update failed')).toHaveLength(1));
    await bot.workers.runOnce();
    await new Promise((resolve) => setTimeout(resolve, 100));

    expect(cardUpdates()).toHaveLength(1);
    expect(logs.find((l) => l.message === 'status card update failed')?.fields).toMatchObject({ broadcastId });
    expect(['a:p1', 'a:p2', 'a:p3'].map((id) => connector.calls.filter((c) => toRecipient(c, id)).length)).toEqual([1, 1, 1]);
    expect(cardText(await click(VERBS.broadcastStatus, { broadcastId }))).toMatch(/Ausstehend\n0\nGesendet\n3/);
  });
});
