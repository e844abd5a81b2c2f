import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeKnowledgeBaseError, loadKnowledgeBase, parseKnowledgeBase } from '../../../../src/features/faq/index.ts';

const DATA = new URL('../../../../data/faq.json', import.meta.url).pathname;
const validFile = async () => JSON.parse(await readFile(DATA, 'utf8')) as { entries: Record<string, unknown>[] } & Record<string, unknown>;

describe('knowledge base file', () => {
  it('loads the project data: 40 entries, each with sources or a hand-over flag, and a facts date', async () => {
    const kb = await loadKnowledgeBase(DATA);
    if (!kb.ok) throw new Error(describeKnowledgeBaseError(kb.error));
    expect(kb.value.entries).toHaveLength(40);
    expect(kb.value.version).toMatch(/^[0-9a-f]{12}$/);
    for (const e of kb.value.entries) {
      expect(e.sources.length > 0 || e.handOver).toBe(true);
      expect(e.factsDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    expect(kb.value.entries.find((e) => e.id === 'faq-29')?.handOver).toBe(true);
  });

  it('keeps answer texts byte for byte (the card shows them verbatim)', async () => {
    const kb = await loadKnowledgeBase(DATA);
    const raw = await validFile();
    expect(kb.ok && kb.value.entries.map((e) => e.answer)).toEqual(raw.entries.map((e) => e.answer));
  });

  it('names entry index, id and field for each problem', async () => {
    const raw = await validFile();
    delete raw.entries[12]!.answer;
    raw.entries[3]!.anwser = 'typo';
    raw.entries[5]!.factsDate = '21.11.2026';
    const result = parseKnowledgeBase(raw, 'data/faq.json');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('kb_invalid');
    const text = describeKnowledgeBaseError(result.error);
    expect(text).toContain('entry #12 (faq-13) field "answer"');
    expect(text).toMatch(/entry #3 \(faq-04\) field "\(entry\)": .*anwser/);
    expect(text).toContain('entry #5 (faq-06) field "factsDate"');
  });

  it.each([
    ['a duplicate id', (raw: Awaited<ReturnType<typeof validFile>>) => { raw.entries[1]!.id = 'faq-01'; }, /entry #1 \(faq-01\) field "id": duplicate id/],
    ['no sources without hand-over', (raw: Awaited<ReturnType<typeof validFile>>) => { raw.entries[0]!.sources = []; }, /entry #0 \(faq-01\) field "sources": no sources/],
    ['an empty entry list', (raw: Awaited<ReturnType<typeof validFile>>) => { raw.entries = []; }, /field "entries"/],
    ['a wrong schema version', (raw: Awaited<ReturnType<typeof validFile>>) => { raw.schemaVersion = 2; }, /field "schemaVersion"/],
  ])('rejects %s', async (_name, breakIt, message) => {
    const raw = await validFile();
    breakIt(raw);
    const result = parseKnowledgeBase(raw, 'data/faq.json');
    expect(!result.ok && describeKnowledgeBaseError(result.error)).toMatch(message);
  });

  it('reports a missing file and broken JSON as their own codes', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'faq-kb-'));
    const missing = await loadKnowledgeBase(join(dir, 'nope.json'));
    expect(!missing.ok && missing.error.code).toBe('kb_unreadable');
    await writeFile(join(dir, 'broken.json'), '{ "schemaVersion": 1, ');
    const broken = await loadKnowledgeBase(join(dir, 'broken.json'));
    expect(!broken.ok && broken.error.code).toBe('kb_not_json');
    expect(!broken.ok && describeKnowledgeBaseError(broken.error)).toContain('broken.json: not valid JSON');
  });
});
