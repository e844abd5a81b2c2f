import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { ClientCredentialsTokenSource, TeamsNotifier } from '../../../src/adapters/teams-notifier/index.ts';
import type { Recipient } from '../../../src/features/reminders/index.ts';
import { ManualClock } from '../../../src/features/shared/index.ts';
import { startConnectorSimulator, type ConnectorSimulator } from '../../support/connector-simulator.ts';

const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (closers.length) await closers.pop()!();
});

async function simulator(options: Parameters<typeof startConnectorSimulator>[0] = {}): Promise<ConnectorSimulator> {
  const sim = await startConnectorSimulator(options);
  closers.push(() => sim.close());
  return sim;
}

const to = (sim: { serviceUrl: string }, conversationId = 'a:1'): Recipient => ({ userKey: 'u1', tenantId: 't1', serviceUrl: sim.serviceUrl, conversationId });
const card = { type: 'message', attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: { type: 'AdaptiveCard' } }] };

/** A fake Entra ID token endpoint that counts how often it was asked. */
async function tokenEndpoint(): Promise<{ url: string; calls: () => number; bodies: URLSearchParams[] }> {
  const bodies: URLSearchParams[] = [];
  const server: Server = createServer((req, res) => {
    let text = '';
    req.on('data', (c: Buffer) => (text += c.toString()));
    req.on('end', () => {
      bodies.push(new URLSearchParams(text));
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ access_token: `token-${bodies.length}`, expires_in: 3600 }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  closers.push(() => new Promise((resolve) => server.close(() => resolve())));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, calls: () => bodies.length, bodies };
}

describe('TeamsNotifier against the simulated Bot Connector', () => {
  it('POSTs the activity to the conversation with the idempotency key and returns the activity id', async () => {
    const sim = await simulator();
    sim.register([{ conversationId: 'a:1', tenantId: 't1' }]);
    const result = await new TeamsNotifier().send(to(sim), card, 'dlv-1');
    expect(result).toEqual({ kind: 'accepted', activityId: 'sim-1' });
    expect(sim.accepted[0]).toMatchObject({ idempotencyKey: 'dlv-1', activity: { ...card, conversation: { id: 'a:1' } } });
  });

  it('reports a 429 with its raw Retry-After and the Teams error code', async () => {
    const sim = await simulator({ throttledShare: 1, retryAfterSeconds: 3 });
    sim.register([{ conversationId: 'a:1', tenantId: 't1' }]);
    expect(await new TeamsNotifier().send(to(sim), card, 'dlv-1')).toEqual({ kind: 'rejected', httpStatus: 429, code: 'Throttled', retryAfter: '3' });
  });

  it('reports 403 and 404 with their codes', async () => {
    const sim = await simulator({ forbiddenConversations: ['a:blocked'] });
    sim.register([{ conversationId: 'a:blocked', tenantId: 't1' }]);
    expect(await new TeamsNotifier().send(to(sim, 'a:blocked'), card, 'k')).toMatchObject({ httpStatus: 403, code: expect.stringMatching(/Blocked|Disabled/) });
    expect(await new TeamsNotifier().send(to(sim, 'a:gone'), card, 'k')).toMatchObject({ httpStatus: 404, code: 'ConversationNotFound' });
  });

  it('turns "no answer" into a network error instead of throwing', async () => {
    const sim = await simulator();
    await sim.close();
    expect(await new TeamsNotifier().send(to(sim), card, 'k')).toMatchObject({ kind: 'network_error' });
    const slow = await simulator({ responseDelayMs: 500 });
    slow.register([{ conversationId: 'a:1', tenantId: 't1' }]);
    expect(await new TeamsNotifier({ timeoutMs: 50 }).send(to(slow), card, 'k')).toMatchObject({ kind: 'network_error', message: expect.stringMatching(/Timeout/) });
  });

  it('sends a bearer token from the token source, fetched once and cached', async () => {
    const endpoint = await tokenEndpoint();
    const sim = await simulator({ requireToken: 'token-1' });
    sim.register([{ conversationId: 'a:1', tenantId: 't1' }]);
    const tokens = new ClientCredentialsTokenSource({ appId: 'app-id', password: 'pw', authorityHost: endpoint.url });
    const notifier = new TeamsNotifier({ tokenSource: tokens });
    expect(await Promise.all([1, 2, 3].map((i) => notifier.send(to(sim), card, `k${i}`)))).toMatchObject([{ kind: 'accepted' }, { kind: 'accepted' }, { kind: 'accepted' }]);
    expect(endpoint.calls()).toBe(1);
    expect(Object.fromEntries(endpoint.bodies[0]!)).toEqual({ grant_type: 'client_credentials', client_id: 'app-id', client_secret: 'pw', scope: 'https://api.botframework.com/.default' });
  });

  it('fetches a new token after a 401 and before the old one expires', async () => {
    const endpoint = await tokenEndpoint();
    const sim = await simulator({ requireToken: 'token-2' });
    sim.register([{ conversationId: 'a:1', tenantId: 't1' }]);
    const clock = new ManualClock('2026-12-01T08:00:00Z');
    const tokens = new ClientCredentialsTokenSource({ appId: 'a', password: 'p', tenantId: 'my-tenant', authorityHost: endpoint.url }, { clock });
    const notifier = new TeamsNotifier({ tokenSource: tokens });
    expect(await notifier.send(to(sim), card, 'k1')).toMatchObject({ httpStatus: 401 });
    expect(await notifier.send(to(sim), card, 'k2')).toMatchObject({ kind: 'accepted' });
    clock.advance(55 * 60_000 + 1);
    await tokens.token();
    expect(endpoint.calls()).toBe(3);
  });

  it('sends no Authorization header in local mode', async () => {
    const sim = await simulator({ requireToken: 'anything' });
    sim.register([{ conversationId: 'a:1', tenantId: 't1' }]);
    expect(await new TeamsNotifier().send(to(sim), card, 'k')).toMatchObject({ httpStatus: 401 });
  });
});
