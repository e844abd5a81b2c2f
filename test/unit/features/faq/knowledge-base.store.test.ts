import { readFile, rename, writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { KnowledgeBaseLoadResult } from '../../../../src/features/faq/index.ts';
import { classify, openKnowledgeBaseStore, watchKnowledgeBase } from '../../../../src/features/faq/index.ts';
import { tempFile } from '../../../support/temp-files.ts';

const DATA = new URL('../../../../data/faq.json', import.meta.url).pathname;

async function tempCopy(): Promise<{ path: string; raw: { entries: { id: string; answer: string; question: string }[] } }> {
  const text = await readFile(DATA, 'utf8');
  return { path: tempFile('faq-store-', 'faq.json', text), raw: JSON.parse(text) };
}

function nextReport(): { promise: Promise<KnowledgeBaseLoadResult>; resolve: (r: KnowledgeBaseLoadResult) => void } {
  let resolve!: (r: KnowledgeBaseLoadResult) => void;
  const promise = new Promise<KnowledgeBaseLoadResult>((r) => { resolve = r; });
  return { promise, resolve };
}

describe('knowledge base store', () => {
  it('swaps in a valid edited file on reload', async () => {
    const { path, raw } = await tempCopy();
    const store = await openKnowledgeBaseStore(path);
    if (!store.ok) throw new Error(store.error.code);
    const before = store.value.current();
    raw.entries[0]!.answer = 'Neue Antwort der Organisatoren.';
    await writeFile(path, JSON.stringify({ ...raw }));
    const result = await store.value.reload();
    expect(result.ok).toBe(true);
    expect(store.value.current().version).not.toBe(before.version);
    expect(store.value.current().entries[0]!.answer).toBe('Neue Antwort der Organisatoren.');
  });

  it('keeps the old snapshot when the edited file is invalid, and reports why', async () => {
    const { path, raw } = await tempCopy();
    const store = await openKnowledgeBaseStore(path);
    if (!store.ok) throw new Error(store.error.code);
    const before = store.value.current();
    (raw.entries[2] as Record<string, unknown>).answer = 42;
    await writeFile(path, JSON.stringify(raw));
    const result = await store.value.reload();
    expect(!result.ok && result.error.code).toBe('kb_invalid');
    expect(store.value.current()).toBe(before);
    expect(classify(store.value.current(), 'Wer darf am Programm teilnehmen?').kind).toBe('answer');
  });

  it('fails to open a store on a broken file', async () => {
    const { path } = await tempCopy();
    await writeFile(path, 'not json');
    const store = await openKnowledgeBaseStore(path);
    expect(!store.ok && store.error.code).toBe('kb_not_json');
  });

  it('watches the file: an atomic save (write temp, rename) reloads once after the debounce', async () => {
    const { path, raw } = await tempCopy();
    const store = await openKnowledgeBaseStore(path);
    if (!store.ok) throw new Error(store.error.code);
    const report = nextReport();
    let reports = 0;
    const watcher = store.value.watch((r) => { reports += 1; report.resolve(r); }, { debounceMs: 50 });
    try {
      raw.entries[1]!.answer = 'Geändert per Editor.';
      await writeFile(`${path}.tmp`, JSON.stringify(raw));
      await rename(`${path}.tmp`, path);
      const result = await report.promise;
      await new Promise((r) => setTimeout(r, 150));
      expect(reports).toBe(1);
      expect(result.ok).toBe(true);
      expect(store.value.current().entries[1]!.answer).toBe('Geändert per Editor.');
    } finally {
      watcher.close();
    }
  });

  it('watchKnowledgeBase reports an invalid save as an error and nothing else', async () => {
    const { path } = await tempCopy();
    const report = nextReport();
    const watcher = watchKnowledgeBase(path, report.resolve, { debounceMs: 50 });
    try {
      await writeFile(path, JSON.stringify({ schemaVersion: 1, entries: [{ id: 'faq-01' }] }));
      const result = await report.promise;
      expect(!result.ok && result.error.code).toBe('kb_invalid');
    } finally {
      watcher.close();
    }
  });
});
