import type { Enrolment, Session } from '../../../../src/features/catalogue/index.ts';
import { isLive } from '../../../../src/features/catalogue/index.ts';
import type { Job, NewJob, PlanningUnit } from '../../../../src/features/reminders/index.ts';

type Row = { -readonly [K in keyof Job]: Job[K] };

/** A fake of the planning port with the SQL unit's semantics: dedupe keys unique, only pending jobs cancelled. */
export class FakePlanningUnit implements PlanningUnit {
  readonly sessions = new Map<string, Session>();
  readonly enrolments = new Map<string, Enrolment>();
  readonly jobs: Row[] = [];
  readonly processed = new Map<string, Date>();

  async findSession(id: string): Promise<Session | undefined> {
    return this.sessions.get(id);
  }

  async findEnrolment(id: string): Promise<Enrolment | undefined> {
    return this.enrolments.get(id);
  }

  async listLive(sessionId: string): Promise<Enrolment[]> {
    return [...this.enrolments.values()].filter((e) => e.sessionId === sessionId && isLive(e.status));
  }

  async pendingJobs(reference: string): Promise<Job[]> {
    return this.jobs.filter((j) => j.reference === reference && j.status === 'pending').map((j) => ({ ...j }));
  }

  async enqueue(job: NewJob, _now: Date): Promise<boolean> {
    if (job.dedupeKey && this.jobs.some((j) => j.dedupeKey === job.dedupeKey)) return false;
    this.jobs.push({ ...job, status: 'pending', attempts: 0, leaseUntil: null, lastError: null });
    return true;
  }

  async cancelJobs(ids: readonly string[], _now: Date): Promise<number> {
    const hit = this.jobs.filter((j) => ids.includes(j.id) && j.status === 'pending');
    hit.forEach((j) => (j.status = 'cancelled'));
    return hit.length;
  }

  async saveReminderPlan(sessionId: string, plan: unknown, _now: Date): Promise<void> {
    const session = this.sessions.get(sessionId);
    if (session) this.sessions.set(sessionId, { ...session, reminderPlan: plan });
  }

  async markProcessed(entryId: string, _claimedUntil: Date, now: Date): Promise<boolean> {
    if (this.processed.has(entryId)) return false;
    this.processed.set(entryId, now);
    return true;
  }

  pending(type?: string): Row[] {
    return this.jobs.filter((j) => j.status === 'pending' && (!type || j.type === type));
  }
}
