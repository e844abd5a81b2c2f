import { err, newId, ok } from '../../shared/index.ts';
import type { Clock, Result } from '../../shared/index.ts';
import type { FaqEntry } from '../knowledge-base.schema.ts';
import type { HandoverChannel, HandoverChannelRepository, KnowledgeBaseWriter, TicketRepository } from './handover.ports.ts';
import { toKnowledgeBaseEntry } from './knowledge-base-draft.ts';
import type { KnowledgeBaseDraftInput } from './knowledge-base-draft.ts';
import {
  answerTicket,
  attachChannelMessage,
  checkKnowledgeBaseCandidate,
  claimTicket,
  closeTicket,
  markAddedToKnowledgeBase,
  openTicket,
  releaseTicket,
} from './ticket.transitions.ts';
import type { OpenTicketInput, TicketChange } from './ticket.transitions.ts';
import type { Actor, Asker, Ticket, TicketAnswer, TicketError } from './ticket.types.ts';

export type HandoverDeps = Readonly<{
  tickets: TicketRepository;
  channel: HandoverChannelRepository;
  knowledgeBase: KnowledgeBaseWriter;
  clock: Clock;
  newId?: (prefix: string) => string;
}>;

export type OpenRequest = Omit<OpenTicketInput, 'id'>;

/** What the bot sends to the asker's personal chat, proactively. */
export type AskerNotice =
  | Readonly<{ kind: 'answered'; to: Asker; ticketId: string; number: number; question: string; answer: TicketAnswer }>
  | Readonly<{ kind: 'closed_without_answer'; to: Asker; ticketId: string; number: number; question: string; closedBy: Actor }>;

export type TicketWithNotice = Readonly<{ ticket: Ticket; notice?: AskerNotice }>;

export type ChannelReference = Omit<HandoverChannel, 'configuredBy' | 'configuredAt'>;

/** A lost race is re-read and decided again; more than this many in a row means something is wrong. */
const MAX_ATTEMPTS = 3;

/**
 * Hand-over of a question to the organisers ("ask an expert"): tickets with a lifecycle, the answer that goes back to
 * the asker, the organisers' channel and adding a good answer to the knowledge base. The bot renders and sends.
 */
export class HandoverService {
  private readonly deps: HandoverDeps;
  private readonly newId: (prefix: string) => string;

  constructor(deps: HandoverDeps) {
    this.deps = deps;
    this.newId = deps.newId ?? newId;
  }

  async open(request: OpenRequest): Promise<Result<Ticket, TicketError>> {
    const draft = openTicket({ ...request, id: this.newId('tkt') }, this.deps.clock.now());
    if (!draft.ok) return draft;
    return ok(await this.deps.tickets.insert(draft.value));
  }

  async get(ticketId: string): Promise<Result<Ticket, TicketError>> {
    const ticket = await this.deps.tickets.findById(ticketId);
    return ticket ? ok(ticket) : err({ code: 'ticket_not_found', ticketId });
  }

  claim(ticketId: string, organiser: Actor): Promise<Result<Ticket, TicketError>> {
    return this.ticketOnly(this.change(ticketId, (t, at) => claimTicket(t, organiser, at)));
  }

  release(ticketId: string, organiser: Actor): Promise<Result<Ticket, TicketError>> {
    return this.ticketOnly(this.change(ticketId, (t, at) => releaseTicket(t, organiser, at)));
  }

  /** The notice is absent when the same answer came twice (a retried invoke): the asker hears it once. */
  async answer(ticketId: string, organiser: Actor, text: string): Promise<Result<TicketWithNotice, TicketError>> {
    const result = await this.change(ticketId, (t, at) => answerTicket(t, organiser, text, at));
    if (!result.ok) return result;
    const { ticket, changed } = result.value;
    if (!changed || !ticket.answer) return ok({ ticket });
    return ok({ ticket, notice: { kind: 'answered', to: ticket.asker, ticketId: ticket.id, number: ticket.number, question: ticket.question, answer: ticket.answer } });
  }

  /** Closing without an answer tells the asker, so nobody waits for an answer that will not come. */
  async close(ticketId: string, organiser: Actor): Promise<Result<TicketWithNotice, TicketError>> {
    const result = await this.change(ticketId, (t, at) => closeTicket(t, organiser, at));
    if (!result.ok) return result;
    const { ticket } = result.value;
    if (ticket.closed?.resolution !== 'without_answer') return ok({ ticket });
    return ok({ ticket, notice: { kind: 'closed_without_answer', to: ticket.asker, ticketId: ticket.id, number: ticket.number, question: ticket.question, closedBy: organiser } });
  }

  attachChannelMessage(ticketId: string, channelMessageId: string): Promise<Result<Ticket, TicketError>> {
    return this.ticketOnly(this.change(ticketId, (t, at) => ok(attachChannelMessage(t, channelMessageId, at))));
  }

  /** Writes the ticket's answer (edited by the organiser) to the knowledge-base file and notes it on the ticket. */
  async addToKnowledgeBase(ticketId: string, organiser: Actor, input: KnowledgeBaseDraftInput = {}): Promise<Result<Readonly<{ ticket: Ticket; entry: FaqEntry; kbVersion: string }>, TicketError>> {
    const found = await this.get(ticketId);
    if (!found.ok) return found;
    const candidate = checkKnowledgeBaseCandidate(found.value);
    if (!candidate.ok) return candidate;
    const entry = toKnowledgeBaseEntry(found.value, input, this.deps.clock.now());
    if (!entry.ok) return err({ code: 'knowledge_base_rejected', ticketId, reason: entry.error.code, problems: entry.error.code === 'kb_entry_invalid' ? entry.error.problems : [] });
    const written = await this.deps.knowledgeBase.append(entry.value);
    if (!written.ok) {
      // Two organisers adding the same ticket at once: the second finds the entry already there.
      const again = await this.deps.tickets.findById(ticketId);
      if (again?.knowledgeBaseEntryId) return err({ code: 'already_in_knowledge_base', ticketId, entryId: again.knowledgeBaseEntryId });
      const e = written.error;
      const problems = e.code === 'kb_invalid' ? e.problems : e.code === 'kb_duplicate_id' ? [`id "${e.entryId}" exists`] : [e.reason];
      return err({ code: 'knowledge_base_rejected', ticketId, reason: e.code, problems });
    }
    const marked = await this.change(ticketId, (t, at) => markAddedToKnowledgeBase(t, organiser, entry.value.id, at));
    if (!marked.ok) return marked;
    return ok({ ticket: marked.value.ticket, entry: entry.value, kbVersion: written.value.version });
  }

  /** The asker's own questions, newest first, with their status. */
  listByAsker(personId: string, limit = 10): Promise<Ticket[]> {
    return this.deps.tickets.listByAsker(personId, limit);
  }

  /** Open and claimed tickets, the longest-waiting first. */
  listOpen(limit = 50): Promise<Ticket[]> {
    return this.deps.tickets.listByStatus(['open', 'claimed'], limit);
  }

  async configureChannel(reference: ChannelReference, by: Actor): Promise<HandoverChannel> {
    const channel: HandoverChannel = { ...reference, configuredBy: by, configuredAt: this.deps.clock.now() };
    await this.deps.channel.set(channel);
    return channel;
  }

  channel(): Promise<HandoverChannel | undefined> {
    return this.deps.channel.get();
  }

  /** Read, decide, save if nobody changed the ticket meanwhile; otherwise decide again on the fresh ticket. */
  private async change(ticketId: string, decide: (ticket: Ticket, at: Date) => Result<TicketChange, TicketError>): Promise<Result<TicketChange, TicketError>> {
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const current = await this.deps.tickets.findById(ticketId);
      if (!current) return err({ code: 'ticket_not_found', ticketId });
      const decided = decide(current, this.deps.clock.now());
      if (!decided.ok || !decided.value.changed) return decided;
      if (await this.deps.tickets.update(decided.value.ticket, current.version)) return decided;
    }
    return err({ code: 'concurrent_update', ticketId });
  }

  private async ticketOnly(pending: Promise<Result<TicketChange, TicketError>>): Promise<Result<Ticket, TicketError>> {
    const result = await pending;
    return result.ok ? ok(result.value.ticket) : result;
  }
}
