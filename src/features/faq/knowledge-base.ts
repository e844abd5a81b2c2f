import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { z } from 'zod';
import type { Result } from '../shared/index.ts';
import { err, ok } from '../shared/index.ts';
import type { FaqIndex, RankerOptions } from './bm25-index.ts';
import { buildFaqIndex, DEFAULT_RANKER_OPTIONS } from './bm25-index.ts';
import type { FaqEntry, UnconfirmedTopic } from './knowledge-base.schema.ts';
import { KnowledgeBaseFileSchema } from './knowledge-base.schema.ts';
import { stem } from './light-stemmer.ts';
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
  options: RankerOptions = DEFAULT_RANKER_OPTIONS,
): Result<KnowledgeBase, KnowledgeBaseError> {
  const parsed = KnowledgeBaseFileSchema.safeParse(raw);
  if (!parsed.success) {
    return err({ code: 'kb_invalid', path: origin, issues: parsed.error.issues.map((i) => toIssue(raw, i)) });
  }
  const version = createHash('sha256').update(content).digest('hex').slice(0, 12);
  const { entries, unconfirmedTopics } = parsed.data;
  const topicStems = unconfirmedTopics.map((t) => ({ id: t.id, terms: t.terms.map((term) => tokenize(term).map((w) => stem(w.folded))) }));
  return ok({ entries, unconfirmedTopics, version, index: buildFaqIndex(entries, options), topicStems });
}

export async function loadKnowledgeBase(path: string, options?: RankerOptions): Promise<Result<KnowledgeBase, KnowledgeBaseError>> {
  const read = await readKnowledgeBaseJson(path);
  if (!read.ok) return read;
  return parseKnowledgeBase(read.value.raw, path, read.value.content, options);
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
