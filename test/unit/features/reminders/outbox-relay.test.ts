import { afterEach, describe, expect, it } from 'vitest';
import { KyselyOutboxRepository } from '../../../../src/adapters/storage/kysely-outbox.repository.ts';
import { NOTIFICATION_JOB_TYPES as TYPES, OutboxRelay, type OutboxRelayOptions, type PlanningStore } from '../../../../src/features/reminders/index.ts';
import { MINUTE_MS } from '../../../../src/features/shared/index.ts';
import { enrolmentWorld, request } from '../../../support/enrolment-fixture.ts';

type World = Awaited<ReturnType<typeof enrolmentWorld>>;
let w: World | undefined;
afterEach(async () => w?.cleanup());

const OPTIONS: Partial<OutboxRelayOptions> = { leaseMs: MINUTE_MS, batchSize: 10, maxAttempts: 3 };

async function setup() {
  w = await enrolmentWorld();
  const store = new KyselyOutboxRepository(w.store);
  const relay = (s: PlanningStore = store) => new OutboxRelay({ store: s, clock: w!.clock, sleep: async () => undefined, options: OPTIONS });
  const jobs = () => w!.store.db.selectFrom('jobs').selectAll().orderBy('run_at').execute();
  const outbox = () => w!.store.db.selectFrom('outbox').selectAll().orderBy('created_at').execute();
  return { world: w, store, relay, jobs, outbox };
}

describe('OutboxRelay on the real store', () => {
  it('turns an enrolment into its reminders and marks the event processed in the same commit', async () => {
    const { world, relay, jobs, outbox } = await setup();
    await world.service.enrol(request(1));
    expect(await relay().runOnce()).toEqual({ claimed: 1, planned: 1, ignored: 0, lost: 0, failed: 0 });
    expect((await jobs()).map((j) => [j.type, j.run_at])).toEqual([
      [TYPES.reminder, '2026-12-01T08:00:00.000Z'],
      [TYPES.reminder, '2026-12-07T08:00:00.000Z'],
    ]);
    expect((await outbox())[0]).toMatchObject({ processed_at: world.clock.now().toISOString(), attempts: 1 });
    expect(await relay().runOnce()).toMatchObject({ claimed: 0 });
  });

  it('is idempotent: the same event processed twice, or replayed after being processed, adds no job', async () => {
    const { world, store, relay, jobs } = await setup();
    await world.service.enrol(request(1));
    const [entry] = await store.claimOutbox({ now: world.clock.now(), limit: 10, leaseMs: MINUTE_MS, maxAttempts: 3 });
    const r = relay();
    expect(await r.process(entry!)).toMatchObject({ kind: 'planned', report: { reminders: 2 } });
    expect(await r.process(entry!)).toEqual({ kind: 'lost' });
    // A replay (e.g. a restored backup): the row is unprocessed again, the jobs are there already.
    await world.store.db.updateTable('outbox').set({ processed_at: null, claimed_until: null }).execute();
    expect(await r.runOnce()).toMatchObject({ claimed: 1, planned: 1 });
    expect(await jobs()).toHaveLength(2);
  });

  it('survives a crash between claim and commit: the row waits for its lease, then another worker plans it once', async () => {
    const { world, store, relay, jobs, outbox } = await setup();
    await world.service.enrol(request(1));
    // The crashed worker claimed the row and died before its commit.
    const [orphan] = await store.claimOutbox({ now: world.clock.now(), limit: 10, leaseMs: MINUTE_MS, maxAttempts: 3 });
    const survivor = relay();
    expect(await survivor.runOnce()).toMatchObject({ claimed: 0 });
    world.clock.advance(MINUTE_MS - 1);
    expect(await survivor.runOnce()).toMatchObject({ claimed: 0 });
    world.clock.advance(2);
    expect(await survivor.runOnce()).toMatchObject({ claimed: 1, planned: 1 });
    // Had the "dead" worker only been slow, its late commit must not plan a second time.
    expect(await relay().process(orphan!)).toEqual({ kind: 'lost' });
    expect(await jobs()).toHaveLength(2);
    expect((await outbox())[0]!.attempts).toBe(2);
  });

  it('two relays at once plan every event exactly once', async () => {
    const { world, relay, jobs } = await setup();
    for (let n = 1; n <= 4; n++) await world.service.enrol(request(n));
    const first = (await world.enrolments.listByPerson('aad-1'))[0]!;
    await world.service.cancel({ enrolmentId: first.id, personId: 'aad-1' });
    const reports = await Promise.all([relay().runOnce(), relay().runOnce()]);
    // 2 confirmed + 2 waitlisted, then person 1 cancels and person 3 is offered the seat: 6 events.
    expect(reports.reduce((n, r) => n + r.planned, 0)).toBe(6);
    expect(reports.reduce((n, r) => n + r.lost, 0)).toBe(0);
    const byType = (await jobs()).reduce<Record<string, number>>((acc, j) => ({ ...acc, [`${j.type}:${j.status}`]: (acc[`${j.type}:${j.status}`] ?? 0) + 1 }), {});
    // Planning reads the current state: person 1 had cancelled by then, so no reminder of theirs was ever planned.
    expect(byType).toEqual({ [`${TYPES.reminder}:pending`]: 2, [`${TYPES.notice}:pending`]: 1, [`${TYPES.offerExpiry}:pending`]: 1 });
  });

  it('marks an event it does not know as processed without planning anything', async () => {
    const { world, relay, jobs, outbox } = await setup();
    await world.store.db.insertInto('outbox').values({ id: 'evt_x', type: 'course.renamed', payload_json: '{"type":"course.renamed"}', created_at: world.clock.now().toISOString(), claimed_until: null, processed_at: null, attempts: 0 }).execute();
    expect(await relay().runOnce()).toMatchObject({ claimed: 1, ignored: 1 });
    expect(await jobs()).toHaveLength(0);
    expect((await outbox())[0]!.processed_at).not.toBeNull();
  });

  it('a failing commit leaves the event unprocessed for a retry after the lease, and gives up after maxAttempts', async () => {
    const { world, store, relay, jobs, outbox } = await setup();
    await world.service.enrol(request(1));
    const broken: PlanningStore = { claimOutbox: (r) => store.claimOutbox(r), transact: async () => Promise.reject(new Error('disk full')) };
    const errors: unknown[] = [];
    const failing = new OutboxRelay({ store: broken, clock: world.clock, sleep: async () => undefined, options: OPTIONS, onError: (e) => errors.push(e) });
    for (let attempt = 1; attempt <= 3; attempt++) {
      expect(await failing.runOnce()).toMatchObject({ claimed: 1, failed: 1 });
      world.clock.advance(MINUTE_MS + 1);
    }
    expect(errors).toHaveLength(3);
    expect(await relay().runOnce()).toMatchObject({ claimed: 0 });
    expect(await jobs()).toHaveLength(0);
    expect((await outbox())[0]).toMatchObject({ processed_at: null, attempts: 3 });
  });
});
