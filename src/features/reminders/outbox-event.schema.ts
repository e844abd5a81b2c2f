import { z } from 'zod';
import type { EnrolmentEvent } from '../catalogue/index.ts';

const id = z.string().min(1);
const instant = z.iso.datetime();
const ofEnrolment = { enrolmentId: id, sessionId: id, personId: id };

/** The catalogue's outbox events as stored JSON; parsed once at the relay's edge (STYLE.md habit 3). */
export const EnrolmentEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.enum(['enrolment.confirmed', 'enrolment.waitlisted', 'enrolment.cancelled']), ...ofEnrolment }),
  z.object({ type: z.literal('seat.offered'), ...ofEnrolment, expiresAt: instant }),
  z.object({ type: z.enum(['offer.accepted', 'offer.declined', 'offer.expired']), ...ofEnrolment }),
  z.object({ type: z.literal('session.cancelled'), sessionId: id, enrolmentIds: z.array(id), reason: z.string() }),
  z.object({ type: z.literal('session.moved'), sessionId: id, previousStartsAt: instant, startsAt: instant }),
]);

// Fails to compile when the catalogue adds or changes an event and this schema is not updated alongside.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _inSync: Same<z.infer<typeof EnrolmentEventSchema>, EnrolmentEvent> = true;
void _inSync;
