import { afterEach, describe, expect, it } from 'vitest';
import { startConnectorSimulator, type ConnectorSimulator, type SimulatorOptions } from '../../support/connector-simulator.ts';

let sim: ConnectorSimulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

async function start(options: SimulatorOptions = {}) {
  sim = await startConnectorSimulator(options);
  return sim;
}

const post = (s: ConnectorSimulator, conversationId: string, key = 'k', headers: Record<string, string> = {}) =>
  fetch(`${s.serviceUrl}v3/conversations/${encodeURIComponent(conversationId)}/activities`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': key, ...headers },
    body: JSON.stringify({ type: 'message', text: 'Hallo' }),
  });

describe('connector simulator', () => {
  it('accepts a message for a known conversation and records it', async () => {
    const s = await start();
    s.register([{ conversationId: 'a:1', tenantId: 't1' }]);
    const res = await post(s, 'a:1', 'delivery-1');
    expect(res.status).toBe(201);
    expect(await res.json()).toEqual({ id: 'sim-1' });
    expect(s.accepted).toMatchObject([{ conversationId: 'a:1', tenantId: 't1', idempotencyKey: 'delivery-1' }]);
  });

  it('answers 404 ConversationNotFound for an unknown conversation', async () => {
    const s = await start();
    const res = await post(s, 'a:unknown');
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: { code: 'ConversationNotFound', message: 'Conversation not found.' } });
  });

  it('enforces 7 per second in one conversation with 429 and Retry-After', async () => {
    const s = await start();
    s.register([{ conversationId: 'a:1', tenantId: 't1' }]);
    const statuses = [];
    for (let i = 0; i < 8; i++) statuses.push((await post(s, 'a:1', `k${i}`)).status);
    expect(statuses).toEqual([201, 201, 201, 201, 201, 201, 201, 429]);
    // The ninth request within two seconds also breaks "8 per 2 s", so the wait is the longer one.
    const res = await post(s, 'a:1', 'k9');
    expect(res.headers.get('retry-after')).toBe('2');
    expect(await res.json()).toMatchObject({ error: { code: 'Throttled' } });
  });

  it('enforces 50 requests per second per tenant, separately for each tenant', async () => {
    const s = await start();
    const conversations = Array.from({ length: 60 }, (_, i) => ({ conversationId: `a:${i}`, tenantId: 't1' }));
    s.register([...conversations, { conversationId: 'b:1', tenantId: 't2' }]);
    const statuses = await Promise.all(conversations.map((c) => post(s, c.conversationId).then((r) => r.status)));
    expect(statuses.filter((x) => x === 201)).toHaveLength(50);
    expect(statuses.filter((x) => x === 429)).toHaveLength(10);
    expect((await post(s, 'b:1')).status).toBe(201);
  });

  it('multiplies allowed counts by its scale', async () => {
    const s = await start({ scale: 2 });
    s.register([{ conversationId: 'a:1', tenantId: 't1' }]);
    const statuses = [];
    for (let i = 0; i < 15; i++) statuses.push((await post(s, 'a:1', `k${i}`)).status);
    expect(statuses.filter((x) => x === 201)).toHaveLength(14);
  });

  it('answers permanent 403s for blocked conversations, every time', async () => {
    const s = await start({ forbiddenConversations: ['a:blocked'] });
    s.register([{ conversationId: 'a:blocked', tenantId: 't1' }]);
    for (let i = 0; i < 2; i++) {
      const res = await post(s, 'a:blocked');
      expect(res.status).toBe(403);
      expect(((await res.json()) as { error: { code: string } }).error.code).toMatch(/^(ConversationBlockedByUser|BotDisabledByAdmin)$/);
    }
    expect(s.accepted).toHaveLength(0);
  });

  it('injects the configured shares of 429 and 503', async () => {
    const s = await start({ scale: 100, throttledShare: 0.2, unavailableShare: 0.1, seed: 7 });
    const conversations = Array.from({ length: 1000 }, (_, i) => ({ conversationId: `a:${i}`, tenantId: 't1' }));
    s.register(conversations);
    for (const c of conversations) await post(s, c.conversationId);
    expect(s.stats.injectedThrottled / 1000).toBeCloseTo(0.2, 1);
    expect(s.stats.injectedUnavailable / 1000).toBeCloseTo(0.1, 1);
    expect(s.stats.throttledByLimit).toBe(0);
  });

  it('requires the bearer token when configured and counts duplicates by idempotency key', async () => {
    const s = await start({ requireToken: 'secret' });
    s.register([{ conversationId: 'a:1', tenantId: 't1' }]);
    expect((await post(s, 'a:1', 'k1')).status).toBe(401);
    expect((await post(s, 'a:1', 'k1', { authorization: 'Bearer secret' })).status).toBe(201);
    expect((await post(s, 'a:1', 'k1', { authorization: 'Bearer secret' })).status).toBe(201);
    expect(s.duplicates()).toBe(1);
  });
});
