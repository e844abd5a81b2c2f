import { z } from 'zod';
import type { Course, Enrolment, Session } from '../catalogue/index.ts';

/** Job types of the notification half; their payloads are parsed again by the runner before a handler sees them. */
export const NOTIFICATION_JOB_TYPES = {
  reminder: 'reminder.send',
  notice: 'notice.send',
  offerExpiry: 'offer.expire',
} as const;

const id = z.string().trim().min(1).max(200);
const instant = z.iso.datetime();

/** One reminder of one enrolment, for the session as it was planned (a moved session gets new jobs). */
export const ReminderPayloadSchema = z.object({
  enrolmentId: id,
  sessionId: id,
  startsAt: instant,
  daysBefore: z.number().int().min(0),
  at: z.string(),
});
export type ReminderPayload = z.infer<typeof ReminderPayloadSchema>;

/** A one-off message to the person of an enrolment; each kind carries what its card needs beyond the current state. */
export const NoticePayloadSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('seat_offered'), enrolmentId: id, expiresAt: instant }),
  z.object({ kind: z.literal('offer_expired'), enrolmentId: id }),
  z.object({ kind: z.literal('session_cancelled'), enrolmentId: id, reason: z.string().max(2000) }),
  z.object({ kind: z.literal('session_moved'), enrolmentId: id, previousStartsAt: instant, startsAt: instant }),
]);
export type NoticePayload = z.infer<typeof NoticePayloadSchema>;

/** Runs at the offer's expiry and lets the enrolment service end every due offer and pass the seats on. */
export const OfferExpiryPayloadSchema = z.object({ enrolmentId: id, sessionId: id, expiresAt: instant });
export type OfferExpiryPayload = z.infer<typeof OfferExpiryPayloadSchema>;

/** Job references: cancelling an enrolment's reminders is one call on `enrolment:<id>`. */
export const reminderReference = (enrolmentId: string): string => `enrolment:${enrolmentId}`;
export const offerReference = (enrolmentId: string): string => `offer:${enrolmentId}`;
export const noticeReference = (enrolmentId: string): string => `notice:${enrolmentId}`;

type About = { readonly enrolment: Enrolment; readonly session: Session; readonly course: Course; readonly now: Date };

/** What the person is told, with the current state the card shows; the bot turns it into a card (no UI text here). */
export type Notice =
  | (About & { readonly kind: 'reminder'; readonly daysBefore: number })
  | (About & { readonly kind: 'seat_offered'; readonly expiresAt: Date })
  | (About & { readonly kind: 'offer_expired' })
  | (About & { readonly kind: 'session_cancelled'; readonly reason: string })
  | (About & { readonly kind: 'session_moved'; readonly previousStartsAt: Date });
export type NoticeKind = Notice['kind'];
