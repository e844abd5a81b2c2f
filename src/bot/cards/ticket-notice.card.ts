import type { AskerNotice } from '../../features/faq/index.ts';
import { VERBS } from '../actions.ts';
import { formatDateTime } from '../format.ts';
import type { Locale } from '../locale.ts';
import { button, expandCard, type AdaptiveCard } from './card-kit.ts';
import { cardTexts } from './card-texts.ts';
import template from './templates/ticket-notice.json' with { type: 'json' };

/** Sent proactively to the asker's personal chat: the team's answer, or that the question was closed without one. */
export interface TicketNoticeCardInput {
  notice: AskerNotice;
  teamEmail: string;
  /** When the notice is sent (the closing time, which the notice itself does not carry). */
  at: Date;
}

export function buildTicketNoticeCard(input: TicketNoticeCardInput, locale: Locale): AdaptiveCard {
  const texts = cardTexts(locale);
  const { notice, teamEmail } = input;
  const answered = notice.kind === 'answered';
  return expandCard(template, {
    title: answered ? texts.ticketNoticeTitle(notice.number) : texts.ticketNoticeClosedTitle(notice.number),
    questionLabel: texts.ticketYourQuestion,
    question: notice.question,
    tone: answered ? 'good' : 'default',
    byLine: answered ? texts.ticketAnswerBy(notice.answer.by.name, formatDateTime(notice.answer.at, locale)) : texts.ticketClosedBy(notice.closedBy.name, formatDateTime(input.at, locale)),
    text: answered ? notice.answer.text : texts.ticketNoticeClosedText(teamEmail),
    buttons: [button(texts.myQuestionsButton, { verb: VERBS.myQuestions })],
  });
}
