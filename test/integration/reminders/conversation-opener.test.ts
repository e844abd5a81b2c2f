import { describe, expect, it } from 'vitest';
import { TeamsConversationOpener, type TokenSource } from '../../../src/adapters/teams-notifier/index.ts';
import type { TeamsMember } from '../../../src/features/contacts/index.ts';
import { err, ok } from '../../../src/features/shared/index.ts';

const member: TeamsMember = {
  userId: 'aad-alice',
  teamsUserId: '29:alice',
  tenantId: 'tenant-bw-0001',
  serviceUrl: 'https://smba.example.test/emea/',
  botId: '28:lotsenbot',
  updatedAt: new Date('2027-03-01T09:00:00Z'),
};

type Sent = { url: string; init: RequestInit };

/** A fetch that answers every request with one status and body, and keeps what it was asked. */
function fakeFetch(status: number, body: unknown): { fetch: typeof fetch; sent: Sent[] } {
  const sent: Sent[] = [];
  const fn = (async (url: string | URL | Request, init?: RequestInit) => {
    sent.push({ url: String(url), init: init ?? {} });
    return new Response(typeof body === 'string' ? body : JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  }) as typeof fetch;
  return { fetch: fn, sent };
}

function tokens(): TokenSource & { invalidated: number } {
  return { invalidated: 0, token: async () => 'bearer-1', invalidate() { this.invalidated += 1; } };
}

describe('TeamsConversationOpener', () => {
  it('POSTs {serviceUrl}/v3/conversations with bot, the one member, the tenant twice and isGroup false, with the bearer token', async () => {
    const { fetch, sent } = fakeFetch(201, { id: 'a:1on1-alice' });
    const opened = await new TeamsConversationOpener({ fetch, tokenSource: tokens() }).open(member);
    expect(opened).toEqual(ok({ conversationId: 'a:1on1-alice' }));
    expect(sent).toHaveLength(1);
    expect(sent[0]!.url).toBe('https://smba.example.test/emea/v3/conversations');
    expect(sent[0]!.init.method).toBe('POST');
    expect(sent[0]!.init.headers).toMatchObject({ authorization: 'Bearer bearer-1', 'content-type': 'application/json; charset=utf-8' });
    expect(JSON.parse(String(sent[0]!.init.body))).toEqual({
      bot: { id: '28:lotsenbot' },
      members: [{ id: '29:alice' }],
      tenantId: 'tenant-bw-0001',
      isGroup: false,
      channelData: { tenant: { id: 'tenant-bw-0001' } },
    });
  });

  it('without a token source (local mode, the Playground) it sends no Authorization header', async () => {
    const { fetch, sent } = fakeFetch(200, { id: 'a:x' });
    await new TeamsConversationOpener({ fetch }).open(member);
    expect(sent[0]!.init.headers).not.toHaveProperty('authorization');
  });

  it.each([
    { status: 403, code: 'not_allowed', permanent: true },
    { status: 404, code: 'not_allowed', permanent: true },
    { status: 400, code: 'failed', permanent: true },
    { status: 401, code: 'failed', permanent: false },
    { status: 429, code: 'failed', permanent: false },
    { status: 503, code: 'failed', permanent: false },
  ])('HTTP $status → $code, permanent $permanent', async ({ status, code, permanent }) => {
    const source = tokens();
    const { fetch } = fakeFetch(status, { error: { code: 'Whatever' } });
    const opened = await new TeamsConversationOpener({ fetch, tokenSource: source }).open(member);
    expect(opened).toEqual(err(expect.objectContaining({ code, permanent, httpStatus: status })));
    expect(source.invalidated).toBe(status === 401 ? 1 : 0);
  });

  it('an answer without a conversation id is a passing failure, not a contact', async () => {
    const { fetch } = fakeFetch(200, 'not json');
    expect(await new TeamsConversationOpener({ fetch }).open(member)).toEqual(err(expect.objectContaining({ code: 'failed', permanent: false })));
  });

  it('no answer at all (network down, timeout) is a passing failure', async () => {
    const failing = (async () => {
      throw new TypeError('fetch failed');
    }) as typeof fetch;
    expect(await new TeamsConversationOpener({ fetch: failing }).open(member)).toEqual(err({ code: 'failed', permanent: false, detail: 'TypeError: fetch failed' }));
  });
});
