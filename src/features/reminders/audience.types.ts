import { z } from 'zod';
import type { Recipient } from './broadcast.model.ts';

/**
 * Who an organiser's broadcast goes to. Session audiences split the live enrolments the way the organiser thinks of
 * them: the confirmed participants, and the waiting list (including people holding a seat offer, who have not taken
 * the seat yet). "course" is everyone live in any of the course's sessions; "everyone" and "kreis" count everyone who
 * ever enrolled, whatever became of the enrolment, because an announcement to a region is about the person.
 */
export const AUDIENCE_KINDS = ['session_confirmed', 'session_waitlisted', 'course', 'everyone', 'kreis'] as const;
export type AudienceKind = (typeof AUDIENCE_KINDS)[number];

const id = z.string().trim().min(1).max(100).regex(/^[A-Za-z0-9_.:-]+$/);

export const AudienceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('session_confirmed'), sessionId: id }),
  z.object({ kind: z.literal('session_waitlisted'), sessionId: id }),
  z.object({ kind: z.literal('course'), courseId: id }),
  z.object({ kind: z.literal('everyone') }),
  /** The 5-digit Kreisschlüssel of one of the 35 Landkreise or 9 Stadtkreise. */
  z.object({ kind: z.literal('kreis'), kreisAgs: z.string().regex(/^\d{5}$/) }),
]);
export type Audience = z.infer<typeof AudienceSchema>;

/** A person in an audience, once, however many enrolments they have in it. */
export type AudienceMember = { readonly personId: string; readonly name: string };

/** What the audience turned out to be, for the organiser's preview and status. */
export type AudienceSubject =
  | { readonly kind: 'session'; readonly sessionId: string; readonly courseId: string; readonly title: string; readonly startsAt: Date }
  | { readonly kind: 'course'; readonly courseId: string; readonly title: string }
  | { readonly kind: 'everyone' }
  | { readonly kind: 'kreis'; readonly kreisAgs: string; readonly name: string; readonly districtKind: DistrictKind };

export type ResolvedAudience = {
  readonly audience: Audience;
  readonly subject: AudienceSubject;
  /** One per person with a stored personal conversation with the bot. */
  readonly recipients: readonly Recipient[];
  /** People in the audience the bot cannot write to (never installed it personally, or uninstalled it). */
  readonly unreachable: readonly AudienceMember[];
};

export type AudienceError =
  | { readonly code: 'session_not_found'; readonly sessionId: string }
  | { readonly code: 'course_not_found'; readonly courseId: string }
  | { readonly code: 'unknown_kreis'; readonly kreisAgs: string };

export type DistrictKind = 'landkreis' | 'stadtkreis';

/** A Landkreis or Stadtkreis with the keys of every municipality in it, the district's own key included. */
export type District = {
  readonly kreisAgs: string;
  readonly name: string;
  readonly kind: DistrictKind;
  readonly municipalityAgs: readonly string[];
};
