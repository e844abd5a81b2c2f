import type { Result } from '../shared/index.ts';
import type { SeatCounts } from './availability.ts';
import type { Course, CourseType, Enrolment, MunicipalityRef, QuoteSnapshot, Session, SessionMode } from './catalogue.types.ts';

export interface SessionFilter {
  from: Date;
  to?: Date;
  courseType?: CourseType;
  mode?: SessionMode;
  provider?: string;
  includeCancelled?: boolean;
}

export interface CatalogueRepository {
  listCourses(): Promise<Course[]>;
  findCourseById(id: string): Promise<Course | undefined>;
  findSessionById(id: string): Promise<Session | undefined>;
  listSessions(filter: SessionFilter): Promise<Session[]>;
  /** Seeds from the catalogue file: inserts what is missing, never overwrites what organisers changed. */
  insertMissing(courses: Course[], sessions: Session[]): Promise<{ courses: number; sessions: number }>;
  seatCounts(sessionIds: string[], now: Date): Promise<Map<string, SeatCounts>>;
}

export type EnrolmentEvent =
  | { type: 'enrolment.confirmed' | 'enrolment.waitlisted' | 'enrolment.cancelled'; enrolmentId: string; sessionId: string; personId: string }
  | { type: 'seat.offered'; enrolmentId: string; sessionId: string; personId: string; expiresAt: string }
  | { type: 'offer.accepted' | 'offer.declined' | 'offer.expired'; enrolmentId: string; sessionId: string; personId: string }
  | { type: 'session.cancelled'; sessionId: string; enrolmentIds: string[]; reason: string }
  | { type: 'session.moved'; sessionId: string; previousStartsAt: string; startsAt: string };

export interface Arrival {
  session: Session;
  course: Course;
  counts: SeatCounts & { nextSeq: number };
  liveEnrolmentId?: string;
}

/** Everything one read-decide-write needs, inside a single serial transaction. */
export interface EnrolmentUnit {
  findSession(id: string): Promise<Session | undefined>;
  /** What an enrolment attempt needs to decide, read at once: session, course, seat counts, the person's live enrolment. */
  arrival(sessionId: string, personId: string, now: Date): Promise<Arrival | undefined>;
  findEnrolment(id: string): Promise<Enrolment | undefined>;
  seatCounts(sessionId: string, now: Date): Promise<SeatCounts & { nextSeq: number }>;
  /** The longest-waiting people, in arrival order. */
  nextWaiting(sessionId: string, limit: number): Promise<Enrolment[]>;
  /** 1-based place in the waitlist of a waiting enrolment. */
  waitlistPosition(sessionId: string, seq: number): Promise<number>;
  listLive(sessionId: string): Promise<Enrolment[]>;
  findDueOffers(now: Date, limit: number): Promise<Enrolment[]>;
  insert(enrolment: Enrolment): Promise<void>;
  update(enrolment: Enrolment): Promise<void>;
  saveSession(session: Session): Promise<void>;
  appendEvent(event: EnrolmentEvent, at: Date): Promise<void>;
}

export interface EnrolmentStore {
  transact<T>(work: (unit: EnrolmentUnit) => Promise<T>): Promise<T>;
  findById(id: string): Promise<Enrolment | undefined>;
  listByPerson(personId: string): Promise<Enrolment[]>;
  listBySession(sessionId: string): Promise<Enrolment[]>;
}

export interface QuoteRequest {
  courseType: CourseType;
  days: number;
  feeCents: number;
  voucherId?: string;
  basisCompleted: boolean;
  startsAt: Date;
  municipality: MunicipalityRef;
}

/** Implemented with the programme rules; the catalogue only stores what it returns. */
export interface FundingQuoter {
  quote(request: QuoteRequest): QuoteSnapshot;
}

export type MunicipalityCheckCode = 'unknown_municipality' | 'voucher_invalid_format' | 'voucher_wrong_municipality';

export interface MunicipalityLookup {
  find(ags: string, kind?: MunicipalityRef['kind']): MunicipalityRef | undefined;
  /** Returns the normalised voucher id. */
  checkVoucher(voucherId: string, municipality: MunicipalityRef): Result<string, { code: MunicipalityCheckCode; detail?: string }>;
}
