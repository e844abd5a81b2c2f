import { readFileSync } from 'node:fs';
import type { RankerOptions } from '../src/features/faq/bm25-index.ts';
import { DEFAULT_RANKER_OPTIONS } from '../src/features/faq/bm25-index.ts';
import { explainMatch } from '../src/features/faq/faq-matcher.ts';
import type { KnowledgeBase, MatchThresholds } from '../src/features/faq/index.ts';
import { classify, parseKnowledgeBase } from '../src/features/faq/index.ts';
import type { BenchItem } from './faq-bench-data.ts';
import { score } from './faq-bench-data.ts';

/**
 * The measurement behind the choice of technique and thresholds, on what tuning may look at: the development split,
 * and the knowledge base itself — every alternativeQuestion is held out in turn (the entry is indexed without it)
 * and must find its entry ("kb-loo"), a generalisation check that needs no bench question at all.
 */
const D = DEFAULT_RANKER_OPTIONS;
const VARIANTS: ReadonlyArray<[string, RankerOptions]> = [
  ['bm25 + intent model (chosen)', D],
  ['bm25 only, no intent model', { ...D, intent: { ...D.intent, mix: 0 } }],
  ['intent model mixed at 0.5', { ...D, intent: { ...D.intent, mix: 0.5 } }],
  ['intent model only', { ...D, intent: { ...D.intent, mix: 1 } }],
  ['bm25, question field only', { ...D, weights: { question: 1, alternatives: 0, keywords: 0, answer: 0 } }],
  ['bm25, no answer text', { ...D, weights: { ...D.weights, answer: 0 } }],
  ['bm25, answer weighted 1', { ...D, weights: { ...D.weights, answer: 1 } }],
  ['bm25, flat weights', { ...D, weights: { question: 1, alternatives: 1, keywords: 1, answer: 1 } }],
  ['bm25, no synonyms', { ...D, analyser: { ...D.analyser, synonyms: false } }],
  ['bm25, no compound split', { ...D, analyser: { ...D.analyser, compounds: false } }],
  ['bm25, no typo correction', { ...D, analyser: { ...D.analyser, fuzzy: false } }],
  ['bm25, no question types', { ...D, analyser: { ...D.analyser, questionTypes: false } }],
  ['bm25, question types weighted 1', { ...D, questionTypeWeight: 1 }],
  ['bm25 k1=0.9 b=0.75', { ...D, k1: 0.9, b: 0.75 }],
  ['bm25 k1=2.0 b=0.5', { ...D, k1: 2, b: 0.5 }],
  ['bm25 k1=3.0 b=0.5', { ...D, k1: 3, b: 0.5 }],
  ['bm25 k1=2.0 b=0.3', { ...D, k1: 2, b: 0.3 }],
  ['tf-idf cosine, all fields', { ...D, scoring: 'tfidf' }],
  ['confidence: unknown words ×1', { ...D, confidence: { ...D.confidence, unknownWeight: 1 } }],
  ['confidence: unknown words ×2', { ...D, confidence: { ...D.confidence, unknownWeight: 2 } }],
  ['confidence: nouns like other words', { ...D, confidence: { ...D.confidence, nounWeight: D.confidence.unknownWeight } }],
  ['confidence: no margin damping', { ...D, confidence: { ...D.confidence, marginShare: 0 } }],
  ['confidence: margin share 0.4', { ...D, confidence: { ...D.confidence, marginShare: 0.4 } }],
];

function rank1(kb: KnowledgeBase, items: readonly BenchItem[]): number {
  const answers = items.filter((i) => i.group === 'answer');
  const hits = answers.filter((i) => kb.entries[explainMatch(kb, i.q).ranked[0]!.doc]!.id === i.expect);
  return hits.length / answers.length;
}

type Raw = { entries: { id: string; alternativeQuestions: string[] }[] };

/** Leave-one-out over the knowledge base's alternativeQuestions: share ranked first, share answered correctly. */
export function kbLeaveOneOut(raw: Raw, options: RankerOptions): { rank1: number; top1: number } {
  let n = 0;
  let ranked = 0;
  let answered = 0;
  raw.entries.forEach((entry, e) => {
    entry.alternativeQuestions.forEach((question, a) => {
      const copy = structuredClone(raw);
      copy.entries[e]!.alternativeQuestions.splice(a, 1);
      const kb = parseKnowledgeBase(copy, 'loo', undefined, options);
      if (!kb.ok) throw new Error(kb.error.code);
      n += 1;
      if (kb.value.entries[explainMatch(kb.value, question).ranked[0]!.doc]!.id === entry.id) ranked += 1;
      const got = classify(kb.value, question);
      if (got.kind === 'answer' && got.entry.id === entry.id) answered += 1;
    });
  });
  return { rank1: ranked / n, top1: answered / n };
}

export function compareTechniques(dev: readonly BenchItem[], withLoo: boolean): void {
  const raw = JSON.parse(readFileSync(new URL('../data/faq.json', import.meta.url), 'utf8')) as Raw;
  console.log(`technique comparison on the development split (${dev.length} questions)${withLoo ? ' and kb-loo' : ''}`);
  console.log('variant                          rank1(answers)  top1   off-topic  kb-loo rank1  kb-loo top1');
  for (const [name, options] of VARIANTS) {
    const parsed = parseKnowledgeBase(raw, 'data/faq.json', undefined, options);
    if (!parsed.ok) throw new Error(parsed.error.code);
    const s = score(parsed.value, dev);
    const loo = withLoo ? kbLeaveOneOut(raw, options) : undefined;
    const looText = loo ? `${loo.rank1.toFixed(3).padStart(10)}  ${loo.top1.toFixed(3).padStart(11)}` : '';
    console.log(`${name.padEnd(33)}${rank1(parsed.value, dev).toFixed(3).padStart(8)}       ${s.top1.toFixed(3)}  ${s.offtopicHandled.toFixed(3)}    ${looText}`);
  }
  const parsed = parseKnowledgeBase(raw, 'data/faq.json');
  if (!parsed.ok) throw new Error(parsed.error.code);
  console.log('threshold sweep (answer ≥ a; clarify ≥ 0.25; below: off-topic)');
  for (let a = 0.3; a <= 0.71; a += 0.05) {
    const t: MatchThresholds = { answer: a, clarify: 0.25 };
    const s = score(parsed.value, dev, (kb, q) => classify(kb, q, t));
    const mark = s.top1 >= 0.95 && s.offtopicHandled >= 0.9 ? '  ✓' : '';
    console.log(`  a=${a.toFixed(2)}  top1 ${s.top1.toFixed(3)}  off-topic ${s.offtopicHandled.toFixed(3)}${mark}`);
  }
}
