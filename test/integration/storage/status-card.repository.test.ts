import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/adapters/storage/database.ts';
import { KyselyStatusCardRepository } from '../../../src/adapters/storage/kysely-status-card.repository.ts';
import type { StatusCardTarget } from '../../../src/features/reminders/audiences.ts';

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

async function openRepository() {
  const dir = mkdtempSync(join(tmpdir(), 'lotsenbot-status-cards-'));
  const url = `sqlite:${join(dir, 'bot.sqlite')}`;
  const database = await openDatabase(url);
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }), () => database.close());
  return { url, database, repository: new KyselyStatusCardRepository(database.db) };
}

const target: StatusCardTarget = {
  broadcastId: 'bc_1',
  serviceUrl: 'https://smba.example/de/',
  conversationId: 'a:orga',
  conversationType: 'personal',
  tenantId: 't1',
  activityId: 'card-1',
  userId: '29:orga',
  locale: 'de',
  savedAt: new Date('2026-11-21T09:00:00Z'),
};

describe('KyselyStatusCardRepository', () => {
  it('keeps the card message across a restart, one per broadcast, the later click winning', async () => {
    const { url, database, repository } = await openRepository();
    await repository.save(target);
    await repository.save({ ...target, activityId: 'card-2', conversationType: 'channel', savedAt: new Date('2026-11-21T09:05:00Z') });
    await database.close();
    const reopened = await openDatabase(url);
    cleanups.push(() => reopened.close());
    expect(await new KyselyStatusCardRepository(reopened.db).findByBroadcastId('bc_1')).toEqual({
      ...target,
      activityId: 'card-2',
      conversationType: 'channel',
      savedAt: new Date('2026-11-21T09:05:00Z'),
    });
  });

  it('knows nothing of a broadcast without a card', async () => {
    const { repository } = await openRepository();
    await repository.save(target);
    expect(await repository.findByBroadcastId('bc_unknown')).toBeUndefined();
  });
});
