import { err, ok, type Clock, type Result } from '../shared/index.ts';
import type { EnrolmentStore } from './catalogue.ports.ts';
import type { Enrolment, Session, SessionDay } from './catalogue.types.ts';
import type { EnrolmentError } from './enrolment.transitions.ts';

export interface SessionAdminDeps {
  store: EnrolmentStore;
  clock: Clock;
}

/** What organisers do to a session; every affected person gets an outcome through the outbox. */
export class SessionAdminService {
  private readonly deps: SessionAdminDeps;
  constructor(deps: SessionAdminDeps) {
    this.deps = deps;
  }

  async cancelSession(sessionId: string, reason: string): Promise<Result<{ session: Session; affected: Enrolment[] }, EnrolmentError>> {
    const now = this.deps.clock.now();
    return this.deps.store.transact(async (unit) => {
      const session = await unit.findSession(sessionId);
      if (!session) return err({ code: 'session_not_found', sessionId });
      if (session.status === 'cancelled') return ok({ session, affected: [] });
      const cancelled: Session = { ...session, status: 'cancelled', cancelledReason: reason };
      await unit.saveSession(cancelled);
      const affected: Enrolment[] = [];
      for (const enrolment of await unit.listLive(sessionId)) {
        const next: Enrolment = { ...enrolment, status: 'session_cancelled', offerExpiresAt: undefined, updatedAt: now };
        await unit.update(next);
        affected.push(next);
      }
      await unit.appendEvent({ type: 'session.cancelled', sessionId, enrolmentIds: affected.map((e) => e.id), reason }, now);
      return ok({ session: cancelled, affected });
    });
  }

  /**
   * Moves a session to new days; the deadlines keep their distance to the start, so people keep the same
   * notice. Enrolments stay; reminders are re-planned from the `session.moved` event.
   */
  async moveSession(sessionId: string, days: SessionDay[]): Promise<Result<Session, EnrolmentError>> {
    const now = this.deps.clock.now();
    const sorted = [...days].sort((a, b) => a.start.getTime() - b.start.getTime());
    const first = sorted[0];
    const last = sorted[sorted.length - 1];
    if (!first || !last || sorted.some((d) => d.end <= d.start)) return err({ code: 'invalid_request', sessionId, detail: 'days' });
    if (first.start <= now) return err({ code: 'session_started', sessionId, deadline: first.start });
    return this.deps.store.transact(async (unit) => {
      const session = await unit.findSession(sessionId);
      if (!session) return err({ code: 'session_not_found', sessionId });
      if (session.status === 'cancelled') return err({ code: 'session_cancelled', sessionId });
      const shift = first.start.getTime() - session.startsAt.getTime();
      const moved: Session = {
        ...session,
        days: sorted,
        startsAt: first.start,
        endsAt: last.end,
        registrationDeadline: new Date(session.registrationDeadline.getTime() + shift),
        cancellationDeadline: new Date(session.cancellationDeadline.getTime() + shift),
      };
      await unit.saveSession(moved);
      await unit.appendEvent({ type: 'session.moved', sessionId, previousStartsAt: session.startsAt.toISOString(), startsAt: moved.startsAt.toISOString() }, now);
      return ok(moved);
    });
  }

  async participants(sessionId: string): Promise<Enrolment[]> {
    return this.deps.store.listBySession(sessionId);
  }
}
