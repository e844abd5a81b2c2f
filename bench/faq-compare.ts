import { readFileSync } from 'node:fs';
import type { RankerOptions } from '../src/features/faq/bm25-index.ts';
import { DEFAULT_RANKER_OPTIONS } from '../src/features/faq/bm25-index.ts';
import { rankQuestion } from '../src/features/faq/faq-matcher.ts';
import type { ChatClassifierOptions, KnowledgeBase, LabelledQuestion, MatchThresholds } from '../src/features/faq/index.ts';
import { classify, DEFAULT_CLASSIFIER_OPTIONS, DEFAULT_THRESHOLDS, parseKnowledgeBase } from '../src/features/faq/index.ts';
import { prepareQuestion } from '../src/features/faq/text-normalise.ts';
import type { BenchItem } from './faq-bench-data.ts';
import { score } from './faq-bench-data.ts';

/**
 * The measurement behind the choice of technique, options and thresholds (npm run bench:faq -- --compare). It looks
 * only at the splits given to it (faq.bench.ts passes every split written before the current round), and the knowledge base
 * is always trained on data/faq-training-questions.json only, never on a bench question.
 */
const R = DEFAULT_RANKER_OPTIONS;
const C = DEFAULT_CLASSIFIER_OPTIONS;
type Variant = readonly [string, { ranker?: RankerOptions; classifier?: ChatClassifierOptions; withTraining?: boolean }];
const VARIANTS: readonly Variant[] = [
  ['lexical + classifier (chosen)', {}],
  ['lexical only (classifier mix 0)', { classifier: { ...C, mix: 0 } }],
  ['classifier only (mix 1)', { classifier: { ...C, mix: 1 } }],
  ['classifier mix 0.3', { classifier: { ...C, mix: 0.3 } }],
  ['classifier mix 0.5', { classifier: { ...C, mix: 0.5 } }],
  ['classifier mix 0.7', { classifier: { ...C, mix: 0.7 } }],
  ['classifier without training questions', { withTraining: false }],
  ['classifier, terms only (no char n-grams)', { classifier: { ...C, charWeight: 0 } }],
  ['classifier, char n-grams weighted 0.6', { classifier: { ...C, charWeight: 0.6 } }],
  ['classifier, l2 1e-3', { classifier: { ...C, l2: 1e-3 } }],
  ['classifier, l2 1e-5', { classifier: { ...C, l2: 1e-5 } }],
  ['classifier, 15 epochs', { classifier: { ...C, epochs: 15 } }],
  ['classifier, learning rate 0.5', { classifier: { ...C, learningRate: 0.5 } }],
  ['classifier, learning rate 4', { classifier: { ...C, learningRate: 4 } }],
  ['lexical without naive Bayes', { ranker: { ...R, intent: { ...R.intent, mix: 0 } } }],
];

function rank1(kb: KnowledgeBase, items: readonly BenchItem[]): number {
  const answers = items.filter((i) => i.group === 'answer');
  const hits = answers.filter((i) => kb.entries[rankQuestion(kb, prepareQuestion(i.q).text).ranked[0]!.doc]!.id === i.expect);
  return hits.length / answers.length;
}

const SWEEP: ReadonlyArray<Partial<MatchThresholds>> = [
  ...[0.2, 0.25, 0.35, 0.4].map((answer) => ({ answer })),
  ...[0.3, 0.35, 0.5, 0.6].map((offtopic) => ({ offtopic })),
  ...[0.5, 0.6, 0.8].map((anchorless) => ({ anchorless })),
  ...[0.2, 0.4, 0.5].map((smalltalk) => ({ smalltalk })),
];

export function compareTechniques(items: readonly BenchItem[], training: readonly LabelledQuestion[]): void {
  const raw = JSON.parse(readFileSync(new URL('../data/faq.json', import.meta.url), 'utf8')) as unknown;
  console.log(`technique comparison on ${items.length} questions (splits: ${[...new Set(items.map((i) => i.split))].join(', ')})`);
  console.log('variant                                      rank1   top1   off-topic  train ms');
  for (const [name, v] of VARIANTS) {
    const t0 = performance.now();
    const parsed = parseKnowledgeBase(raw, 'data/faq.json', undefined, {
      ...(v.ranker ? { ranker: v.ranker } : {}),
      ...(v.classifier ? { classifier: v.classifier } : {}),
      training: v.withTraining === false ? [] : training,
    });
    const ms = performance.now() - t0;
    if (!parsed.ok) throw new Error(parsed.error.code);
    const s = score(parsed.value, items);
    console.log(`${name.padEnd(45)}${rank1(parsed.value, items).toFixed(3)}  ${s.top1.toFixed(3)}  ${s.offtopicHandled.toFixed(3)}   ${ms.toFixed(0).padStart(7)}`);
  }
  const parsed = parseKnowledgeBase(raw, 'data/faq.json', undefined, { training });
  if (!parsed.ok) throw new Error(parsed.error.code);
  console.log(`threshold sweep around ${JSON.stringify(DEFAULT_THRESHOLDS)} (one value changed at a time)`);
  for (const change of SWEEP) {
    const t: MatchThresholds = { ...DEFAULT_THRESHOLDS, ...change };
    const s = score(parsed.value, items, (kb, q) => classify(kb, q, t));
    console.log(`  ${JSON.stringify(change).padEnd(24)} top1 ${s.top1.toFixed(3)}  off-topic ${s.offtopicHandled.toFixed(3)}  small talk ${s.smalltalkOk.toFixed(3)}  reachable ${s.reachable}`);
  }
}
