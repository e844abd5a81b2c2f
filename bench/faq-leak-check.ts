import type { KnowledgeBase } from '../src/features/faq/index.ts';

/** Keeps the bench honest: a bench question may not repeat a knowledge-base question or alternativeQuestion. */
const words = (s: string) => new Set(s.toLocaleLowerCase('de-DE').match(/[\p{L}\p{N}]+/gu) ?? []);

function jaccard(a: Set<string>, b: Set<string>): number {
  let both = 0;
  for (const w of a) if (b.has(w)) both += 1;
  return both / (a.size + b.size - both || 1);
}

export function leakedQuestions(kb: KnowledgeBase, items: readonly { q: string }[]): string[] {
  const kbQuestions = kb.entries.flatMap((e) => [e.question, ...e.alternativeQuestions].map((q) => ({ id: e.id, q, w: words(q) })));
  const leaks: string[] = [];
  for (const { q } of items) {
    const w = words(q);
    const hit = kbQuestions.find((k) => jaccard(w, k.w) >= 0.8);
    if (hit) leaks.push(`  "${q}" ≈ ${hit.id} "${hit.q}"`);
  }
  return leaks;
}

/**
 * The classifier learns from data/faq-training-questions.json, so no bench question may be (nearly) one of those
 * either: every split stays a test the model has not seen.
 */
export function trainingLeaks(training: readonly { q: string }[], items: readonly { q: string }[]): string[] {
  const trained = training.map((t) => ({ q: t.q, w: words(t.q) }));
  const leaks: string[] = [];
  for (const { q } of items) {
    const w = words(q);
    const hit = trained.find((t) => jaccard(w, t.w) >= 0.8);
    if (hit) leaks.push(`  "${q}" ≈ training "${hit.q}"`);
  }
  return leaks;
}
