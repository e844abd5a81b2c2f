import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { z } from 'zod';
import type { Result } from '../shared/index.ts';
import { err, ok } from '../shared/index.ts';
import type { FaqIndex, RankerOptions } from './bm25-index.ts';
import { buildFaqIndex, DEFAULT_RANKER_OPTIONS } from './bm25-index.ts';
import type { ChatClassifier, ChatClassifierOptions, LabelledQuestion, TrainingInput } from './chat-classifier.ts';
import { trainChatClassifier } from './chat-classifier.ts';
import type { FaqEntry, UnconfirmedTopic } from './knowledge-base.schema.ts';
import { KnowledgeBaseFileSchema, TrainingQuestionsFileSchema } from './knowledge-base.schema.ts';
import { stem } from './light-stemmer.ts';
import type { ModelCache } from './model-cache.ts';
import { codeFingerprint, diskModelCache } from './model-cache.ts';
import { trainOnWorker } from './training-thread.ts';
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
  const prepared = prepare(raw, origin, content, options);
  if (!prepared.ok) return prepared;
  const { input, disk } = prepared.value;
  const key = modelKey(input);
  return ok(assemble(prepared.value, remembered(key, () => trainedOrStored(key, input, disk))));
}

/** Validation only (schema and version), for a writer that checks a file before it replaces the old one. */
export function validateKnowledgeBase(raw: unknown, origin = '(memory)', content: string = JSON.stringify(raw)): Result<{ version: string }, KnowledgeBaseError> {
  const parsed = KnowledgeBaseFileSchema.safeParse(raw);
  if (!parsed.success) return err({ code: 'kb_invalid', path: origin, issues: parsed.error.issues.map((i) => toIssue(raw, i)) });
  return ok({ version: versionOf(content) });
}

const versionOf = (content: string) => createHash('sha256').update(content).digest('hex').slice(0, 12);

type Prepared = {
  readonly snapshot: Omit<KnowledgeBase, 'classifier' | 'training'>;
  readonly input: TrainingInput;
  readonly ranker: RankerOptions;
  readonly disk: ModelCache | undefined;
};

function prepare(raw: unknown, origin: string, content: string, options: KnowledgeBaseOptions): Result<Prepared, KnowledgeBaseError> {
  const parsed = KnowledgeBaseFileSchema.safeParse(raw);
  if (!parsed.success) {
    return err({ code: 'kb_invalid', path: origin, issues: parsed.error.issues.map((i) => toIssue(raw, i)) });
  }
  const { entries, unconfirmedTopics } = parsed.data;
  const topicStems = unconfirmedTopics.map((t) => ({ id: t.id, terms: t.terms.map((term) => tokenize(term).map((w) => stem(w.folded))) }));
  const ranker = options.ranker ?? DEFAULT_RANKER_OPTIONS;
  const index = buildFaqIndex(entries, ranker);
  const input: TrainingInput = {
    lexicon: index.lexicon,
    analyser: index.options.analyser,
    entries,
    questions: options.training ?? [],
    ...(options.classifier ? { options: options.classifier } : {}),
  };
  const disk = options.modelCacheDir ? diskModelCache(options.modelCacheDir, options.onCacheError) : undefined;
  return ok({ snapshot: { entries, unconfirmedTopics, version: versionOf(content), index, topicStems }, input, ranker, disk });
}

function assemble(prepared: Prepared, classifier: ChatClassifier): KnowledgeBase {
  const questions = prepared.input.questions.length;
  return { ...prepared.snapshot, classifier, training: { questions, skipped: questions - classifier.trainedOn } };
}

/**
 * Training takes a few seconds; the same entries, questions, options and code always give the same model (seeded), so
 * a process that loads the same data again (a reload without a change, every bot a test starts) reuses it, and with a
 * disk cache so does the next process. A few models at most are kept in memory.
 */
const trainedModels = new Map<string, ChatClassifier>();
const MODELS_KEPT = 4;

function modelKey(input: TrainingInput): string {
  return createHash('sha256')
    .update(JSON.stringify([input.entries, input.questions, input.options ?? null, input.analyser, input.lexicon.termOfStem.size, codeFingerprint()]))
    .digest('hex');
}

function remembered(key: string, make: () => ChatClassifier): ChatClassifier {
  const model = trainedModels.get(key) ?? make();
  if (!trainedModels.has(key)) {
    if (trainedModels.size >= MODELS_KEPT) trainedModels.delete(trainedModels.keys().next().value!);
    trainedModels.set(key, model);
  }
  return model;
}

function trainedOrStored(key: string, input: TrainingInput, disk: ModelCache | undefined): ChatClassifier {
  const stored = disk?.read(key);
  if (stored) return stored;
  const model = trainChatClassifier(input);
  disk?.write(key, model);
  return model;
}

/**
 * The same, with the training on a worker thread: the caller (a reload while the bot is answering) keeps its event
 * loop. Should the worker fail to start, the model is trained here instead: slower, never wrong.
 */
async function trainedElsewhere(prepared: Prepared): Promise<ChatClassifier> {
  const { input, disk, ranker } = prepared;
  const key = modelKey(input);
  const known = trainedModels.get(key) ?? disk?.read(key);
  if (known) return remembered(key, () => known);
  let model: ChatClassifier;
  try {
    model = await trainOnWorker({ entries: input.entries, questions: input.questions, ranker, ...(input.options ? { options: input.options } : {}) });
  } catch {
    model = trainChatClassifier(input);
  }
  disk?.write(key, model);
  return remembered(key, () => model);
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
  const prepared = prepare(read.value.raw, path, read.value.content, { ...options, ...(training ? { training } : {}) });
  if (!prepared.ok) return prepared;
  return ok(assemble(prepared.value, await trainedElsewhere(prepared.value)));
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
