import { berlinDate, err, ok } from '../../shared/index.ts';
import type { Result } from '../../shared/index.ts';
import { FaqEntrySchema } from '../knowledge-base.schema.ts';
import type { FaqEntry } from '../knowledge-base.schema.ts';
import type { Ticket } from './ticket.types.ts';

/** What the organiser edits before a ticket's answer becomes a knowledge-base entry; blanks fall back to the ticket. */
export type KnowledgeBaseDraftInput = Readonly<{
  question?: string;
  answer?: string;
  sources?: readonly string[];
  keywords?: readonly string[];
  alternativeQuestions?: readonly string[];
}>;

export type KnowledgeBaseDraftError =
  | Readonly<{ code: 'ticket_not_answered'; ticketId: string }>
  | Readonly<{ code: 'kb_entry_invalid'; ticketId: string; problems: readonly string[] }>;

/** faq-t-<ticket number>: one entry per ticket, and a second attempt collides instead of duplicating. */
export const knowledgeBaseEntryIdFor = (ticket: Ticket): string => `faq-t-${ticket.number}`;

/**
 * A draft entry in the shape of data/faq.json, dated today (Berlin). Without sources it is marked `handOver: true`,
 * as the schema demands: an answer that states facts without saying where they come from is offered with the
 * hand-over. The asker's question is used only if the organiser gives no cleaned-up one; it may contain markup,
 * which the answer card shows as text anyway.
 */
export function toKnowledgeBaseEntry(ticket: Ticket, input: KnowledgeBaseDraftInput, at: Date): Result<FaqEntry, KnowledgeBaseDraftError> {
  const answer = nonBlank(input.answer) ?? ticket.answer?.text;
  if (answer === undefined) return err({ code: 'ticket_not_answered', ticketId: ticket.id });
  const sources = cleanList(input.sources);
  const draft = {
    id: knowledgeBaseEntryIdFor(ticket),
    question: nonBlank(input.question) ?? ticket.question.trim(),
    answer,
    sources,
    factsDate: berlinDate(at),
    handOver: sources.length === 0,
    keywords: cleanList(input.keywords),
    alternativeQuestions: cleanList(input.alternativeQuestions),
  };
  const parsed = FaqEntrySchema.safeParse(draft);
  if (!parsed.success) {
    return err({ code: 'kb_entry_invalid', ticketId: ticket.id, problems: parsed.error.issues.map((i) => `${i.path.join('.') || '(entry)'}: ${i.message}`) });
  }
  return ok(parsed.data);
}

const nonBlank = (text: string | undefined): string | undefined => (text?.trim() ? text.trim() : undefined);

const cleanList = (list: readonly string[] | undefined): string[] => [...new Set((list ?? []).map((s) => s.trim()).filter((s) => s !== ''))];
