import type { Ticket } from '../../features/faq/index.ts';
import { VERBS } from '../actions.ts';
import { formatDate, formatDateTime } from '../format.ts';
import type { Locale } from '../locale.ts';
import { button, expandCard, type AdaptiveCard, type CardRefresh } from './card-kit.ts';
import { cardTexts } from './card-texts.ts';
import template from './templates/ticket-list.json' with { type: 'json' };

/** Long questions are cut in the list; the full text is on the ticket. */
const PREVIEW_CHARS = 300;

export interface TicketListCardInput {
  tickets: readonly Ticket[];
  refresh?: CardRefresh;
}

/** "Meine Fragen": the person's own questions to the team, newest first, with status and the answer. */
export function buildTicketListCard(input: TicketListCardInput, locale: Locale): AdaptiveCard {
  const texts = cardTexts(locale);
  const preview = (q: string) => ([...q].length > PREVIEW_CHARS ? `${[...q].slice(0, PREVIEW_CHARS - 1).join('')}…` : q);
  return expandCard(
    template,
    {
      title: texts.myQuestionsTitle,
      isEmpty: input.tickets.length === 0,
      emptyText: texts.myQuestionsEmpty,
      items: input.tickets.map((t) => ({
        heading: `#${t.number} · ${texts.myQuestionStatus[t.status]} · ${formatDate(t.createdAt, locale)}`,
        question: preview(t.question),
        hasAnswer: t.answer !== undefined,
        answerBy: t.answer ? texts.ticketAnswerBy(t.answer.by.name, formatDateTime(t.answer.at, locale)) : '',
        answer: t.answer?.text ?? '',
      })),
      buttons: [button(texts.myQuestionsButton, { verb: VERBS.myQuestions })],
    },
    input.refresh,
  );
}
