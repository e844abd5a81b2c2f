/** Row shapes of the catalogue and enrolment tables. Times are ISO-8601 UTC text, money integer cents. */
export interface CourseTable {
  id: string;
  type: string;
  title: string;
  topic: string | null;
  description: string;
  days: number;
  sample: number;
}

export interface SessionTable {
  id: string;
  course_id: string;
  schedule_json: string;
  starts_at: string;
  ends_at: string;
  mode: string;
  venue: string | null;
  city: string | null;
  online_url: string | null;
  provider: string;
  capacity: number | null;
  fee_cents: number;
  registration_deadline: string;
  cancellation_deadline: string;
  status: string;
  cancelled_reason: string | null;
  reminder_plan_json: string | null;
  sample: number;
  updated_at: string;
}

export interface EnrolmentTable {
  id: string;
  session_id: string;
  person_id: string;
  person_name: string;
  tenant_id: string | null;
  municipality_ags: string;
  municipality_kind: string;
  municipality_name: string;
  department: string;
  role: string | null;
  voucher_id: string | null;
  basis_completed: number;
  consent_at: string;
  status: string;
  seq: number;
  offer_expires_at: string | null;
  quote_json: string;
  rule_version: string;
  created_at: string;
  updated_at: string;
}

/** Domain events written in the same transaction as the change they describe (transactional outbox). */
export interface OutboxTable {
  id: string;
  type: string;
  payload_json: string;
  created_at: string;
  claimed_until: string | null;
  processed_at: string | null;
  attempts: number;
}

export interface CatalogueTables {
  courses: CourseTable;
  sessions: SessionTable;
  enrolments: EnrolmentTable;
  outbox: OutboxTable;
}
