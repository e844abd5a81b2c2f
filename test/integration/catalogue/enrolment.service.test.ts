import { afterEach, describe, expect, it } from 'vitest';
import { HOUR_MS, MINUTE_MS } from '../../../src/features/shared/index.ts';
import { at, enrolmentWorld, request, session } from '../../support/enrolment-fixture.ts';

type World = Awaited<ReturnType<typeof enrolmentWorld>>;
let world: World;
afterEach(async () => world?.cleanup());

const code = (r: { ok: boolean; error?: { code: string } }) => (r.ok ? 'ok' : r.error!.code);

describe('enrol', () => {
  it('confirms while seats are left, then waitlists in arrival order', async () => {
    world = await enrolmentWorld();
    const results = [];
    for (const n of [1, 2, 3, 4]) results.push(await world.service.enrol(request(n)));
    expect(results.map((r) => r.ok && r.value.enrolment.status)).toEqual(['confirmed', 'confirmed', 'waitlisted', 'waitlisted']);
    expect(results.map((r) => r.ok && r.value.position)).toEqual([undefined, undefined, 1, 2]);
    const first = results[0]!;
    expect(first.ok && first.value.enrolment.quote).toMatchObject({ feeCents: 69_000, voucherCents: 0, ownShareCents: 69_000, ruleVersion: 'test-period/voucher' });
  });

  it('is idempotent: the same person clicking twice gets the same enrolment', async () => {
    world = await enrolmentWorld();
    const [a, b] = await Promise.all([world.service.enrol(request(1)), world.service.enrol(request(1))]);
    expect(a.ok && b.ok).toBe(true);
    if (!a.ok || !b.ok) return;
    expect(b.value.enrolment.id).toBe(a.value.enrolment.id);
    expect(b.value.existing).toBe(true);
    expect(await world.service.listMine('aad-1')).toHaveLength(1);
  });

  it('stores the voucher, the municipality and the quote with the rule version', async () => {
    world = await enrolmentWorld();
    const r = await world.service.enrol(request(1, { voucherId: ' 08115001-abc ' }));
    expect(r.ok).toBe(true);
    const stored = r.ok ? await world.enrolments.findById(r.value.enrolment.id) : undefined;
    expect(stored).toMatchObject({ voucherId: '08115001-ABC', municipality: { ags: '08115001', name: 'Aidlingen' }, quote: { voucherCents: 30_000, ownShareCents: 39_000 } });
  });

  it.each([
    ['consent_required', { consent: false }],
    ['unknown_municipality', { municipalityAgs: '99999999' }],
    ['voucher_invalid_format', { voucherId: 'ABC' }],
    ['voucher_wrong_municipality', { voucherId: '08336010-1' }],
    ['session_not_found', { sessionId: 'nope' }],
  ])('rejects with %s and stores nothing', async (expected, overrides) => {
    world = await enrolmentWorld();
    expect(code(await world.service.enrol(request(1, overrides)))).toBe(expected);
    expect(await world.enrolments.listBySession('basis-dec')).toHaveLength(0);
  });

  it('closes registration exactly at the deadline minute, not a minute before', async () => {
    world = await enrolmentWorld({ now: '2026-12-01T11:59' });
    expect(code(await world.service.enrol(request(1)))).toBe('ok');
    world.clock.set(at('2026-12-01T12:00'));
    expect(code(await world.service.enrol(request(2)))).toBe('registration_closed');
  });

  it('refuses a past or cancelled session', async () => {
    world = await enrolmentWorld({ sessions: [session(), session({ id: 'gone', status: 'cancelled' })] });
    expect(code(await world.service.enrol(request(1, { sessionId: 'gone' })))).toBe('session_cancelled');
    world.clock.set(at('2026-12-08T09:00'));
    expect(code(await world.service.enrol(request(1)))).toBe('session_started');
    expect(await world.enrolments.listByPerson('aad-1')).toHaveLength(0);
  });

  it('never limits an unlimited session', async () => {
    world = await enrolmentWorld({ sessions: [session({ capacity: null })] });
    for (const n of [1, 2, 3]) expect((await world.service.enrol(request(n))).ok).toBe(true);
    expect((await world.enrolments.listBySession('basis-dec')).map((e) => e.status)).toEqual(['confirmed', 'confirmed', 'confirmed']);
  });
});

describe('cancel and the waitlist', () => {
  async function fullSession() {
    world = await enrolmentWorld();
    const ids: string[] = [];
    for (const n of [1, 2, 3, 4]) {
      const r = await world.service.enrol(request(n));
      if (r.ok) ids.push(r.value.enrolment.id);
    }
    return ids;
  }

  it('offers a freed seat to the longest-waiting person, with a 48 h expiry', async () => {
    const [first, , third] = await fullSession();
    const r = await world.service.cancel({ enrolmentId: first!, personId: 'aad-1' });
    expect(r.ok && r.value.offered.map((e) => e.id)).toEqual([third]);
    expect(r.ok && r.value.offered[0]!.offerExpiresAt).toEqual(new Date(world.clock.now().getTime() + 48 * HOUR_MS));
    // the held seat is not given to a newcomer
    const newcomer = await world.service.enrol(request(5));
    expect(newcomer.ok && newcomer.value.enrolment.status).toBe('waitlisted');
  });

  it('cancelling twice answers like the first time; another person cannot cancel it', async () => {
    const [first] = await fullSession();
    expect(code(await world.service.cancel({ enrolmentId: first!, personId: 'aad-2' }))).toBe('enrolment_not_found');
    expect(code(await world.service.cancel({ enrolmentId: first!, personId: 'aad-1' }))).toBe('ok');
    const again = await world.service.cancel({ enrolmentId: first!, personId: 'aad-1' });
    expect(again.ok && again.value.offered).toEqual([]);
    expect((await world.enrolments.listBySession('basis-dec')).filter((e) => e.status === 'offered')).toHaveLength(1);
  });

  it('respects the self-cancellation deadline to the minute for confirmed seats only', async () => {
    const [first, , third] = await fullSession();
    world.clock.set(at('2026-12-04T11:59'));
    expect(code(await world.service.cancel({ enrolmentId: third!, personId: 'aad-3' }))).toBe('ok');
    world.clock.set(at('2026-12-04T12:00'));
    expect(code(await world.service.cancel({ enrolmentId: first!, personId: 'aad-1' }))).toBe('cancellation_deadline_passed');
  });

  it('accepts an offer, re-checked; refuses it after expiry and passes the seat on', async () => {
    const [first, second, third, fourth] = await fullSession();
    await world.service.cancel({ enrolmentId: first!, personId: 'aad-1' });
    expect(code(await world.service.acceptOffer({ enrolmentId: fourth!, personId: 'aad-4' }))).toBe('not_offered');
    const accepted = await world.service.acceptOffer({ enrolmentId: third!, personId: 'aad-3' });
    expect(accepted.ok && accepted.value.enrolment.status).toBe('confirmed');
    expect(code(await world.service.acceptOffer({ enrolmentId: third!, personId: 'aad-3' }))).toBe('ok');

    await world.service.cancel({ enrolmentId: second!, personId: 'aad-2' });
    world.clock.advance(48 * HOUR_MS);
    expect(code(await world.service.acceptOffer({ enrolmentId: fourth!, personId: 'aad-4' }))).toBe('offer_expired');
    expect((await world.enrolments.findById(fourth!))?.status).toBe('expired');
  });

  it('declines an offer and expires due offers through the worker call', async () => {
    const [first, second, third, fourth] = await fullSession();
    await world.service.cancel({ enrolmentId: first!, personId: 'aad-1' });
    const declined = await world.service.declineOffer({ enrolmentId: third!, personId: 'aad-3' });
    expect(declined.ok && declined.value.offered.map((e) => e.id)).toEqual([fourth]);
    world.clock.advance(48 * HOUR_MS - MINUTE_MS);
    expect((await world.service.expireOffers()).expired).toHaveLength(0);
    world.clock.advance(MINUTE_MS);
    const swept = await world.service.expireOffers();
    expect(swept.expired.map((e) => e.id)).toEqual([fourth]);
    expect(code(await world.service.declineOffer({ enrolmentId: second!, personId: 'aad-2' }))).toBe('not_offered');
  });
});

describe('organiser actions', () => {
  it('cancelling a session gives every live enrolment an outcome and an event', async () => {
    world = await enrolmentWorld();
    for (const n of [1, 2, 3]) await world.service.enrol(request(n));
    const r = await world.admin.cancelSession('basis-dec', 'Referent erkrankt');
    expect(r.ok && r.value.affected.map((e) => e.status)).toEqual(['session_cancelled', 'session_cancelled', 'session_cancelled']);
    const events = await world.store.db.selectFrom('outbox').select('type').where('type', '=', 'session.cancelled').execute();
    expect(events).toHaveLength(1);
    expect(code(await world.admin.cancelSession('nope', 'x'))).toBe('session_not_found');
  });

  it('moves a session and keeps the deadlines at the same distance', async () => {
    world = await enrolmentWorld();
    const start = at('2026-12-15T09:00');
    const r = await world.admin.moveSession('basis-dec', [{ start, end: at('2026-12-15T16:30') }]);
    expect(r.ok && r.value.registrationDeadline).toEqual(at('2026-12-08T12:00'));
    expect(code(await world.admin.moveSession('basis-dec', [{ start: at('2026-11-01T09:00'), end: at('2026-11-01T10:00') }]))).toBe('session_started');
  });
});
