import type { Course, Enrolment, Session } from '../../features/catalogue/index.ts';
import type { CourseTable, EnrolmentTable, SessionTable } from './tables/catalogue.tables.ts';

const iso = (d: Date | undefined): string | null => (d ? d.toISOString() : null);
const date = (s: string): Date => new Date(s);
const opt = <T>(v: T | null): T | undefined => (v === null ? undefined : v);

export const courseFromRow = (r: CourseTable): Course => ({
  id: r.id,
  type: r.type as Course['type'],
  title: r.title,
  topic: opt(r.topic),
  description: r.description,
  days: r.days,
  sample: r.sample === 1,
});

export const courseToRow = (c: Course): CourseTable => ({
  id: c.id,
  type: c.type,
  title: c.title,
  topic: c.topic ?? null,
  description: c.description,
  days: c.days,
  sample: c.sample ? 1 : 0,
});

export const sessionFromRow = (r: SessionTable): Session => ({
  id: r.id,
  courseId: r.course_id,
  days: (JSON.parse(r.schedule_json) as Array<{ start: string; end: string }>).map((d) => ({ start: date(d.start), end: date(d.end) })),
  startsAt: date(r.starts_at),
  endsAt: date(r.ends_at),
  mode: r.mode as Session['mode'],
  venue: opt(r.venue),
  city: opt(r.city),
  onlineUrl: opt(r.online_url),
  provider: r.provider,
  capacity: r.capacity,
  feeCents: r.fee_cents,
  registrationDeadline: date(r.registration_deadline),
  cancellationDeadline: date(r.cancellation_deadline),
  status: r.status as Session['status'],
  cancelledReason: opt(r.cancelled_reason),
  reminderPlan: r.reminder_plan_json === null ? undefined : (JSON.parse(r.reminder_plan_json) as unknown),
  sample: r.sample === 1,
});

export const sessionToRow = (s: Session, now: Date): SessionTable => ({
  id: s.id,
  course_id: s.courseId,
  schedule_json: JSON.stringify(s.days.map((d) => ({ start: d.start.toISOString(), end: d.end.toISOString() }))),
  starts_at: s.startsAt.toISOString(),
  ends_at: s.endsAt.toISOString(),
  mode: s.mode,
  venue: s.venue ?? null,
  city: s.city ?? null,
  online_url: s.onlineUrl ?? null,
  provider: s.provider,
  capacity: s.capacity,
  fee_cents: s.feeCents,
  registration_deadline: s.registrationDeadline.toISOString(),
  cancellation_deadline: s.cancellationDeadline.toISOString(),
  status: s.status,
  cancelled_reason: s.cancelledReason ?? null,
  reminder_plan_json: s.reminderPlan === undefined ? null : JSON.stringify(s.reminderPlan),
  sample: s.sample ? 1 : 0,
  updated_at: now.toISOString(),
});

export const enrolmentFromRow = (r: EnrolmentTable): Enrolment => ({
  id: r.id,
  sessionId: r.session_id,
  person: { id: r.person_id, name: r.person_name, tenantId: opt(r.tenant_id) },
  municipality: { ags: r.municipality_ags, kind: r.municipality_kind as Enrolment['municipality']['kind'], name: r.municipality_name },
  department: r.department,
  role: opt(r.role),
  voucherId: opt(r.voucher_id),
  basisCompleted: r.basis_completed === 1,
  consentAt: date(r.consent_at),
  status: r.status as Enrolment['status'],
  seq: r.seq,
  offerExpiresAt: r.offer_expires_at === null ? undefined : date(r.offer_expires_at),
  quote: JSON.parse(r.quote_json) as Enrolment['quote'],
  createdAt: date(r.created_at),
  updatedAt: date(r.updated_at),
});

export const enrolmentToRow = (e: Enrolment): EnrolmentTable => ({
  id: e.id,
  session_id: e.sessionId,
  person_id: e.person.id,
  person_name: e.person.name,
  tenant_id: e.person.tenantId ?? null,
  municipality_ags: e.municipality.ags,
  municipality_kind: e.municipality.kind,
  municipality_name: e.municipality.name,
  department: e.department,
  role: e.role ?? null,
  voucher_id: e.voucherId ?? null,
  basis_completed: e.basisCompleted ? 1 : 0,
  consent_at: e.consentAt.toISOString(),
  status: e.status,
  seq: e.seq,
  offer_expires_at: iso(e.offerExpiresAt),
  quote_json: JSON.stringify(e.quote),
  rule_version: e.quote.ruleVersion,
  created_at: e.createdAt.toISOString(),
  updated_at: e.updatedAt.toISOString(),
});
