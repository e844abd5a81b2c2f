import type { KnowledgeBase } from '../src/features/faq/index.ts';

/** Keeps the bench honest: a bench question may not repeat a knowledge-base question or alternativeQuestion. */
const words = (s: string) => new Set(s.toLocaleLowerCase('de-DE').match(/[\p{L}\p{N}]+/gu) ?? []);

function jaccard(a: Set<string>, b: Set<string>): number {
  let both = 0;
  for (const w of a) if (b.has(w)) both += 1;
  return both / (a.size + b.size - both || 1);
}

/** Each item that is (nearly, by word overlap) one of the reference questions, named with the reference's label. */
function nearCopies(reference: readonly { label: string; q: string }[], items: readonly { q: string }[]): string[] {
  const known = reference.map((r) => ({ ...r, w: words(r.q) }));
  const leaks: string[] = [];
  for (const { q } of items) {
    const w = words(q);
    const hit = known.find((k) => jaccard(w, k.w) >= 0.8);
    if (hit) leaks.push(`  "${q}" ≈ ${hit.label} "${hit.q}"`);
  }
  return leaks;
}

export function leakedQuestions(kb: KnowledgeBase, items: readonly { q: string }[]): string[] {
  return nearCopies(kb.entries.flatMap((e) => [e.question, ...e.alternativeQuestions].map((q) => ({ label: e.id, q }))), items);
}

/**
 * The classifier learns from data/faq-training-questions.json, so no bench question may be (nearly) one of those
 * either: every split stays a test the model has not seen.
 */
export function trainingLeaks(training: readonly { q: string }[], items: readonly { q: string }[]): string[] {
  return nearCopies(training.map((t) => ({ label: 'training', q: t.q })), items);
}
