import { sql, type Kysely, type Transaction } from 'kysely';

type Work<S, T> = (trx: Transaction<S>) => Promise<T>;
type Pending<S> = { work: Work<S, unknown>; resolve: (value: unknown) => void; reject: (error: unknown) => void };

/**
 * Runs units of work serially, committing everything that queued up meanwhile in ONE transaction ("group commit").
 * Each unit runs inside its own savepoint, so a unit that throws is rolled back alone and sees nothing of the others'
 * failures; callers are answered only after the commit is durable. Serial execution makes every unit see the writes
 * of the units before it, exactly as if each had its own transaction — but 1,000 concurrent enrolments cost one
 * fsync instead of 1,000.
 */
export class GroupCommitter<S> {
  private queue: Pending<S>[] = [];
  private draining = false;
  private readonly db: Kysely<S>;
  private readonly maxBatch: number;

  constructor(db: Kysely<S>, maxBatch = 500) {
    this.db = db;
    this.maxBatch = maxBatch;
  }

  run<T>(work: Work<S, T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ work, resolve: resolve as (value: unknown) => void, reject });
      if (!this.draining) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.draining = true;
    try {
      while (this.queue.length > 0) {
        const batch = this.queue.splice(0, this.maxBatch);
        await this.commit(batch);
      }
    } finally {
      this.draining = false;
    }
  }

  private async commit(batch: Pending<S>[]): Promise<void> {
    const outcomes: Array<{ ok: true; value: unknown } | { ok: false; error: unknown }> = [];
    try {
      await this.db.transaction().execute(async (trx) => {
        for (const item of batch) {
          await sql`savepoint unit`.execute(trx);
          try {
            outcomes.push({ ok: true, value: await item.work(trx) });
            await sql`release savepoint unit`.execute(trx);
          } catch (error) {
            await sql`rollback to savepoint unit`.execute(trx);
            await sql`release savepoint unit`.execute(trx);
            outcomes.push({ ok: false, error });
          }
        }
      });
    } catch (error) {
      for (const item of batch) item.reject(error);
      return;
    }
    batch.forEach((item, i) => {
      const outcome = outcomes[i]!;
      if (outcome.ok) item.resolve(outcome.value);
      else item.reject(outcome.error);
    });
  }
}
