import type { RetentionStore } from '../../features/reminders/index.ts';
import type { Database } from './database.ts';

export class KyselyRetentionRepository implements RetentionStore {
  private readonly store: Database;
  constructor(store: Database) {
    this.store = store;
  }

  async deleteFinishedJobs(before: Date): Promise<number> {
    const result = await this.store.db.deleteFrom('jobs').where('status', 'in', ['done', 'cancelled']).where('updated_at', '<', before.toISOString()).executeTakeFirst();
    return Number(result.numDeletedRows);
  }

  async deleteProcessedEvents(before: Date): Promise<number> {
    const result = await this.store.db.deleteFrom('outbox').where('processed_at', 'is not', null).where('processed_at', '<', before.toISOString()).executeTakeFirst();
    return Number(result.numDeletedRows);
  }
}
