import { afterEach, describe, expect, it } from 'vitest';
import { KyselyAudienceRepository } from '../../../src/adapters/storage/kysely-audience.repository.ts';
import { KyselyContactRepository } from '../../../src/adapters/storage/kysely-contact.repository.ts';
import { PersonalContacts, type PersonalConversationOpener, type TeamsMember } from '../../../src/features/contacts/index.ts';
import { loadMunicipalityDirectory } from '../../../src/features/programme/index.ts';
import { AudienceResolver, districtDirectory } from '../../../src/features/reminders/audiences.ts';
import { err, ok } from '../../../src/features/shared/index.ts';
import { at, enrolmentWorld, request, session } from '../../support/enrolment-fixture.ts';

type World = Awaited<ReturnType<typeof enrolmentWorld>>;
let world: World | undefined;
afterEach(async () => world?.cleanup());

const member = (n: number): TeamsMember => ({ userId: `aad-${n}`, teamsUserId: `29:user-${n}`, tenantId: 'tenant-a', serviceUrl: 'https://smba.example.test/emea/', botId: '28:bot', updatedAt: at('2026-11-20T10:00') });

/** Teams lets the bot open a chat with person 1 only (the app is installed in a team of theirs); 2 is refused. */
const opener: PersonalConversationOpener = {
  open: async (m) => (m.teamsUserId === '29:user-1' ? ok({ conversationId: 'a:opened-1' }) : err({ code: 'not_allowed', permanent: true, httpStatus: 403 })),
};

describe('broadcast audiences with people known only from channels', () => {
  it('the preview counts whoever Teams lets the bot write to as reachable, in the newly opened chat; the refused stay "nicht erreichbar"', async () => {
    world = await enrolmentWorld({ sessions: [session({ capacity: 5 })] });
    for (const n of [1, 2, 3]) {
      const enrolled = await world.service.enrol(request(n));
      if (!enrolled.ok) throw new Error(enrolled.error.code);
    }
    const contacts = new KyselyContactRepository(world.store.db);
    await contacts.rememberMember(member(1));
    await contacts.rememberMember(member(2));
    const conversations = new PersonalContacts({ contacts, opener, clock: world.clock });
    const resolver = new AudienceResolver({ repository: new KyselyAudienceRepository(world.store.db), conversations, districts: districtDirectory(loadMunicipalityDirectory()) });

    const resolved = await resolver.resolve({ kind: 'session_confirmed', sessionId: 'basis-dec' });
    if (!resolved.ok) throw new Error(resolved.error.code);
    expect(resolved.value.recipients).toEqual([{ userKey: 'user:aad-1', tenantId: 'tenant-a', serviceUrl: 'https://smba.example.test/emea/', conversationId: 'a:opened-1' }]);
    expect(resolved.value.unreachable.map((m) => m.personId)).toEqual(['aad-2', 'aad-3']);
    expect((await contacts.findMembersByUserIds(['aad-2']))[0]!.openRefusedAt).toEqual(world.clock.now());
  });
});
