import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { VERBS } from '../../../src/bot/actions.ts';
import { alice, bob, execute, message } from '../../support/activities.ts';
import { cardText } from '../../support/bot-harness.ts';
import { validateCard } from '../../support/card-validator.ts';
import type { ConnectorCall } from '../../support/fake-connector.ts';
import { startHttpBot } from '../../support/http-bot.ts';

type Http = Awaited<ReturnType<typeof startHttpBot>>;
const servers: Http[] = [];
let dir: string;
afterEach(async () => {
  for (const h of servers.splice(0)) await h.close();
  rmSync(dir, { recursive: true, force: true });
});

const CHANNEL = '19:lotsen-team@thread.tacv2';
const ALICE_CHAT = 'a:personal-29:alice';
const inChannel = { from: bob, conversationType: 'channel' as const, conversationId: `${CHANNEL};messageid=1700000000001` };

async function start(database: string): Promise<Http> {
  const h = await startHttpBot({ env: { DATABASE_URL: `sqlite:${database}` } });
  servers.push(h);
  return h;
}

const cardOfCall = (call: ConnectorCall | undefined) => (call?.body.attachments as Array<{ content: Record<string, unknown> }> | undefined)?.[0]?.content;

/** Posts an activity and returns what the connector received during it. */
async function exchange(h: Http, activity: Record<string, unknown>) {
  const before = h.connector.calls.length;
  const response = await h.post(activity);
  expect(response.status).toBe(200);
  return { response, calls: h.connector.calls.slice(before) };
}

async function click(h: Http, verb: string, data: Record<string, unknown>, options = inChannel) {
  const { response, calls } = await exchange(h, execute(verb, data, options) as Record<string, unknown>);
  const card = response.body!.value as Record<string, unknown>;
  expect(validateCard(card).errors).toEqual([]);
  return { card, text: cardText(card), calls };
}

describe('the ticket lifecycle over HTTP with the fake connector', () => {
  it('setup → ask → ticket in the channel → claim → answer to the asker proactively → card updated → close → status; tickets survive a restart', async () => {
    dir = mkdtempSync(join(tmpdir(), 'lotsenbot-handover-'));
    const database = join(dir, 'bot.sqlite');
    const h = await start(database);

    const setup = await exchange(h, { ...message('<at>Lotsenbot</at> setup übergabe', inChannel), id: 'setup-1' });
    expect(setup.calls).toHaveLength(1);
    expect(setup.calls[0]).toMatchObject({ method: 'POST', conversationId: `${CHANNEL};messageid=1700000000001`, activityId: 'setup-1' });
    expect(setup.calls[0]!.body.text).toContain('Eingerichtet');

    const offtopic = await exchange(h, { ...message('Werden Reisekosten erstattet? <b>x</b> [link](http://evil.example)'), id: 'q-1' });
    const handover = JSON.stringify(cardOfCall(offtopic.calls[0])).match(/"data":(\{"verb":"faq\.handover".*?\}\})/)![1]!;
    const asked = await click(h, VERBS.faqHandover, JSON.parse(handover) as Record<string, unknown>, { from: alice } as never);
    expect(asked.text).toContain('Ihre Frage ist beim Team (Ticket #1)');
    const [posted] = asked.calls;
    expect(posted).toMatchObject({ method: 'POST', conversationId: CHANNEL });
    expect(posted!.activityId).toBeUndefined();
    const ticketCard = cardOfCall(posted)!;
    expect(validateCard(ticketCard).errors).toEqual([]);
    expect(JSON.stringify(ticketCard)).toContain(JSON.stringify({ type: 'TextRun', text: 'Werden Reisekosten erstattet? <b>x</b> [link](http://evil.example)' }));
    const ticketId = JSON.stringify(ticketCard).match(/"ticketId":"([^"]+)"/)![1]!;
    const channelMessageId = 'activity-3';

    const claimed = await click(h, VERBS.ticketClaim, { ticketId });
    expect(claimed.text).toContain('Übernommen von\nBob Bauamt');
    expect(claimed.calls).toMatchObject([{ method: 'PUT', conversationId: CHANNEL, activityId: channelMessageId }]);

    const answered = await click(h, VERBS.ticketAnswer, { ticketId, answerText: 'Reisekosten trägt die entsendende Kommune.' });
    const toAlice = answered.calls.filter((c) => c.conversationId === ALICE_CHAT);
    expect(toAlice).toHaveLength(1);
    expect(toAlice[0]).toMatchObject({ method: 'POST', activityId: undefined });
    const notice = cardText(cardOfCall(toAlice[0]));
    expect(notice).toContain('Antwort auf Ihre Frage (Ticket #1)');
    expect(notice).toContain('Reisekosten trägt die entsendende Kommune.');
    const update = answered.calls.find((c) => c.method === 'PUT');
    expect(update).toMatchObject({ conversationId: CHANNEL, activityId: channelMessageId });
    expect(cardText(cardOfCall(update))).toContain('Beantwortet');

    const closed = await click(h, VERBS.ticketClose, { ticketId });
    expect(closed.text).toContain('Geschlossen von Bob Bauamt');
    expect(closed.calls.filter((c) => c.conversationId === ALICE_CHAT)).toHaveLength(0);
    expect(closed.calls).toMatchObject([{ method: 'PUT', activityId: channelMessageId }]);

    const mine = await exchange(h, { ...message('meine fragen'), id: 'mine-1' });
    expect(cardText(cardOfCall(mine.calls[0]))).toMatch(/#1 · Abgeschlossen[\s\S]*Reisekosten trägt die entsendende Kommune\./);

    await h.close();
    servers.splice(0);
    const again = await start(database);
    const after = await exchange(again, { ...message('meine fragen'), id: 'mine-2' });
    expect(cardText(cardOfCall(after.calls[0]))).toMatch(/#1 · Abgeschlossen[\s\S]*Reisekosten trägt die entsendende Kommune\./);
    expect(await again.bot.deps.faq.handover.channel()).toMatchObject({ conversationId: CHANNEL, configuredBy: { id: 'aad-bob' } });
    const refused = await click(again, VERBS.ticketAnswer, { ticketId, answerText: 'Noch eine Antwort' });
    expect(refused.text).toContain('bereits geschlossen');
  });
});
