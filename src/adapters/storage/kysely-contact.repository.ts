import type { Kysely } from 'kysely';
import type { Contact, ContactRepository, TeamsMember } from '../../features/contacts/index.ts';
import type { Schema } from './schema.ts';
import type { ContactTable, TeamsMemberTable } from './tables/contacts.tables.ts';

const toRow = (c: Contact): ContactTable => ({
  key: c.key,
  kind: c.kind,
  user_id: c.userId ?? null,
  name: c.name ?? null,
  tenant_id: c.tenantId,
  service_url: c.serviceUrl,
  conversation_id: c.conversationId,
  bot_id: c.botId,
  team_id: c.teamId ?? null,
  channel_id: c.channelId ?? null,
  locale: c.locale ?? null,
  updated_at: c.updatedAt.toISOString(),
});

const fromRow = (r: ContactTable): Contact => ({
  key: r.key,
  kind: r.kind as Contact['kind'],
  userId: r.user_id ?? undefined,
  name: r.name ?? undefined,
  tenantId: r.tenant_id,
  serviceUrl: r.service_url,
  conversationId: r.conversation_id,
  botId: r.bot_id,
  teamId: r.team_id ?? undefined,
  channelId: r.channel_id ?? undefined,
  locale: r.locale ?? undefined,
  updatedAt: new Date(r.updated_at),
});

const memberFromRow = (r: TeamsMemberTable): TeamsMember => ({
  userId: r.user_id,
  teamsUserId: r.teams_user_id,
  tenantId: r.tenant_id,
  serviceUrl: r.service_url,
  botId: r.bot_id,
  name: r.name ?? undefined,
  locale: r.locale ?? undefined,
  updatedAt: new Date(r.updated_at),
  openRefusedAt: r.open_refused_at ? new Date(r.open_refused_at) : undefined,
});

/** Chunked so a broadcast to thousands stays within SQLite's bound-parameter limit. */
const CHUNK = 500;

export class KyselyContactRepository implements ContactRepository {
  private readonly db: Kysely<Schema>;
  constructor(db: Kysely<Schema>) {
    this.db = db;
  }

  async upsert(contact: Contact): Promise<void> {
    const { key: _key, ...changes } = toRow(contact);
    await this.db
      .insertInto('contacts')
      .values(toRow(contact))
      .onConflict((oc) => oc.column('key').doUpdateSet(changes))
      .execute();
  }

  async findByKey(key: string): Promise<Contact | undefined> {
    const row = await this.db.selectFrom('contacts').selectAll().where('key', '=', key).executeTakeFirst();
    return row && fromRow(row);
  }

  async findByUserIds(userIds: string[]): Promise<Contact[]> {
    if (userIds.length === 0) return [];
    const rows: ContactTable[] = [];
    for (let i = 0; i < userIds.length; i += CHUNK) {
      rows.push(...(await this.db.selectFrom('contacts').selectAll().where('kind', '=', 'personal').where('user_id', 'in', userIds.slice(i, i + CHUNK)).execute()));
    }
    return rows.map(fromRow);
  }

  async removeConversation(conversationId: string): Promise<number> {
    const result = await this.db.deleteFrom('contacts').where('conversation_id', '=', conversationId).executeTakeFirst();
    return Number(result.numDeletedRows);
  }

  async count(): Promise<number> {
    const row = await this.db.selectFrom('contacts').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    return Number(row.n);
  }

  async rememberMember(m: TeamsMember): Promise<void> {
    const changes = { teams_user_id: m.teamsUserId, tenant_id: m.tenantId, service_url: m.serviceUrl, bot_id: m.botId, name: m.name ?? null, locale: m.locale ?? null, updated_at: m.updatedAt.toISOString() };
    await this.db
      .insertInto('teams_members')
      .values({ user_id: m.userId, ...changes, open_refused_at: m.openRefusedAt?.toISOString() ?? null })
      .onConflict((oc) => oc.column('user_id').doUpdateSet(changes))
      .execute();
  }

  async findMembersByUserIds(userIds: string[]): Promise<TeamsMember[]> {
    const rows: TeamsMemberTable[] = [];
    for (let i = 0; i < userIds.length; i += CHUNK) {
      rows.push(...(await this.db.selectFrom('teams_members').selectAll().where('user_id', 'in', userIds.slice(i, i + CHUNK)).execute()));
    }
    return rows.map(memberFromRow);
  }

  async recordOpenRefused(userId: string, at: Date): Promise<void> {
    await this.db.updateTable('teams_members').set({ open_refused_at: at.toISOString() }).where('user_id', '=', userId).execute();
  }
}
