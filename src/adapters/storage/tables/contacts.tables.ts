export interface ContactTable {
  key: string;
  kind: string;
  user_id: string | null;
  name: string | null;
  tenant_id: string;
  service_url: string;
  conversation_id: string;
  bot_id: string;
  team_id: string | null;
  channel_id: string | null;
  locale: string | null;
  updated_at: string;
}

export interface TeamsMemberTable {
  user_id: string;
  teams_user_id: string;
  tenant_id: string;
  service_url: string;
  bot_id: string;
  name: string | null;
  locale: string | null;
  updated_at: string;
  open_refused_at: string | null;
}

export interface ContactTables {
  contacts: ContactTable;
  teams_members: TeamsMemberTable;
}
