import { watch } from 'node:fs';
import { basename, dirname } from 'node:path';
import type { Result } from '../shared/index.ts';
import { err } from '../shared/index.ts';
import type { KnowledgeBase, KnowledgeBaseError, KnowledgeBaseOptions } from './knowledge-base.ts';
import { loadKnowledgeBase } from './knowledge-base.ts';

export type KnowledgeBaseLoadResult = Result<KnowledgeBase, KnowledgeBaseError>;
export type Watcher = { close(): void };
export type WatchOptions = { readonly debounceMs?: number };

/**
 * Organisers edit data/faq.json without a deploy (issue 4). The store always holds a valid snapshot: a reload
 * swaps only when the new file validates, otherwise the old answers stay and the error is reported.
 */
export type KnowledgeBaseStore = {
  readonly path: string;
  current(): KnowledgeBase;
  /** Re-read and validate the file now (e.g. an organiser's "reload" command). */
  reload(): Promise<KnowledgeBaseLoadResult>;
  /** Reload on every change of the file (or of the training questions); `onReload` hears about each attempt, valid or not. */
  watch(onReload?: (result: KnowledgeBaseLoadResult) => void, options?: WatchOptions): Watcher;
};

export function createKnowledgeBaseStore(path: string, initial: KnowledgeBase, options?: KnowledgeBaseOptions): KnowledgeBaseStore {
  let current = initial;
  let requested = 0;
  let applied = 0;
  // Two reloads can finish out of order (a slow read, then a fast one): only the newest request may swap.
  const apply = (seq: number, result: KnowledgeBaseLoadResult): KnowledgeBaseLoadResult => {
    if (result.ok && seq > applied) {
      applied = seq;
      current = result.value;
    }
    return result;
  };
  const reload = async () => {
    const seq = ++requested;
    return apply(seq, await loadKnowledgeBase(path, options));
  };
  return {
    path,
    current: () => current,
    reload,
    watch: (onReload, watchOptions) =>
      watchFiles(filesOf(path, options), () => void reload().then((r) => onReload?.(r)), (e) => onReload?.(e), watchOptions),
  };
}

/** Opens the file once and wraps it in a store; fails with the same errors as `loadKnowledgeBase`. */
export async function openKnowledgeBaseStore(path: string, options?: KnowledgeBaseOptions): Promise<Result<KnowledgeBaseStore, KnowledgeBaseError>> {
  const first = await loadKnowledgeBase(path, options);
  return first.ok ? { ok: true, value: createKnowledgeBaseStore(path, first.value, options) } : first;
}

/**
 * Calls `onChange` with a freshly validated knowledge base (or its error) after the file changed and stayed quiet
 * for `debounceMs`: editors write in several steps, and a half-written file must not be reported as broken.
 */
export function watchKnowledgeBase(
  path: string,
  onChange: (result: KnowledgeBaseLoadResult) => void,
  options?: WatchOptions,
  kbOptions?: KnowledgeBaseOptions,
): Watcher {
  return watchFiles(filesOf(path, kbOptions), () => void loadKnowledgeBase(path, kbOptions).then(onChange), onChange, options);
}

const filesOf = (path: string, options?: KnowledgeBaseOptions) => [path, ...(options?.trainingFile ? [options.trainingFile] : [])];

function watchFiles(paths: readonly string[], onSettled: () => void, onError: (e: KnowledgeBaseLoadResult) => void, options?: WatchOptions): Watcher {
  const debounceMs = options?.debounceMs ?? 300;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const namesByFolder = new Map<string, Set<string>>();
  for (const p of paths) namesByFolder.set(dirname(p), (namesByFolder.get(dirname(p)) ?? new Set()).add(basename(p)));
  // Watch the folder, not the file: editors save by writing a temp file and renaming it over the original,
  // which ends a watch on the old inode.
  const watchers = [...namesByFolder].map(([folder, names]) => {
    const watcher = watch(folder, (_event, name) => {
      if (name !== null && !names.has(name)) return;
      clearTimeout(timer);
      timer = setTimeout(onSettled, debounceMs);
    });
    watcher.on('error', (e) => onError(err({ code: 'kb_unreadable', path: folder, reason: e.message })));
    return watcher;
  });
  return {
    close: () => {
      clearTimeout(timer);
      watchers.forEach((w) => w.close());
    },
  };
}
