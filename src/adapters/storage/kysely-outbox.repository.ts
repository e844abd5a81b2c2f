import type { ExpressionBuilder, Kysely } from 'kysely';
import type { Enrolment, Session } from '../../features/catalogue/index.ts';
import type { Job, NewJob, OutboxClaimRequest, OutboxEntry, PlanningStore, PlanningUnit } from '../../features/reminders/index.ts';
import { enrolmentFromRow, sessionFromRow } from './catalogue.mappers.ts';
import type { Database } from './database.ts';
import { jobFromRow, newJobRow } from './jobs.mappers.ts';
import type { Schema } from './schema.ts';

const iso = (d: Date) => d.toISOString();
const LIVE = ['confirmed', 'waitlisted', 'offered'];

/** Unprocessed, not given up on, and either never claimed or its lease ran out (the claiming worker died). */
const claimable = (now: string, maxAttempts: number) => (eb: ExpressionBuilder<Schema, 'outbox'>) =>
  eb.and([eb('processed_at', 'is', null), eb('attempts', '<', maxAttempts), eb.or([eb('claimed_until', 'is', null), eb('claimed_until', '<', now)])]);

/**
 * The outbox relay's storage: claims outbox rows with a lease, and gives the planner one transaction in which the
 * jobs it writes and the row's processed mark commit together. Jobs are written here rather than through the job
 * repository because that one opens a transaction of its own.
 */
export class KyselyOutboxRepository implements PlanningStore {
  private readonly store: Database;

  constructor(store: Database) {
    this.store = store;
  }

  async claimOutbox({ now, limit, leaseMs, maxAttempts }: OutboxClaimRequest): Promise<OutboxEntry[]> {
    const at = iso(now);
    // The condition is repeated on the UPDATE so a row another worker claimed in between is not claimed again.
    const rows = await this.store.transact((trx) =>
      trx
        .updateTable('outbox')
        .set((eb) => ({ claimed_until: iso(new Date(now.getTime() + leaseMs)), attempts: eb('attempts', '+', 1) }))
        .where('id', 'in', (eb) => eb.selectFrom('outbox').select('id').where(claimable(at, maxAttempts)).orderBy('created_at').orderBy('id').limit(limit))
        .where(claimable(at, maxAttempts))
        .returningAll()
        .execute(),
    );
    return rows
      .map((r) => ({ id: r.id, type: r.type, payload: JSON.parse(r.payload_json) as unknown, createdAt: new Date(r.created_at), attempts: r.attempts, claimedUntil: new Date(r.claimed_until!) }))
      .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id));
  }

  transact<T>(work: (unit: PlanningUnit) => Promise<T>): Promise<T> {
    return this.store.transact((trx) => work(new KyselyPlanningUnit(trx)));
  }
}

/** One planning step on the transaction it was handed; no business logic here. */
class KyselyPlanningUnit implements PlanningUnit {
  private readonly trx: Kysely<Schema>;

  constructor(trx: Kysely<Schema>) {
    this.trx = trx;
  }

  async findSession(id: string): Promise<Session | undefined> {
    const row = await this.trx.selectFrom('sessions').selectAll().where('id', '=', id).executeTakeFirst();
    return row && sessionFromRow(row);
  }

  async findEnrolment(id: string): Promise<Enrolment | undefined> {
    const row = await this.trx.selectFrom('enrolments').selectAll().where('id', '=', id).executeTakeFirst();
    return row && enrolmentFromRow(row);
  }

  async listLive(sessionId: string): Promise<Enrolment[]> {
    const rows = await this.trx.selectFrom('enrolments').selectAll().where('session_id', '=', sessionId).where('status', 'in', LIVE).orderBy('seq').execute();
    return rows.map(enrolmentFromRow);
  }

  async pendingJobs(reference: string): Promise<Job[]> {
    const rows = await this.trx.selectFrom('jobs').selectAll().where('reference', '=', reference).where('status', '=', 'pending').orderBy('run_at').orderBy('id').execute();
    return rows.map(jobFromRow);
  }

  async enqueue(job: NewJob, now: Date): Promise<boolean> {
    const inserted = await this.trx
      .insertInto('jobs')
      .values(newJobRow(job, now))
      .onConflict((oc) => oc.column('dedupe_key').doNothing())
      .executeTakeFirst();
    return Number(inserted.numInsertedOrUpdatedRows ?? 0n) === 1;
  }

  async cancelJobs(ids: readonly string[], now: Date): Promise<number> {
    if (ids.length === 0) return 0;
    const result = await this.trx.updateTable('jobs').set({ status: 'cancelled', updated_at: iso(now) }).where('id', 'in', [...ids]).where('status', '=', 'pending').executeTakeFirst();
    return Number(result.numUpdatedRows);
  }

  async saveReminderPlan(sessionId: string, plan: unknown, now: Date): Promise<void> {
    const json = plan === undefined || plan === null ? null : JSON.stringify(plan);
    await this.trx.updateTable('sessions').set({ reminder_plan_json: json, updated_at: iso(now) }).where('id', '=', sessionId).execute();
  }

  async markProcessed(entryId: string, claimedUntil: Date, now: Date): Promise<boolean> {
    const result = await this.trx
      .updateTable('outbox')
      .set({ processed_at: iso(now) })
      .where('id', '=', entryId)
      .where('processed_at', 'is', null)
      .where('claimed_until', '=', iso(claimedUntil))
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }
}
