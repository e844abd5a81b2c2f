import type { Kysely } from 'kysely';

// Plain types only, so the same migration runs on SQLite and PostgreSQL: ISO-8601 UTC text for times (sorts
// chronologically), integer 0/1 for booleans, JSON as text parsed with zod when read.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('tickets')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('number', 'integer', (c) => c.notNull().unique())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('asker_id', 'text', (c) => c.notNull())
    .addColumn('asker_name', 'text', (c) => c.notNull())
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('municipality_text', 'text')
    .addColumn('municipality_ags', 'text')
    .addColumn('question', 'text', (c) => c.notNull())
    .addColumn('bot_answer_json', 'text')
    .addColumn('claimed_by_id', 'text')
    .addColumn('claimed_by_name', 'text')
    .addColumn('answer_text', 'text')
    .addColumn('answered_by_id', 'text')
    .addColumn('answered_by_name', 'text')
    .addColumn('answered_at', 'text')
    .addColumn('closed_by_id', 'text')
    .addColumn('closed_by_name', 'text')
    .addColumn('closed_at', 'text')
    .addColumn('resolution', 'text')
    .addColumn('kb_entry_id', 'text')
    .addColumn('channel_message_id', 'text')
    // The ticket's few events travel with it: read and written as one row, so an update stays one conditional UPDATE.
    .addColumn('history_json', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('tickets_asker').on('tickets').columns(['asker_id', 'created_at']).execute();
  await db.schema.createIndex('tickets_status').on('tickets').columns(['status', 'created_at']).execute();

  await db.schema
    .createTable('feedback')
    .addColumn('answer_id', 'text', (c) => c.notNull())
    .addColumn('person_id', 'text', (c) => c.notNull())
    .addColumn('target_kind', 'text', (c) => c.notNull())
    .addColumn('target_id', 'text', (c) => c.notNull())
    .addColumn('helpful', 'integer', (c) => c.notNull())
    .addColumn('question', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    // One vote per person and answer message: a second click updates, never adds.
    .addPrimaryKeyConstraint('feedback_pk', ['answer_id', 'person_id'])
    .execute();
  await db.schema.createIndex('feedback_target').on('feedback').columns(['target_kind', 'target_id']).execute();

  await db.schema
    .createTable('settings')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value_json', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('settings').execute();
  await db.schema.dropTable('feedback').execute();
  await db.schema.dropTable('tickets').execute();
}
