import { describe, expect, it } from 'vitest';
import type { Enrolment, EnrolmentEvent, Session } from '../../../../src/features/catalogue/index.ts';
import {
  DEFAULT_REMINDER_PLAN,
  NOTIFICATION_JOB_TYPES as TYPES,
  ReminderPlanSchema,
  planForEvent,
  planOf,
  reminderTimes,
  syncReminders,
} from '../../../../src/features/reminders/index.ts';
import { at, session } from '../../../support/enrolment-fixture.ts';
import { FakePlanningUnit } from './planner-fakes.ts';

const iso = (berlinLocal: string) => at(berlinLocal).toISOString();

function sessionOn(startBerlin: string, overrides: Partial<Session> = {}): Session {
  const start = at(startBerlin);
  return session({ id: 's1', days: [{ start, end: new Date(start.getTime() + 7 * 3_600_000) }], startsAt: start, endsAt: new Date(start.getTime() + 7 * 3_600_000), ...overrides });
}

function enrolment(overrides: Partial<Enrolment> = {}): Enrolment {
  const t = at('2026-11-01T10:00');
  return {
    id: 'e1',
    sessionId: 's1',
    person: { id: 'aad-1', name: 'Person 1' },
    municipality: { ags: '08115001', kind: 'gemeinde', name: 'Aidlingen' },
    department: 'Hauptamt',
    basisCompleted: false,
    consentAt: t,
    status: 'confirmed',
    seq: 1,
    quote: { feeCents: 0, voucherCents: 0, ownShareCents: 0, ruleVersion: 'none', notes: [], sources: [] },
    createdAt: t,
    updatedAt: t,
    ...overrides,
  };
}

function world(s: Session, ...enrolments: Enrolment[]) {
  const unit = new FakePlanningUnit();
  unit.sessions.set(s.id, s);
  for (const e of enrolments) unit.enrolments.set(e.id, e);
  return unit;
}

describe('reminder times (Europe/Berlin, default 7 days and 1 day before at 09:00)', () => {
  it.each([
    ['spring: a session on 2027-04-01 straddles the switch to CEST', '2027-04-01T09:00', ['2027-03-25T08:00:00.000Z', '2027-03-31T07:00:00.000Z']],
    ['autumn: a session on 2027-11-02 straddles the switch back to CET', '2027-11-02T09:00', ['2027-10-26T07:00:00.000Z', '2027-11-01T08:00:00.000Z']],
    ['winter, no switch', '2027-01-20T13:30', ['2027-01-13T08:00:00.000Z', '2027-01-19T08:00:00.000Z']],
  ])('%s', (_name, start, expected) => {
    const times = reminderTimes(sessionOn(start), DEFAULT_REMINDER_PLAN, at('2026-11-01T10:00'));
    expect(times.map((t) => t.runAt.toISOString())).toEqual(expected);
    // Both are 09:00 on the wall clock, whatever the offset.
    expect(times.map((t) => new Intl.DateTimeFormat('de-DE', { timeZone: 'Europe/Berlin', hour: '2-digit', minute: '2-digit' }).format(t.runAt))).toEqual(['09:00', '09:00']);
  });

  it.each([
    ['a minute before the 7-day time: both', '2027-04-01T09:00', '2027-03-25T08:59', 2],
    ['exactly at the 7-day time: only the 1-day one (a time <= now is skipped, not sent late)', '2027-04-01T09:00', '2027-03-25T09:00', 1],
    ['enrolling 30 hours before a 09:00 start: the 1-day reminder at 09:00 is still ahead', '2027-04-01T09:00', '2027-03-31T03:00', 1],
    ['enrolling 30 hours before a 15:00 start: the 1-day reminder would be now, so none', '2027-04-01T15:00', '2027-03-31T09:00', 0],
    ['enrolling the evening before: none', '2027-04-01T09:00', '2027-03-31T20:00', 0],
    ['after the start: none', '2027-04-01T09:00', '2027-04-01T09:30', 0],
  ])('%s', (_name, start, now, count) => {
    expect(reminderTimes(sessionOn(start), DEFAULT_REMINDER_PLAN, at(now))).toHaveLength(count);
  });

  it('keeps a same-day reminder only when it comes before the start', () => {
    const plan = { offsets: [{ daysBefore: 0, at: '08:00' }, { daysBefore: 0, at: '10:00' }] };
    expect(reminderTimes(sessionOn('2027-04-01T09:00'), plan, at('2027-03-01T10:00')).map((t) => t.runAt.toISOString())).toEqual([iso('2027-04-01T08:00')]);
  });

});

describe('the organiser reminder plan', () => {
  it.each([
    ['the default', DEFAULT_REMINDER_PLAN, true],
    ['reminders switched off', { offsets: [] }, true],
    ['three reminders', { offsets: [{ daysBefore: 14, at: '08:30' }, { daysBefore: 3, at: '12:00' }, { daysBefore: 0, at: '07:00' }] }, true],
    ['a time without a leading zero', { offsets: [{ daysBefore: 7, at: '9:00' }] }, false],
    ['24:00', { offsets: [{ daysBefore: 7, at: '24:00' }] }, false],
    ['negative days', { offsets: [{ daysBefore: -1, at: '09:00' }] }, false],
    ['more than 60 days', { offsets: [{ daysBefore: 61, at: '09:00' }] }, false],
    ['the same time twice', { offsets: [{ daysBefore: 7, at: '09:00' }, { daysBefore: 7, at: '09:00' }] }, false],
    ['six reminders', { offsets: [1, 2, 3, 4, 5, 6].map((d) => ({ daysBefore: d, at: '09:00' })) }, false],
    ['no offsets list', {}, false],
  ])('%s → valid: %s', (_name, plan, valid) => {
    expect(ReminderPlanSchema.safeParse(plan).success).toBe(valid);
  });

  it('a session without a plan, or with an unreadable one, uses the default', () => {
    expect(planOf(sessionOn('2027-04-01T09:00'))).toEqual(DEFAULT_REMINDER_PLAN);
    expect(planOf(sessionOn('2027-04-01T09:00', { reminderPlan: { offsets: 'soon' } }))).toEqual(DEFAULT_REMINDER_PLAN);
    expect(planOf(sessionOn('2027-04-01T09:00', { reminderPlan: { offsets: [] } }))).toEqual({ offsets: [] });
  });
});

describe('syncReminders', () => {
  const ctx = { now: at('2027-03-01T10:00'), source: 'evt_1' };

  it('plans one job per reminder time for a confirmed enrolment, referenced by the enrolment', async () => {
    const unit = world(sessionOn('2027-04-01T09:00'), enrolment());
    expect(await syncReminders(unit, enrolment(), sessionOn('2027-04-01T09:00'), ctx)).toEqual({ reminders: 2, cancelled: 0 });
    expect(unit.pending().map((j) => [j.type, j.runAt.toISOString(), j.reference])).toEqual([
      [TYPES.reminder, '2027-03-25T08:00:00.000Z', 'enrolment:e1'],
      [TYPES.reminder, '2027-03-31T07:00:00.000Z', 'enrolment:e1'],
    ]);
  });

  it('changes nothing the second time, even for another source', async () => {
    const unit = world(sessionOn('2027-04-01T09:00'), enrolment());
    await syncReminders(unit, enrolment(), sessionOn('2027-04-01T09:00'), ctx);
    expect(await syncReminders(unit, enrolment(), sessionOn('2027-04-01T09:00'), { ...ctx, source: 'evt_2' })).toEqual({ reminders: 0, cancelled: 0 });
    expect(unit.jobs).toHaveLength(2);
  });

  it.each([
    ['waitlisted', { status: 'waitlisted' as const }, {}],
    ['offered', { status: 'offered' as const }, {}],
    ['cancelled', { status: 'cancelled' as const }, {}],
    ['in a cancelled session', {}, { status: 'cancelled' as const }],
  ])('plans nothing and cancels what was planned when %s', async (_name, change, sessionChange) => {
    const unit = world(sessionOn('2027-04-01T09:00'), enrolment());
    await syncReminders(unit, enrolment(), sessionOn('2027-04-01T09:00'), ctx);
    expect(await syncReminders(unit, enrolment(change), sessionOn('2027-04-01T09:00', sessionChange), ctx)).toEqual({ reminders: 0, cancelled: 2 });
    expect(unit.pending()).toHaveLength(0);
  });

  it('a moved session keeps only reminders at the new times', async () => {
    const unit = world(sessionOn('2027-04-01T09:00'), enrolment());
    await syncReminders(unit, enrolment(), sessionOn('2027-04-01T09:00'), ctx);
    expect(await syncReminders(unit, enrolment(), sessionOn('2027-04-15T09:00'), { ...ctx, source: 'evt_move' })).toEqual({ reminders: 2, cancelled: 2 });
    expect(unit.pending().map((j) => j.runAt.toISOString())).toEqual([iso('2027-04-08T09:00'), iso('2027-04-14T09:00')]);
  });

  it('moving back to the original date plans it again, despite the cancelled jobs of that date', async () => {
    const unit = world(sessionOn('2027-04-01T09:00'), enrolment());
    await syncReminders(unit, enrolment(), sessionOn('2027-04-01T09:00'), ctx);
    await syncReminders(unit, enrolment(), sessionOn('2027-04-15T09:00'), { ...ctx, source: 'evt_move1' });
    await syncReminders(unit, enrolment(), sessionOn('2027-04-01T09:00'), { ...ctx, source: 'evt_move2' });
    expect(unit.pending().map((j) => j.runAt.toISOString())).toEqual([iso('2027-03-25T09:00'), iso('2027-03-31T09:00')]);
  });

  it('a moved start of the same day keeps the 09:00 times but re-plans them for the new start', async () => {
    const unit = world(sessionOn('2027-04-01T09:00'), enrolment());
    await syncReminders(unit, enrolment(), sessionOn('2027-04-01T09:00'), ctx);
    await syncReminders(unit, enrolment(), sessionOn('2027-04-01T13:00'), { ...ctx, source: 'evt_move' });
    expect(unit.pending().map((j) => (j.payload as { startsAt: string }).startsAt)).toEqual([iso('2027-04-01T13:00'), iso('2027-04-01T13:00')]);
  });
});

describe('planForEvent', () => {
  const now = at('2027-03-01T10:00');
  const of = (type: EnrolmentEvent['type']) => ({ type, enrolmentId: 'e1', sessionId: 's1', personId: 'aad-1' }) as EnrolmentEvent;

  it('waitlisted: nothing until a seat is confirmed or accepted', async () => {
    const unit = world(sessionOn('2027-04-01T09:00'), enrolment({ status: 'waitlisted' }));
    expect(await planForEvent(of('enrolment.waitlisted'), unit, { now, source: 'evt_1' })).toEqual({ reminders: 0, cancelled: 0, notices: 0, offerExpiries: 0 });
    unit.enrolments.set('e1', enrolment({ status: 'confirmed' }));
    expect(await planForEvent(of('offer.accepted'), unit, { now, source: 'evt_2' })).toMatchObject({ reminders: 2 });
  });

  it('a seat offer: an expiry job at the offer deadline and a notice now', async () => {
    const unit = world(sessionOn('2027-04-01T09:00'), enrolment({ status: 'offered' }));
    const event: EnrolmentEvent = { ...of('seat.offered'), type: 'seat.offered', expiresAt: iso('2027-03-03T10:00') } as EnrolmentEvent;
    expect(await planForEvent(event, unit, { now, source: 'evt_1' })).toEqual({ reminders: 0, cancelled: 0, notices: 1, offerExpiries: 1 });
    expect(unit.pending(TYPES.offerExpiry)[0]).toMatchObject({ runAt: at('2027-03-03T10:00'), reference: 'offer:e1' });
    expect(unit.pending(TYPES.notice)[0]).toMatchObject({ runAt: now, payload: { kind: 'seat_offered', enrolmentId: 'e1' } });
    expect(await planForEvent(event, unit, { now, source: 'evt_1' })).toEqual({ reminders: 0, cancelled: 0, notices: 0, offerExpiries: 0 });
  });

  it('an expired offer: a notice, no reminders', async () => {
    const unit = world(sessionOn('2027-04-01T09:00'), enrolment({ status: 'expired' }));
    expect(await planForEvent(of('offer.expired'), unit, { now, source: 'evt_1' })).toEqual({ reminders: 0, cancelled: 0, notices: 1, offerExpiries: 0 });
  });

  it('a cancelled session: every affected person gets the notice with the reason, and loses their reminders', async () => {
    const s = sessionOn('2027-04-01T09:00');
    const unit = world(s, enrolment(), enrolment({ id: 'e2', person: { id: 'aad-2', name: 'Person 2' } }));
    await syncReminders(unit, enrolment(), s, { now, source: 'evt_0' });
    unit.sessions.set('s1', { ...s, status: 'cancelled' });
    unit.enrolments.set('e1', enrolment({ status: 'session_cancelled' }));
    unit.enrolments.set('e2', enrolment({ id: 'e2', status: 'session_cancelled' }));
    const event: EnrolmentEvent = { type: 'session.cancelled', sessionId: 's1', enrolmentIds: ['e1', 'e2'], reason: 'Referentin erkrankt' };
    expect(await planForEvent(event, unit, { now, source: 'evt_1' })).toEqual({ reminders: 0, cancelled: 2, notices: 2, offerExpiries: 0 });
    expect(unit.pending().map((j) => j.payload)).toEqual([
      { kind: 'session_cancelled', enrolmentId: 'e1', reason: 'Referentin erkrankt' },
      { kind: 'session_cancelled', enrolmentId: 'e2', reason: 'Referentin erkrankt' },
    ]);
  });

  it('a moved session: new reminders for the confirmed, a notice for everyone still enrolled or waiting', async () => {
    const before = sessionOn('2027-04-01T09:00');
    const unit = world(before, enrolment(), enrolment({ id: 'e2', status: 'waitlisted' }), enrolment({ id: 'e3', status: 'cancelled' }));
    await syncReminders(unit, enrolment(), before, { now, source: 'evt_0' });
    unit.sessions.set('s1', sessionOn('2027-04-15T09:00'));
    const event: EnrolmentEvent = { type: 'session.moved', sessionId: 's1', previousStartsAt: before.startsAt.toISOString(), startsAt: iso('2027-04-15T09:00') };
    expect(await planForEvent(event, unit, { now, source: 'evt_1' })).toEqual({ reminders: 2, cancelled: 2, notices: 2, offerExpiries: 0 });
    expect(unit.pending(TYPES.notice).map((j) => (j.payload as { enrolmentId: string }).enrolmentId)).toEqual(['e1', 'e2']);
  });

  it('an event about an enrolment that does not exist plans nothing', async () => {
    const unit = world(sessionOn('2027-04-01T09:00'));
    expect(await planForEvent(of('enrolment.confirmed'), unit, { now, source: 'evt_1' })).toEqual({ reminders: 0, cancelled: 0, notices: 0, offerExpiries: 0 });
  });
});
