import { randomUUID } from 'node:crypto';
import { open, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { describeKnowledgeBaseError, readKnowledgeBaseJson, validateKnowledgeBase } from '../../features/faq/index.ts';
import type { FaqEntry, KnowledgeBaseWriteError, KnowledgeBaseWriter } from '../../features/faq/index.ts';
import { err, ok } from '../../features/shared/index.ts';
import type { Result } from '../../features/shared/index.ts';

type Appended = Readonly<{ entryId: string; version: string }>;

/**
 * Appends entries to the knowledge-base JSON file (data/faq.json) so organisers can grow it from tickets without a
 * deploy. The whole file with the new entry is validated by the same parser the bot loads it with before anything is
 * written; then it is written to a temp file in the same folder and renamed over the original, so a reader (the
 * store's watcher, a crash mid-write) sees either the old file or the new one, never half of one.
 */
export class JsonKnowledgeBaseWriter implements KnowledgeBaseWriter {
  readonly path: string;
  // Appends in one process run one after the other: two organisers adding at once must not lose an entry.
  private queue: Promise<unknown> = Promise.resolve();

  constructor(path: string) {
    this.path = path;
  }

  append(entry: FaqEntry): Promise<Result<Appended, KnowledgeBaseWriteError>> {
    const run = this.queue.then(() => this.appendNow(entry));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async appendNow(entry: FaqEntry): Promise<Result<Appended, KnowledgeBaseWriteError>> {
    const path = this.path;
    const read = await readKnowledgeBaseJson(path);
    if (!read.ok) return err(read.error);
    const raw = read.value.raw;
    const entries = isRecord(raw) && Array.isArray(raw.entries) ? (raw.entries as unknown[]) : undefined;
    if (!entries) return err({ code: 'kb_invalid', path, problems: [`${path}: field "entries": expected an array`] });
    if (entries.some((e) => isRecord(e) && e.id === entry.id)) return err({ code: 'kb_duplicate_id', path, entryId: entry.id });

    const next = { ...(raw as Record<string, unknown>), entries: [...entries, entry] };
    const text = `${JSON.stringify(next, null, 2)}\n`;
    // Validation only: the watcher's reload trains the classifier (off the main thread); doing it here too would
    // block every chat for seconds.
    const parsed = validateKnowledgeBase(next, path, text);
    if (!parsed.ok) return err({ code: 'kb_invalid', path, problems: describeKnowledgeBaseError(parsed.error).split('\n') });
    await writeAtomically(path, text);
    return ok({ entryId: entry.id, version: parsed.value.version });
  }
}

async function writeAtomically(path: string, text: string): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${randomUUID()}.tmp`);
  try {
    await writeFile(temp, text, { encoding: 'utf8', flush: true });
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  // The rename is durable only once the folder's entry is on disk.
  const folder = await open(dirname(path), 'r');
  try {
    await folder.sync();
  } finally {
    await folder.close();
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
