import type { Session } from './catalogue.types.ts';

export interface SeatCounts {
  confirmed: number;
  /** Seat offers that have not expired yet: they hold a seat until accepted, declined or expired. */
  liveOffers: number;
  waiting: number;
}

export interface Availability {
  capacity: number | null;
  remaining: number | null;
  waiting: number;
  /** True when a newcomer would be waitlisted. */
  full: boolean;
}

/** Derived, never stored (STYLE.md habit 6): remaining = capacity − confirmed − live seat offers. */
export function availability(session: Pick<Session, 'capacity'>, counts: SeatCounts): Availability {
  if (session.capacity === null) return { capacity: null, remaining: null, waiting: 0, full: false };
  const remaining = Math.max(0, session.capacity - counts.confirmed - counts.liveOffers);
  // A free seat with people still waiting belongs to them (it is about to be offered), not to a newcomer.
  return { capacity: session.capacity, remaining, waiting: counts.waiting, full: remaining === 0 || counts.waiting > 0 };
}

/** How many waiting people should be offered a seat now. */
export function seatsToOffer(session: Pick<Session, 'capacity'>, counts: SeatCounts): number {
  if (session.capacity === null) return counts.waiting;
  const free = session.capacity - counts.confirmed - counts.liveOffers;
  return Math.max(0, Math.min(free, counts.waiting));
}
