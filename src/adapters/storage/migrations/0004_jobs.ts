import type { Kysely } from 'kysely';

// Plain types only, so the same migration runs on SQLite and PostgreSQL. ISO-8601 UTC text sorts chronologically.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('jobs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('payload_json', 'text', (c) => c.notNull())
    .addColumn('run_at', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('max_attempts', 'integer', (c) => c.notNull())
    .addColumn('lease_until', 'text')
    .addColumn('worker_id', 'text')
    .addColumn('last_error', 'text')
    .addColumn('reference', 'text')
    // Unique but nullable: both SQLite and PostgreSQL allow many NULLs, so jobs without a key never collide.
    .addColumn('dedupe_key', 'text', (c) => c.unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('jobs_status_run_at').on('jobs').columns(['status', 'run_at']).execute();
  await db.schema.createIndex('jobs_reference').on('jobs').column('reference').execute();

  await db.schema
    .createTable('broadcasts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('activity_json', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('send_at', 'text', (c) => c.notNull())
    .addColumn('recipient_count', 'integer', (c) => c.notNull())
    .addColumn('cancelled_at', 'text')
    .execute();

  await db.schema
    .createTable('broadcast_deliveries')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('broadcast_id', 'text', (c) => c.notNull().references('broadcasts.id'))
    .addColumn('user_key', 'text', (c) => c.notNull())
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('service_url', 'text', (c) => c.notNull())
    .addColumn('conversation_id', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_attempt_at', 'text', (c) => c.notNull())
    .addColumn('lease_until', 'text')
    .addColumn('worker_id', 'text')
    .addColumn('last_status', 'integer')
    .addColumn('last_code', 'text')
    .addColumn('failure_reason', 'text')
    .addColumn('permanent', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('activity_id', 'text')
    .addColumn('sent_at', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    // One delivery per person and broadcast, whatever happens: re-creating the broadcast adds nothing.
    .addUniqueConstraint('broadcast_deliveries_once', ['broadcast_id', 'user_key'])
    .execute();
  await db.schema
    .createIndex('broadcast_deliveries_due')
    .on('broadcast_deliveries')
    .columns(['status', 'tenant_id', 'next_attempt_at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['broadcast_deliveries', 'broadcasts', 'jobs']) await db.schema.dropTable(table).execute();
}
