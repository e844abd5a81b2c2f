import { z } from 'zod';

/**
 * One FAQ entry as organisers edit it in data/faq.json. Strict objects: a misspelt field ("anwser") is an error
 * rather than an entry that silently loses its answer.
 */
export const FaqEntrySchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and hyphens'),
  question: z.string().trim().min(3),
  /** Shown verbatim on the answer card (issue 4): never rewritten by code. */
  answer: z.string().trim().min(1),
  /** May be empty only for hand-over entries: an answer that claims facts must say where they come from. */
  sources: z.array(z.string().trim().min(1)),
  /** "Stand": the date the entry's facts were last checked against its sources. */
  factsDate: z.iso.date(),
  /** The honest answer is "not confirmed": the bot offers the hand-over prominently. */
  handOver: z.boolean().default(false),
  /** German and English words that help matching; never shown. */
  keywords: z.array(z.string().trim().min(2)).default([]),
  alternativeQuestions: z.array(z.string().trim().min(3)).default([]),
});

/** Topics with no confirmed answer (facts.md §10): questions about them are handed over, never answered. */
export const UnconfirmedTopicSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  terms: z.array(z.string().trim().min(3)).min(1),
});

export const KnowledgeBaseFileSchema = z
  .strictObject({
    schemaVersion: z.literal(1),
    entries: z.array(FaqEntrySchema).min(1),
    unconfirmedTopics: z.array(UnconfirmedTopicSchema).default([]),
  })
  .superRefine((file, ctx) => {
    const seen = new Set<string>();
    file.entries.forEach((entry, index) => {
      if (seen.has(entry.id)) ctx.addIssue({ code: 'custom', path: ['entries', index, 'id'], message: `duplicate id "${entry.id}"` });
      seen.add(entry.id);
      if (entry.sources.length === 0 && !entry.handOver) {
        ctx.addIssue({ code: 'custom', path: ['entries', index, 'sources'], message: 'no sources: add one or set handOver to true' });
      }
    });
  });

export type FaqEntry = z.infer<typeof FaqEntrySchema>;
export type UnconfirmedTopic = z.infer<typeof UnconfirmedTopicSchema>;
export type KnowledgeBaseFile = z.infer<typeof KnowledgeBaseFileSchema>;

/**
 * Chat questions labelled with the entry that answers them (or "offtopic", or a small-talk intent), which the intent classifier learns from
 * (data/faq-training-questions.json). An id the knowledge base no longer has is skipped, not an error: deleting an
 * entry must not block the reload.
 */
export const TrainingQuestionsFileSchema = z.strictObject({
  about: z.string().optional(),
  questions: z.array(z.strictObject({ q: z.string().trim().min(1).max(1000), expect: z.string().regex(/^([a-z0-9][a-z0-9-]*|smalltalk:(greeting|thanks|bye|help|ack))$/, 'an entry id, "offtopic" or "smalltalk:greeting|thanks|bye|help|ack"') })),
});
export type TrainingQuestionsFile = z.infer<typeof TrainingQuestionsFileSchema>;
