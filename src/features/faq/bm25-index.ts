import type { FaqEntry } from './knowledge-base.schema.ts';
import type { IntentModel, IntentOptions } from './intent-model.ts';
import { buildIntentModel, intentPosterior } from './intent-model.ts';
import type { AnalyserOptions, Lexicon } from './term-analyser.ts';
import { analyseText, buildLexicon } from './term-analyser.ts';

/**
 * BM25 over one weighted bag of terms per entry (the question counts most, the answer least: answers mention many
 * things in passing), mixed with an intent classifier over how each entry is asked. Weights, k1/b and the mix were chosen on the bench's development split and the knowledge base's own leave-one-out
 * (npm run bench:faq -- --compare --loo), never on a held-out split.
 */
export type FieldWeights = { readonly question: number; readonly alternatives: number; readonly keywords: number; readonly answer: number };
export type RankerOptions = {
  readonly scoring: 'bm25' | 'tfidf';
  readonly k1: number;
  readonly b: number;
  readonly weights: FieldWeights;
  readonly analyser: AnalyserOptions;
  /** Question-type terms ("#q-who") say what kind of answer is wanted, a weaker hint than a topic word. */
  readonly questionTypeWeight: number;
  /** The intent classifier mixed into the ranking (intent-model.ts). */
  readonly intent: IntentOptions;
};

export const DEFAULT_RANKER_OPTIONS: RankerOptions = {
  scoring: 'bm25',
  k1: 1.2,
  b: 0.5,
  weights: { question: 3, alternatives: 2, keywords: 2, answer: 0.5 },
  analyser: { synonyms: true, compounds: true, fuzzy: true, questionTypes: true },
  questionTypeWeight: 0.5,
  intent: { mix: 0.3, alpha: 0.5, keywordWeight: 2 },
};

type Doc = { readonly tf: ReadonlyMap<string, number>; readonly length: number; norm: number };

export type FaqIndex = {
  readonly lexicon: Lexicon;
  readonly options: RankerOptions;
  readonly docs: readonly Doc[];
  readonly idf: ReadonlyMap<string, number>;
  readonly avgLength: number;
  readonly intent: IntentModel;
};

export type Ranked = { readonly doc: number; readonly score: number };

function entryDoc(lex: Lexicon, entry: FaqEntry, options: RankerOptions): Doc {
  const tf = new Map<string, number>();
  const add = (text: string, weight: number) => {
    if (weight <= 0) return;
    for (const term of analyseText(lex, text, options.analyser)) tf.set(term, (tf.get(term) ?? 0) + weight);
  };
  add(entry.question, options.weights.question);
  entry.alternativeQuestions.forEach((q) => add(q, options.weights.alternatives));
  entry.keywords.forEach((k) => add(k, options.weights.keywords));
  add(entry.answer, options.weights.answer);
  let length = 0;
  for (const n of tf.values()) length += n;
  return { tf, length, norm: 0 };
}

export function buildFaqIndex(entries: readonly FaqEntry[], options: RankerOptions = DEFAULT_RANKER_OPTIONS): FaqIndex {
  const texts = entries.flatMap((e) => [e.question, ...e.alternativeQuestions, ...e.keywords, e.answer]);
  const lexicon = buildLexicon(texts, options.analyser);
  const docs = entries.map((e) => entryDoc(lexicon, e, options));
  const df = new Map<string, number>();
  for (const d of docs) for (const term of d.tf.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  const idf = new Map<string, number>();
  for (const [term, n] of df) idf.set(term, Math.log(1 + (docs.length - n + 0.5) / (n + 0.5)));
  const avgLength = docs.reduce((s, d) => s + d.length, 0) / docs.length;
  for (const d of docs) {
    let sum = 0;
    for (const [term, f] of d.tf) sum += ((1 + Math.log(f)) * (idf.get(term) ?? 0)) ** 2;
    d.norm = Math.sqrt(sum) || 1;
  }
  const intent = buildIntentModel(lexicon, entries, options.intent, options.analyser);
  return { lexicon, options, docs, idf, avgLength, intent };
}

export const isQuestionType = (term: string) => term.startsWith('#q-');

function bm25(index: FaqIndex, d: Doc, terms: readonly string[]): number {
  const { k1, b, questionTypeWeight } = index.options;
  let score = 0;
  for (const term of terms) {
    const f = d.tf.get(term);
    if (!f) continue;
    const weight = isQuestionType(term) ? questionTypeWeight : 1;
    score += weight * (index.idf.get(term) ?? 0) * ((f * (k1 + 1)) / (f + k1 * (1 - b + (b * d.length) / index.avgLength)));
  }
  return score;
}

/** Cosine of log-tf·idf vectors: the classic alternative, kept so the bench can compare (faq.bench.ts --compare). */
function tfidfCosine(index: FaqIndex, d: Doc, terms: readonly string[]): number {
  let dot = 0;
  let qNorm = 0;
  for (const term of terms) {
    const idf = index.idf.get(term) ?? 0;
    qNorm += idf * idf;
    const f = d.tf.get(term);
    if (f) dot += idf * (1 + Math.log(f)) * idf;
  }
  return qNorm === 0 ? 0 : (10 * dot) / (Math.sqrt(qNorm) * d.norm);
}

/** Lexical score relative to the best entry, mixed with the intent posterior; 0 for every entry when nothing matches. */
export function rank(index: FaqIndex, queryTerms: readonly string[]): Ranked[] {
  const unique = [...new Set(queryTerms)];
  const scoreOf = index.options.scoring === 'bm25' ? bm25 : tfidfCosine;
  const lexical = index.docs.map((d) => scoreOf(index, d, unique));
  const top = Math.max(...lexical);
  const { mix } = index.options.intent;
  const posterior = top > 0 && mix > 0 ? intentPosterior(index.intent, queryTerms) : undefined;
  const ranked = lexical.map((l, doc) => ({ doc, score: top > 0 ? (1 - mix) * (l / top) + (posterior ? mix * posterior[doc]! : 0) : 0 }));
  return ranked.sort((x, y) => y.score - x.score || x.doc - y.doc);
}
