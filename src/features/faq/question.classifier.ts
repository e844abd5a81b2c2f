import type { ComputedQuestion } from './computed-question.classifier.ts';
import { detectComputedQuestion } from './computed-question.classifier.ts';
import type { MatchResult, MatchThresholds } from './faq-matcher.ts';
import { DEFAULT_THRESHOLDS, matchQuestion } from './faq-matcher.ts';
import type { KnowledgeBase } from './knowledge-base.ts';
import { detectSmalltalk } from './smalltalk.ts';
import { prepareQuestion } from './text-normalise.ts';

export type EmptyQuestion = { readonly kind: 'empty'; readonly reason: 'blank' | 'no_text' };

export type Classification = EmptyQuestion | ComputedQuestion | MatchResult;

/**
 * The one entry point the bot calls for a chat message: empty input, small talk, a computed question (with slots
 * for the rules module), or the knowledge-base match (answer, "Meinten Sie …?", off-topic). Never throws on text.
 */
export function classify(kb: KnowledgeBase, text: string, thresholds: MatchThresholds = DEFAULT_THRESHOLDS): Classification {
  if (text.trim() === '') return { kind: 'empty', reason: 'blank' };
  const { text: prepared } = prepareQuestion(text);
  if (!/[\p{L}\p{N}]/u.test(prepared)) {
    const intent = detectSmalltalk(prepared);
    return intent ? { kind: 'smalltalk', intent } : { kind: 'empty', reason: 'no_text' };
  }
  const intent = detectSmalltalk(prepared);
  if (intent) return { kind: 'smalltalk', intent };
  return detectComputedQuestion(prepared) ?? matchQuestion(kb, prepared, thresholds);
}
