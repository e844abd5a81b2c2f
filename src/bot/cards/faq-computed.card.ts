import type { ComputedQuestion } from '../../features/faq/index.ts';
import type { Source } from '../../features/programme/index.ts';
import type { Locale } from '../locale.ts';
import { expandCard, type AdaptiveCard } from './card-kit.ts';
import { cardTexts } from './card-texts.ts';
import { frameVm, sourcesVm, type AnswerFrame } from './faq-answer.card.ts';
import template from './templates/faq-answer.json' with { type: 'json' };

/** A computed answer in words, as the route wrote it from the rules module's figures; the card decides nothing. */
export interface ComputedView {
  title: string;
  /** The figure and the rule in words (markdown emphasis allowed: the bot wrote it). */
  lines: string[];
  conditions: string[];
  /** Both statements where the sources disagree, and the doubts the rules module flagged. */
  caveats: string[];
  period: string;
  rule: string;
  sources: readonly Source[];
  handOver: boolean;
}

export interface FaqComputedCardInput extends AnswerFrame {
  view: ComputedView;
  computed: ComputedQuestion;
  /** The answer's kind ('funded_places', 'no_rule', …): what the feedback and a ticket say was answered. */
  computedKind: string;
}

/** The figure, the rule in words, its funding period and sources, and where the sources disagree, both statements. */
export function buildFaqComputedCard(input: FaqComputedCardInput, locale: Locale): AdaptiveCard {
  const texts = cardTexts(locale);
  const { view } = input;
  return expandCard(template, {
    title: view.title,
    paragraphs: view.lines,
    hasUnconfirmed: false,
    unconfirmed: '',
    hasConditions: view.conditions.length > 0,
    conditionsLabel: texts.faqConditions,
    conditions: view.conditions.map((c) => `• ${c}`),
    hasCaveats: view.caveats.length > 0,
    caveatsLabel: texts.faqCaveats,
    caveats: view.caveats,
    hasFacts: true,
    facts: [
      { title: texts.faqPeriod, value: view.period },
      { title: texts.faqRule, value: view.rule },
    ],
    ...sourcesVm(view.sources, texts),
    hasFactsDate: false,
    factsDate: '',
    ...frameVm(input, { kind: 'computed', computed: input.computed }, { kind: 'computed', computedKind: input.computedKind }, texts),
  });
}
