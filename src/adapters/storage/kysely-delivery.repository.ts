import type { ExpressionBuilder, Kysely, UpdateQueryBuilder, UpdateResult } from 'kysely';
import type {
  Broadcast,
  Delivery,
  DeliveryCounts,
  DeliveryRepository,
  DeliveryStatus,
  FailureReason,
  NewBroadcast,
  NewDelivery,
  Settlement,
} from '../../features/reminders/index.ts';
import type { Database } from './database.ts';
import type { Schema } from './schema.ts';
import type { BroadcastDeliveryTable, BroadcastTable } from './tables/jobs.tables.ts';

const iso = (d: Date) => d.toISOString();
const dateOrNull = (s: string | null) => (s === null ? null : new Date(s));
/** 18 columns × 500 rows stays far below SQLite's and PostgreSQL's bound-parameter limits. */
const INSERT_CHUNK = 500;

const broadcastFromRow = (r: BroadcastTable): Broadcast => ({
  id: r.id,
  activity: JSON.parse(r.activity_json) as Broadcast['activity'],
  createdBy: r.created_by,
  createdAt: new Date(r.created_at),
  sendAt: new Date(r.send_at),
  recipientCount: r.recipient_count,
  cancelledAt: dateOrNull(r.cancelled_at),
});

const deliveryFromRow = (r: BroadcastDeliveryTable): Delivery => ({
  id: r.id,
  broadcastId: r.broadcast_id,
  recipient: { userKey: r.user_key, tenantId: r.tenant_id, serviceUrl: r.service_url, conversationId: r.conversation_id },
  status: r.status as DeliveryStatus,
  attempts: r.attempts,
  nextAttemptAt: new Date(r.next_attempt_at),
  leaseUntil: dateOrNull(r.lease_until),
  sentAt: dateOrNull(r.sent_at),
  failure: r.failure_reason
    ? { reason: r.failure_reason as FailureReason, permanent: r.permanent === 1, httpStatus: r.last_status, code: r.last_code }
    : null,
});

const newRow = (broadcast: NewBroadcast, d: NewDelivery): BroadcastDeliveryTable => ({
  id: d.id,
  broadcast_id: broadcast.id,
  user_key: d.recipient.userKey,
  tenant_id: d.recipient.tenantId,
  service_url: d.recipient.serviceUrl,
  conversation_id: d.recipient.conversationId,
  status: 'pending',
  attempts: 0,
  next_attempt_at: iso(broadcast.sendAt),
  lease_until: null,
  worker_id: null,
  last_status: null,
  last_code: null,
  failure_reason: null,
  permanent: 0,
  activity_id: null,
  sent_at: null,
  updated_at: iso(broadcast.createdAt),
});

type Deliveries = ExpressionBuilder<Schema, 'broadcast_deliveries'>;

/** Due: pending and its time has come, or claimed by a worker whose lease ran out (it crashed mid-send). */
const due = (now: string) => (eb: Deliveries) =>
  eb.or([
    eb.and([eb('status', '=', 'pending'), eb('next_attempt_at', '<=', now)]),
    eb.and([eb('status', '=', 'sending'), eb('lease_until', '<', now)]),
  ]);

export class KyselyDeliveryRepository implements DeliveryRepository {
  private readonly store: Database;
  private readonly db: Kysely<Schema>;

  constructor(store: Database) {
    this.store = store;
    this.db = store.db;
  }

  saveBroadcast(broadcast: NewBroadcast, deliveries: readonly NewDelivery[]): Promise<{ created: boolean }> {
    return this.store.transact(async (trx) => {
      const inserted = await trx
        .insertInto('broadcasts')
        .values({
          id: broadcast.id,
          activity_json: JSON.stringify(broadcast.activity),
          created_by: broadcast.createdBy,
          created_at: iso(broadcast.createdAt),
          send_at: iso(broadcast.sendAt),
          recipient_count: broadcast.recipientCount,
          cancelled_at: null,
        })
        .onConflict((oc) => oc.column('id').doNothing())
        .returning('id')
        .executeTakeFirst();
      if (!inserted) return { created: false };
      for (let i = 0; i < deliveries.length; i += INSERT_CHUNK) {
        await trx
          .insertInto('broadcast_deliveries')
          .values(deliveries.slice(i, i + INSERT_CHUNK).map((d) => newRow(broadcast, d)))
          .onConflict((oc) => oc.columns(['broadcast_id', 'user_key']).doNothing())
          .execute();
      }
      return { created: true };
    });
  }

  async findBroadcast(id: string): Promise<Broadcast | undefined> {
    const row = await this.db.selectFrom('broadcasts').selectAll().where('id', '=', id).executeTakeFirst();
    return row && broadcastFromRow(row);
  }

  async findDueTenants(now: Date): Promise<string[]> {
    const rows = await this.db.selectFrom('broadcast_deliveries').select('tenant_id').distinct().where(due(iso(now))).orderBy('tenant_id').execute();
    return rows.map((r) => r.tenant_id);
  }

  async findDue(now: Date, tenantId: string, limit: number): Promise<Delivery[]> {
    const rows = await this.db
      .selectFrom('broadcast_deliveries')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where(due(iso(now)))
      .orderBy('next_attempt_at')
      .orderBy('id')
      .limit(limit)
      .execute();
    return rows.map(deliveryFromRow);
  }

  async nextDueAt(): Promise<Date | undefined> {
    const row = await this.db
      .selectFrom('broadcast_deliveries')
      .select((eb) => [
        eb.fn.min('next_attempt_at').filterWhere('status', '=', 'pending').as('pending'),
        eb.fn.min('lease_until').filterWhere('status', '=', 'sending').as('leased'),
      ])
      .executeTakeFirst();
    const times = [row?.pending, row?.leased].filter((t): t is string => typeof t === 'string').sort();
    return times[0] === undefined ? undefined : new Date(times[0]);
  }

  async claim(ids: readonly string[], workerId: string, now: Date, leaseUntil: Date): Promise<Delivery[]> {
    if (ids.length === 0) return [];
    const rows = await this.store.transact((trx) =>
      trx
        .updateTable('broadcast_deliveries')
        .set((eb) => ({ status: 'sending', attempts: eb('attempts', '+', 1), lease_until: iso(leaseUntil), worker_id: workerId, updated_at: iso(now) }))
        .where('id', 'in', [...ids])
        .where(due(iso(now)))
        .returningAll()
        .execute(),
    );
    const order = new Map(ids.map((id, i) => [id, i]));
    return rows.map(deliveryFromRow).sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  }

  /** One transaction for the batch; each row is updated only if the claim conditions still hold. */
  settle(settlements: readonly Settlement[], workerId: string, now: Date): Promise<number> {
    return this.store.transact(async (trx) => {
      let applied = 0;
      for (const s of settlements) {
        const query = trx
          .updateTable('broadcast_deliveries')
          .set((eb) => ({ ...changesFor(s, now), ...(s.kind === 'released' ? { attempts: eb('attempts', '-', 1) } : {}), lease_until: null, worker_id: null, updated_at: iso(now) }))
          .where('id', '=', s.id);
        const guarded = s.kind === 'sent' ? query.where('status', '<>', 'sent') : query.where('status', '=', 'sending').where('worker_id', '=', workerId);
        applied += Number((await guarded.executeTakeFirst()).numUpdatedRows);
      }
      return applied;
    });
  }

  async counts(broadcastId: string): Promise<DeliveryCounts> {
    const rows = await this.db
      .selectFrom('broadcast_deliveries')
      .select((eb) => ['status', 'failure_reason', 'permanent', eb.fn.countAll<number>().as('n')])
      .where('broadcast_id', '=', broadcastId)
      .groupBy(['status', 'failure_reason', 'permanent'])
      .execute();
    const byStatus: Partial<Record<DeliveryStatus, number>> = {};
    const failures: Array<{ reason: FailureReason; permanent: boolean; count: number }> = [];
    for (const r of rows) {
      const status = r.status as DeliveryStatus;
      byStatus[status] = (byStatus[status] ?? 0) + Number(r.n);
      if (status === 'failed' && r.failure_reason) failures.push({ reason: r.failure_reason as FailureReason, permanent: r.permanent === 1, count: Number(r.n) });
    }
    return { byStatus, failures };
  }

  async requeueFailed(broadcastId: string, includePermanent: boolean, now: Date): Promise<number> {
    const changes = { status: 'pending', next_attempt_at: iso(now), attempts: 0, failure_reason: null, permanent: 0 };
    return this.updateCount(changes, (q) => {
      const failed = q.where('broadcast_id', '=', broadcastId).where('status', '=', 'failed');
      return includePermanent ? failed : failed.where('permanent', '=', 0);
    }, now);
  }

  async cancelBroadcast(broadcastId: string, now: Date): Promise<number> {
    return this.store.transact(async (trx) => {
      await trx.updateTable('broadcasts').set({ cancelled_at: iso(now) }).where('id', '=', broadcastId).execute();
      const result = await trx
        .updateTable('broadcast_deliveries')
        .set({ status: 'cancelled', updated_at: iso(now) })
        .where('broadcast_id', '=', broadcastId)
        .where('status', '=', 'pending')
        .executeTakeFirst();
      return Number(result.numUpdatedRows);
    });
  }

  private async updateCount(changes: Partial<BroadcastDeliveryTable>, where: Filter, now: Date): Promise<number> {
    const result = await this.store.transact((trx) =>
      where(trx.updateTable('broadcast_deliveries').set({ ...changes, updated_at: iso(now) })).executeTakeFirst(),
    );
    return Number(result.numUpdatedRows);
  }
}

function changesFor(s: Settlement, now: Date): Partial<BroadcastDeliveryTable> {
  if (s.kind === 'sent') return { status: 'sent', sent_at: iso(now), activity_id: s.activityId, failure_reason: null, permanent: 0 };
  if (s.kind === 'retry') return { status: 'pending', next_attempt_at: iso(s.nextAttemptAt), last_status: s.lastError.httpStatus, last_code: s.lastError.code };
  if (s.kind === 'released') return { status: 'pending' };
  const { reason, permanent, httpStatus, code } = s.failure;
  return { status: 'failed', failure_reason: reason, permanent: permanent ? 1 : 0, last_status: httpStatus, last_code: code };
}

type UpdateQuery = UpdateQueryBuilder<Schema, 'broadcast_deliveries', 'broadcast_deliveries', UpdateResult>;
type Filter = (query: UpdateQuery) => UpdateQuery;
