import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { Kysely, SqliteDialect } from 'kysely';
import { Migrator } from 'kysely/migration';
import { GroupCommitter } from './group-commit.ts';
import { migrations } from './migrations/index.ts';
import { NodeSqliteDatabase } from './node-sqlite.ts';
import type { Schema } from './schema.ts';

export type StoreLocation = { kind: 'sqlite'; path: string };

export class StorageError extends Error {
  override name = 'StorageError';
}

export interface Database {
  readonly db: Kysely<Schema>;
  readonly location: StoreLocation;
  /** Serial, group-committed unit of work: use it for every read-decide-write. */
  transact<T>(work: (trx: Kysely<Schema>) => Promise<T>): Promise<T>;
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

/** `sqlite:<path>` or a bare path; PostgreSQL URLs are refused until that store exists. */
export function parseDatabaseUrl(url: string): StoreLocation {
  if (/^postgres(ql)?:\/\//i.test(url)) {
    throw new StorageError('DATABASE_URL: PostgreSQL is not supported yet; use sqlite:<path> (or leave it empty for ./data/lotsenbot.sqlite).');
  }
  const path = url.startsWith('sqlite:') ? url.slice('sqlite:'.length) : url;
  if (path.trim() === '') throw new StorageError('DATABASE_URL: sqlite: needs a file path, e.g. sqlite:./data/lotsenbot.sqlite');
  return { kind: 'sqlite', path: path === ':memory:' ? path : resolve(path) };
}

export async function openDatabase(url: string): Promise<Database> {
  const location = parseDatabaseUrl(url);
  if (location.path !== ':memory:') mkdirSync(dirname(location.path), { recursive: true });
  const sqlite = new NodeSqliteDatabase(location.path);
  const db = new Kysely<Schema>({ dialect: new SqliteDialect({ database: sqlite }) });
  await migrate(db);
  const committer = new GroupCommitter<Schema>(db);
  return {
    db,
    location,
    transact: (work) => committer.run(work),
    ping: async () => {
      try {
        sqlite.raw.prepare('select 1').get();
        return true;
      } catch {
        return false;
      }
    },
    close: () => db.destroy(),
  };
}

async function migrate(db: Kysely<Schema>): Promise<void> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new StorageError(`migration ${failed} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}
