import { afterEach, describe, expect, it } from 'vitest';
import { KyselyDeliveryRepository } from '../../../src/adapters/storage/kysely-delivery.repository.ts';
import type { Enrolment, Session } from '../../../src/features/catalogue/index.ts';
import type { Contact, ReachError } from '../../../src/features/contacts/index.ts';
import {
  BroadcastService,
  NOTIFICATION_JOB_TYPES as TYPES,
  notificationJobs,
  type Job,
  type JobDefinition,
  type Notice,
  type NoticeReport,
} from '../../../src/features/reminders/index.ts';
import { err, ManualClock, ok } from '../../../src/features/shared/index.ts';
import { at, course, session } from '../../support/enrolment-fixture.ts';
import { tempStore } from '../../support/temp-store.ts';

type Temp = Awaited<ReturnType<typeof tempStore>>;
let temp: Temp | undefined;
afterEach(async () => temp?.cleanup());

const START = at('2026-12-08T09:00');
const NOW = at('2026-12-01T09:00');

const enrolment = (overrides: Partial<Enrolment> = {}): Enrolment => ({
  id: 'e1',
  sessionId: 'basis-dec',
  person: { id: 'aad-1', name: 'Person 1' },
  municipality: { ags: '08115001', kind: 'gemeinde', name: 'Aidlingen' },
  department: 'Hauptamt',
  basisCompleted: false,
  consentAt: NOW,
  status: 'confirmed',
  seq: 1,
  quote: { feeCents: 0, voucherCents: 0, ownShareCents: 0, ruleVersion: 'none', notes: [], sources: [] },
  createdAt: NOW,
  updatedAt: NOW,
  ...overrides,
});

const contact: Contact = { key: 'user:aad-1', kind: 'personal', userId: 'aad-1', tenantId: 't1', serviceUrl: 'https://smba.example.test/emea/', conversationId: 'a:1', botId: '28:bot', locale: 'en-GB', updatedAt: NOW };

async function setup(state: { enrolment?: Enrolment; session?: Partial<Session>; contacts?: Contact[]; unreachable?: ReachError['reason'] } = {}) {
  temp = await tempStore();
  const clock = new ManualClock(NOW);
  const deliveries = new KyselyDeliveryRepository(temp.store);
  const broadcasts = new BroadcastService({ deliveries, clock, newId: (p) => `${p}_${Math.random().toString(36).slice(2)}` });
  const composed: Array<{ notice: Notice; locale: string | undefined }> = [];
  const reports: NoticeReport[] = [];
  let expiries = 0;
  const current = { enrolment: state.enrolment ?? enrolment(), session: session(state.session ?? {}) };
  const definitions = notificationJobs({
    reads: {
      findEnrolment: async (id) => (id === current.enrolment.id ? current.enrolment : undefined),
      findSessionWithCourse: async (id) => (id === current.session.id ? { session: current.session, course } : undefined),
    },
    contacts: {
      reach: async (id) => {
        const found = (state.contacts ?? [contact]).find((c) => c.userId === id);
        return found ? ok(found) : err({ code: 'no_contact', reason: state.unreachable ?? 'unknown', retryable: state.unreachable === 'open_failed' });
      },
    },
    composer: {
      compose: (notice, locale) => {
        composed.push({ notice, locale });
        return { type: 'message', text: notice.kind };
      },
    },
    broadcasts,
    offers: {
      expireOffers: async () => {
        expiries += 1;
        return { expired: [], offered: [] };
      },
    },
    onNotice: (r) => reports.push(r),
  });
  const byType = (type: string) => definitions.find((d) => d.type === type)! as JobDefinition;
  const run = (type: string, payload: unknown, now = NOW, jobId = 'job_1') => {
    const job = { id: jobId, type, payload, runAt: now, status: 'running', attempts: 1, maxAttempts: 5, leaseUntil: null, lastError: null, reference: null, dedupeKey: null } satisfies Job;
    return byType(type).handle(byType(type).payload.parse(payload), { job, now });
  };
  return { deliveries, broadcasts, composed, reports, current, run, expiries: () => expiries };
}

const reminder = { enrolmentId: 'e1', sessionId: 'basis-dec', startsAt: START.toISOString(), daysBefore: 7, at: '09:00' };

describe('notification jobs re-check the state when they run', () => {
  it('a due reminder becomes a single-recipient broadcast named after its job, in the language the client last used', async () => {
    const { run, composed, broadcasts, reports } = await setup();
    expect(await run(TYPES.reminder, reminder)).toEqual(ok(undefined));
    expect(composed).toEqual([{ notice: expect.objectContaining({ kind: 'reminder', daysBefore: 7, now: NOW }), locale: 'en-GB' }]);
    expect(await broadcasts.summary('notice_job_1')).toMatchObject({ ok: true, value: { total: 1, pending: 1 } });
    expect(reports).toEqual([expect.objectContaining({ outcome: 'queued', broadcastId: 'notice_job_1', kind: 'reminder' })]);
  });

  it('running the same job twice (its worker died after handing it over) sends one message, not two', async () => {
    const { run, broadcasts } = await setup();
    await run(TYPES.reminder, reminder);
    await run(TYPES.reminder, reminder);
    expect(await broadcasts.summary('notice_job_1')).toMatchObject({ ok: true, value: { total: 1 } });
  });

  it.each([
    ['the enrolment was cancelled', { enrolment: enrolment({ status: 'cancelled' }) }, NOW, 'not_confirmed'],
    ['the person is still on the waitlist', { enrolment: enrolment({ status: 'waitlisted' }) }, NOW, 'not_confirmed'],
    ['the session was cancelled', { session: { status: 'cancelled' as const } }, NOW, 'session_cancelled'],
    ['the session moved since', { session: { startsAt: at('2026-12-15T09:00') } }, NOW, 'session_moved'],
    ['the session has started', {}, START, 'session_started'],
    ['the enrolment is gone', { enrolment: enrolment({ id: 'other' }) }, NOW, 'enrolment_missing'],
  ])('no reminder when %s', async (_name, state, now, reason) => {
    const { run, composed, reports } = await setup(state);
    expect(await run(TYPES.reminder, reminder, now)).toEqual(ok(undefined));
    expect(composed).toEqual([]);
    expect(reports).toEqual([expect.objectContaining({ outcome: 'skipped', reason })]);
  });

  const offered = { kind: 'seat_offered', enrolmentId: 'e1', expiresAt: at('2026-12-03T09:00').toISOString() };
  it.each([
    ['still open', enrolment({ status: 'offered', offerExpiresAt: at('2026-12-03T09:00') }), NOW, undefined],
    ['already accepted', enrolment({ status: 'confirmed' }), NOW, 'offer_answered'],
    ['replaced by a later offer', enrolment({ status: 'offered', offerExpiresAt: at('2026-12-04T09:00') }), NOW, 'offer_replaced'],
    ['run out before it was sent', enrolment({ status: 'offered', offerExpiresAt: at('2026-12-03T09:00') }), at('2026-12-03T09:00'), 'offer_over'],
  ])('a seat-offer notice for an offer %s', async (_name, state, now, reason) => {
    const { run, composed, reports } = await setup({ enrolment: state });
    await run(TYPES.notice, offered, now);
    expect(composed.map((c) => c.notice.kind)).toEqual(reason ? [] : ['seat_offered']);
    expect(reports[0]).toMatchObject(reason ? { outcome: 'skipped', reason } : { outcome: 'queued' });
  });

  it('a session-moved notice is dropped when the session moved again (the later notice tells the truth)', async () => {
    const moved = { kind: 'session_moved', enrolmentId: 'e1', previousStartsAt: at('2026-12-01T09:00').toISOString(), startsAt: START.toISOString() };
    const current = await setup({ session: { startsAt: at('2026-12-10T09:00') } });
    await current.run(TYPES.notice, moved);
    expect(current.reports[0]).toMatchObject({ outcome: 'skipped', reason: 'session_moved' });
  });

  it('a cancellation notice carries the reason', async () => {
    const { run, composed } = await setup({ enrolment: enrolment({ status: 'session_cancelled' }), session: { status: 'cancelled' } });
    await run(TYPES.notice, { kind: 'session_cancelled', enrolmentId: 'e1', reason: 'Referentin erkrankt' });
    expect(composed[0]!.notice).toMatchObject({ kind: 'session_cancelled', reason: 'Referentin erkrankt' });
  });

  it('a person the bot cannot reach is a permanent failure, recorded on the job rather than retried', async () => {
    const { run, composed } = await setup({ contacts: [] });
    expect(await run(TYPES.reminder, reminder)).toEqual(err({ code: 'no_contact', retryable: false, detail: 'aad-1 (unknown)' }));
    expect(composed).toEqual([]);
  });

  it('a personal chat that could not be opened this time (Teams busy, network) is retried by the runner', async () => {
    const { run, composed } = await setup({ contacts: [], unreachable: 'open_failed' });
    expect(await run(TYPES.reminder, reminder)).toEqual(err({ code: 'no_contact', retryable: true, detail: 'aad-1 (open_failed)' }));
    expect(composed).toEqual([]);
  });

  it('the offer-expiry job lets the enrolment service end every due offer', async () => {
    const { run, expiries } = await setup();
    expect(await run(TYPES.offerExpiry, { enrolmentId: 'e1', sessionId: 'basis-dec', expiresAt: NOW.toISOString() })).toEqual(ok(undefined));
    expect(expiries()).toBe(1);
  });

  it.each([
    [TYPES.notice, { kind: 'seat_offered', enrolmentId: 'e1' }],
    [TYPES.notice, { kind: 'party_invitation', enrolmentId: 'e1' }],
    [TYPES.reminder, { ...reminder, startsAt: 'next week' }],
    [TYPES.offerExpiry, { enrolmentId: '', sessionId: 's', expiresAt: NOW.toISOString() }],
  ])('the %s schema refuses a malformed stored payload (the runner then fails the job without running it)', (type, payload) => {
    const definition = notificationJobs({} as never).find((d) => d.type === type)!;
    expect(definition.payload.safeParse(payload).success).toBe(false);
  });
});
