import { readFileSync } from 'node:fs';
import type { RankerOptions } from '../src/features/faq/bm25-index.ts';
import { DEFAULT_RANKER_OPTIONS } from '../src/features/faq/bm25-index.ts';
import { explainMatch } from '../src/features/faq/faq-matcher.ts';
import type { KnowledgeBase, MatchThresholds } from '../src/features/faq/index.ts';
import { classify, parseKnowledgeBase } from '../src/features/faq/index.ts';
import type { BenchItem } from './faq-bench-data.ts';
import { score } from './faq-bench-data.ts';

/**
 * The measurement behind the choice of technique and thresholds. Development split only: the held-out split is
 * never looked at while choosing.
 */
const D = DEFAULT_RANKER_OPTIONS;
const VARIANTS: ReadonlyArray<[string, RankerOptions]> = [
  ['bm25, all fields (chosen)', D],
  ['bm25, question field only', { ...D, weights: { question: 1, alternatives: 0, keywords: 0, answer: 0 } }],
  ['bm25, no answer text', { ...D, weights: { ...D.weights, answer: 0 } }],
  ['bm25, answer weighted 1', { ...D, weights: { ...D.weights, answer: 1 } }],
  ['bm25, flat weights', { ...D, weights: { question: 1, alternatives: 1, keywords: 1, answer: 1 } }],
  ['bm25, no synonyms', { ...D, analyser: { ...D.analyser, synonyms: false } }],
  ['bm25, no compound split', { ...D, analyser: { ...D.analyser, compounds: false } }],
  ['bm25, no typo correction', { ...D, analyser: { ...D.analyser, fuzzy: false } }],
  ['bm25 k1=0.9 b=0.75', { ...D, k1: 0.9, b: 0.75 }],
  ['bm25 k1=1.5 b=0.3', { ...D, k1: 1.5, b: 0.3 }],
  ['bm25 k1=2.0 b=0.5', { ...D, k1: 2, b: 0.5 }],
  ['tf-idf cosine, all fields', { ...D, scoring: 'tfidf' }],
  ['confidence: unknown words ×1', { ...D, confidence: { ...D.confidence, unknownWeight: 1 } }],
  ['confidence: unknown words ×2', { ...D, confidence: { ...D.confidence, unknownWeight: 2 } }],
  ['confidence: no margin damping', { ...D, confidence: { ...D.confidence, marginShare: 0 } }],
  ['confidence: margin share 0.4', { ...D, confidence: { ...D.confidence, marginShare: 0.4 } }],
  ['confidence: margin share 0.6', { ...D, confidence: { ...D.confidence, marginShare: 0.6 } }],
];

function rank1(kb: KnowledgeBase, items: readonly BenchItem[]): number {
  const answers = items.filter((i) => i.group === 'answer');
  const hits = answers.filter((i) => kb.entries[explainMatch(kb, i.q).ranked[0]!.doc]!.id === i.expect);
  return hits.length / answers.length;
}

export function compareTechniques(dev: readonly BenchItem[]): void {
  const raw: unknown = JSON.parse(readFileSync(new URL('../data/faq.json', import.meta.url), 'utf8'));
  console.log(`technique comparison on the development split (${dev.length} questions)`);
  console.log('variant                          rank1(answers)  top1   off-topic  (with default thresholds)');
  for (const [name, options] of VARIANTS) {
    const parsed = parseKnowledgeBase(raw, 'data/faq.json', undefined, options);
    if (!parsed.ok) throw new Error(parsed.error.code);
    const s = score(parsed.value, dev);
    console.log(`${name.padEnd(33)}${rank1(parsed.value, dev).toFixed(3).padStart(8)}       ${s.top1.toFixed(3)}  ${s.offtopicHandled.toFixed(3)}`);
  }
  const parsed = parseKnowledgeBase(raw, 'data/faq.json');
  if (!parsed.ok) throw new Error(parsed.error.code);
  console.log('threshold sweep (answer ≥ a; clarify ≥ c; below: off-topic)');
  const rows: string[] = [];
  for (let a = 0.2; a <= 0.71; a += 0.05) {
    for (const c of [0.2]) {
      const t: MatchThresholds = { answer: a, clarify: c };
      const s = score(parsed.value, dev, (kb, q) => classify(kb, q, t));
      const mark = s.top1 >= 0.95 && s.offtopicHandled >= 0.9 ? '  ✓' : '';
      rows.push(`  a=${a.toFixed(2)} c=${c.toFixed(2)}  top1 ${s.top1.toFixed(3)}  off-topic ${s.offtopicHandled.toFixed(3)}${mark}`);
    }
  }
  console.log(rows.join('\n'));
}
