import type { Kysely } from 'kysely';
import type { StatusCardTarget, StatusCardTargetStore } from '../../features/reminders/audiences.ts';
import type { Schema } from './schema.ts';
import type { BroadcastStatusCardTable } from './tables/status-cards.tables.ts';

const toRow = (t: StatusCardTarget): BroadcastStatusCardTable => ({
  broadcast_id: t.broadcastId,
  service_url: t.serviceUrl,
  conversation_id: t.conversationId,
  conversation_type: t.conversationType,
  tenant_id: t.tenantId,
  activity_id: t.activityId,
  user_id: t.userId,
  locale: t.locale,
  saved_at: t.savedAt.toISOString(),
});

const fromRow = (r: BroadcastStatusCardTable): StatusCardTarget => ({
  broadcastId: r.broadcast_id,
  serviceUrl: r.service_url,
  conversationId: r.conversation_id,
  conversationType: r.conversation_type === 'personal' ? 'personal' : 'channel',
  tenantId: r.tenant_id,
  activityId: r.activity_id,
  userId: r.user_id,
  locale: r.locale,
  savedAt: new Date(r.saved_at),
});

export class KyselyStatusCardRepository implements StatusCardTargetStore {
  private readonly db: Kysely<Schema>;

  constructor(db: Kysely<Schema>) {
    this.db = db;
  }

  async save(target: StatusCardTarget): Promise<void> {
    const row = toRow(target);
    const { broadcast_id: _id, ...changes } = row;
    await this.db.insertInto('broadcast_status_cards').values(row).onConflict((oc) => oc.column('broadcast_id').doUpdateSet(changes)).execute();
  }

  async findByBroadcastId(broadcastId: string): Promise<StatusCardTarget | undefined> {
    const row = await this.db.selectFrom('broadcast_status_cards').selectAll().where('broadcast_id', '=', broadcastId).executeTakeFirst();
    return row && fromRow(row);
  }
}
