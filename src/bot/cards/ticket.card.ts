import type { Ticket } from '../../features/faq/index.ts';
import { VERBS } from '../actions.ts';
import { formatDateTime } from '../format.ts';
import type { Locale } from '../locale.ts';
import { button, expandCard, type AdaptiveCard, type ButtonVm } from './card-kit.ts';
import { cardTexts, type CardTexts } from './card-texts.ts';
import template from './templates/ticket.json' with { type: 'json' };

export interface TicketCardInput {
  ticket: Ticket;
  /** The knowledge-base question of an entry id, to say what the bot answered; undefined once the entry is gone. */
  entryQuestion: (entryId: string) => string | undefined;
  /** A refusal or a problem to show above the answer field (empty answer, closed ticket, not delivered). */
  error?: string;
  /** What the organiser typed when the answer was refused, so it is not lost. */
  draft?: string;
  notes?: string[];
}

const TONE = { open: 'attention', claimed: 'emphasis', answered: 'good', closed: 'default' } as const;

/**
 * A handed-over question in the organisers' channel. The asker's text is a TextRun, which no Teams client renders as
 * markdown, so "**bold**", "[link](…)" or "<b>" show exactly as typed.
 */
export function buildTicketCard(input: TicketCardInput, locale: Locale): AdaptiveCard {
  const texts = cardTexts(locale);
  const { ticket } = input;
  const when = (d: Date) => formatDateTime(d, locale);
  const notes = [
    ...(ticket.closed ? [texts.ticketClosedBy(ticket.closed.by.name, when(ticket.closed.at))] : []),
    ...(ticket.knowledgeBaseEntryId ? [texts.ticketInKnowledgeBase(ticket.knowledgeBaseEntryId)] : []),
    ...(input.notes ?? []),
  ];
  return expandCard(template, {
    tone: TONE[ticket.status],
    title: texts.ticketTitle(ticket.number),
    facts: [
      { title: texts.ticketAsker, value: ticket.asker.name },
      ...(ticket.municipality ? [{ title: texts.ticketMunicipality, value: ticket.municipality.text ?? ticket.municipality.ags ?? '' }] : []),
      { title: texts.ticketAskedAt, value: when(ticket.createdAt) },
      { title: texts.ticketStatusLabel, value: texts.ticketStatus[ticket.status] },
      ...(ticket.claimedBy ? [{ title: texts.ticketClaimedBy, value: ticket.claimedBy.name }] : []),
    ],
    questionLabel: texts.ticketQuestion,
    question: ticket.question,
    botAnswerLabel: texts.ticketBotAnswer,
    botAnswer: describeBotAnswer(ticket, input.entryQuestion, texts),
    hasAnswer: ticket.answer !== undefined,
    answerBy: ticket.answer ? texts.ticketAnswerBy(ticket.answer.by.name, when(ticket.answer.at)) : '',
    answer: ticket.answer?.text ?? '',
    notes,
    hasError: input.error !== undefined,
    error: input.error ?? '',
    canAnswer: ticket.status !== 'closed',
    answerLabel: texts.ticketAnswerLabel,
    answerPlaceholder: texts.ticketAnswerPlaceholder,
    answerError: texts.ticketAnswerError,
    draft: input.draft ?? ticket.answer?.text ?? '',
    buttons: buttonsFor(ticket, texts),
  });
}

function buttonsFor(ticket: Ticket, texts: CardTexts): Array<ButtonVm & { inputs: 'auto' | 'none' }> {
  const id = ticket.id;
  const plain = (b: ButtonVm) => ({ ...b, inputs: 'none' as const });
  const answer = { ...button(ticket.answer ? texts.ticketCorrect : texts.ticketAnswer, { verb: VERBS.ticketAnswer, ticketId: id }, 'positive'), inputs: 'auto' as const };
  const close = plain(button(texts.ticketClose, { verb: VERBS.ticketClose, ticketId: id }));
  const toKb = ticket.answer && !ticket.knowledgeBaseEntryId ? [plain(button(texts.ticketToKnowledgeBase, { verb: VERBS.ticketToKnowledgeBase, ticketId: id }))] : [];
  switch (ticket.status) {
    case 'open':
      return [plain(button(texts.ticketClaim, { verb: VERBS.ticketClaim, ticketId: id })), answer, close];
    case 'claimed':
      return [answer, plain(button(texts.ticketRelease, { verb: VERBS.ticketRelease, ticketId: id })), close];
    case 'answered':
      return [answer, close, ...toKb];
    case 'closed':
      return toKb;
  }
}

function describeBotAnswer(ticket: Ticket, entryQuestion: TicketCardInput['entryQuestion'], texts: CardTexts): string {
  const ref = ticket.botAnswer ?? { kind: 'none' as const };
  switch (ref.kind) {
    case 'entry':
      return texts.ticketBotEntry(entryQuestion(ref.entryId) ?? ref.entryId, ref.entryId);
    case 'suggestions':
      return texts.ticketBotSuggestions(ref.entryIds.map((id) => entryQuestion(id) ?? id).join(' · '));
    case 'computed':
      return texts.ticketBotComputed(ref.computedKind);
    case 'none':
      return texts.ticketBotNone(ref.reason);
  }
}
