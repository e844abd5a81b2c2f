import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { JsonKnowledgeBaseWriter } from '../../../src/adapters/faq/json-knowledge-base.writer.ts';
import { KyselyHandoverChannelRepository, KyselyTicketRepository } from '../../../src/adapters/storage/kysely-ticket.repository.ts';
import { HandoverService, loadKnowledgeBase, openKnowledgeBaseStore } from '../../../src/features/faq/index.ts';
import type { FaqEntry } from '../../../src/features/faq/index.ts';
import { ManualClock } from '../../../src/features/shared/index.ts';
import { tempStore } from '../../support/temp-store.ts';
import { asker, berlin, olga, trickyQuestion, unwrap } from '../../unit/features/faq/handover/ticket-fixtures.ts';

let dir: string;
let path: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lotsenbot-kb-'));
  path = join(dir, 'faq.json');
  copyFileSync('data/faq.json', path);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const entry = (overrides: Partial<FaqEntry> = {}): FaqEntry => ({
  id: 'faq-t-1',
  question: 'Werden Reisekosten zur Schulung erstattet?',
  answer: 'Nein, Reise- und Übernachtungskosten trägt die Kommune.',
  sources: ['https://www.staedtetag-bw.de/'],
  factsDate: '2026-11-20',
  handOver: false,
  keywords: ['Reisekosten'],
  alternativeQuestions: [],
  ...overrides,
});

describe('JsonKnowledgeBaseWriter', () => {
  it('appends an entry that the knowledge-base loader then finds; the version matches the loaded file', async () => {
    const before = unwrap2(await loadKnowledgeBase(path));
    const written = unwrap2(await new JsonKnowledgeBaseWriter(path).append(entry()));
    const after = unwrap2(await loadKnowledgeBase(path));
    expect(after.entries).toHaveLength(before.entries.length + 1);
    expect(after.entries.at(-1)).toEqual(entry());
    expect(written).toEqual({ entryId: 'faq-t-1', version: after.version });
    expect(after.version).not.toBe(before.version);
  });

  it('keeps the rest of the file as it was (2-space JSON, final newline), only the new entry added', async () => {
    const original = `${JSON.stringify(JSON.parse(readFileSync(path, 'utf8')), null, 2)}\n`;
    writeFileSync(path, original);
    await new JsonKnowledgeBaseWriter(path).append(entry());
    const text = readFileSync(path, 'utf8');
    const raw = JSON.parse(text) as { entries: unknown[] };
    raw.entries.pop();
    expect(`${JSON.stringify(raw, null, 2)}\n`).toBe(original);
    expect(readdirSync(dir)).toEqual(['faq.json']);
  });

  it('a store reload picks the new entry up', async () => {
    const store = unwrap2(await openKnowledgeBaseStore(path));
    await new JsonKnowledgeBaseWriter(path).append(entry());
    unwrap2(await store.reload());
    expect(store.current().entries.some((e) => e.id === 'faq-t-1')).toBe(true);
  });

  it('a write that would make the file invalid is refused and the file is byte-for-byte unchanged', async () => {
    const original = readFileSync(path, 'utf8');
    // The entry alone looks fine; the file rule (no sources only for hand-over entries) refuses it.
    const result = await new JsonKnowledgeBaseWriter(path).append(entry({ sources: [], handOver: false }));
    expect(result).toMatchObject({ ok: false, error: { code: 'kb_invalid', problems: [expect.stringContaining('sources')] } });
    expect(readFileSync(path, 'utf8')).toBe(original);
    expect(readdirSync(dir)).toEqual(['faq.json']);
  });

  it('a duplicate id is refused, the file unchanged', async () => {
    const original = readFileSync(path, 'utf8');
    expect(await new JsonKnowledgeBaseWriter(path).append(entry({ id: 'faq-01' }))).toMatchObject({ ok: false, error: { code: 'kb_duplicate_id', entryId: 'faq-01' } });
    expect(readFileSync(path, 'utf8')).toBe(original);
  });

  it.each([
    ['{ "schemaVersion": 1, "entries": [ ', 'kb_not_json'],
    ['{ "schemaVersion": 2, "entries": [] }', 'kb_invalid'],
    ['[]', 'kb_invalid'],
  ])('a broken file (%s) is left alone → %s', async (text, code) => {
    writeFileSync(path, text);
    expect(await new JsonKnowledgeBaseWriter(path).append(entry())).toMatchObject({ ok: false, error: { code } });
    expect(readFileSync(path, 'utf8')).toBe(text);
  });

  it('a missing file → kb_unreadable', async () => {
    expect(await new JsonKnowledgeBaseWriter(join(dir, 'missing.json')).append(entry())).toMatchObject({ ok: false, error: { code: 'kb_unreadable' } });
  });

  it('appends at the same moment both land', async () => {
    const writer = new JsonKnowledgeBaseWriter(path);
    const results = await Promise.all([1, 2, 3, 4, 5].map((n) => writer.append(entry({ id: `faq-t-${n}` }))));
    expect(results.every((r) => r.ok)).toBe(true);
    const ids = unwrap2(await loadKnowledgeBase(path)).entries.map((e) => e.id).filter((id) => id.startsWith('faq-t-'));
    expect(ids).toEqual(['faq-t-1', 'faq-t-2', 'faq-t-3', 'faq-t-4', 'faq-t-5']);
  });
});

describe('from ticket to knowledge base, on the real store and file', () => {
  it('an answered ticket becomes entry faq-t-<number> that the bot can load', async () => {
    const { store, cleanup } = await tempStore();
    try {
      const clock = new ManualClock(berlin('2026-11-20T09:00'));
      const service = new HandoverService({ tickets: new KyselyTicketRepository(store), channel: new KyselyHandoverChannelRepository(store), knowledgeBase: new JsonKnowledgeBaseWriter(path), clock });
      const ticket = unwrap(await service.open({ asker, question: trickyQuestion }));
      unwrap(await service.answer(ticket.id, olga, 'Reisekosten trägt die Kommune.'));
      const added = unwrap(await service.addToKnowledgeBase(ticket.id, olga, { question: 'Werden Reisekosten erstattet?', sources: ['https://www.staedtetag-bw.de/'] }));
      expect(added.entry.id).toBe('faq-t-1');
      const kb = unwrap2(await loadKnowledgeBase(path));
      expect(kb.version).toBe(added.kbVersion);
      expect(kb.entries.find((e) => e.id === 'faq-t-1')).toMatchObject({ answer: 'Reisekosten trägt die Kommune.', factsDate: '2026-11-20' });
      expect(unwrap(await service.get(ticket.id)).knowledgeBaseEntryId).toBe('faq-t-1');
    } finally {
      await cleanup();
    }
  });
});

function unwrap2<T>(result: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}
