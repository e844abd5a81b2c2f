import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { z } from 'zod';
import type { Result } from '../shared/index.ts';
import { err, ok } from '../shared/index.ts';
import type { FaqIndex, RankerOptions } from './bm25-index.ts';
import { buildFaqIndex, DEFAULT_RANKER_OPTIONS } from './bm25-index.ts';
import type { ChatClassifier, ChatClassifierOptions, LabelledQuestion } from './chat-classifier.ts';
import { trainChatClassifier } from './chat-classifier.ts';
import type { FaqEntry, UnconfirmedTopic } from './knowledge-base.schema.ts';
import { KnowledgeBaseFileSchema, TrainingQuestionsFileSchema } from './knowledge-base.schema.ts';
import { stem } from './light-stemmer.ts';
import type { ModelCache } from './model-cache.ts';
import { codeFingerprint, diskModelCache } from './model-cache.ts';
import { tokenize } from './text-normalise.ts';

/** An immutable, validated snapshot with its search index. Reloading builds a new one; nothing mutates this. */
export type KnowledgeBase = {
  readonly entries: readonly FaqEntry[];
  readonly unconfirmedTopics: readonly UnconfirmedTopic[];
  /** First 12 hex digits of the file's SHA-256: lets feedback and tickets say which version answered. */
  readonly version: string;
  readonly index: FaqIndex;
  /** Stems of each unconfirmed topic's terms (one array per term, several words for "travel costs"). */
  readonly topicStems: ReadonlyArray<{ readonly id: string; readonly terms: readonly (readonly string[])[] }>;
  /** The intent classifier trained on the entries and the labelled chat questions (chat-classifier.ts). */
  readonly classifier: ChatClassifier;
  /** Labelled chat questions given, and those skipped because their entry id is not (or no longer) in the file. */
  readonly training: { readonly questions: number; readonly skipped: number };
};

export type KnowledgeBaseOptions = {
  readonly ranker?: RankerOptions;
  readonly classifier?: ChatClassifierOptions;
  /** Labelled chat questions for the classifier (parse), or the file that holds them (load). */
  readonly training?: readonly LabelledQuestion[];
  readonly trainingFile?: string;
  /** A folder for trained models (model-cache.ts): a restart or another process with the same data skips training. */
  readonly modelCacheDir?: string;
  /** Where a cache problem is reported (it never stops loading). */
  readonly onCacheError?: (message: string) => void;
};

export type KnowledgeBaseIssue = {
  readonly entryIndex?: number;
  readonly entryId?: string;
  /** Dotted path inside the entry (or the file), e.g. "answer", "sources.0", "schemaVersion". */
  readonly field: string;
  readonly problem: string;
};

export type KnowledgeBaseError =
  | { readonly code: 'kb_unreadable'; readonly path: string; readonly reason: string }
  | { readonly code: 'kb_not_json'; readonly path: string; readonly reason: string }
  | { readonly code: 'kb_invalid'; readonly path: string; readonly issues: readonly KnowledgeBaseIssue[] };

function toIssue(raw: unknown, issue: z.core.$ZodIssue): KnowledgeBaseIssue {
  const [head, index, ...rest] = issue.path;
  if (head !== 'entries' || typeof index !== 'number') {
    return { field: issue.path.map(String).join('.') || '(file)', problem: issue.message };
  }
  const entries = (raw as { entries?: unknown[] }).entries;
  const id = (entries?.[index] as { id?: unknown } | undefined)?.id;
  const keys = 'keys' in issue && Array.isArray(issue.keys) ? `: ${issue.keys.join(', ')}` : '';
  return {
    entryIndex: index,
    ...(typeof id === 'string' ? { entryId: id } : {}),
    field: rest.map(String).join('.') || '(entry)',
    problem: `${issue.message}${keys && !issue.message.includes(keys.slice(2)) ? keys : ''}`,
  };
}

export function parseKnowledgeBase(
  raw: unknown,
  origin = '(memory)',
  content: string = JSON.stringify(raw),
  options: KnowledgeBaseOptions = {},
): Result<KnowledgeBase, KnowledgeBaseError> {
  const parsed = KnowledgeBaseFileSchema.safeParse(raw);
  if (!parsed.success) {
    return err({ code: 'kb_invalid', path: origin, issues: parsed.error.issues.map((i) => toIssue(raw, i)) });
  }
  const version = createHash('sha256').update(content).digest('hex').slice(0, 12);
  const { entries, unconfirmedTopics } = parsed.data;
  const topicStems = unconfirmedTopics.map((t) => ({ id: t.id, terms: t.terms.map((term) => tokenize(term).map((w) => stem(w.folded))) }));
  const index = buildFaqIndex(entries, options.ranker ?? DEFAULT_RANKER_OPTIONS);
  const questions = options.training ?? [];
  const classifier = trainedClassifier(
    {
      lexicon: index.lexicon,
      analyser: index.options.analyser,
      entries,
      questions,
      ...(options.classifier ? { options: options.classifier } : {}),
    },
    options.modelCacheDir ? diskModelCache(options.modelCacheDir, options.onCacheError) : undefined,
  );
  const training = { questions: questions.length, skipped: questions.length - classifier.trainedOn };
  return ok({ entries, unconfirmedTopics, version, index, topicStems, classifier, training });
}

/**
 * Training takes a few seconds; the same entries, questions, options and code always give the same model (seeded), so
 * a process that loads the same data again (a reload without a change, the writer's validation, every bot a test
 * starts) reuses it, and with a disk cache so does the next process. A few models at most are kept in memory.
 */
const trainedModels = new Map<string, ChatClassifier>();
const MODELS_KEPT = 4;

function trainedClassifier(input: Parameters<typeof trainChatClassifier>[0], disk?: ModelCache): ChatClassifier {
  const key = createHash('sha256')
    .update(JSON.stringify([input.entries, input.questions, input.options ?? null, input.analyser, input.lexicon.termOfStem.size, codeFingerprint()]))
    .digest('hex');
  const known = trainedModels.get(key);
  if (known) return known;
  const stored = disk?.read(key);
  const model = stored ?? trainChatClassifier(input);
  if (!stored) disk?.write(key, model);
  if (trainedModels.size >= MODELS_KEPT) trainedModels.delete(trainedModels.keys().next().value!);
  trainedModels.set(key, model);
  return model;
}

/** The knowledge base file and, when `options.trainingFile` names one, its labelled chat questions; both validated. */
export async function loadKnowledgeBase(path: string, options: KnowledgeBaseOptions = {}): Promise<Result<KnowledgeBase, KnowledgeBaseError>> {
  const read = await readKnowledgeBaseJson(path);
  if (!read.ok) return read;
  let training = options.training;
  if (options.trainingFile !== undefined) {
    const loaded = await loadTrainingQuestions(options.trainingFile);
    if (!loaded.ok) return loaded;
    training = [...(training ?? []), ...loaded.value];
  }
  return parseKnowledgeBase(read.value.raw, path, read.value.content, { ...options, ...(training ? { training } : {}) });
}

export async function loadTrainingQuestions(path: string): Promise<Result<readonly LabelledQuestion[], KnowledgeBaseError>> {
  const read = await readKnowledgeBaseJson(path);
  if (!read.ok) return read;
  const parsed = TrainingQuestionsFileSchema.safeParse(read.value.raw);
  if (!parsed.success) return err({ code: 'kb_invalid', path, issues: parsed.error.issues.map((i) => toIssue(read.value.raw, i)) });
  return ok(parsed.data.questions);
}

/** The file's text and its JSON value, not yet validated: the loader and the writer (which appends to it) share this. */
export async function readKnowledgeBaseJson(
  path: string,
): Promise<Result<{ content: string; raw: unknown }, Extract<KnowledgeBaseError, { code: 'kb_unreadable' | 'kb_not_json' }>>> {
  let content: string;
  try {
    content = await readFile(path, 'utf8');
  } catch (e) {
    return err({ code: 'kb_unreadable', path, reason: (e as Error).message });
  }
  try {
    return ok({ content, raw: JSON.parse(content) as unknown });
  } catch (e) {
    return err({ code: 'kb_not_json', path, reason: (e as Error).message });
  }
}

/** One line per problem, for the operator's log (not for chat users): names file, entry index, id and field. */
export function describeKnowledgeBaseError(error: KnowledgeBaseError): string {
  if (error.code !== 'kb_invalid') return `${error.path}: ${error.code === 'kb_unreadable' ? 'cannot read' : 'not valid JSON'} (${error.reason})`;
  return error.issues
    .map((i) => {
      const where = i.entryIndex === undefined ? '' : ` entry #${i.entryIndex}${i.entryId ? ` (${i.entryId})` : ''}`;
      return `${error.path}:${where} field "${i.field}": ${i.problem}`;
    })
    .join('\n');
}
