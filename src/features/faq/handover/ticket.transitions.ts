import { err, ok } from '../../shared/index.ts';
import type { Result } from '../../shared/index.ts';
import { charCount, MAX_TICKET_ANSWER_CHARS, MAX_TICKET_QUESTION_CHARS } from './ticket.types.ts';
import type { Actor, Asker, BotAnswerRef, NewTicket, Ticket, TicketError, TicketEvent, TicketMunicipality } from './ticket.types.ts';

/** The ticket after a transition; `changed: false` when the request was a repeat (a double click, a retried invoke). */
export type TicketChange = Readonly<{ ticket: Ticket; changed: boolean }>;

export type OpenTicketInput = Readonly<{
  id: string;
  asker: Asker;
  question: string;
  municipality?: TicketMunicipality;
  botAnswer?: BotAnswerRef;
}>;

export function openTicket(input: OpenTicketInput, at: Date): Result<NewTicket, TicketError> {
  if (input.question.trim() === '') return err({ code: 'question_empty' });
  const length = charCount(input.question);
  if (length > MAX_TICKET_QUESTION_CHARS) return err({ code: 'question_too_long', length, max: MAX_TICKET_QUESTION_CHARS });
  const municipality = cleanMunicipality(input.municipality);
  return ok({
    id: input.id,
    asker: input.asker,
    ...(municipality ? { municipality } : {}),
    question: input.question,
    ...(input.botAnswer ? { botAnswer: input.botAnswer } : {}),
    status: 'open',
    createdAt: at,
    updatedAt: at,
    version: 1,
    history: [{ type: 'opened', at, by: { id: input.asker.personId, name: input.asker.name } }],
  });
}

/** Tells the others who is on it. Claiming again is a no-op; a claim by someone else is reported, not overridden. */
export function claimTicket(ticket: Ticket, by: Actor, at: Date): Result<TicketChange, TicketError> {
  const final = refuseFinal(ticket);
  if (final) return err(final);
  if (ticket.status === 'answered') return err({ code: 'already_answered', ticketId: ticket.id, answeredBy: ticket.answer!.by });
  if (ticket.claimedBy) {
    if (ticket.claimedBy.id === by.id) return ok({ ticket, changed: false });
    return err({ code: 'already_claimed_by_other', ticketId: ticket.id, claimedBy: ticket.claimedBy });
  }
  return changed(ticket, { type: 'claimed', at, by }, { status: 'claimed', claimedBy: by });
}

/** Only the organiser who claimed a ticket can give it back. */
export function releaseTicket(ticket: Ticket, by: Actor, at: Date): Result<TicketChange, TicketError> {
  const final = refuseFinal(ticket);
  if (final) return err(final);
  if (ticket.status === 'answered') return err({ code: 'already_answered', ticketId: ticket.id, answeredBy: ticket.answer!.by });
  if (ticket.claimedBy?.id !== by.id) return err({ code: 'not_claimed_by_you', ticketId: ticket.id, ...(ticket.claimedBy ? { claimedBy: ticket.claimedBy } : {}) });
  const { claimedBy: _claimedBy, ...rest } = ticket;
  return changed(rest, { type: 'released', at, by }, { status: 'open' });
}

/**
 * Anyone in the organisers' channel may answer, also a ticket someone else claimed (a colleague who knows the answer
 * should not wait), and answer again to correct it. The same text from the same person again changes nothing.
 */
export function answerTicket(ticket: Ticket, by: Actor, text: string, at: Date): Result<TicketChange, TicketError> {
  const final = refuseFinal(ticket);
  if (final) return err(final);
  const trimmed = text.trim();
  if (trimmed === '') return err({ code: 'answer_empty', ticketId: ticket.id });
  const length = charCount(trimmed);
  if (length > MAX_TICKET_ANSWER_CHARS) return err({ code: 'answer_too_long', ticketId: ticket.id, length, max: MAX_TICKET_ANSWER_CHARS });
  if (ticket.answer?.text === trimmed && ticket.answer.by.id === by.id) return ok({ ticket, changed: false });
  return changed(ticket, { type: 'answered', at, by, text: trimmed }, { status: 'answered', claimedBy: ticket.claimedBy ?? by, answer: { text: trimmed, by, at } });
}

/** Anyone may close; without an answer the asker is told that nobody will answer (the service says what to send). */
export function closeTicket(ticket: Ticket, by: Actor, at: Date): Result<TicketChange, TicketError> {
  const final = refuseFinal(ticket);
  if (final) return err(final);
  const resolution = ticket.answer ? 'answered' : 'without_answer';
  return changed(ticket, { type: 'closed', at, by, resolution }, { status: 'closed', closed: { by, at, resolution } });
}

export function checkKnowledgeBaseCandidate(ticket: Ticket): Result<Ticket & { answer: NonNullable<Ticket['answer']> }, TicketError> {
  if (ticket.knowledgeBaseEntryId) return err({ code: 'already_in_knowledge_base', ticketId: ticket.id, entryId: ticket.knowledgeBaseEntryId });
  if (!ticket.answer) return err({ code: 'ticket_not_answered', ticketId: ticket.id });
  return ok(ticket as Ticket & { answer: NonNullable<Ticket['answer']> });
}

/** Also on closed tickets: a good answer is often recognised after the ticket was closed. */
export function markAddedToKnowledgeBase(ticket: Ticket, by: Actor, entryId: string, at: Date): Result<TicketChange, TicketError> {
  const candidate = checkKnowledgeBaseCandidate(ticket);
  if (!candidate.ok) return candidate;
  return changed(ticket, { type: 'added_to_knowledge_base', at, by, entryId }, { knowledgeBaseEntryId: entryId });
}

/** Remembers the ticket card's activity id; not an event, the history is for people. */
export function attachChannelMessage(ticket: Ticket, channelMessageId: string, at: Date): TicketChange {
  if (ticket.channelMessageId === channelMessageId) return { ticket, changed: false };
  return { ticket: { ...ticket, channelMessageId, updatedAt: at, version: ticket.version + 1 }, changed: true };
}

function refuseFinal(ticket: Ticket): TicketError | undefined {
  return ticket.status === 'closed' ? { code: 'already_closed', ticketId: ticket.id, closedBy: ticket.closed!.by } : undefined;
}

function changed(ticket: Ticket, event: TicketEvent, patch: Partial<Ticket>): Result<TicketChange, TicketError> {
  return ok({
    ticket: { ...ticket, ...patch, updatedAt: event.at, version: ticket.version + 1, history: [...ticket.history, event] },
    changed: true,
  });
}

function cleanMunicipality(m: TicketMunicipality | undefined): TicketMunicipality | undefined {
  const text = m?.text?.trim();
  const ags = m?.ags?.trim();
  if (!text && !ags) return undefined;
  return { ...(text ? { text } : {}), ...(ags ? { ags } : {}) };
}
