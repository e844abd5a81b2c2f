import { afterEach, describe, expect, it } from 'vitest';
import { alice, bob, type TestUser } from '../../support/activities.ts';
import { cardText } from '../../support/bot-harness.ts';
import { validateCard } from '../../support/card-validator.ts';
import { at } from '../../support/enrolment-fixture.ts';
import { cardOfCall, startReminderBot, type ReminderBot } from './reminder-harness.ts';

let h: ReminderBot | undefined;
afterEach(async () => h?.close());

const carol: TestUser = { id: '29:carol', aadObjectId: 'aad-carol', name: 'Carol Kämmerei' };
const dave: TestUser = { id: '29:dave', aadObjectId: 'aad-dave', name: 'Dave Digital' };

async function start(now: string, users: TestUser[] = [alice, bob, carol, dave]) {
  h = await startReminderBot({ now });
  for (const user of users) await h.install(user);
  return h;
}

async function enrol(user: TestUser, sessionId = 'spring') {
  const done = await h!.bot.deps.enrolment.enrol({ sessionId, person: { id: user.aadObjectId, name: user.name! }, municipalityAgs: '08115001', department: 'Hauptamt', consent: true });
  if (!done.ok) throw new Error(`enrol failed: ${done.error.code}`);
  return done.value.enrolment;
}

const texts = (user: TestUser) => h!.proactive(user).map((c) => cardText(cardOfCall(c)));
const reminderJobs = () => h!.bot.database.db.selectFrom('jobs').select(['run_at', 'status']).where('type', '=', 'reminder.send').orderBy('run_at').execute();

describe('reminders with a fake clock', () => {
  it('spring: 7 days before at 09:00 CET and 1 day before at 09:00 CEST, nothing after the start', async () => {
    await start('2027-03-01T10:00', [alice]);
    await enrol(alice);
    await h!.run();
    expect(await reminderJobs()).toEqual([
      { run_at: '2027-03-25T08:00:00.000Z', status: 'pending' },
      { run_at: '2027-03-31T07:00:00.000Z', status: 'pending' },
    ]);
    await h!.runAt('2027-03-25T08:59');
    expect(texts(alice)).toEqual([]);
    await h!.runAt('2027-03-25T09:00');
    expect(texts(alice)).toEqual([expect.stringContaining('Ihr Termin ist in 7 Tagen')]);
    await h!.runAt('2027-03-31T09:00');
    expect(texts(alice)[1]).toContain('Ihr Termin ist morgen');
    await h!.runAt('2027-04-01T12:00');
    expect(texts(alice)).toHaveLength(2);
    for (const call of h!.proactive(alice)) expect(validateCard(cardOfCall(call)).errors).toEqual([]);
  });

  it('autumn: 7 days before at 09:00 CEST and 1 day before at 09:00 CET', async () => {
    await start('2027-10-01T10:00', [alice]);
    await enrol(alice, 'autumn');
    await h!.run();
    expect((await reminderJobs()).map((j) => j.run_at)).toEqual(['2027-10-26T07:00:00.000Z', '2027-11-01T08:00:00.000Z']);
    await h!.runAt('2027-10-26T09:00');
    await h!.runAt('2027-11-01T09:00');
    expect(texts(alice)).toEqual([expect.stringContaining('in 7 Tagen'), expect.stringContaining('morgen')]);
  });

  it('enrolling the evening before the start plans nothing, and sends nothing', async () => {
    await start('2027-04-13T20:00', [alice]);
    await enrol(alice, 'lunch-april');
    await h!.run();
    await h!.runAt('2027-04-14T13:00');
    expect(await reminderJobs()).toEqual([]);
    expect(texts(alice)).toEqual([]);
  });

  it('a cancelled enrolment gets no reminder', async () => {
    await start('2027-03-01T10:00', [alice]);
    const enrolment = await enrol(alice);
    await h!.run();
    expect((await h!.bot.deps.enrolment.cancel({ enrolmentId: enrolment.id, personId: 'aad-alice' })).ok).toBe(true);
    await h!.run();
    expect((await reminderJobs()).map((j) => j.status)).toEqual(['cancelled', 'cancelled']);
    await h!.runAt('2027-03-25T09:00');
    await h!.runAt('2027-03-31T09:00');
    expect(texts(alice)).toEqual([]);
  });

  it('a moved session: the person hears about the move, and gets reminders at the new time only', async () => {
    await start('2027-03-01T10:00', [alice]);
    await enrol(alice);
    await h!.run();
    const moved = await h!.bot.deps.admin.moveSession('spring', [{ start: at('2027-04-15T09:00'), end: at('2027-04-15T16:30') }]);
    expect(moved.ok).toBe(true);
    await h!.run();
    const [notice] = h!.proactive(alice);
    const card = cardOfCall(notice);
    expect(validateCard(card).errors).toEqual([]);
    expect(cardText(card)).toContain('Termin verschoben');
    expect(cardText(card)).toContain('Bisher: Do, 01.04.2027, 09:00 Uhr');
    expect(cardText(card)).toContain('Do, 15.04.2027, 09:00–16:30');
    expect(JSON.stringify(card)).toMatch(/\/api\/calendar\/enr_[^"]+\.ics\?sig=[^"&]+&v=\d+/);
    await h!.runAt('2027-03-25T09:00');
    await h!.runAt('2027-03-31T09:00');
    expect(h!.proactive(alice)).toHaveLength(1);
    await h!.runAt('2027-04-08T09:00');
    await h!.runAt('2027-04-14T09:00');
    expect(texts(alice).slice(1)).toEqual([expect.stringContaining('in 7 Tagen'), expect.stringContaining('morgen')]);
    expect(texts(alice)[1]).toContain('Do, 15.04.2027');
  });

  it('a cancelled session: no reminders, and everyone affected gets the cancellation with the reason', async () => {
    await start('2027-03-01T10:00', [alice, bob]);
    await enrol(alice);
    await enrol(bob);
    await h!.run();
    expect((await h!.bot.deps.admin.cancelSession('spring', 'Die Referentin ist erkrankt.')).ok).toBe(true);
    await h!.run();
    for (const user of [alice, bob]) {
      expect(texts(user)).toEqual([expect.stringContaining('Termin abgesagt')]);
      expect(texts(user)[0]).toContain('Grund: Die Referentin ist erkrankt.');
      expect(validateCard(cardOfCall(h!.proactive(user)[0])).errors).toEqual([]);
    }
    await h!.runAt('2027-03-25T09:00');
    await h!.runAt('2027-03-31T09:00');
    expect(h!.sentByWorkers).toHaveLength(2);
  });
});

describe('seat offers from the waitlist', () => {
  it('an offer that runs out passes the seat on and tells both people', async () => {
    await start('2027-03-01T10:00');
    const first = await enrol(alice);
    await enrol(bob);
    await enrol(carol);
    h!.clock.set(at('2027-03-10T10:00'));
    await h!.bot.deps.enrolment.cancel({ enrolmentId: first.id, personId: 'aad-alice' });
    await h!.run();
    expect(texts(bob)).toEqual([expect.stringContaining('Ein Platz ist für Sie frei')]);
    expect(texts(bob)[0]).toContain('bis Fr, 12.03.2027, 10:00 Uhr');
    expect(texts(carol)).toEqual([]);

    await h!.runAt('2027-03-12T09:59');
    expect(texts(carol)).toEqual([]);
    await h!.runAt('2027-03-12T10:00');
    expect(texts(bob)[1]).toContain('Ihr Platzangebot ist abgelaufen');
    expect(texts(carol)).toEqual([expect.stringContaining('Ein Platz ist für Sie frei')]);
    const [bobs] = await h!.bot.deps.enrolment.listMine('aad-bob');
    expect(bobs!.status).toBe('expired');
  });

  it('an accepted offer sends no stale offer card and plans the reminders still ahead', async () => {
    await start('2027-03-01T10:00');
    const first = await enrol(alice);
    const second = await enrol(bob);
    h!.clock.set(at('2027-03-10T10:00'));
    await h!.bot.deps.enrolment.cancel({ enrolmentId: first.id, personId: 'aad-alice' });
    // Bob answers before the relay runs (e.g. from "Meine Anmeldungen"): the offer card is no longer worth sending.
    expect((await h!.bot.deps.enrolment.acceptOffer({ enrolmentId: second.id, personId: 'aad-bob' })).ok).toBe(true);
    await h!.run();
    expect(texts(bob)).toEqual([]);
    expect((await reminderJobs()).filter((j) => j.status === 'pending')).toHaveLength(2);
    await h!.runAt('2027-03-12T10:00');
    expect((await h!.bot.deps.enrolment.listMine('aad-bob'))[0]!.status).toBe('confirmed');
  });

  it('never offers a seat after the start: the last offer ends at the start and the waitlist stays as it is', async () => {
    await start('2027-03-01T10:00');
    const first = await enrol(alice);
    await enrol(bob);
    await enrol(carol);
    await enrol(dave);
    h!.clock.set(at('2027-03-29T20:00'));
    await h!.bot.deps.enrolment.cancel({ enrolmentId: first.id, personId: 'aad-alice' });
    await h!.run();
    await h!.runAt('2027-03-31T20:00');
    expect(texts(carol)).toEqual([expect.stringContaining('bis Do, 01.04.2027, 09:00 Uhr')]);
    await h!.runAt('2027-04-01T09:00');
    expect(texts(carol)[1]).toContain('Ihr Platzangebot ist abgelaufen');
    await h!.runAt('2027-04-03T09:00');
    expect(texts(dave)).toEqual([]);
    expect((await h!.bot.deps.enrolment.listMine('aad-dave'))[0]!.status).toBe('waitlisted');
    expect(h!.sentByWorkers.every((c) => !/Erinnerung/.test(cardText(cardOfCall(c))))).toBe(true);
  });
});

describe("the organiser's reminder plan", () => {
  it('re-plans the reminders of everyone enrolled when it changes, and rejects what it cannot use', async () => {
    await start('2027-03-01T10:00', [alice]);
    await enrol(alice);
    await h!.run();
    const plans = h!.bot.deps.reminderPlans;
    expect(await plans.setReminderPlan('spring', { offsets: [{ daysBefore: 3, at: '08:00' }] })).toMatchObject({ ok: true, value: { reminders: 1, cancelled: 2, isDefault: false } });
    expect((await reminderJobs()).filter((j) => j.status === 'pending').map((j) => j.run_at)).toEqual(['2027-03-29T06:00:00.000Z']);
    expect(await plans.getReminderPlan('spring')).toMatchObject({ ok: true, value: { plan: { offsets: [{ daysBefore: 3, at: '08:00' }] }, isDefault: false } });

    expect(await plans.setReminderPlan('spring', { offsets: [{ daysBefore: 3, at: '8 Uhr' }] })).toMatchObject({ ok: false, error: { code: 'invalid_plan' } });
    expect(await plans.setReminderPlan('nope', { offsets: [] })).toMatchObject({ ok: false, error: { code: 'session_not_found' } });
    expect((await reminderJobs()).filter((j) => j.status === 'pending')).toHaveLength(1);

    await h!.runAt('2027-03-25T09:00');
    expect(texts(alice)).toEqual([]);
    await h!.runAt('2027-03-29T08:00');
    expect(texts(alice)).toEqual([expect.stringContaining('Ihr Termin ist in 3 Tagen')]);
    expect(await plans.setReminderPlan('spring', null)).toMatchObject({ ok: true, value: { isDefault: true, reminders: 1 } });
    await h!.bot.deps.admin.cancelSession('spring', 'Zu wenige Anmeldungen');
    expect(await plans.setReminderPlan('spring', { offsets: [] })).toMatchObject({ ok: false, error: { code: 'session_cancelled' } });
  });
});
