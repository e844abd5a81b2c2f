/** Row shapes of jobs, broadcasts and their deliveries. Times are ISO-8601 UTC text, counters integers, JSON text. */
export interface JobTable {
  id: string;
  type: string;
  payload_json: string;
  run_at: string;
  status: string;
  attempts: number;
  max_attempts: number;
  lease_until: string | null;
  worker_id: string | null;
  last_error: string | null;
  reference: string | null;
  dedupe_key: string | null;
  created_at: string;
  updated_at: string;
}

export interface BroadcastTable {
  id: string;
  activity_json: string;
  created_by: string;
  created_at: string;
  send_at: string;
  recipient_count: number;
  cancelled_at: string | null;
}

export interface BroadcastDeliveryTable {
  id: string;
  broadcast_id: string;
  user_key: string;
  tenant_id: string;
  service_url: string;
  conversation_id: string;
  status: string;
  attempts: number;
  next_attempt_at: string;
  lease_until: string | null;
  worker_id: string | null;
  last_status: number | null;
  last_code: string | null;
  failure_reason: string | null;
  permanent: number;
  activity_id: string | null;
  sent_at: string | null;
  updated_at: string;
}

export interface JobTables {
  jobs: JobTable;
  broadcasts: BroadcastTable;
  broadcast_deliveries: BroadcastDeliveryTable;
}
