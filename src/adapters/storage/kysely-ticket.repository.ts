import { z } from 'zod';
import type { Kysely } from 'kysely';
import type { Actor, HandoverChannel, HandoverChannelRepository, NewTicket, Ticket, TicketRepository, TicketStatus } from '../../features/faq/index.ts';
import { TICKET_STATUSES } from '../../features/faq/index.ts';
import { StorageError } from './database.ts';
import type { Database } from './database.ts';
import type { Schema } from './schema.ts';
import type { TicketTable } from './tables/faq.tables.ts';

// Stored JSON is parsed like any other input (STYLE habit 3): a corrupt row fails loudly with its id, never travels in.
const Instant = z.iso.datetime().transform((s) => new Date(s));
const ActorSchema = z.strictObject({ id: z.string(), name: z.string() });
const EventSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.enum(['opened', 'claimed', 'released']), at: Instant, by: ActorSchema }),
  z.strictObject({ type: z.literal('answered'), at: Instant, by: ActorSchema, text: z.string() }),
  z.strictObject({ type: z.literal('closed'), at: Instant, by: ActorSchema, resolution: z.enum(['answered', 'without_answer']) }),
  z.strictObject({ type: z.literal('added_to_knowledge_base'), at: Instant, by: ActorSchema, entryId: z.string() }),
]);
const HistorySchema = z.array(EventSchema);
const BotAnswerSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('entry'), entryId: z.string(), kbVersion: z.string().optional() }),
  z.strictObject({ kind: z.literal('suggestions'), entryIds: z.array(z.string()) }),
  z.strictObject({ kind: z.literal('computed'), computedKind: z.string() }),
  z.strictObject({ kind: z.literal('none'), reason: z.string().optional() }),
]);
const ChannelSchema = z.strictObject({
  serviceUrl: z.string(),
  conversationId: z.string(),
  tenantId: z.string(),
  teamId: z.string().optional(),
  channelId: z.string().optional(),
  botId: z.string().optional(),
  configuredBy: ActorSchema,
  configuredAt: Instant,
});

const CHANNEL_KEY = 'faq.handover_channel';

function parseStored<S extends z.ZodType>(schema: S, json: string, where: string): z.infer<S> {
  const parsed = schema.safeParse(JSON.parse(json));
  if (!parsed.success) throw new StorageError(`${where}: stored JSON does not match: ${parsed.error.issues[0]?.message ?? ''}`);
  return parsed.data;
}

const actor = (id: string | null, name: string | null): Actor | undefined => (id === null ? undefined : { id, name: name ?? '' });

function fromRow(r: TicketTable): Ticket {
  const claimedBy = actor(r.claimed_by_id, r.claimed_by_name);
  const answeredBy = actor(r.answered_by_id, r.answered_by_name);
  const closedBy = actor(r.closed_by_id, r.closed_by_name);
  const municipality = r.municipality_text === null && r.municipality_ags === null ? undefined : {
    ...(r.municipality_text === null ? {} : { text: r.municipality_text }),
    ...(r.municipality_ags === null ? {} : { ags: r.municipality_ags }),
  };
  return {
    id: r.id,
    number: r.number,
    asker: { personId: r.asker_id, name: r.asker_name, tenantId: r.tenant_id },
    ...(municipality ? { municipality } : {}),
    question: r.question,
    ...(r.bot_answer_json === null ? {} : { botAnswer: parseStored(BotAnswerSchema, r.bot_answer_json, `ticket ${r.id}`) }),
    status: r.status as TicketStatus,
    ...(claimedBy ? { claimedBy } : {}),
    ...(answeredBy && r.answer_text !== null && r.answered_at !== null ? { answer: { text: r.answer_text, by: answeredBy, at: new Date(r.answered_at) } } : {}),
    ...(closedBy && r.closed_at !== null ? { closed: { by: closedBy, at: new Date(r.closed_at), resolution: r.resolution as 'answered' | 'without_answer' } } : {}),
    ...(r.kb_entry_id === null ? {} : { knowledgeBaseEntryId: r.kb_entry_id }),
    ...(r.channel_message_id === null ? {} : { channelMessageId: r.channel_message_id }),
    createdAt: new Date(r.created_at),
    updatedAt: new Date(r.updated_at),
    version: r.version,
    history: parseStored(HistorySchema, r.history_json, `ticket ${r.id}`),
  };
}

function toRow(t: Ticket): TicketTable {
  return {
    id: t.id,
    number: t.number,
    status: t.status,
    asker_id: t.asker.personId,
    asker_name: t.asker.name,
    tenant_id: t.asker.tenantId,
    municipality_text: t.municipality?.text ?? null,
    municipality_ags: t.municipality?.ags ?? null,
    question: t.question,
    bot_answer_json: t.botAnswer ? JSON.stringify(t.botAnswer) : null,
    claimed_by_id: t.claimedBy?.id ?? null,
    claimed_by_name: t.claimedBy?.name ?? null,
    answer_text: t.answer?.text ?? null,
    answered_by_id: t.answer?.by.id ?? null,
    answered_by_name: t.answer?.by.name ?? null,
    answered_at: t.answer?.at.toISOString() ?? null,
    closed_by_id: t.closed?.by.id ?? null,
    closed_by_name: t.closed?.by.name ?? null,
    closed_at: t.closed?.at.toISOString() ?? null,
    resolution: t.closed?.resolution ?? null,
    kb_entry_id: t.knowledgeBaseEntryId ?? null,
    channel_message_id: t.channelMessageId ?? null,
    history_json: JSON.stringify(t.history),
    version: t.version,
    created_at: t.createdAt.toISOString(),
    updated_at: t.updatedAt.toISOString(),
  };
}

export class KyselyTicketRepository implements TicketRepository {
  private readonly store: Database;
  private readonly db: Kysely<Schema>;

  constructor(store: Database) {
    this.store = store;
    this.db = store.db;
  }

  insert(ticket: NewTicket): Promise<Ticket> {
    // Inside the serial unit of work, max + 1 cannot race on SQLite; the unique index guards any other store.
    return this.store.transact(async (trx) => {
      const row = await trx.selectFrom('tickets').select((eb) => eb.fn.max('number').as('max')).executeTakeFirst();
      const stored: Ticket = { ...ticket, number: Number(row?.max ?? 0) + 1 };
      await trx.insertInto('tickets').values(toRow(stored)).execute();
      return stored;
    });
  }

  async findById(id: string): Promise<Ticket | undefined> {
    const row = await this.db.selectFrom('tickets').selectAll().where('id', '=', id).executeTakeFirst();
    return row && fromRow(row);
  }

  async update(ticket: Ticket, expectedVersion: number): Promise<boolean> {
    const { id: _id, number: _number, created_at: _created, ...changes } = toRow(ticket);
    const result = await this.store.transact((trx) =>
      trx.updateTable('tickets').set(changes).where('id', '=', ticket.id).where('version', '=', expectedVersion).executeTakeFirst(),
    );
    return Number(result.numUpdatedRows) === 1;
  }

  async listByAsker(personId: string, limit: number): Promise<Ticket[]> {
    const rows = await this.db.selectFrom('tickets').selectAll().where('asker_id', '=', personId).orderBy('created_at', 'desc').orderBy('number', 'desc').limit(limit).execute();
    return rows.map(fromRow);
  }

  async listByStatus(statuses: readonly TicketStatus[], limit: number): Promise<Ticket[]> {
    const wanted = statuses.filter((s) => TICKET_STATUSES.includes(s));
    if (wanted.length === 0) return [];
    const rows = await this.db.selectFrom('tickets').selectAll().where('status', 'in', wanted).orderBy('created_at').orderBy('number').limit(limit).execute();
    return rows.map(fromRow);
  }
}

/** The organisers' channel, one JSON value in the key/value settings table. */
export class KyselyHandoverChannelRepository implements HandoverChannelRepository {
  private readonly store: Database;

  constructor(store: Database) {
    this.store = store;
  }

  async get(): Promise<HandoverChannel | undefined> {
    const row = await this.store.db.selectFrom('settings').select('value_json').where('key', '=', CHANNEL_KEY).executeTakeFirst();
    return row && parseStored(ChannelSchema, row.value_json, `setting ${CHANNEL_KEY}`);
  }

  async set(channel: HandoverChannel): Promise<void> {
    const value = { value_json: JSON.stringify(channel), updated_at: channel.configuredAt.toISOString() };
    await this.store.transact((trx) =>
      trx
        .insertInto('settings')
        .values({ key: CHANNEL_KEY, ...value })
        .onConflict((oc) => oc.column('key').doUpdateSet(value))
        .execute(),
    );
  }
}
