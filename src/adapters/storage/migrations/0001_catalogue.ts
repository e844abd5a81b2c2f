import { sql, type Kysely } from 'kysely';

// Plain types and partial indexes only, so the same migration runs on SQLite and PostgreSQL.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('courses')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('topic', 'text')
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('days', 'integer', (c) => c.notNull())
    .addColumn('sample', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();

  await db.schema
    .createTable('sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('course_id', 'text', (c) => c.notNull().references('courses.id'))
    .addColumn('schedule_json', 'text', (c) => c.notNull())
    .addColumn('starts_at', 'text', (c) => c.notNull())
    .addColumn('ends_at', 'text', (c) => c.notNull())
    .addColumn('mode', 'text', (c) => c.notNull())
    .addColumn('venue', 'text')
    .addColumn('city', 'text')
    .addColumn('online_url', 'text')
    .addColumn('provider', 'text', (c) => c.notNull())
    .addColumn('capacity', 'integer')
    .addColumn('fee_cents', 'integer', (c) => c.notNull())
    .addColumn('registration_deadline', 'text', (c) => c.notNull())
    .addColumn('cancellation_deadline', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('cancelled_reason', 'text')
    .addColumn('reminder_plan_json', 'text')
    .addColumn('sample', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('sessions_starts_at').on('sessions').column('starts_at').execute();

  await db.schema
    .createTable('enrolments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('session_id', 'text', (c) => c.notNull().references('sessions.id'))
    .addColumn('person_id', 'text', (c) => c.notNull())
    .addColumn('person_name', 'text', (c) => c.notNull())
    .addColumn('tenant_id', 'text')
    .addColumn('municipality_ags', 'text', (c) => c.notNull())
    .addColumn('municipality_kind', 'text', (c) => c.notNull())
    .addColumn('municipality_name', 'text', (c) => c.notNull())
    .addColumn('department', 'text', (c) => c.notNull())
    .addColumn('role', 'text')
    .addColumn('voucher_id', 'text')
    .addColumn('basis_completed', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('consent_at', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('offer_expires_at', 'text')
    .addColumn('quote_json', 'text', (c) => c.notNull())
    .addColumn('rule_version', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('enrolments_session_status').on('enrolments').columns(['session_id', 'status', 'seq']).execute();
  await db.schema.createIndex('enrolments_session_seq').on('enrolments').columns(['session_id', 'seq']).execute();
  await db.schema.createIndex('enrolments_person').on('enrolments').column('person_id').execute();
  // One live enrolment per person and session; cancelled ones stay as history.
  await db.schema
    .createIndex('enrolments_one_live_per_person')
    .on('enrolments')
    .columns(['session_id', 'person_id'])
    .unique()
    .where(sql.ref('status'), 'in', ['confirmed', 'waitlisted', 'offered'])
    .execute();

  await db.schema
    .createTable('outbox')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('payload_json', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('claimed_until', 'text')
    .addColumn('processed_at', 'text')
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.createIndex('outbox_pending').on('outbox').columns(['processed_at', 'created_at']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['outbox', 'enrolments', 'sessions', 'courses']) await db.schema.dropTable(table).execute();
}
