import { seatsToOffer } from './availability.ts';
import type { EnrolmentUnit } from './catalogue.ports.ts';
import type { Enrolment, Session } from './catalogue.types.ts';
import { offerExpiry } from './enrolment.transitions.ts';

/**
 * Waitlist promotion (pretix's waiting list): every freed seat becomes a time-limited offer to the person who has
 * waited longest. The offer holds the seat; accepting re-checks it.
 */
export async function offerFreedSeats(unit: EnrolmentUnit, session: Session, now: Date, ttlMs: number): Promise<Enrolment[]> {
  if (session.status === 'cancelled' || now >= session.startsAt) return [];
  const counts = await unit.seatCounts(session.id, now);
  const n = seatsToOffer(session, counts);
  if (n === 0) return [];
  const offered: Enrolment[] = [];
  for (const waiting of await unit.nextWaiting(session.id, n)) {
    const expiresAt = offerExpiry(now, ttlMs, session);
    const next: Enrolment = { ...waiting, status: 'offered', offerExpiresAt: expiresAt, updatedAt: now };
    await unit.update(next);
    await unit.appendEvent({ type: 'seat.offered', enrolmentId: next.id, sessionId: session.id, personId: next.person.id, expiresAt: expiresAt.toISOString() }, now);
    offered.push(next);
  }
  return offered;
}
