import type { Ranked } from './bm25-index.ts';
import { isQuestionType, rank } from './bm25-index.ts';
import type { KnowledgeBase } from './knowledge-base.ts';
import type { FaqEntry } from './knowledge-base.schema.ts';
import { stem } from './light-stemmer.ts';
import type { SmalltalkIntent } from './smalltalk.ts';
import { detectSmalltalk } from './smalltalk.ts';
import { analyseText } from './term-analyser.ts';
import { prepareQuestion, tokenize } from './text-normalise.ts';
import type { Token } from './text-normalise.ts';

export type OfftopicReason = 'no_match' | 'unconfirmed_topic';

export type MatchResult =
  | { readonly kind: 'answer'; readonly entry: FaqEntry; readonly score: number; readonly confidence: number }
  | { readonly kind: 'clarify'; readonly candidates: readonly FaqEntry[]; readonly confidence: number }
  | { readonly kind: 'smalltalk'; readonly intent: SmalltalkIntent }
  | { readonly kind: 'offtopic'; readonly reason: OfftopicReason; readonly topicId?: string };

/**
 * Chosen on the development split and the knowledge base's leave-one-out (npm run bench:faq -- --compare --loo):
 * at 0.40 dev top1 0.993, off-topic 0.975, kb-loo top1 0.838; 0.45 loses 2 points of kb-loo, 0.35 lets off-topic in.
 */
export type MatchThresholds = { readonly answer: number; readonly clarify: number };
export const DEFAULT_THRESHOLDS: MatchThresholds = { answer: 0.4, clarify: 0.25 };

export type MatchExplanation = { readonly ranked: readonly Ranked[]; readonly confidence: number; readonly terms: readonly string[] };

function unconfirmedTopic(kb: KnowledgeBase, tokens: readonly Token[]): string | undefined {
  const stems = tokens.map((t) => stem(t.folded));
  for (const topic of kb.topicStems) {
    for (const words of topic.terms) {
      const hit = words.length === 1
        ? stems.some((s) => s === words[0] || (words[0]!.length >= 6 && s.includes(words[0]!)))
        : stems.some((_, i) => words.every((w, k) => stems[i + k] === w));
      if (hit) return topic.id;
    }
  }
  return undefined;
}

/**
 * How much of the question the best entry explains: the idf-weighted share of the question's topic terms it
 * contains (an unknown word weighs a multiple of the rarest known term), damped when the runner-up scores almost as
 * high. Question-type terms are left out: every entry is asked with "was" and "wie".
 */
function confidenceOf(kb: KnowledgeBase, terms: readonly string[], ranked: readonly Ranked[]): number {
  const [first, second] = ranked;
  if (!first || first.score <= 0) return 0;
  const doc = kb.index.docs[first.doc]!;
  const { nounWeight, unknownWeight, marginShare } = kb.index.options.confidence;
  let total = 0;
  let covered = 0;
  for (const term of new Set(terms)) {
    if (isQuestionType(term)) continue;
    // An unknown word is stronger evidence of "not about the programme" than the rarest known one.
    const weight = kb.index.idf.get(term) ?? kb.index.maxIdf * (term.startsWith('!') ? nounWeight : unknownWeight);
    total += weight;
    if (doc.tf.has(term)) covered += weight;
  }
  // Only question words ("Was ist das?"): nothing says which topic is meant.
  if (total === 0) return 0;
  const margin = second ? (first.score - second.score) / first.score : 1;
  return (covered / total) * (1 - marginShare + marginShare * Math.min(1, margin * 2));
}

export function explainMatch(kb: KnowledgeBase, text: string): MatchExplanation {
  const terms = analyseText(kb.index.lexicon, prepareQuestion(text).text, kb.index.options.analyser);
  const ranked = rank(kb.index, terms);
  return { ranked, confidence: confidenceOf(kb, terms, ranked), terms };
}

export function matchQuestion(kb: KnowledgeBase, text: string, thresholds: MatchThresholds = DEFAULT_THRESHOLDS): MatchResult {
  const { text: prepared } = prepareQuestion(text);
  const intent = detectSmalltalk(prepared);
  if (intent) return { kind: 'smalltalk', intent };
  const topicId = unconfirmedTopic(kb, tokenize(prepared));
  if (topicId) return { kind: 'offtopic', reason: 'unconfirmed_topic', topicId };
  const { ranked, confidence } = explainMatch(kb, prepared);
  const best = ranked[0];
  if (!best || confidence < thresholds.clarify) return { kind: 'offtopic', reason: 'no_match' };
  if (confidence < thresholds.answer) {
    return { kind: 'clarify', candidates: ranked.slice(0, 3).map((r) => kb.entries[r.doc]!), confidence };
  }
  return { kind: 'answer', entry: kb.entries[best.doc]!, score: best.score, confidence };
}
