/** Row shape of the organisers' broadcast status card messages. Times ISO-8601 UTC text. */
export interface BroadcastStatusCardTable {
  broadcast_id: string;
  service_url: string;
  conversation_id: string;
  conversation_type: string;
  tenant_id: string;
  activity_id: string;
  user_id: string;
  locale: string;
  saved_at: string;
}

export interface StatusCardTables {
  broadcast_status_cards: BroadcastStatusCardTable;
}
