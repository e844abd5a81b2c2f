import type { Ranked } from './bm25-index.ts';
import { isQuestionType, rank } from './bm25-index.ts';
import type { KnowledgeBase } from './knowledge-base.ts';
import type { FaqEntry } from './knowledge-base.schema.ts';
import { classifierPosterior } from './chat-classifier.ts';
import { isAnchorTerm } from './domain-anchor.ts';
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
 * The decision over the combined ranking (lexical ranking and the trained classifier, see `rankQuestion`), chosen
 * with npm run bench:faq -- --compare on every split but the newest blind one:
 * - off-topic when the classifier gives the off-topic class more than `offtopic` and the knowledge base's own words
 *   explain less than `explained` of the question, or when they explain less than `lexicalFloor` and the combined
 *   confidence stays below `unexplained`;
 * - answered when the best entry's combined score reaches `answer`, or `anchorless` when the question names nothing of
 *   the programme (no Lotse, Voucher, Basisqualifizierung …: "Wer ist für die Digitalisierung der Bibliothek zuständig?");
 * - otherwise "Meinten Sie …?" with the best three.
 */
export type MatchThresholds = {
  readonly answer: number;
  readonly offtopic: number;
  readonly explained: number;
  readonly lexicalFloor: number;
  readonly unexplained: number;
  readonly anchorless: number;
};
export const DEFAULT_THRESHOLDS: MatchThresholds = { answer: 0.4, offtopic: 0.4, explained: 0.6, lexicalFloor: 0.3, unexplained: 0.5, anchorless: 0.6 };

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

type Coverage = { readonly share: number; readonly knownShare: number; readonly margin: number };

/**
 * How much of the question the best entry explains: the idf-weighted share of the question's topic terms it
 * contains (an unknown word weighs a multiple of the rarest known term); knownShare leaves unknown non-nouns out
 * ("untereinander", "version"). Question-type terms are left out: every entry is asked with "was" and "wie".
 */
function coverageOf(kb: KnowledgeBase, terms: readonly string[], ranked: readonly Ranked[]): Coverage | undefined {
  const [first, second] = ranked;
  if (!first || first.score <= 0) return undefined;
  const doc = kb.index.docs[first.doc]!;
  const { nounWeight, unknownWeight } = kb.index.options.confidence;
  let total = 0;
  let known = 0;
  let covered = 0;
  for (const term of new Set(terms)) {
    if (isQuestionType(term)) continue;
    const weight = kb.index.idf.get(term) ?? kb.index.maxIdf * (term.startsWith('!') ? nounWeight : unknownWeight);
    total += weight;
    if (!term.startsWith('?')) known += weight;
    if (doc.tf.has(term)) covered += weight;
  }
  // Only question words ("Was ist das?"): nothing says which topic is meant.
  if (total === 0) return undefined;
  const margin = second ? (first.score - second.score) / first.score : 1;
  return { share: covered / total, knownShare: known === 0 ? 0 : covered / known, margin };
}

/** The coverage damped when the runner-up scores almost as high. */
function confidenceOf(kb: KnowledgeBase, c: Coverage | undefined): number {
  if (!c) return 0;
  const { marginShare } = kb.index.options.confidence;
  return c.share * (1 - marginShare + marginShare * Math.min(1, c.margin * 2));
}

/** One generic word ("Kurse?", "Förderung?") names a theme several entries share, not a question. */
const VAGUE_ENTRIES = 3;

export type RankedQuestion = {
  /** Entries by combined score, best first. */
  readonly ranked: readonly Ranked[];
  /** The classifier's probability that the question is about none of the entries. */
  readonly offtopic: number;
  /** How much of the question the best lexical entry explains (0–1). */
  readonly lexical: number;
  readonly terms: readonly string[];
};

/** The lexical ranking (BM25 + naive Bayes) and the trained classifier's posterior, mixed per entry (`classifier.options.mix`). */
export function rankQuestion(kb: KnowledgeBase, prepared: string): RankedQuestion {
  const terms = analyseText(kb.index.lexicon, prepared, kb.index.options.analyser);
  const lexicalRanking = rank(kb.index, terms);
  const posterior = classifierPosterior(kb.classifier, terms, prepared);
  const { mix } = kb.classifier.options;
  const combined = lexicalRanking.map((r) => ({ doc: r.doc, score: (1 - mix) * r.score + mix * posterior[r.doc]! }));
  combined.sort((x, y) => y.score - x.score || x.doc - y.doc);
  return { ranked: combined, offtopic: posterior[kb.entries.length]!, lexical: confidenceOf(kb, coverageOf(kb, terms, lexicalRanking)), terms };
}

type Decision = 'answer' | 'clarify' | 'offtopic';

function decide(kb: KnowledgeBase, question: RankedQuestion, words: number, t: MatchThresholds): Decision {
  const first = question.ranked[0];
  const confidence = first?.score ?? 0;
  const classifiedAway = question.offtopic > t.offtopic && question.lexical < t.explained;
  if (!first || classifiedAway || (question.lexical < t.lexicalFloor && confidence < t.unexplained)) return 'offtopic';
  const topical = [...new Set(question.terms.filter((term) => !isQuestionType(term)))];
  const vague = words <= 2 && topical.length === 1 && kb.index.docs.filter((d) => d.tf.has(topical[0]!)).length >= VAGUE_ENTRIES;
  if (vague) return 'clarify';
  return confidence >= (topical.some(isAnchorTerm) ? t.answer : t.anchorless) ? 'answer' : 'clarify';
}

export function matchQuestion(kb: KnowledgeBase, text: string, thresholds: MatchThresholds = DEFAULT_THRESHOLDS): MatchResult {
  const { text: prepared } = prepareQuestion(text);
  const intent = detectSmalltalk(prepared);
  if (intent) return { kind: 'smalltalk', intent };
  const tokens = tokenize(prepared);
  const topicId = unconfirmedTopic(kb, tokens);
  if (topicId) return { kind: 'offtopic', reason: 'unconfirmed_topic', topicId };
  const question = rankQuestion(kb, prepared);
  const decision = decide(kb, question, tokens.length, thresholds);
  const best = question.ranked[0];
  const confidence = best?.score ?? 0;
  if (!best || decision === 'offtopic') return { kind: 'offtopic', reason: 'no_match' };
  if (decision === 'clarify') {
    return { kind: 'clarify', candidates: question.ranked.slice(0, 3).map((r) => kb.entries[r.doc]!), confidence };
  }
  return { kind: 'answer', entry: kb.entries[best.doc]!, score: best.score, confidence };
}
