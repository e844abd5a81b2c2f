import type { Classification, KnowledgeBase } from '../../../../src/features/faq/index.ts';
import { loadKnowledgeBase } from '../../../../src/features/faq/index.ts';

/** The project's own knowledge base (data/faq.json) with its training questions, loaded and validated as the bot loads it. */
export async function projectKnowledgeBase(): Promise<KnowledgeBase> {
  const loaded = await loadKnowledgeBase(new URL('../../../../data/faq.json', import.meta.url).pathname, {
    trainingFile: new URL('../../../../data/faq-training-questions.json', import.meta.url).pathname,
    modelCacheDir: new URL('../../../../.cache/faq-models', import.meta.url).pathname,
  });
  if (!loaded.ok) throw new Error(loaded.error.code);
  return loaded.value;
}

/** The entry a classification answered with, or its kind when it did not answer. */
export const answerId = (c: Classification): string => (c.kind === 'answer' ? c.entry.id : c.kind);
