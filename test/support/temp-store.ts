import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type Database } from '../../src/adapters/storage/database.ts';

/** A real SQLite file in a fresh temp folder; `cleanup` closes it and removes the folder. */
export async function tempStore(): Promise<{ store: Database; url: string; dir: string; cleanup: () => Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'lotsenbot-'));
  const url = `sqlite:${join(dir, 'store.sqlite')}`;
  const store = await openDatabase(url);
  return {
    store,
    url,
    dir,
    cleanup: async () => {
      await store.close().catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
