import type { Kysely } from 'kysely';

// People seen in any conversation, for opening a 1:1 chat with them later. Plain types only (SQLite and PostgreSQL).
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('teams_members')
    .addColumn('user_id', 'text', (c) => c.primaryKey())
    .addColumn('teams_user_id', 'text', (c) => c.notNull())
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('service_url', 'text', (c) => c.notNull())
    .addColumn('bot_id', 'text', (c) => c.notNull())
    .addColumn('name', 'text')
    .addColumn('locale', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('open_refused_at', 'text')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('teams_members').execute();
}
