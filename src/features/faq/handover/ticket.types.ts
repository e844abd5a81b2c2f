/**
 * A question handed over from the bot to the organisers ("ask an expert"). Lifecycle:
 * open → claimed → answered → closed, or closed at any point without an answer. Claiming only tells the other
 * organisers who is on it: anyone in the organisers' channel may answer or close.
 */
export type TicketStatus = 'open' | 'claimed' | 'answered' | 'closed';

export const TICKET_STATUSES: readonly TicketStatus[] = ['open', 'claimed', 'answered', 'closed'];

/** Someone acting on a ticket. `id` is the Teams user's AAD object id; `name` as Teams showed it at the time. */
export type Actor = Readonly<{ id: string; name: string }>;

/** The person who asked. `personId` is the AAD object id: the key of their personal chat for the proactive answer. */
export type Asker = Readonly<{ personId: string; name: string; tenantId: string }>;

/** As the asker named it (free text), or resolved in the directory (AGS), or both. */
export type TicketMunicipality = Readonly<{ text?: string; ags?: string }>;

/** What the bot had answered before the hand-over, so the organisers see it on the ticket card. */
export type BotAnswerRef =
  | Readonly<{ kind: 'entry'; entryId: string; kbVersion?: string }>
  | Readonly<{ kind: 'suggestions'; entryIds: readonly string[] }>
  | Readonly<{ kind: 'computed'; computedKind: string }>
  /** `reason` is the classifier's code, e.g. 'offtopic' or 'unconfirmed_topic'. */
  | Readonly<{ kind: 'none'; reason?: string }>;

export type TicketAnswer = Readonly<{ text: string; by: Actor; at: Date }>;

export type CloseResolution = 'answered' | 'without_answer';

export type TicketEvent =
  | Readonly<{ type: 'opened'; at: Date; by: Actor }>
  | Readonly<{ type: 'claimed'; at: Date; by: Actor }>
  | Readonly<{ type: 'released'; at: Date; by: Actor }>
  | Readonly<{ type: 'answered'; at: Date; by: Actor; text: string }>
  | Readonly<{ type: 'closed'; at: Date; by: Actor; resolution: CloseResolution }>
  | Readonly<{ type: 'added_to_knowledge_base'; at: Date; by: Actor; entryId: string }>;

export type TicketEventType = TicketEvent['type'];

export type Ticket = Readonly<{
  id: string;
  /** Short number for people ("Ticket #12") and for knowledge-base ids (faq-t-12); given by the store. */
  number: number;
  asker: Asker;
  municipality?: TicketMunicipality;
  /** The asker's text exactly as typed: the bot escapes it when rendering (it may contain markup). */
  question: string;
  botAnswer?: BotAnswerRef;
  status: TicketStatus;
  claimedBy?: Actor;
  /** The latest answer; earlier ones stay in the history. */
  answer?: TicketAnswer;
  closed?: Readonly<{ by: Actor; at: Date; resolution: CloseResolution }>;
  knowledgeBaseEntryId?: string;
  /** Teams activity id of the ticket card in the organisers' channel, to update the card in place. */
  channelMessageId?: string;
  createdAt: Date;
  updatedAt: Date;
  /** Optimistic concurrency: every saved change increments it. */
  version: number;
  history: readonly TicketEvent[];
}>;

/** A ticket before the store gave it its number. */
export type NewTicket = Omit<Ticket, 'number'>;

/** Teams rejects messages above ~28 KB; a card repeats the question, so keep it well below (German text, UTF-8). */
export const MAX_TICKET_QUESTION_CHARS = 6_000;
/** Issue 4: organisers' answers up to 4,000 characters. */
export const MAX_TICKET_ANSWER_CHARS = 4_000;

export type TicketError =
  | Readonly<{ code: 'ticket_not_found'; ticketId: string }>
  | Readonly<{ code: 'question_empty' }>
  | Readonly<{ code: 'question_too_long'; length: number; max: number }>
  | Readonly<{ code: 'already_claimed_by_other'; ticketId: string; claimedBy: Actor }>
  | Readonly<{ code: 'already_answered'; ticketId: string; answeredBy: Actor }>
  | Readonly<{ code: 'already_closed'; ticketId: string; closedBy: Actor }>
  | Readonly<{ code: 'not_claimed_by_you'; ticketId: string; claimedBy?: Actor }>
  | Readonly<{ code: 'answer_empty'; ticketId: string }>
  | Readonly<{ code: 'answer_too_long'; ticketId: string; length: number; max: number }>
  | Readonly<{ code: 'ticket_not_answered'; ticketId: string }>
  | Readonly<{ code: 'already_in_knowledge_base'; ticketId: string; entryId: string }>
  /** The draft or the file would be invalid; `problems` come from the writer, for the organiser's log. */
  | Readonly<{ code: 'knowledge_base_rejected'; ticketId: string; reason: string; problems: readonly string[] }>
  /** Someone else changed the ticket at the same moment, several times in a row: try again. */
  | Readonly<{ code: 'concurrent_update'; ticketId: string }>;

export type TicketErrorCode = TicketError['code'];

/** Counted in code points, so an emoji is one character as people count it. */
export const charCount = (text: string): number => [...text].length;
