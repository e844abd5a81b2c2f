/**
 * npm run bench:faq — scores the FAQ classifier through `classify`, the code path the bot uses.
 *   (no flag)                 all questions; figures per split (dev, holdout, fresh, blind, blind2 … blind11) and over all of them
 *   --split dev[,holdout,…]   only these splits (while tuning: dev, the only split tuning may look at)
 *   --compare                 techniques, classifier options and thresholds on every split written before the current round
 * History of the splits: "holdout" (every 5th item of faq-questions.json) was first evaluated after tuning (top1 0.73)
 * and generic fixes followed, so it is no longer blind; "fresh" was written after that and evaluated at top1 0.60;
 * "blind" was written before the generalisation work (BM25 + intent model, morphology, directory-checked slots) and
 * evaluated once at its end: top1 0.592 → 0.816, off-topic 0.923 → 0.923; it was a development split afterwards.
 * "blind2" was written before the second round (domain anchor, clear-leader rule, vague words) and evaluated once at
 * its end: top1 0.889, off-topic 0.964. "blind3" was written before the third round (off-topic floor with a programme
 * term, structure/place disambiguation) and was evaluated once at its end: top1 0.718 → 0.742, off-topic 0.935 → 0.903
 * (the seen splits rose 0.911 → 0.947 in the same round: the gap is the honest size of the overfit). "blind4" was
 * written before the fourth round (curated vocabulary in data/faq.json, no clear-leader answer below 0.25) and was
 * evaluated once at its end: top1 0.759 (matcher before the round) → 0.707, off-topic 0.968 → 0.968, reachable
 * 0.850 → 0.832, while the seen splits rose 0.902 → 0.914. The added vocabulary fixed 7 blind4 questions and broke 12
 * (one entry's new words pulling another's questions); that round was reverted. "blind5" was written before the
 * fifth round (a softmax classifier trained on data/faq-training-questions.json, never on a bench question; decision
 * thresholds chosen with --compare on the other splits) and evaluated at its end: top1 0.481 (matcher before the
 * round) → 0.783, off-topic 0.902 → 0.902. It was evaluated a second time after the anchor rule (a question naming
 * nothing of the programme needs 0.6 to be answered) was put back for an off-topic test: top1 0.772, off-topic
 * 0.927. "blind6" and "blind7" were written before the sixth round (the training questions grown from 690 to 5,500 in
 * four waves of other helpers who never saw a bench file, small-talk classes in the classifier, an off-topic decision
 * by the classifier alone) by helpers who saw only the entries' answers. blind6 was evaluated once mid-round, after
 * three waves: top1 0.780 (the round's starting matcher) → 0.875, off-topic 0.978 → 0.956, small talk 0.667 → 1.000;
 * after it, one more wave of training questions and a larger classifier share were chosen on all splits but blind7.
 * blind7 was evaluated once, at the end of the round: top1 0.695 (the round's starting matcher) → 0.850, off-topic
 * 0.889 → 0.978, small talk 0.625 → 0.750; blind6 ended the round at 0.895. "blind8" was written before the seventh
 * round (a fifth wave of training questions aimed at what blind6 and blind7 showed; a hand-over topic's word in
 * passing no longer overrides a clear answer) and evaluated once at its end: top1 0.660 (the session's starting
 * matcher) → 0.860 (end of the sixth round) → 0.880, off-topic 0.848 → 0.978 → 1.000. "blind9" was written before the
 * eighth round (a sixth wave of training questions in new voices) and evaluated once at its end: top1 0.755 (the
 * session's starting matcher) → 0.910 (end of the seventh round, whose training data still held three near-copies of
 * blind9 questions) → 0.920, off-topic 0.957 → 0.935 → 0.935. "blind10" (context before the question, English by
 * non-native speakers) and "blind11" (short phone-style and keyword messages, typos in the key nouns) were written
 * before the ninth round by helpers that saw only the entries' answers; nine training questions that nearly repeated
 * one of theirs were dropped unread. They were evaluated once, at the end of that round (computed answers only for the
 * asker's own figure, five waves of training questions, learning rate 2, classifier share 0.85, off-topic at 0.4):
 * top1 0.950 (the round's starting matcher) → 0.968 (blind10 0.955 → 0.965, blind11 0.945 → 0.970), off-topic
 * 0.989 → 0.989, small talk 0.944 → 1.000. The same round took blind6–blind9, seen and used to pick the confusable
 * entries, from 0.900 to 0.968. All splits have now been seen.
 * `top1` is always over every in-scope question of the splits run, so no split can be picked to flatter it.
 * Last line: one JSON object.
 */
import { performance } from 'node:perf_hooks';
import type { KnowledgeBase } from '../src/features/faq/index.ts';
import { classify, describeKnowledgeBaseError, loadKnowledgeBase, loadTrainingQuestions } from '../src/features/faq/index.ts';
import type { BenchItem, Group, Score, Split } from './faq-bench-data.ts';
import { describe, isCorrect, loadBench, score, SPLITS } from './faq-bench-data.ts';
import { compareTechniques } from './faq-compare.ts';
import { leakedQuestions, trainingLeaks } from './faq-leak-check.ts';

/** Splits written before the current round and evaluated only at its end: tuning (--compare) never looks at them (none now: write one before the next round). */
const UNSEEN: readonly Split[] = [];

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;
}

/** One timing pass: every question 10 times, cold (a real chat question is rarely a repeat). */
function latencies(kb: KnowledgeBase, items: readonly BenchItem[], rounds = 10): number[] {
  items.forEach((i) => classify(kb, i.q));
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const i of items) {
      kb.index.lexicon.cache.clear();
      const t0 = performance.now();
      classify(kb, i.q);
      times.push(performance.now() - t0);
    }
  }
  return times.sort((a, b) => a - b);
}

const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Three passes, median of each percentile: one GC pause or a noisy neighbour should not decide p99. */
function timing(kb: KnowledgeBase, items: readonly BenchItem[]) {
  const passes = [1, 2, 3].map(() => latencies(kb, items));
  const p50s = passes.map((t) => percentile(t, 0.5));
  const p99s = passes.map((t) => percentile(t, 0.99));
  return { p50: median(p50s), p99: median(p99s), p99s };
}

function timeLong(kb: KnowledgeBase, text: string): number {
  const t0 = performance.now();
  classify(kb, text);
  return Math.round((performance.now() - t0) * 100) / 100;
}

function chosenSplits(args: readonly string[]): readonly Split[] {
  const at = args.indexOf('--split');
  if (at < 0) return SPLITS;
  const names = (args[at + 1] ?? '').split(',');
  const unknown = names.filter((n) => !(SPLITS as readonly string[]).includes(n));
  if (unknown.length) throw new Error(`unknown split(s) ${unknown.join(', ')}; known: ${SPLITS.join(', ')}`);
  return names as Split[];
}

function printSummary(items: readonly BenchItem[], kb: KnowledgeBase, overall: Score, bySplit: ReadonlyArray<readonly [Split, Score]>): void {
  const count = (g: Group) => items.filter((i) => i.group === g).length;
  console.log(`FAQ bench: ${items.length} questions (${count('answer')} answer, ${count('computed')} computed, ${count('offtopic')} off-topic, ${count('smalltalk')} small talk; ${items.filter((i) => i.lang === 'en').length} English)`);
  console.log(`knowledge base ${kb.version}: ${kb.entries.length} entries`);
  for (const [name, s] of [['all', overall] as const, ...bySplit]) {
    const n = s.results.filter((r) => r.item.group === 'answer' || r.item.group === 'computed').length;
    console.log(`  ${name.padEnd(8)} top1 ${s.top1.toFixed(3)} (n=${n})  off-topic handled ${s.offtopicHandled.toFixed(3)}  computed ${s.computedOk.toFixed(3)}  small talk ${s.smalltalkOk.toFixed(3)}  (clarify on in-scope: ${s.clarifyOnInScope}; answer or in "Meinten Sie": ${s.reachable})`);
  }
  const failures = overall.results.filter((r) => !isCorrect(r.item, r.got));
  if (failures.length) console.log(`failures (${failures.length}):`);
  for (const f of failures) console.log(`  [${f.item.split}] expected ${typeof f.item.expect === 'string' ? f.item.expect : JSON.stringify(f.item.expect)}, got ${describe(f.got)}  ← ${f.item.q}`);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const trainingFile = new URL('../data/faq-training-questions.json', import.meta.url).pathname;
  const training = await loadTrainingQuestions(trainingFile);
  if (!training.ok) throw new Error(describeKnowledgeBaseError(training.error));
  const loaded = await loadKnowledgeBase(new URL('../data/faq.json', import.meta.url).pathname, { training: training.value });
  if (!loaded.ok) throw new Error(describeKnowledgeBaseError(loaded.error));
  const kb = loaded.value;
  const all = loadBench();
  const leaks = [...leakedQuestions(kb, all), ...trainingLeaks(training.value, all)];
  if (leaks.length) {
    console.error(`bench questions copied from the knowledge base or the training questions:\n${leaks.join('\n')}`);
    process.exit(1);
  }
  if (args.includes('--compare')) {
    compareTechniques(all.filter((i) => !UNSEEN.includes(i.split)), training.value);
    return;
  }
  const splits = chosenSplits(args);
  const items = all.filter((i) => splits.includes(i.split));
  const overall = score(kb, items);
  const bySplit = splits.map((s) => [s, score(kb, items.filter((i) => i.split === s))] as const);
  printSummary(items, kb, overall, bySplit);
  const t = timing(kb, items);
  const long = { chars5000_ms: timeLong(kb, 'Förderung Basisqualifizierung '.repeat(170)), kb20_ms: timeLong(kb, 'x<b>y</b> Kosten? '.repeat(1200)) };
  console.log(`latency per question (median of 3 passes): p50 ${t.p50.toFixed(3)} ms, p99 ${t.p99.toFixed(3)} ms (passes: ${t.p99s.map((p) => p.toFixed(3)).join(', ')}); 5,000 chars ${long.chars5000_ms} ms, 20 kB ${long.kb20_ms} ms`);
  const perSplit = Object.fromEntries(bySplit.flatMap(([name, s]) => [[`top1_${name}`, s.top1], [`offtopic_handled_${name}`, s.offtopicHandled]]));
  console.log(JSON.stringify({
    top1: overall.top1, offtopic_handled: overall.offtopicHandled, computed_ok: overall.computedOk,
    smalltalk_ok: overall.smalltalkOk, ...perSplit,
    p50_ms: Number(t.p50.toFixed(3)), p99_ms: Number(t.p99.toFixed(3)), n: items.length,
  }));
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
