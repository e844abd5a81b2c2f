import { afterEach, describe, expect, it } from 'vitest';
import { KyselyContactRepository } from '../../../../src/adapters/storage/kysely-contact.repository.ts';
import { OPEN_REFUSAL_COOLDOWN_MS, PersonalContacts, type Contact, type OpenConversationError, type OpenReport, type PersonalConversationOpener, type TeamsMember } from '../../../../src/features/contacts/index.ts';
import { err, ManualClock, ok } from '../../../../src/features/shared/index.ts';
import { at } from '../../../support/enrolment-fixture.ts';
import { tempStore } from '../../../support/temp-store.ts';

type Temp = Awaited<ReturnType<typeof tempStore>>;
let temp: Temp | undefined;
afterEach(async () => temp?.cleanup());

const NOW = at('2027-03-25T09:00');
const member = (n: number, overrides: Partial<TeamsMember> = {}): TeamsMember => ({
  userId: `aad-${n}`,
  teamsUserId: `29:user-${n}`,
  tenantId: 'tenant-a',
  serviceUrl: 'https://smba.example.test/emea/',
  botId: '28:bot',
  name: `Person ${n}`,
  locale: 'de-DE',
  updatedAt: at('2027-03-01T10:00'),
  ...overrides,
});
const personal = (n: number): Contact => ({ key: `user:aad-${n}`, kind: 'personal', userId: `aad-${n}`, tenantId: 'tenant-a', serviceUrl: 'https://smba.example.test/emea/', conversationId: `a:own-${n}`, botId: '28:bot', updatedAt: at('2027-03-01T10:00') });

/** A fake connector behind the port: answers per Teams user id, counts what it was asked. */
function fakeOpener(answers: Record<string, OpenConversationError> = {}) {
  const asked: string[] = [];
  const opener: PersonalConversationOpener = {
    open: async (m) => {
      asked.push(m.teamsUserId);
      const refusal = answers[m.teamsUserId];
      return refusal ? err(refusal) : ok({ conversationId: `a:opened-${m.teamsUserId}` });
    },
  };
  return { opener, asked };
}

async function setup(answers: Record<string, OpenConversationError> = {}) {
  temp = await tempStore();
  const contacts = new KyselyContactRepository(temp.store.db);
  const clock = new ManualClock(NOW);
  const { opener, asked } = fakeOpener(answers);
  const reports: OpenReport[] = [];
  const service = new PersonalContacts({ contacts, opener, clock, onOpen: (r) => reports.push(r) });
  return { contacts, clock, asked, reports, service };
}

const FORBIDDEN: OpenConversationError = { code: 'not_allowed', permanent: true, httpStatus: 403 };
const BUSY: OpenConversationError = { code: 'failed', permanent: false, httpStatus: 503 };

describe('PersonalContacts.reach', () => {
  it('a stored personal chat is used as it is; nothing is opened', async () => {
    const { contacts, service, asked } = await setup();
    await contacts.upsert(personal(1));
    await contacts.rememberMember(member(1));
    expect(await service.reach('aad-1')).toEqual(ok(expect.objectContaining({ conversationId: 'a:own-1' })));
    expect(asked).toEqual([]);
  });

  it('someone known only from a channel: the chat is opened, stored as their personal contact, and found next time without asking again', async () => {
    const { contacts, service, asked, reports } = await setup();
    await contacts.rememberMember(member(2));
    const reached = await service.reach('aad-2');
    expect(reached).toEqual(ok(expect.objectContaining({ key: 'user:aad-2', kind: 'personal', conversationId: 'a:opened-29:user-2', tenantId: 'tenant-a', locale: 'de-DE', updatedAt: NOW })));
    expect(await contacts.findByUserIds(['aad-2'])).toEqual([expect.objectContaining({ conversationId: 'a:opened-29:user-2' })]);
    await service.reach('aad-2');
    expect(asked).toEqual(['29:user-2']);
    expect(reports).toEqual([{ userId: 'aad-2', outcome: 'opened', conversationId: 'a:opened-29:user-2' }]);
  });

  it('someone the bot never saw is no_contact, not retryable, and nothing is asked', async () => {
    const { service, asked } = await setup();
    expect(await service.reach('aad-9')).toEqual(err({ code: 'no_contact', reason: 'unknown', retryable: false }));
    expect(asked).toEqual([]);
  });

  it('a refusal (403) is recorded with its time and not retried by the job', async () => {
    const { contacts, service } = await setup({ '29:user-3': FORBIDDEN });
    await contacts.rememberMember(member(3));
    expect(await service.reach('aad-3')).toEqual(err({ code: 'no_contact', reason: 'refused', retryable: false }));
    expect((await contacts.findMembersByUserIds(['aad-3']))[0]!.openRefusedAt).toEqual(NOW);
    expect(await contacts.findByUserIds(['aad-3'])).toEqual([]);
  });

  it('seeing the person again keeps the recorded refusal', async () => {
    const { contacts, service } = await setup({ '29:user-3': FORBIDDEN });
    await contacts.rememberMember(member(3));
    await service.reach('aad-3');
    await contacts.rememberMember(member(3, { name: 'Renamed', updatedAt: NOW }));
    expect((await contacts.findMembersByUserIds(['aad-3']))[0]).toMatchObject({ name: 'Renamed', openRefusedAt: NOW });
  });

  it.each([
    { after: 0, asksAgain: false },
    { after: OPEN_REFUSAL_COOLDOWN_MS - 60_000, asksAgain: false },
    { after: OPEN_REFUSAL_COOLDOWN_MS, asksAgain: true },
  ])('after a refusal, $after ms later: asks Teams again = $asksAgain', async ({ after, asksAgain }) => {
    const { contacts, service, asked, clock } = await setup({ '29:user-3': FORBIDDEN });
    await contacts.rememberMember(member(3));
    await service.reach('aad-3');
    clock.advance(after);
    const again = await service.reach('aad-3');
    expect(asked).toHaveLength(asksAgain ? 2 : 1);
    if (!asksAgain) expect(again).toEqual(err({ code: 'no_contact', reason: 'refused_recently', retryable: false }));
  });

  it('a passing failure (503, network) is retryable and not recorded as a refusal', async () => {
    const { contacts, service, reports } = await setup({ '29:user-4': BUSY });
    await contacts.rememberMember(member(4));
    expect(await service.reach('aad-4')).toEqual(err({ code: 'no_contact', reason: 'open_failed', retryable: true }));
    expect((await contacts.findMembersByUserIds(['aad-4']))[0]!.openRefusedAt).toBeUndefined();
    expect(reports).toEqual([{ userId: 'aad-4', outcome: 'failed', error: BUSY }]);
  });
});

describe('PersonalContacts.findByUserIds (broadcast audiences)', () => {
  it('stored chats plus newly opened ones; the refused and the unknown are left out', async () => {
    const { contacts, service, asked } = await setup({ '29:user-3': FORBIDDEN, '29:user-4': BUSY });
    await contacts.upsert(personal(1));
    for (const n of [1, 2, 3, 4, 5, 6]) await contacts.rememberMember(member(n));
    const found = await service.findByUserIds(['aad-1', 'aad-2', 'aad-3', 'aad-4', 'aad-5', 'aad-6', 'aad-7']);
    expect(found.map((c) => [c.userId, c.conversationId]).sort()).toEqual([
      ['aad-1', 'a:own-1'],
      ['aad-2', 'a:opened-29:user-2'],
      ['aad-5', 'a:opened-29:user-5'],
      ['aad-6', 'a:opened-29:user-6'],
    ]);
    expect(asked.sort()).toEqual(['29:user-2', '29:user-3', '29:user-4', '29:user-5', '29:user-6']);
  });

  it('nobody to look up: no query, no opening', async () => {
    const { service, asked } = await setup();
    expect(await service.findByUserIds([])).toEqual([]);
    expect(asked).toEqual([]);
  });
});
