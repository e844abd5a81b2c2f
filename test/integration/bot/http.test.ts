import { afterEach, describe, expect, it } from 'vitest';
import { VERBS } from '../../../src/bot/actions.ts';
import { botAdded, execute, message, submit } from '../../support/activities.ts';
import { cardText } from '../../support/bot-harness.ts';
import { startHttpBot } from '../../support/http-bot.ts';

type Http = Awaited<ReturnType<typeof startHttpBot>>;
let h: Http;
afterEach(async () => h?.close());

const cardIn = (body: unknown) => ((body as { attachments?: Array<{ content: unknown }> }).attachments ?? [])[0]?.content;

describe('the running server', () => {
  it('reports health with the version and the store', async () => {
    h = await startHttpBot();
    const response = await fetch(`${h.base}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true, version: '0.1.0', store: 'ok' });
  });

  it('posts the welcome card to the connector when installed, and answers a message as a reply', async () => {
    h = await startHttpBot();
    expect((await h.post(botAdded() as Record<string, unknown>)).status).toBe(200);
    expect(cardText(cardIn(h.connector.calls[0]!.body))).toContain('Willkommen');
    const sent = await h.post({ ...message('kurse'), id: 'incoming-1' } as Record<string, unknown>);
    expect(sent.status).toBe(200);
    const reply = h.connector.calls[1]!;
    expect(reply).toMatchObject({ method: 'POST', conversationId: 'a:personal-29:alice', activityId: 'incoming-1' });
    expect(cardText(cardIn(reply.body))).toContain('Kurse und Termine');
  });

  it('answers an Action.Execute in the HTTP body with the card that replaces the old one', async () => {
    h = await startHttpBot();
    const enrolled = await h.post(execute(VERBS.enrolSubmit, { sessionId: 'digilunch-2026-12', municipality: '08336010:gemeinde', department: 'Kämmerei', consent: true }) as Record<string, unknown>);
    expect(enrolled.status).toBe(200);
    expect(enrolled.body).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.card.adaptive' });
    expect(cardText(enrolled.body!.value)).toContain('Sie sind angemeldet');
    expect(h.connector.calls).toHaveLength(0);
  });

  it('updates the original message for an old client clicking Action.Submit', async () => {
    h = await startHttpBot();
    const response = await h.post(submit({ verb: VERBS.details, sessionId: 'digilunch-2026-12' }, { replyToId: 'card-message-7' }) as Record<string, unknown>);
    expect(response.status).toBe(200);
    expect(h.connector.calls[0]).toMatchObject({ method: 'PUT', activityId: 'card-message-7' });
    expect(cardText(cardIn(h.connector.calls[0]!.body))).toContain('Digi-Lunch');
  });

  it('serves the calendar invite only for a correctly signed link', async () => {
    h = await startHttpBot();
    const enrolled = await h.post(execute(VERBS.enrolSubmit, { sessionId: 'basis-2026-12-karlsruhe', municipality: '08115001:gemeinde', department: 'Hauptamt', consent: true }) as Record<string, unknown>);
    const link = /http:\/\/localhost:\d+(\/api\/calendar\/[^"]+)/.exec(JSON.stringify(enrolled.body))![1]!;
    const ics = await fetch(`${h.base}${link}`);
    expect(ics.status).toBe(200);
    expect(ics.headers.get('content-type')).toContain('text/calendar');
    const text = await ics.text();
    expect(text).toContain('BEGIN:VCALENDAR');
    expect(text).toContain('TZID=Europe/Berlin');
    const forged = await fetch(`${h.base}${link.replace(/sig=[^&]+/, 'sig=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA')}`);
    expect(forged.status).toBe(404);
    expect((await fetch(`${h.base}/api/calendar/..%2Fetc%2Fpasswd.ics?sig=x`)).status).toBe(404);
  });

  it('answers a forged message with a broken mention entity instead of failing', async () => {
    h = await startHttpBot();
    const forged = { ...message('kurse'), entities: [{ type: 'mention', text: '<at>x</at>' }, { type: 'mention' }], id: 'm1' };
    expect((await h.post(forged as Record<string, unknown>)).status).toBe(200);
    expect(cardText(cardIn(h.connector.calls[0]!.body))).toContain('Kurse und Termine');
    const garbage = { ...message('x'), text: 42, entities: 'nope', id: 'm2' };
    expect((await h.post(garbage as Record<string, unknown>)).status).toBe(200);
    expect(String(h.connector.calls[1]!.body.text)).toMatch(/leer/);
  });

  it('refuses a request without a token once an app id is configured', async () => {
    h = await startHttpBot({ env: { MicrosoftAppId: '00000000-0000-0000-0000-000000000001', MicrosoftAppPassword: 'not-a-real-secret' } });
    const response = await h.post(message('kurse') as Record<string, unknown>);
    expect(response.status).toBe(401);
    expect(h.connector.calls).toHaveLength(0);
  });
});
