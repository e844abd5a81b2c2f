import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { answerTicket, knowledgeBaseEntryIdFor, parseKnowledgeBase, toKnowledgeBaseEntry } from '../../../../../src/features/faq/index.ts';
import type { Ticket } from '../../../../../src/features/faq/index.ts';
import { berlin, newTicket, olga, trickyQuestion, unwrap } from './ticket-fixtures.ts';

const at = berlin('2026-11-20T10:00');
const answered = (number = 12): Ticket => unwrap(answerTicket({ ...newTicket({ question: '  Werden Reisekosten erstattet?  ' }), number }, olga, 'Nein.', at)).ticket;

describe('toKnowledgeBaseEntry', () => {
  it('defaults to the ticket\'s question and answer; without sources the entry is a hand-over entry', () => {
    expect(unwrap2(toKnowledgeBaseEntry(answered(), {}, at))).toEqual({
      id: 'faq-t-12',
      question: 'Werden Reisekosten erstattet?',
      answer: 'Nein.',
      sources: [],
      factsDate: '2026-11-20',
      handOver: true,
      keywords: [],
      alternativeQuestions: [],
    });
  });

  it('the organiser\'s edits win; lists are trimmed and de-duplicated', () => {
    const entry = unwrap2(toKnowledgeBaseEntry(answered(), { question: 'Reisekosten?', answer: ' Die Kommune. ', sources: [' https://a.example ', 'https://a.example', ''], keywords: ['Reise', ' Reise '], alternativeQuestions: ['Fahrtkosten?'] }, at));
    expect(entry).toMatchObject({ question: 'Reisekosten?', answer: 'Die Kommune.', sources: ['https://a.example'], handOver: false, keywords: ['Reise'], alternativeQuestions: ['Fahrtkosten?'] });
  });

  it.each([
    ['2026-11-20T23:59', '2026-11-20'],
    ['2026-11-21T00:00', '2026-11-21'],
    ['2026-03-29T01:30', '2026-03-29'],
  ])('factsDate is the Berlin day: %s → %s', (local, day) => {
    expect(unwrap2(toKnowledgeBaseEntry(answered(), {}, berlin(local))).factsDate).toBe(day);
  });

  it('the id follows the ticket number', () => {
    expect(knowledgeBaseEntryIdFor(answered(7))).toBe('faq-t-7');
  });

  it('a draft appended to the real data/faq.json is accepted by the knowledge-base parser', () => {
    const raw = JSON.parse(readFileSync('data/faq.json', 'utf8')) as { entries: unknown[] };
    const entry = unwrap2(toKnowledgeBaseEntry(answered(), { question: trickyQuestion }, at));
    const parsed = parseKnowledgeBase({ ...raw, entries: [...raw.entries, entry] });
    expect(parsed.ok).toBe(true);
  });

  it('without any answer → ticket_not_answered', () => {
    const open: Ticket = { ...newTicket(), number: 3 };
    expect(toKnowledgeBaseEntry(open, {}, at)).toEqual({ ok: false, error: { code: 'ticket_not_answered', ticketId: open.id } });
  });

  it.each([
    [{ question: 'ab' }, 'question'],
    [{ keywords: ['x'] }, 'keywords.0'],
  ])('%o → kb_entry_invalid naming %s', (input, field) => {
    expect(toKnowledgeBaseEntry(answered(), input, at)).toMatchObject({ ok: false, error: { code: 'kb_entry_invalid', problems: [expect.stringMatching(new RegExp(`^${field}:`))] } });
  });
});

function unwrap2<T>(result: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}
