import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, parseDatabaseUrl } from '../../../src/adapters/storage/database.ts';
import { tempStore } from '../../support/temp-store.ts';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

const course = { id: 'c1', type: 'basis', title: 'Basis', topic: null, description: '', days: 3, sample: 1 };

describe('SQLite store', () => {
  it('parses DATABASE_URL forms and refuses what it cannot serve', () => {
    expect(parseDatabaseUrl('sqlite:/tmp/x.sqlite')).toEqual({ kind: 'sqlite', path: '/tmp/x.sqlite' });
    expect(parseDatabaseUrl('sqlite::memory:').path).toBe(':memory:');
    expect(() => parseDatabaseUrl('sqlite:')).toThrow(/needs a file path/);
    expect(() => parseDatabaseUrl('postgres://localhost/x')).toThrow(/PostgreSQL is not supported yet/);
  });

  it('migrates once and keeps data across a reopen', async () => {
    const { store, url, cleanup } = await tempStore();
    cleanups.push(cleanup);
    await store.db.insertInto('courses').values(course).execute();
    await store.close();
    const reopened = await openDatabase(url);
    cleanups.push(() => reopened.close());
    expect(await reopened.db.selectFrom('courses').selectAll().execute()).toEqual([course]);
    expect(await reopened.ping()).toBe(true);
  });

  it('group-commits concurrent units and rolls back only the unit that failed', async () => {
    const { store, cleanup } = await tempStore();
    cleanups.push(cleanup);
    const units = Array.from({ length: 50 }, (_, i) =>
      store.transact(async (trx) => {
        await trx.insertInto('courses').values({ ...course, id: `c${i}` }).execute();
        if (i === 7) throw new Error('unit 7 fails');
        return i;
      }),
    );
    const settled = await Promise.allSettled(units);
    expect(settled.filter((s) => s.status === 'fulfilled')).toHaveLength(49);
    expect(settled[7]).toMatchObject({ status: 'rejected' });
    const ids = (await store.db.selectFrom('courses').select('id').execute()).map((r) => r.id);
    expect(ids).toHaveLength(49);
    expect(ids).not.toContain('c7');
  });
});
