import { afterEach, describe, expect, it } from 'vitest';
import { KyselyAudienceRepository } from '../../../../src/adapters/storage/kysely-audience.repository.ts';
import { KyselyContactRepository } from '../../../../src/adapters/storage/kysely-contact.repository.ts';
import type { Contact } from '../../../../src/features/contacts/index.ts';
import { loadMunicipalityDirectory } from '../../../../src/features/programme/index.ts';
import { AudienceResolver, districtDirectory, type Audience } from '../../../../src/features/reminders/audiences.ts';
import { at, enrolmentWorld, person, request, session } from '../../../support/enrolment-fixture.ts';

type World = Awaited<ReturnType<typeof enrolmentWorld>>;
let world: World | undefined;
afterEach(async () => world?.cleanup());

const districts = districtDirectory(loadMunicipalityDirectory());
const LANDKREIS_BOEBLINGEN = '08115000';
const AIDLINGEN = '08115001';
const BOELLEN = '08336010';

function contact(n: number, kind: Contact['kind'] = 'personal'): Contact {
  const userId = `aad-${n}`;
  return {
    key: kind === 'personal' ? `user:${userId}` : `conversation:group-${n}`,
    kind,
    userId: kind === 'personal' ? userId : undefined,
    tenantId: 'tenant-a',
    serviceUrl: 'https://smba.example.test/emea/',
    conversationId: kind === 'personal' ? `a:1on1-${n}` : `19:group-${n}@thread.v2`,
    botId: '28:bot',
    updatedAt: at('2026-11-20T10:00'),
  };
}

/**
 * basis-dec (2 seats): 1 and 2 confirmed, 1 cancels, so 3 holds a seat offer, 4 waits, and 2 is also in basis-jan.
 * 5 only ever had a cancelled enrolment. Everyone but 2 (group chat only) and 4 (no chat) can be written to.
 */
async function populated() {
  world = await enrolmentWorld({ sessions: [session(), session({ id: 'basis-jan', startsAt: at('2027-01-12T09:00'), days: [{ start: at('2027-01-12T09:00'), end: at('2027-01-12T16:30') }] })] });
  const enrol = async (n: number, overrides: Record<string, unknown> = {}) => {
    const result = await world!.service.enrol(request(n, overrides));
    if (!result.ok) throw new Error(`enrol ${n}: ${result.error.code}`);
    world!.clock.advance(60_000);
    return result.value.enrolment;
  };
  const first = await enrol(1);
  await enrol(2, { municipalityAgs: LANDKREIS_BOEBLINGEN, municipalityKind: 'landkreis' });
  await enrol(3, { municipalityAgs: BOELLEN });
  await enrol(4);
  await world.service.cancel({ enrolmentId: first.id, personId: person(1).id });
  await enrol(2, { sessionId: 'basis-jan', municipalityAgs: LANDKREIS_BOEBLINGEN, municipalityKind: 'landkreis' });
  const fifth = await enrol(5, { sessionId: 'basis-jan', municipalityAgs: BOELLEN });
  await world.service.cancel({ enrolmentId: fifth.id, personId: person(5).id });
  const contacts = new KyselyContactRepository(world.store.db);
  for (const c of [contact(1), contact(2, 'groupChat'), contact(3), contact(5)]) await contacts.upsert(c);
  const resolver = new AudienceResolver({ repository: new KyselyAudienceRepository(world.store.db), conversations: contacts, districts });
  return { resolver };
}

const people = (r: { recipients: readonly { userKey: string }[]; unreachable: readonly { personId: string }[] }) => ({
  reachable: r.recipients.map((x) => x.userKey.replace('user:aad-', '')),
  unreachable: r.unreachable.map((x) => x.personId.replace('aad-', '')),
});

describe('AudienceResolver on the SQLite store', () => {
  it.each<[string, Audience, { reachable: string[]; unreachable: string[] }]>([
    ['the confirmed of a session', { kind: 'session_confirmed', sessionId: 'basis-dec' }, { reachable: [], unreachable: ['2'] }],
    ['the waiting list of a session, seat offers included', { kind: 'session_waitlisted', sessionId: 'basis-dec' }, { reachable: ['3'], unreachable: ['4'] }],
    ['every live participant of a course, each once', { kind: 'course', courseId: 'basis' }, { reachable: ['3'], unreachable: ['2', '4'] }],
    ['everyone who ever enrolled, cancelled ones included', { kind: 'everyone' }, { reachable: ['1', '3', '5'], unreachable: ['2', '4'] }],
    ['a Landkreis: its municipalities and the Landratsamt', { kind: 'kreis', kreisAgs: '08115' }, { reachable: ['1'], unreachable: ['2', '4'] }],
    ['another Landkreis', { kind: 'kreis', kreisAgs: '08336' }, { reachable: ['3', '5'], unreachable: [] }],
    ['a Stadtkreis nobody enrolled from', { kind: 'kreis', kreisAgs: '08111' }, { reachable: [], unreachable: [] }],
  ])('resolves %s', async (_name, audience, expected) => {
    const { resolver } = await populated();
    const resolved = await resolver.resolve(audience);
    if (!resolved.ok) throw new Error(resolved.error.code);
    expect(people(resolved.value)).toEqual(expected);
  });

  it('addresses each reachable person in their personal chat, in their tenant', async () => {
    const { resolver } = await populated();
    const resolved = await resolver.resolve({ kind: 'session_waitlisted', sessionId: 'basis-dec' });
    expect(resolved).toMatchObject({
      ok: true,
      value: {
        subject: { kind: 'session', sessionId: 'basis-dec', courseId: 'basis', title: 'Basisqualifizierung', startsAt: at('2026-12-08T09:00') },
        recipients: [{ userKey: 'user:aad-3', tenantId: 'tenant-a', serviceUrl: 'https://smba.example.test/emea/', conversationId: 'a:1on1-3' }],
        unreachable: [{ personId: 'aad-4', name: 'Person 4' }],
      },
    });
  });

  it.each<[Audience, object]>([
    [{ kind: 'session_confirmed', sessionId: 'nope' }, { code: 'session_not_found', sessionId: 'nope' }],
    [{ kind: 'session_waitlisted', sessionId: 'nope' }, { code: 'session_not_found', sessionId: 'nope' }],
    [{ kind: 'course', courseId: 'astrophysik' }, { code: 'course_not_found', courseId: 'astrophysik' }],
    [{ kind: 'kreis', kreisAgs: '09162' }, { code: 'unknown_kreis', kreisAgs: '09162' }],
    [{ kind: 'kreis', kreisAgs: '08999' }, { code: 'unknown_kreis', kreisAgs: '08999' }],
  ])('refuses an unknown id: %j', async (audience, error) => {
    const { resolver } = await populated();
    expect(await resolver.resolve(audience)).toEqual({ ok: false, error });
  });
});

describe('districtDirectory', () => {
  it('has the 35 Landkreise and 9 Stadtkreise of Baden-Württemberg', () => {
    const all = districts.list();
    expect(all.filter((d) => d.kind === 'landkreis')).toHaveLength(35);
    expect(all.filter((d) => d.kind === 'stadtkreis')).toHaveLength(9);
    expect(new Set(all.map((d) => d.kreisAgs)).size).toBe(44);
  });

  it('lists a Landkreis with its own key and every municipality, a Stadtkreis with its one key', () => {
    const boeblingen = districts.find('08115')!;
    expect(boeblingen).toMatchObject({ name: 'Böblingen', kind: 'landkreis' });
    expect(boeblingen.municipalityAgs).toEqual(expect.arrayContaining([LANDKREIS_BOEBLINGEN, AIDLINGEN, '08115003']));
    expect(boeblingen.municipalityAgs).toHaveLength(27);
    expect(districts.find('08111')).toMatchObject({ name: 'Stuttgart', kind: 'stadtkreis', municipalityAgs: ['08111000'] });
    expect(districts.find('08116999')).toBeUndefined();
  });
});
