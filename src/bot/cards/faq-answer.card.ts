import type { BotAnswerRef, ComputedQuestion, FaqEntry } from '../../features/faq/index.ts';
import type { Source } from '../../features/programme/index.ts';
import { VERBS } from '../actions.ts';
import type { Locale } from '../locale.ts';
import { button, expandCard, type AdaptiveCard, type ButtonVm } from './card-kit.ts';
import { cardTexts, type CardTexts } from './card-texts.ts';
import template from './templates/faq-answer.json' with { type: 'json' };

/** What a 👍/👎 is about: the entry, or the computed question (so the card can be rebuilt after the vote). */
export type FeedbackAbout = { kind: 'entry'; entryId: string } | { kind: 'computed'; computed: ComputedQuestion };

/** The parts every answer card shares: who asked what, the vote, the way to the team. */
export interface AnswerFrame {
  /** The person's question as typed: it travels in the buttons' data for the vote and the hand-over. */
  question: string;
  /** Identifies this answer message for "one vote per person and answer". */
  answerId: string;
  voted?: boolean;
}

export interface FaqAnswerCardInput extends AnswerFrame {
  entry: FaqEntry;
  kbVersion: string;
}

/** A knowledge-base answer: the text exactly as the file has it, its sources as links, the date of the facts. */
export function buildFaqAnswerCard(input: FaqAnswerCardInput, locale: Locale): AdaptiveCard {
  const texts = cardTexts(locale);
  const { entry } = input;
  return expandCard(template, {
    title: entry.question,
    paragraphs: [entry.answer],
    hasUnconfirmed: entry.handOver,
    unconfirmed: texts.faqUnconfirmed,
    ...sourcesVm(entry.sources, texts),
    hasFactsDate: true,
    factsDate: texts.faqFactsDate(formatIsoDay(entry.factsDate, locale)),
    ...frameVm(input, { kind: 'entry', entryId: entry.id }, { kind: 'entry', entryId: entry.id, kbVersion: input.kbVersion }, texts),
  });
}

/** Vote buttons or the thanks, and the hand-over button: the same on every answer card. */
export function frameVm(frame: AnswerFrame, about: FeedbackAbout, answered: BotAnswerRef, texts: CardTexts) {
  const vote = (helpful: boolean, title: string): ButtonVm =>
    button(title, { verb: VERBS.faqFeedback, answerId: frame.answerId, helpful, question: frame.question, about });
  return {
    feedbackText: frame.voted ? texts.faqThanks : texts.faqHelpful,
    canVote: !frame.voted,
    votes: [vote(true, texts.faqYes), vote(false, texts.faqNo)],
    buttons: [handoverButton(frame.question, answered, texts)],
  };
}

/** The hand-over button's data: the question as typed and what the bot answered, for the ticket. */
export const handoverData = (question: string, answered: BotAnswerRef) => ({ verb: VERBS.faqHandover, question, answered: { ...answered } });

export const handoverButton = (question: string, answered: BotAnswerRef, texts: CardTexts): ButtonVm => button(texts.faqHandover, handoverData(question, answered));

/** Sources as markdown links (many more than the six buttons Teams shows); text-only sources stay text. */
export function sourcesVm(sources: ReadonlyArray<string | Source>, texts: CardTexts) {
  return { hasSources: sources.length > 0, sourcesLabel: texts.faqSources, sources: sources.map(sourceLine) };
}

function sourceLine(source: string | Source): string {
  const url = typeof source === 'string' ? source : source.url;
  const label = typeof source === 'string' ? labelOf(source) : `${source.id}: ${source.title}`;
  if (!url || !/^https?:\/\//i.test(url)) return `• ${label}`;
  return `• [${label.replace(/[[\]]/g, (c) => (c === '[' ? '(' : ')'))}](${url.replace(/\(/g, '%28').replace(/\)/g, '%29').replace(/ /g, '%20')})`;
}

/** "staedtetag-bw.de/Lebensraum-Stadt/Projekte/…": enough to recognise the page without the query string. */
function labelOf(source: string): string {
  try {
    const url = new URL(source);
    const path = decodeURIComponent(url.pathname).replace(/\/$/, '');
    const label = `${url.hostname.replace(/^www\./, '')}${path}`;
    return label.length > 70 ? `${label.slice(0, 69)}…` : label;
  } catch {
    return source;
  }
}

/** "2026-11-21" → "21.11.2026" / "21 Nov 2026". */
export function formatIsoDay(iso: string, locale: Locale): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const [, y, mo, d] = m;
  if (locale === 'de') return `${d}.${mo}.${y}`;
  return `${Number(d)} ${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][Number(mo) - 1]} ${y}`;
}
