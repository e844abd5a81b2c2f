import type { FaqEntry } from './knowledge-base.schema.ts';
import type { AnalyserOptions, Lexicon } from './term-analyser.ts';
import { SMALLTALK_INTENTS } from './smalltalk.ts';
import { analyseText } from './term-analyser.ts';
import { STOPWORDS, tokenize } from './text-normalise.ts';

/**
 * A softmax (multinomial logistic) regression over how people actually ask: trained on each entry's question,
 * alternativeQuestions and keywords plus labelled chat questions (data/faq-training-questions.json), with one extra
 * class for off-topic questions. Features are the analyser's terms (stems, synonym groups, compound parts, typo
 * corrections) and character 3–5-grams of each word, which carry inflection, compounds and typos the analyser does
 * not know. BM25 knows which entry mentions a word; this knows which entry is asked with it.
 *
 * Trained in-process when the knowledge base is (re)loaded, deterministically (seeded shuffle), in well under a
 * second; no network, no model file.
 */
export type LabelledQuestion = { readonly q: string; readonly expect: string };

export const OFFTOPIC_LABEL = 'offtopic';
/** Small talk the phrase list does not know ("Servus miteinander", "What can this bot help me with?"). */
export const SMALLTALK_LABELS = SMALLTALK_INTENTS.map((intent) => `smalltalk:${intent}` as const);

export type ChatClassifierOptions = {
  readonly epochs: number;
  readonly learningRate: number;
  /** L2 penalty per update. */
  readonly l2: number;
  /** Weight of one character n-gram relative to one term (before the feature vector is normalised). */
  readonly charWeight: number;
  /** Share of the classifier's posterior in the combined ranking; the rest is the lexical ranking (faq-matcher.ts). */
  readonly mix: number;
};

/**
 * Chosen with npm run bench:faq -- --compare on the splits written before the current round. With 5,500 training
 * questions the classifier ranks better than the lexical ranking, so it has the larger share (0.7; it was 0.5 with 690),
 * and 0.85 with 8,500. At a learning rate of 0.5 the model was still underfitted: 2 ranked better on every newer split.
 * Word pairs as features and averaged weights were measured and left out (no gain, or a loss).
 */
export const DEFAULT_CLASSIFIER_OPTIONS: ChatClassifierOptions = { epochs: 30, learningRate: 2, l2: 1e-4, charWeight: 0.3, mix: 0.85 };

export type ChatClassifier = {
  /** One label per class: the knowledge base's entry ids in order, then OFFTOPIC_LABEL, then SMALLTALK_LABELS. */
  readonly labels: readonly string[];
  readonly featureIndex: ReadonlyMap<string, number>;
  /** Row-major: feature × class. */
  readonly weights: Float64Array;
  readonly options: ChatClassifierOptions;
  /** How many labelled chat questions it learnt from (the knowledge base's own texts not counted). */
  readonly trainedOn: number;
};

type Sparse = { readonly keys: readonly string[]; readonly values: readonly number[] };

/**
 * Term and character n-gram features of a text, L2-normalised; a bias feature keeps the class priors. `terms` are the
 * analyser's terms of `text` (the matcher has them already).
 */
export function chatFeatures(terms: readonly string[], text: string, charWeight: number): Sparse {
  const f = new Map<string, number>();
  const add = (k: string, v: number) => f.set(k, (f.get(k) ?? 0) + v);
  for (const term of terms) add(`t:${term}`, 1);
  for (const { folded } of tokenize(text)) {
    if (folded.length < 3 || STOPWORDS.has(folded)) continue;
    const word = `<${folded}>`;
    for (let n = 3; n <= 5; n++) for (let i = 0; i + n <= word.length; i++) add(`c:${word.slice(i, i + n)}`, charWeight);
  }
  add('bias', 1);
  let norm = 0;
  for (const v of f.values()) norm += v * v;
  norm = Math.sqrt(norm);
  return { keys: [...f.keys()], values: [...f.values()].map((v) => v / norm) };
}

type Example = { readonly features: Int32Array; readonly values: Float64Array; readonly label: number };

function softmaxInPlace(z: Float64Array): void {
  let max = -Infinity;
  for (const v of z) if (v > max) max = v;
  let total = 0;
  for (let c = 0; c < z.length; c++) {
    z[c] = Math.exp(z[c]! - max);
    total += z[c]!;
  }
  for (let c = 0; c < z.length; c++) z[c] = z[c]! / total;
}

function scores(weights: Float64Array, classes: number, features: Int32Array, values: Float64Array, out: Float64Array): void {
  out.fill(0);
  for (let k = 0; k < features.length; k++) {
    const row = features[k]! * classes;
    const v = values[k]!;
    for (let c = 0; c < classes; c++) out[c] = out[c]! + weights[row + c]! * v;
  }
}

const GRADIENT_FLOOR = 1e-4;

export type TrainingInput = {
  readonly lexicon: Lexicon;
  readonly analyser: AnalyserOptions;
  readonly entries: readonly FaqEntry[];
  /** Chat questions labelled with an entry id, OFFTOPIC_LABEL or a small-talk label; ids the knowledge base does not have are skipped. */
  readonly questions: readonly LabelledQuestion[];
  readonly options?: ChatClassifierOptions;
};

export function trainChatClassifier(input: TrainingInput): ChatClassifier {
  const options = input.options ?? DEFAULT_CLASSIFIER_OPTIONS;
  const labels = [...input.entries.map((e) => e.id), OFFTOPIC_LABEL, ...SMALLTALK_LABELS];
  const classOf = new Map(labels.map((l, i) => [l, i]));
  const texts: { text: string; label: number }[] = input.entries.flatMap((e, i) =>
    [e.question, ...e.alternativeQuestions, ...(e.keywords.length ? [e.keywords.join(' ')] : [])].map((text) => ({ text, label: i })),
  );
  let trainedOn = 0;
  for (const { q, expect } of input.questions) {
    const label = classOf.get(expect);
    if (label === undefined) continue;
    texts.push({ text: q, label });
    trainedOn++;
  }
  const featureIndex = new Map<string, number>();
  const examples: Example[] = texts.map(({ text, label }) => {
    const { keys, values } = chatFeatures(analyseText(input.lexicon, text, input.analyser), text, options.charWeight);
    const features = Int32Array.from(keys, (k) => {
      let at = featureIndex.get(k);
      if (at === undefined) featureIndex.set(k, (at = featureIndex.size));
      return at;
    });
    return { features, values: Float64Array.from(values), label };
  });
  const classes = labels.length;
  const weights = new Float64Array(featureIndex.size * classes);
  const z = new Float64Array(classes);
  const activeClasses = new Int32Array(classes);
  const order = examples.map((_, i) => i);
  let seed = 1;
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    const rate = options.learningRate / (1 + epoch * 0.2);
    for (const at of order) {
      const { features, values, label } = examples[at]!;
      scores(weights, classes, features, values, z);
      softmaxInPlace(z);
      z[label] = z[label]! - 1;
      // Only classes with a gradient worth the work: after the first epochs most probabilities are ~0, and skipping
      // them makes training several times faster without changing what is learnt.
      let active = 0;
      for (let c = 0; c < classes; c++) if (Math.abs(z[c]!) >= GRADIENT_FLOOR) activeClasses[active++] = c;
      for (let k = 0; k < features.length; k++) {
        const row = features[k]! * classes;
        const v = values[k]!;
        for (let a = 0; a < active; a++) {
          const at = row + activeClasses[a]!;
          weights[at] = weights[at]! - rate * (z[activeClasses[a]!]! * v + options.l2 * weights[at]!);
        }
      }
    }
  }
  return { labels, featureIndex, weights, options, trainedOn };
}

/**
 * Probability of each class (entries in knowledge-base order, then off-topic, then small talk) for a prepared text and its analyser
 * terms; unseen features say nothing.
 */
export function classifierPosterior(model: ChatClassifier, terms: readonly string[], text: string): Float64Array {
  const { keys, values } = chatFeatures(terms, text, model.options.charWeight);
  const known: number[] = [];
  const knownValues: number[] = [];
  keys.forEach((k, i) => {
    const at = model.featureIndex.get(k);
    if (at === undefined) return;
    known.push(at);
    knownValues.push(values[i]!);
  });
  const z = new Float64Array(model.labels.length);
  scores(model.weights, model.labels.length, Int32Array.from(known), Float64Array.from(knownValues), z);
  softmaxInPlace(z);
  return z;
}
