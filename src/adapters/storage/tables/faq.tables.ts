/** Row shapes of hand-over tickets, answer feedback and key/value settings. Times ISO-8601 UTC text, JSON as text. */
export interface TicketTable {
  id: string;
  number: number;
  status: string;
  asker_id: string;
  asker_name: string;
  tenant_id: string;
  municipality_text: string | null;
  municipality_ags: string | null;
  question: string;
  bot_answer_json: string | null;
  claimed_by_id: string | null;
  claimed_by_name: string | null;
  answer_text: string | null;
  answered_by_id: string | null;
  answered_by_name: string | null;
  answered_at: string | null;
  closed_by_id: string | null;
  closed_by_name: string | null;
  closed_at: string | null;
  resolution: string | null;
  kb_entry_id: string | null;
  channel_message_id: string | null;
  history_json: string;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface FeedbackTable {
  answer_id: string;
  person_id: string;
  target_kind: string;
  target_id: string;
  /** 1 = helpful, 0 = not helpful. */
  helpful: number;
  question: string;
  created_at: string;
  updated_at: string;
}

export interface SettingTable {
  key: string;
  value_json: string;
  updated_at: string;
}

export interface FaqTables {
  tickets: TicketTable;
  feedback: FeedbackTable;
  settings: SettingTable;
}
