import { err, ok, type Result } from '../shared/index.ts';
import { availability, type SeatCounts } from './availability.ts';
import type { Enrolment, Session } from './catalogue.types.ts';

export type EnrolmentErrorCode =
  | 'invalid_request'
  | 'session_not_found'
  | 'session_cancelled'
  | 'session_started'
  | 'registration_closed'
  | 'unknown_municipality'
  | 'voucher_invalid_format'
  | 'voucher_wrong_municipality'
  | 'consent_required'
  | 'enrolment_not_found'
  | 'cancellation_deadline_passed'
  | 'not_offered'
  | 'offer_expired'
  | 'session_full';

export interface EnrolmentError {
  code: EnrolmentErrorCode;
  sessionId?: string;
  enrolmentId?: string;
  /** The deadline that was missed, for the user's answer. */
  deadline?: Date;
  detail?: string;
}

const fail = (code: EnrolmentErrorCode, context: Omit<EnrolmentError, 'code'> = {}) => err<EnrolmentError>({ code, ...context });

/** Registration is open until the minute of the deadline (exclusive) and never after the start. */
export function checkOpenForEnrolment(session: Session, now: Date): Result<void, EnrolmentError> {
  if (session.status === 'cancelled') return fail('session_cancelled', { sessionId: session.id });
  if (now >= session.startsAt) return fail('session_started', { sessionId: session.id, deadline: session.startsAt });
  if (now >= session.registrationDeadline) return fail('registration_closed', { sessionId: session.id, deadline: session.registrationDeadline });
  return ok(undefined);
}

export function placeNewcomer(session: Session, counts: SeatCounts): 'confirmed' | 'waitlisted' {
  return availability(session, counts).full ? 'waitlisted' : 'confirmed';
}

/**
 * A person may leave the waitlist or an offer at any time before the start; a confirmed seat only until the
 * self-cancellation deadline, because after it the provider charges the place (the organiser can still cancel).
 */
export function checkSelfCancellation(enrolment: Enrolment, session: Session, now: Date): Result<void, EnrolmentError> {
  if (now >= session.startsAt) return fail('session_started', { sessionId: session.id, enrolmentId: enrolment.id, deadline: session.startsAt });
  if (enrolment.status === 'confirmed' && now >= session.cancellationDeadline) {
    return fail('cancellation_deadline_passed', { sessionId: session.id, enrolmentId: enrolment.id, deadline: session.cancellationDeadline });
  }
  return ok(undefined);
}

export function checkOfferAnswer(enrolment: Enrolment, session: Session, now: Date): Result<void, EnrolmentError> {
  const context = { sessionId: session.id, enrolmentId: enrolment.id };
  if (session.status === 'cancelled') return fail('session_cancelled', context);
  if (enrolment.status === 'expired') return fail('offer_expired', { ...context, deadline: enrolment.offerExpiresAt });
  if (enrolment.status !== 'offered') return fail('not_offered', context);
  if (now >= session.startsAt) return fail('session_started', { ...context, deadline: session.startsAt });
  if (enrolment.offerExpiresAt && now >= enrolment.offerExpiresAt) return fail('offer_expired', { ...context, deadline: enrolment.offerExpiresAt });
  return ok(undefined);
}

/** An offer lasts the configured time, but never beyond the start of the session. */
export function offerExpiry(now: Date, ttlMs: number, session: Session): Date {
  return new Date(Math.min(now.getTime() + ttlMs, session.startsAt.getTime()));
}
