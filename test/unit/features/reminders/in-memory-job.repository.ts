import type { ClaimRequest, EnqueueResult, Job, JobRepository, NewJob } from '../../../../src/features/reminders/index.ts';

type Row = { -readonly [K in keyof Job]: Job[K] } & { workerId: string | null };

/** A fake of the job port with the SQL repository's semantics (checked by the shared contract). */
export class InMemoryJobRepository implements JobRepository {
  readonly rows = new Map<string, Row>();

  async enqueue(job: NewJob, _now: Date): Promise<EnqueueResult> {
    const existing = job.dedupeKey ? [...this.rows.values()].find((r) => r.dedupeKey === job.dedupeKey) : undefined;
    if (existing) return { job: publicOf(existing), created: false };
    const row: Row = { ...job, payload: structuredClone(job.payload), status: 'pending', attempts: 0, leaseUntil: null, lastError: null, workerId: null };
    this.rows.set(job.id, row);
    return { job: publicOf(row), created: true };
  }

  async claimDue({ now, limit, leaseMs, workerId }: ClaimRequest): Promise<Job[]> {
    const due = [...this.rows.values()]
      .filter((r) => (r.status === 'pending' && r.runAt <= now) || (r.status === 'running' && r.leaseUntil !== null && r.leaseUntil < now))
      .sort((a, b) => a.runAt.getTime() - b.runAt.getTime() || a.id.localeCompare(b.id))
      .slice(0, limit);
    for (const r of due) Object.assign(r, { status: 'running', attempts: r.attempts + 1, leaseUntil: new Date(now.getTime() + leaseMs), workerId });
    return due.map(publicOf);
  }

  async complete(id: string, workerId: string, _now: Date): Promise<boolean> {
    const row = this.held(id, workerId);
    if (row) Object.assign(row, { status: 'done', leaseUntil: null });
    return row !== undefined;
  }

  async fail(id: string, workerId: string, error: string, _now: Date, retryAt?: Date): Promise<boolean> {
    const row = this.held(id, workerId);
    if (!row) return false;
    Object.assign(row, retryAt ? { status: 'pending', runAt: retryAt } : { status: 'failed' }, { lastError: error, leaseUntil: null, workerId: null });
    return true;
  }

  async cancelByReference(reference: string, _now: Date): Promise<number> {
    const pending = [...this.rows.values()].filter((r) => r.reference === reference && r.status === 'pending');
    pending.forEach((r) => (r.status = 'cancelled'));
    return pending.length;
  }

  async findByReference(reference: string): Promise<Job[]> {
    return [...this.rows.values()].filter((r) => r.reference === reference).map(publicOf);
  }

  async findById(id: string): Promise<Job | undefined> {
    const row = this.rows.get(id);
    return row && publicOf(row);
  }

  private held(id: string, workerId: string): Row | undefined {
    const row = this.rows.get(id);
    return row && row.status === 'running' && row.workerId === workerId ? row : undefined;
  }
}

function publicOf(r: Row): Job {
  const { workerId: _w, ...job } = r;
  return { ...job, payload: structuredClone(job.payload) };
}
