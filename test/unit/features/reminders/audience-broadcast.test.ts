import { describe, expect, it } from 'vitest';
import {
  AudienceBroadcastService,
  AudienceResolver,
  type AudienceMember,
  type AudienceRepository,
  type BroadcastDraftInput,
  type MemberQuery,
  type PersonalConversation,
} from '../../../../src/features/reminders/audiences.ts';
import { BroadcastService, JobQueue, JobRunner } from '../../../../src/features/reminders/index.ts';
import { ManualClock, parseBerlinLocal } from '../../../../src/features/shared/index.ts';
import { InMemoryDeliveryRepository } from './in-memory-delivery.repository.ts';
import { InMemoryJobRepository } from './in-memory-job.repository.ts';

const at = (local: string) => parseBerlinLocal(local)!;
const SESSION = { id: 's1', courseId: 'basis', courseTitle: 'Basisqualifizierung', startsAt: at('2026-12-08T09:00') };

/** A port fake: members per session; `people` can change between scheduling and sending. */
class FakeAudiences implements AudienceRepository {
  people: AudienceMember[] = [1, 2, 3].map((n) => ({ personId: `p${n}`, name: `Person ${n}` }));
  async findSession(id: string) {
    return id === SESSION.id ? SESSION : undefined;
  }
  async findCourse() {
    return undefined;
  }
  async findMembers(query: MemberQuery) {
    return query.sessionId === SESSION.id ? this.people : [];
  }
}

function setup(reachable = ['p1', 'p2']) {
  const clock = new ManualClock(at('2026-11-21T10:00'));
  let n = 0;
  const newId = (prefix: string) => `${prefix}-${++n}`;
  const deliveries = new InMemoryDeliveryRepository();
  const jobs = new InMemoryJobRepository();
  const audiences = new FakeAudiences();
  const conversations = {
    reachable,
    findByUserIds: async (ids: string[]): Promise<PersonalConversation[]> =>
      ids.filter((id) => conversations.reachable.includes(id)).map((id) => ({ userId: id, tenantId: 't1', serviceUrl: 'https://smba.example.test/', conversationId: `a:${id}` })),
  };
  const resolver = new AudienceResolver({ repository: audiences, conversations, districts: { list: () => [], find: () => undefined } });
  const broadcasts = new BroadcastService({ deliveries, clock, newId });
  const service = new AudienceBroadcastService({ resolver, broadcasts, deliveries, queue: new JobQueue({ jobs, clock, newId }), jobs, clock });
  const runner = new JobRunner({ jobs, clock, sleep: async () => undefined, random: () => 0.5, workerId: 'w1', definitions: [...service.jobDefinitions] });
  return { clock, deliveries, jobs, audiences, conversations, service, runner };
}

const draft = (overrides: Partial<BroadcastDraftInput> = {}): BroadcastDraftInput => ({ title: 'Raumänderung', text: 'Wir treffen uns in **Raum 2**.', schedule: { kind: 'now' }, ...overrides });
const later = { kind: 'later' as const, date: '2026-11-25', time: '09:00' };
const audience = { kind: 'session_confirmed' as const, sessionId: 's1' };
const compose = (d: { title: string; text: string }) => ({ type: 'message', text: `${d.title}: ${d.text}` });
const request = (overrides: Partial<BroadcastDraftInput> = {}) => ({ broadcastId: 'bc-1', draft: draft(overrides), audience, createdBy: 'aad-orga' });

describe('AudienceBroadcastService', () => {
  it('previews the checked draft with the people reachable now and those who are not', async () => {
    const { service } = setup();
    const preview = await service.preview(draft(), audience);
    expect(preview).toMatchObject({ ok: true, value: { draft: { title: 'Raumänderung' }, resolved: { recipients: [{ userKey: 'user:p1' }, { userKey: 'user:p2' }], unreachable: [{ personId: 'p3' }] } } });
  });

  it('sends now: one delivery per reachable person, and a second click changes nothing', async () => {
    const { service, deliveries } = setup();
    const sent = await service.send(request(), compose);
    expect(sent).toMatchObject({ ok: true, value: { broadcastId: 'bc-1', scheduled: false, recipients: 2, unreachable: 1, created: true } });
    expect(await service.send(request(), compose)).toMatchObject({ ok: true, value: { created: false, recipients: 2 } });
    expect(deliveries.rows.size).toBe(2);
    expect((await deliveries.findBroadcast('bc-1'))?.activity).toEqual({ type: 'message', text: 'Raumänderung: Wir treffen uns in **Raum 2**.' });
    expect(await service.status('bc-1')).toMatchObject({ ok: true, value: { state: 'started', summary: { total: 2, pending: 2 } } });
  });

  it.each([
    ['an empty message', { text: '  ' }, { code: 'empty_message' }],
    ['a time in the past', { schedule: { kind: 'later' as const, date: '2026-11-21', time: '09:59' } }, { code: 'schedule_in_past' }],
    ['an unreadable time', { schedule: { kind: 'later' as const, date: '2026-11-31', time: '09:00' } }, { code: 'invalid_schedule' }],
  ])('refuses %s and stores nothing', async (_name, change, error) => {
    const { service, deliveries, jobs } = setup();
    expect(await service.send(request(change), compose)).toMatchObject({ ok: false, error });
    expect(deliveries.rows.size + jobs.rows.size).toBe(0);
  });

  it('refuses an audience nobody in it can be reached in, and one that does not exist', async () => {
    const { service, deliveries } = setup([]);
    expect(await service.send(request(), compose)).toEqual({ ok: false, error: { code: 'no_reachable_recipients', unreachable: 3 } });
    expect(await service.send({ ...request(), audience: { kind: 'session_confirmed', sessionId: 'gone' } }, compose)).toEqual({ ok: false, error: { code: 'session_not_found', sessionId: 'gone' } });
    expect(deliveries.rows.size).toBe(0);
  });

  it('schedules a durable job that sends at its time, to the audience as it is then', async () => {
    const { service, runner, clock, deliveries, audiences } = setup();
    const queued = await service.send(request({ schedule: later }), compose);
    expect(queued).toMatchObject({ ok: true, value: { scheduled: true, sendAt: at('2026-11-25T09:00'), recipients: 2, created: true } });
    expect(await service.send(request({ schedule: later }), compose)).toMatchObject({ ok: true, value: { created: false } });
    expect(await service.status('bc-1')).toEqual({ ok: true, value: { state: 'scheduled', broadcastId: 'bc-1', sendAt: at('2026-11-25T09:00'), plannedRecipients: 2 } });

    clock.set(at('2026-11-25T08:59'));
    expect(await runner.runOnce()).toMatchObject({ claimed: 0 });
    expect(deliveries.rows.size).toBe(0);

    audiences.people = audiences.people.filter((p) => p.personId !== 'p2');
    clock.set(at('2026-11-25T09:00'));
    expect(await runner.runOnce()).toMatchObject({ claimed: 1, done: 1 });
    expect([...deliveries.rows.values()].map((d) => d.recipient.userKey)).toEqual(['user:p1']);
    expect(await service.status('bc-1')).toMatchObject({ ok: true, value: { state: 'started', sendAt: at('2026-11-25T09:00'), summary: { total: 1 } } });
  });

  it('a scheduled broadcast whose audience is unreachable by then is not sent, and says why', async () => {
    const { service, runner, clock, conversations, deliveries } = setup();
    await service.send(request({ schedule: later }), compose);
    conversations.reachable = [];
    clock.set(at('2026-11-25T09:00'));
    expect(await runner.runOnce()).toMatchObject({ failed: 1 });
    expect(deliveries.rows.size).toBe(0);
    expect(await service.status('bc-1')).toMatchObject({ ok: true, value: { state: 'not_sent', reason: 'no_reachable_recipients' } });
  });

  it('cancels a scheduled broadcast before its time; nothing goes out', async () => {
    const { service, runner, clock, deliveries } = setup();
    await service.send(request({ schedule: later }), compose);
    expect(await service.cancel('bc-1')).toEqual({ ok: true, value: { scheduleCancelled: true, deliveriesCancelled: 0 } });
    clock.set(at('2026-11-26T09:00'));
    expect(await runner.runOnce()).toMatchObject({ claimed: 0 });
    expect(deliveries.rows.size).toBe(0);
    expect(await service.status('bc-1')).toMatchObject({ ok: true, value: { state: 'not_sent', reason: 'cancelled' } });
  });

  it('stops the unsent part of a running broadcast', async () => {
    const { service } = setup();
    await service.send(request(), compose);
    expect(await service.cancel('bc-1')).toEqual({ ok: true, value: { scheduleCancelled: false, deliveriesCancelled: 2 } });
    expect(await service.status('bc-1')).toMatchObject({ ok: true, value: { state: 'started', summary: { cancelled: 2, finished: true } } });
  });

  it('answers an unknown broadcast id with a code', async () => {
    const { service } = setup();
    expect(await service.status('bc-x')).toEqual({ ok: false, error: { code: 'broadcast_not_found', broadcastId: 'bc-x' } });
    expect(await service.cancel('bc-x')).toEqual({ ok: false, error: { code: 'broadcast_not_found', broadcastId: 'bc-x' } });
    expect(await service.retryFailed('bc-x')).toEqual({ ok: false, error: { code: 'broadcast_not_found', broadcastId: 'bc-x' } });
  });
});
