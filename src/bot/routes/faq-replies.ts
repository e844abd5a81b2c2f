import type { Activity } from 'botbuilder';
import type { Classification, ComputedQuestion, FaqEntry } from '../../features/faq/index.ts';
import { newId } from '../../features/shared/index.ts';
import type { BotDeps } from '../bot-deps.ts';
import type { Card } from '../card-actions.ts';
import {
  buildFaqAnswerCard,
  buildFaqClarifyCard,
  buildFaqComputedCard,
  buildFaqMunicipalityCard,
  buildHelpCard,
  buildNoticeCard,
  cardTexts,
  handoverData,
  noticeButtons,
} from '../cards/index.ts';
import { faqTexts } from '../faq-texts.ts';
import type { Locale } from '../locale.ts';
import { cardMessage } from '../replies.ts';
import { textsFor } from '../texts.ts';
import { describeComputed } from './faq-computed.ts';

/**
 * What the FAQ answers: a card, or a short text. `pendingMunicipality` asks the route to read the person's next
 * message as the municipality for a funded-places question ("Für welche Kommune?").
 */
export type FaqReply = { kind: 'card'; card: Card } | { kind: 'text'; text: string; pendingMunicipality?: { kreis: boolean } };

/** The person's question twice: prepared for the classifier, and as typed (for tickets, shown as plain text). */
export interface Asked {
  text: string;
  question: string;
}

export function replyTo(deps: BotDeps, classification: Classification, asked: Asked, locale: Locale): FaqReply {
  const faq = faqTexts(locale);
  switch (classification.kind) {
    case 'empty':
      return { kind: 'text', text: textsFor(locale).emptyMessage };
    case 'smalltalk':
      if (classification.intent === 'help') return { kind: 'card', card: buildHelpCard(locale) };
      return { kind: 'text', text: faq.smalltalk[classification.intent] };
    case 'answer':
      return { kind: 'card', card: entryCard(deps, classification.entry, asked.question, newId('ans'), locale) };
    case 'clarify':
      return { kind: 'card', card: buildFaqClarifyCard({ question: asked.question, candidates: classification.candidates }, locale) };
    case 'offtopic': {
      const topic = classification.reason === 'unconfirmed_topic' ? classification.topicId : undefined;
      const reason = topic ? `topic:${topic}` : 'offtopic';
      return { kind: 'card', card: offtopicCard(asked.question, topic, reason, locale) };
    }
    case 'computed':
      return computedReply(deps, classification, asked.question, locale, { answerId: newId('ans') });
  }
}

export function entryCard(deps: BotDeps, entry: FaqEntry, question: string, answerId: string, locale: Locale, voted = false): Card {
  return buildFaqAnswerCard({ entry, question, answerId, voted, kbVersion: deps.faq.knowledgeBase.current().version }, locale);
}

export function computedReply(deps: BotDeps, computed: ComputedQuestion, question: string, locale: Locale, frame: { answerId: string; voted?: boolean }): FaqReply {
  const answer = deps.faq.computed.answer(computed, deps.clock.now());
  const reply = describeComputed(answer, locale);
  switch (reply.kind) {
    case 'card':
      return { kind: 'card', card: buildFaqComputedCard({ view: reply.view, computed, computedKind: answer.kind, question, ...frame }, locale) };
    case 'choices':
      return { kind: 'card', card: buildFaqMunicipalityCard({ title: reply.title, text: reply.text, question, candidates: reply.candidates }, locale) };
    case 'ask':
      if (reply.handOver) return { kind: 'card', card: noticeWithHandover(reply.text, question, answer.kind, locale) };
      return {
        kind: 'text',
        text: reply.text,
        ...(reply.pending ? { pendingMunicipality: { kreis: computed.intent === 'funded_places' && computed.kreis === true } } : {}),
      };
  }
}

function offtopicCard(question: string, topic: string | undefined, reason: string, locale: Locale): Card {
  const faq = faqTexts(locale);
  const texts = cardTexts(locale);
  return buildNoticeCard(
    {
      title: faq.offtopicTitle,
      text: topic ? faq.unconfirmedTopic(topic) : faq.offtopic,
      tone: 'info',
      buttons: [{ title: texts.faqHandover, data: handoverData(question, { kind: 'none', reason }) }, noticeButtons(locale).help],
    },
    locale,
  );
}

function noticeWithHandover(text: string, question: string, computedKind: string, locale: Locale): Card {
  const texts = cardTexts(locale);
  const data = handoverData(question, { kind: 'computed', computedKind });
  return buildNoticeCard({ title: faqTexts(locale).askTitle, text, tone: 'info', buttons: [{ title: texts.faqHandover, data }] }, locale);
}

export const toActivity = (reply: FaqReply): Partial<Activity> => (reply.kind === 'card' ? cardMessage(reply.card) : { type: 'message', text: reply.text });

/** Card actions must answer with a card: a text becomes a notice. */
export const toCard = (reply: FaqReply, locale: Locale): Card =>
  reply.kind === 'card' ? reply.card : buildNoticeCard({ title: faqTexts(locale).askTitle, text: reply.text, tone: 'info', buttons: [noticeButtons(locale).help] }, locale);
