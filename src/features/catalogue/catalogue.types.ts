import type { Cents } from '../shared/index.ts';

export const COURSE_TYPES = ['basis', 'aufbau', 'inhouse', 'vernetzung', 'digilunch'] as const;
export type CourseType = (typeof COURSE_TYPES)[number];

export const SESSION_MODES = ['onsite', 'online', 'hybrid'] as const;
export type SessionMode = (typeof SESSION_MODES)[number];

export interface Course {
  id: string;
  type: CourseType;
  title: string;
  topic?: string;
  description: string;
  days: number;
  sample: boolean;
}

export interface SessionDay {
  start: Date;
  end: Date;
}

export interface Session {
  id: string;
  courseId: string;
  days: SessionDay[];
  startsAt: Date;
  endsAt: Date;
  mode: SessionMode;
  venue?: string;
  city?: string;
  onlineUrl?: string;
  provider: string;
  /** null = unlimited (Digi-Lunch and other online formats). */
  capacity: number | null;
  feeCents: Cents;
  registrationDeadline: Date;
  cancellationDeadline: Date;
  status: 'scheduled' | 'cancelled';
  cancelledReason?: string;
  /** Organiser's reminder plan, owned by the reminders feature; the catalogue only keeps it. */
  reminderPlan?: unknown;
  sample: boolean;
}

export const LIVE_STATUSES = ['confirmed', 'waitlisted', 'offered'] as const;
export type EnrolmentStatus =
  | (typeof LIVE_STATUSES)[number]
  | 'cancelled'
  | 'declined'
  | 'expired'
  | 'session_cancelled';

/** What was promised at enrolment time; never recomputed (STYLE.md habit 7). */
export interface QuoteSnapshot {
  feeCents: Cents;
  voucherCents: Cents;
  ownShareCents: Cents;
  ruleVersion: string;
  /** Why the voucher is lower than it could be, e.g. `no_voucher_id`, `aufbau_requires_basis`. */
  notes: string[];
  sources: Array<{ id: string; title: string; url?: string }>;
}

export interface MunicipalityRef {
  ags: string;
  kind: 'gemeinde' | 'stadt' | 'landkreis' | 'stadtkreis';
  name: string;
}

export interface Person {
  id: string;
  name: string;
  tenantId?: string;
}

export interface Enrolment {
  id: string;
  sessionId: string;
  person: Person;
  municipality: MunicipalityRef;
  department: string;
  role?: string;
  voucherId?: string;
  basisCompleted: boolean;
  consentAt: Date;
  status: EnrolmentStatus;
  /** Arrival order within the session; the waitlist is served in this order. */
  seq: number;
  offerExpiresAt?: Date;
  quote: QuoteSnapshot;
  createdAt: Date;
  updatedAt: Date;
}

export const isLive = (status: EnrolmentStatus): boolean => (LIVE_STATUSES as readonly string[]).includes(status);
