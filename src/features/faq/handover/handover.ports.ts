import type { Result } from '../../shared/index.ts';
import type { FaqEntry } from '../knowledge-base.schema.ts';
import type { Actor, NewTicket, Ticket, TicketStatus } from './ticket.types.ts';

export interface TicketRepository {
  /** Stores a new ticket and gives it the next ticket number. */
  insert(ticket: NewTicket): Promise<Ticket>;
  findById(id: string): Promise<Ticket | undefined>;
  /** Saves only if the stored version is still `expectedVersion`; false when someone else changed it meanwhile. */
  update(ticket: Ticket, expectedVersion: number): Promise<boolean>;
  /** Newest first. */
  listByAsker(personId: string, limit: number): Promise<Ticket[]>;
  /** Oldest first: the longest-waiting question comes first. */
  listByStatus(statuses: readonly TicketStatus[], limit: number): Promise<Ticket[]>;
}

/**
 * The one team channel where tickets appear: what a proactive message to it needs (a conversation reference), and
 * who set it up. Organisers set it by installing the app in the channel and running the setup command there.
 */
export type HandoverChannel = Readonly<{
  serviceUrl: string;
  conversationId: string;
  tenantId: string;
  teamId?: string;
  channelId?: string;
  botId?: string;
  configuredBy: Actor;
  configuredAt: Date;
}>;

export interface HandoverChannelRepository {
  get(): Promise<HandoverChannel | undefined>;
  /** Replaces the previous channel: there is exactly one. */
  set(channel: HandoverChannel): Promise<void>;
}

export type KnowledgeBaseWriteError =
  | Readonly<{ code: 'kb_unreadable' | 'kb_not_json'; path: string; reason: string }>
  /** The file with the new entry would not validate: nothing was written. `problems` name entry and field. */
  | Readonly<{ code: 'kb_invalid'; path: string; problems: readonly string[] }>
  | Readonly<{ code: 'kb_duplicate_id'; path: string; entryId: string }>;

/** Appends an entry to the knowledge-base data file, keeping the file valid; the store's reload picks it up. */
export interface KnowledgeBaseWriter {
  append(entry: FaqEntry): Promise<Result<Readonly<{ entryId: string; version: string }>, KnowledgeBaseWriteError>>;
}
