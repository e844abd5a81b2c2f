import type {
  Broadcast,
  Delivery,
  DeliveryCounts,
  DeliveryRepository,
  FailureReason,
  LastError,
  NewBroadcast,
  NewDelivery,
  Settlement,
} from '../../../../src/features/reminders/index.ts';

type Row = { -readonly [K in keyof Delivery]: Delivery[K] } & { workerId: string | null; lastError: LastError | null };

/** A fake that implements the port with the same semantics as the SQL one (checked by the shared contract). */
export class InMemoryDeliveryRepository implements DeliveryRepository {
  readonly broadcasts = new Map<string, Broadcast>();
  readonly rows = new Map<string, Row>();

  async saveBroadcast(broadcast: NewBroadcast, deliveries: readonly NewDelivery[]): Promise<{ created: boolean }> {
    if (this.broadcasts.has(broadcast.id)) return { created: false };
    this.broadcasts.set(broadcast.id, { ...broadcast, cancelledAt: null });
    const keys = new Set<string>();
    for (const d of deliveries) {
      if (keys.has(d.recipient.userKey)) continue;
      keys.add(d.recipient.userKey);
      this.rows.set(d.id, {
        id: d.id,
        broadcastId: broadcast.id,
        recipient: d.recipient,
        status: 'pending',
        attempts: 0,
        nextAttemptAt: broadcast.sendAt,
        leaseUntil: null,
        sentAt: null,
        failure: null,
        workerId: null,
        lastError: null,
      });
    }
    return { created: true };
  }

  async findBroadcast(id: string): Promise<Broadcast | undefined> {
    return this.broadcasts.get(id);
  }

  async findDueTenants(now: Date): Promise<string[]> {
    return [...new Set(this.due(now).map((r) => r.recipient.tenantId))].sort();
  }

  async findDue(now: Date, tenantId: string, limit: number): Promise<Delivery[]> {
    return this.due(now)
      .filter((r) => r.recipient.tenantId === tenantId)
      .sort((a, b) => a.nextAttemptAt.getTime() - b.nextAttemptAt.getTime() || a.id.localeCompare(b.id))
      .slice(0, limit)
      .map(publicOf);
  }

  async nextDueAt(): Promise<Date | undefined> {
    const times = [...this.rows.values()].flatMap((r) =>
      r.status === 'pending' ? [r.nextAttemptAt.getTime()] : r.status === 'sending' && r.leaseUntil ? [r.leaseUntil.getTime()] : [],
    );
    return times.length ? new Date(Math.min(...times)) : undefined;
  }

  async claim(ids: readonly string[], workerId: string, now: Date, leaseUntil: Date): Promise<Delivery[]> {
    const claimed: Delivery[] = [];
    for (const id of ids) {
      const row = this.rows.get(id);
      if (!row || !isDue(row, now)) continue;
      Object.assign(row, { status: 'sending', attempts: row.attempts + 1, leaseUntil, workerId });
      claimed.push(publicOf(row));
    }
    return claimed;
  }

  async settle(settlements: readonly Settlement[], workerId: string, now: Date): Promise<number> {
    let applied = 0;
    for (const s of settlements) {
      const row = this.rows.get(s.id);
      if (!row) continue;
      if (s.kind === 'sent') {
        if (row.status === 'sent') continue;
        Object.assign(row, { status: 'sent', sentAt: now, leaseUntil: null, workerId: null, failure: null });
      } else {
        if (row.status !== 'sending' || row.workerId !== workerId) continue;
        const changes =
          s.kind === 'retry'
            ? { status: 'pending', nextAttemptAt: s.nextAttemptAt, lastError: s.lastError }
            : s.kind === 'released'
              ? { status: 'pending', attempts: row.attempts - 1 }
              : { status: 'failed', failure: s.failure };
        Object.assign(row, changes, { leaseUntil: null, workerId: null });
      }
      applied += 1;
    }
    return applied;
  }

  async counts(broadcastId: string): Promise<DeliveryCounts> {
    const byStatus: Record<string, number> = {};
    const failures = new Map<string, { reason: FailureReason; permanent: boolean; count: number }>();
    for (const r of this.rows.values()) {
      if (r.broadcastId !== broadcastId) continue;
      byStatus[r.status] = (byStatus[r.status] ?? 0) + 1;
      if (r.status === 'failed' && r.failure) {
        const key = `${r.failure.reason}:${r.failure.permanent}`;
        const entry = failures.get(key) ?? { reason: r.failure.reason, permanent: r.failure.permanent, count: 0 };
        entry.count += 1;
        failures.set(key, entry);
      }
    }
    return { byStatus, failures: [...failures.values()] };
  }

  async requeueFailed(broadcastId: string, includePermanent: boolean, now: Date): Promise<number> {
    let n = 0;
    for (const r of this.rows.values()) {
      if (r.broadcastId !== broadcastId || r.status !== 'failed' || (!includePermanent && r.failure?.permanent)) continue;
      Object.assign(r, { status: 'pending', nextAttemptAt: now, attempts: 0, failure: null });
      n += 1;
    }
    return n;
  }

  async cancelBroadcast(broadcastId: string, now: Date): Promise<number> {
    const broadcast = this.broadcasts.get(broadcastId);
    if (broadcast) this.broadcasts.set(broadcastId, { ...broadcast, cancelledAt: now });
    let n = 0;
    for (const r of this.rows.values()) {
      if (r.broadcastId === broadcastId && r.status === 'pending') {
        r.status = 'cancelled';
        n += 1;
      }
    }
    return n;
  }

  private due(now: Date): Row[] {
    return [...this.rows.values()].filter((r) => isDue(r, now));
  }

}

function isDue(r: Row, now: Date): boolean {
  if (r.status === 'pending') return r.nextAttemptAt.getTime() <= now.getTime();
  return r.status === 'sending' && r.leaseUntil !== null && r.leaseUntil.getTime() < now.getTime();
}

function publicOf(r: Row): Delivery {
  const { workerId: _w, lastError: _e, ...delivery } = r;
  return { ...delivery };
}
