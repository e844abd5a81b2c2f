import { afterEach, describe, expect, it } from 'vitest';
import { VERBS } from '../../../../src/bot/actions.ts';
import { alice, bob, execute, message, type TestUser } from '../../../support/activities.ts';
import { cardOf, cardText, startTestBot } from '../../../support/bot-harness.ts';

type Bot = Awaited<ReturnType<typeof startTestBot>>;
let t: Bot;
afterEach(async () => t?.cleanup());

const SESSION = 'basis-2026-12-karlsruhe';
const organiserEnv = { ORGANISER_AAD_IDS: `${alice.aadObjectId}, aad-someone-else` };
const REFUSAL = /Nur für das Programmteam[\s\S]*nichts geändert/;
const person = (n: number): TestUser => ({ id: `29:user-${n}`, aadObjectId: `aad-user-${n}`, name: `Person ${n}` });

async function enrol(user: TestUser, sessionId = SESSION, department = 'Hauptamt') {
  const card = await t.invokeCard(execute(VERBS.enrolSubmit, { sessionId, municipality: '08115001:gemeinde', department, consent: 'true' }, { from: user }));
  expect(cardText(card)).toMatch(/angemeldet|Warteliste/);
}

const sessionRow = async (id = SESSION) => t.bot.database.db.selectFrom('sessions').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

describe('organiser console: who may use it', () => {
  it.each(['organisation', 'Admin', 'orga!', 'Verwaltung'])('"%s" opens the organiser menu for an organiser', async (text) => {
    t = await startTestBot({ env: organiserEnv });
    const card = cardOf((await t.send(message(text)))[0]);
    expect(cardText(card)).toMatch(/Organisation[\s\S]*anstehende Termine[\s\S]*Termine verwalten[\s\S]*Rundnachricht schreiben/);
  });

  it('refuses the command politely to anyone else, in their language', async () => {
    t = await startTestBot({ env: organiserEnv });
    expect(cardText(cardOf((await t.send(message('organisation', { from: bob })))[0]))).toMatch(REFUSAL);
    expect(cardText(cardOf((await t.send(message('admin', { from: bob, locale: 'en-GB' })))[0]))).toMatch(/For the programme team only/);
    expect(t.logs.some((l) => l.message === 'organiser command refused')).toBe(true);
  });

  it('has no organisers when none are configured (and no organisers\' channel exists)', async () => {
    t = await startTestBot();
    expect(cardText(cardOf((await t.send(message('organisation')))[0]))).toMatch(REFUSAL);
  });

  it.each([
    [VERBS.organiserMenu, {}],
    [VERBS.organiserSessions, { page: 2 }],
    [VERBS.organiserSession, { sessionId: SESSION }],
    [VERBS.sessionCancelForm, { sessionId: SESSION }],
    [VERBS.sessionMoveForm, { sessionId: SESSION }],
    [VERBS.reminderPlanForm, { sessionId: SESSION }],
    [VERBS.reminderPlanSave, { sessionId: SESSION, reset: true }],
    [VERBS.organiserSession, { sessionId: '<script>' }],
  ])('refuses %s with valid-looking data from a non-organiser', async (verb, data) => {
    t = await startTestBot({ env: organiserEnv });
    expect(cardText(await t.invokeCard(execute(verb, data, { from: bob })))).toMatch(REFUSAL);
  });
});

describe('sessions and one session', () => {
  it('lists the upcoming sessions with confirmed, waiting and offer counts, paged', async () => {
    t = await startTestBot({ env: organiserEnv });
    await enrol(bob);
    const first = cardText(await t.invokeCard(execute(VERBS.organiserSessions, {})));
    expect(first).toMatch(/Anstehende Termine[\s\S]*Basisqualifizierung[\s\S]*1 von 20 angemeldet · 0 auf der Warteliste · 0 offene Platzangebote/);
    expect(first).toMatch(/Seite 1 von 3/);
    const third = cardText(await t.invokeCard(execute(VERBS.organiserSessions, { page: 3 })));
    expect(third).toMatch(/Seite 3 von 3/);
    expect(third).not.toBe(first);
  });

  it('shows a session with its participants: name, municipality, department, status and waiting-list order', async () => {
    t = await startTestBot({ env: organiserEnv });
    await t.bot.database.db.updateTable('sessions').set({ capacity: 1 }).where('id', '=', SESSION).execute();
    await enrol(person(1), SESSION, 'Hauptamt');
    await enrol(person(2), SESSION, 'Bauamt');
    await enrol(person(3), SESSION, 'Kämmerei');
    const text = cardText(await t.invokeCard(execute(VERBS.organiserSession, { sessionId: SESSION })));
    expect(text).toMatch(/1 von 1 angemeldet · 2 auf der Warteliste/);
    expect(text).toMatch(/Erinnerungen[\s\S]*7 Tage vorher um 09:00 Uhr, 1 Tag vorher um 09:00 Uhr \(Standard\)/);
    expect(text).toMatch(/Teilnehmende \(3\)[\s\S]*Person 1\nAidlingen · Hauptamt · Angemeldet[\s\S]*Person 2\nAidlingen · Bauamt · Warteliste, Platz 1[\s\S]*Person 3\nAidlingen · Kämmerei · Warteliste, Platz 2/);
    expect(text).toMatch(/Nachricht an Angemeldete[\s\S]*Termin verschieben[\s\S]*Erinnerungen ändern[\s\S]*Termin absagen/);
  });

  it('answers an unknown session id with the way back to the list', async () => {
    t = await startTestBot({ env: organiserEnv });
    expect(cardText(await t.invokeCard(execute(VERBS.organiserSession, { sessionId: 'gibt-es-nicht' })))).toMatch(/Diesen Termin gibt es nicht[\s\S]*Zur Terminliste/);
  });

  it('answers broken data from an organiser without acting', async () => {
    t = await startTestBot({ env: organiserEnv });
    expect(cardText(await t.invokeCard(execute(VERBS.organiserSession, { sessionId: 'a b c' })))).toMatch(/stimmt etwas nicht; es wurde nichts geändert/);
  });
});

describe('cancelling a session', () => {
  it('asks for a reason, then cancels: everyone affected gets an outcome through the outbox', async () => {
    t = await startTestBot({ env: organiserEnv });
    await enrol(bob);
    expect(cardText(await t.invokeCard(execute(VERBS.sessionCancelForm, { sessionId: SESSION })))).toMatch(/1 Person \(angemeldet, auf der Warteliste oder mit Platzangebot\) wird benachrichtigt/);
    const done = cardText(await t.invokeCard(execute(VERBS.sessionCancel, { sessionId: SESSION, reason: 'Die Referentin ist erkrankt.' })));
    expect(done).toMatch(/Termin abgesagt[\s\S]*1 Person wird benachrichtigt/);
    expect(await sessionRow()).toMatchObject({ status: 'cancelled', cancelled_reason: 'Die Referentin ist erkrankt.' });
    const enrolments = await t.bot.database.db.selectFrom('enrolments').select('status').execute();
    expect(enrolments).toEqual([{ status: 'session_cancelled' }]);
    const events = await t.bot.database.db.selectFrom('outbox').select('type').where('type', '=', 'session.cancelled').execute();
    expect(events).toHaveLength(1);
    expect(cardText(await t.invokeCard(execute(VERBS.sessionCancel, { sessionId: SESSION, reason: 'nochmal' })))).toMatch(/bereits abgesagt; es wurde nichts geändert/);
  });

  it.each([
    ['no reason', '', /Bitte geben Sie einen Grund für die Absage an/],
    ['spaces only', '   ', /Bitte geben Sie einen Grund für die Absage an/],
    ['a reason over 500 characters', 'x'.repeat(501), /höchstens 500 Zeichen/],
  ])('refuses %s and keeps the session', async (_name, reason, answer) => {
    t = await startTestBot({ env: organiserEnv });
    expect(cardText(await t.invokeCard(execute(VERBS.sessionCancel, { sessionId: SESSION, reason })))).toMatch(answer);
    expect((await sessionRow()).status).toBe('scheduled');
  });

  it('a forged cancel from a non-organiser changes nothing', async () => {
    t = await startTestBot({ env: organiserEnv });
    expect(cardText(await t.invokeCard(execute(VERBS.sessionCancel, { sessionId: SESSION, reason: 'weil ich es kann' }, { from: bob })))).toMatch(REFUSAL);
    expect((await sessionRow()).status).toBe('scheduled');
    expect(await t.bot.database.db.selectFrom('outbox').selectAll().where('type', '=', 'session.cancelled').execute()).toHaveLength(0);
  });
});

describe('moving a session', () => {
  it('moves a session to a new date and times (Berlin time) and says so', async () => {
    t = await startTestBot({ env: organiserEnv });
    const form = cardText(await t.invokeCard(execute(VERBS.sessionMoveForm, { sessionId: SESSION })));
    expect(form).toMatch(/Alle 3 Tage verschieben sich/);
    const done = cardText(await t.invokeCard(execute(VERBS.sessionMove, { sessionId: SESSION, date: '2027-01-12', startTime: '10:00', endTime: '17:00' })));
    expect(done).toMatch(/Termin verschoben[\s\S]*Neuer Termin: Di, 12\.01\.2027, 10:00 Uhr/);
    const row = await sessionRow();
    expect(row.starts_at).toBe('2027-01-12T09:00:00.000Z');
    const days = JSON.parse(row.schedule_json) as Array<{ start: string; end: string }>;
    expect(days.map((d) => d.start)).toEqual(['2027-01-12T09:00:00.000Z', '2027-01-13T09:00:00.000Z', '2027-01-14T09:00:00.000Z']);
    expect(await t.bot.database.db.selectFrom('outbox').selectAll().where('type', '=', 'session.moved').execute()).toHaveLength(1);
  });

  it.each([
    ['a date in the past', { date: '2026-11-20', startTime: '09:00', endTime: '16:30' }, /muss in der Zukunft liegen/],
    ['an end before the start', { date: '2027-01-12', startTime: '16:00', endTime: '09:00' }, /Das Ende muss nach dem Beginn liegen/],
    ['an impossible date', { date: '2027-02-30', startTime: '09:00', endTime: '16:30' }, /gültiges Datum/],
    ['no date at all', { date: '', startTime: '09:00', endTime: '16:30' }, /gültiges Datum/],
    ['a time like 25:00', { date: '2027-01-12', startTime: '25:00', endTime: '26:00' }, /gültiges Datum und gültige Uhrzeiten/],
  ])('refuses %s, keeps the typed values and the session', async (_name, values, answer) => {
    t = await startTestBot({ env: organiserEnv });
    const card = await t.invokeCard(execute(VERBS.sessionMove, { sessionId: SESSION, ...values }));
    expect(cardText(card)).toMatch(answer);
    expect(JSON.stringify(card)).toContain(`"value":"${values.startTime}"`);
    expect((await sessionRow()).starts_at).toBe('2026-12-08T08:00:00.000Z');
  });

  it('a forged move from a non-organiser changes nothing', async () => {
    t = await startTestBot({ env: organiserEnv });
    const forged = execute(VERBS.sessionMove, { sessionId: SESSION, date: '2027-01-12', startTime: '10:00', endTime: '17:00' }, { from: bob });
    expect(cardText(await t.invokeCard(forged))).toMatch(REFUSAL);
    expect((await sessionRow()).starts_at).toBe('2026-12-08T08:00:00.000Z');
  });
});

describe('the reminder plan of a session', () => {
  const plan = async () => t.bot.deps.reminderPlans.getReminderPlan(SESSION);

  it('shows the current plan in the form and saves a new one; "Standard" goes back to the default', async () => {
    t = await startTestBot({ env: organiserEnv });
    const form = await t.invokeCard(execute(VERBS.reminderPlanForm, { sessionId: SESSION }));
    expect(JSON.stringify(form)).toMatch(/"id":"days1","label":"Erinnerung 1: Tage vorher","value":"7"/);
    const saved = cardText(await t.invokeCard(execute(VERBS.reminderPlanSave, { sessionId: SESSION, days1: '3', at1: '10:00', days2: '0', at2: '07:30', days3: '', at3: '' })));
    expect(saved).toMatch(/Erinnerungen gespeichert[\s\S]*3 Tage vorher um 10:00 Uhr, am Tag selbst um 07:30 Uhr/);
    expect(await plan()).toMatchObject({ ok: true, value: { isDefault: false, plan: { offsets: [{ daysBefore: 3, at: '10:00' }, { daysBefore: 0, at: '07:30' }] } } });
    expect(cardText(await t.invokeCard(execute(VERBS.reminderPlanSave, { sessionId: SESSION, reset: true })))).toMatch(/\(Standard\)/);
    expect(await plan()).toMatchObject({ ok: true, value: { isDefault: true } });
  });

  it.each([
    ['a row with days but no time', { days1: '3', at1: '' }, /Zeile 1: Bitte geben Sie Tage und Uhrzeit an/],
    ['more than 60 days', { days1: '61', at1: '09:00' }, /Tage von 0 bis 60/],
    ['the same reminder twice', { days1: '2', at1: '09:00', days2: '2', at2: '09:00' }, /jede Erinnerung nur einmal/],
    ['a time that is none', { days1: '2', at1: '9 Uhr' }, /Uhrzeit als SS:MM/],
  ])('refuses %s and keeps the plan', async (_name, rows, answer) => {
    t = await startTestBot({ env: organiserEnv });
    expect(cardText(await t.invokeCard(execute(VERBS.reminderPlanSave, { sessionId: SESSION, ...rows })))).toMatch(answer);
    expect(await plan()).toMatchObject({ ok: true, value: { isDefault: true } });
  });

  it('a forged plan from a non-organiser changes nothing', async () => {
    t = await startTestBot({ env: organiserEnv });
    expect(cardText(await t.invokeCard(execute(VERBS.reminderPlanSave, { sessionId: SESSION, days1: '1', at1: '06:00' }, { from: bob })))).toMatch(REFUSAL);
    expect(await plan()).toMatchObject({ ok: true, value: { isDefault: true } });
  });
});
