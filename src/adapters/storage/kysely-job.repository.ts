import type { ExpressionBuilder, Kysely } from 'kysely';
import type { ClaimRequest, EnqueueResult, Job, JobRepository, NewJob } from '../../features/reminders/index.ts';
import type { Database } from './database.ts';
import { jobFromRow, newJobRow } from './jobs.mappers.ts';
import type { Schema } from './schema.ts';
import type { JobTable } from './tables/jobs.tables.ts';

const iso = (d: Date) => d.toISOString();

/** Due: pending and scheduled, or running under a lease that ran out because its worker died. */
const due = (now: string) => (eb: ExpressionBuilder<Schema, 'jobs'>) =>
  eb.or([
    eb.and([eb('status', '=', 'pending'), eb('run_at', '<=', now)]),
    eb.and([eb('status', '=', 'running'), eb('lease_until', '<', now)]),
  ]);

export class KyselyJobRepository implements JobRepository {
  private readonly store: Database;
  private readonly db: Kysely<Schema>;

  constructor(store: Database) {
    this.store = store;
    this.db = store.db;
  }

  enqueue(job: NewJob, now: Date): Promise<EnqueueResult> {
    return this.store.transact(async (trx) => {
      const inserted = await trx
        .insertInto('jobs')
        .values(newJobRow(job, now))
        .onConflict((oc) => oc.column('dedupe_key').doNothing())
        .returningAll()
        .executeTakeFirst();
      if (inserted) return { job: jobFromRow(inserted), created: true };
      const existing = await trx.selectFrom('jobs').selectAll().where('dedupe_key', '=', job.dedupeKey).executeTakeFirstOrThrow();
      return { job: jobFromRow(existing), created: false };
    });
  }

  async claimDue({ now, limit, leaseMs, workerId }: ClaimRequest): Promise<Job[]> {
    const at = iso(now);
    // One UPDATE … WHERE id IN (…) AND due: atomic on SQLite, and on PostgreSQL the repeated condition is re-checked
    // on the row a concurrent worker just claimed, so no job is claimed twice.
    const rows = await this.store.transact((trx) =>
      trx
        .updateTable('jobs')
        .set((eb) => ({
          status: 'running',
          attempts: eb('attempts', '+', 1),
          lease_until: iso(new Date(now.getTime() + leaseMs)),
          worker_id: workerId,
          updated_at: at,
        }))
        .where('id', 'in', (eb) => eb.selectFrom('jobs').select('id').where(due(at)).orderBy('run_at').orderBy('id').limit(limit))
        .where(due(at))
        .returningAll()
        .execute(),
    );
    return rows.map(jobFromRow).sort((a, b) => a.runAt.getTime() - b.runAt.getTime() || a.id.localeCompare(b.id));
  }

  async complete(id: string, workerId: string, now: Date): Promise<boolean> {
    return this.settle(id, workerId, { status: 'done', lease_until: null, updated_at: iso(now) });
  }

  async fail(id: string, workerId: string, error: string, now: Date, retryAt?: Date): Promise<boolean> {
    const outcome = retryAt ? { status: 'pending', run_at: iso(retryAt), worker_id: null } : { status: 'failed' };
    return this.settle(id, workerId, { ...outcome, last_error: error, lease_until: null, updated_at: iso(now) });
  }

  async cancelByReference(reference: string, now: Date): Promise<number> {
    const result = await this.store.transact((trx) =>
      trx
        .updateTable('jobs')
        .set({ status: 'cancelled', updated_at: iso(now) })
        .where('reference', '=', reference)
        .where('status', '=', 'pending')
        .executeTakeFirst(),
    );
    return Number(result.numUpdatedRows);
  }

  async findByReference(reference: string): Promise<Job[]> {
    const rows = await this.db.selectFrom('jobs').selectAll().where('reference', '=', reference).orderBy('run_at').orderBy('id').execute();
    return rows.map(jobFromRow);
  }

  async findById(id: string): Promise<Job | undefined> {
    const row = await this.db.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirst();
    return row && jobFromRow(row);
  }

  private async settle(id: string, workerId: string, changes: Partial<JobTable>): Promise<boolean> {
    const result = await this.store.transact((trx) =>
      trx
        .updateTable('jobs')
        .set(changes)
        .where('id', '=', id)
        .where('status', '=', 'running')
        .where('worker_id', '=', workerId)
        .executeTakeFirst(),
    );
    return Number(result.numUpdatedRows) === 1;
  }
}
