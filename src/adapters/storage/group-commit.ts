import type { Kysely, Transaction } from 'kysely';

type Work<S, T> = (trx: Transaction<S>) => Promise<T>;
type Pending<S> = { work: Work<S, unknown>; resolve: (value: unknown) => void; reject: (error: unknown) => void };

/**
 * Runs units of work serially, committing everything that queued up meanwhile in ONE transaction ("group commit").
 * Serial execution makes every unit see the writes of the units before it, exactly as if each had its own
 * transaction, and callers are answered only after the commit is durable — but 1,000 concurrent enrolments cost a
 * handful of fsyncs instead of 1,000. Expected outcomes are returned, not thrown, so a throwing unit is a bug or a
 * broken store: then the batch is rolled back and every unit re-run in a transaction of its own, so only the
 * failing unit fails (units only touch the database, which makes them safe to re-run).
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
    let values: unknown[];
    try {
      values = await this.db.transaction().execute(async (trx) => {
        const done: unknown[] = [];
        for (const item of batch) done.push(await item.work(trx));
        return done;
      });
    } catch (error) {
      if (batch.length === 1) return batch[0]!.reject(error);
      for (const item of batch) await this.commit([item]);
      return;
    }
    batch.forEach((item, i) => item.resolve(values[i]));
  }
}
