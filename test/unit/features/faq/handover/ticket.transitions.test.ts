import { describe, expect, it } from 'vitest';
import {
  answerTicket,
  attachChannelMessage,
  claimTicket,
  closeTicket,
  markAddedToKnowledgeBase,
  MAX_TICKET_ANSWER_CHARS,
  MAX_TICKET_QUESTION_CHARS,
  openTicket,
  releaseTicket,
} from '../../../../../src/features/faq/index.ts';
import type { Ticket } from '../../../../../src/features/faq/index.ts';
import { asker, berlin, newTicket, olga, otto, trickyQuestion, unwrap } from './ticket-fixtures.ts';

const at = berlin('2026-11-20T10:00');
const open = (): Ticket => ({ ...newTicket(), number: 1 });
const claimed = (): Ticket => unwrap(claimTicket(open(), olga, at)).ticket;
const answered = (): Ticket => unwrap(answerTicket(claimed(), olga, 'Ja.', at)).ticket;
const closed = (): Ticket => unwrap(closeTicket(open(), otto, at)).ticket;

describe('openTicket', () => {
  it('keeps the question exactly as typed, records who asked, starts open at version 1', () => {
    const ticket = unwrap(openTicket({ id: 't1', asker, question: trickyQuestion, municipality: { text: '  Ulm ', ags: '' } }, at));
    expect(ticket).toMatchObject({ id: 't1', question: trickyQuestion, status: 'open', version: 1, municipality: { text: 'Ulm' }, createdAt: at, updatedAt: at });
    expect(ticket.history).toEqual([{ type: 'opened', at, by: { id: asker.personId, name: asker.name } }]);
    expect(ticket).not.toHaveProperty('botAnswer');
  });

  it.each([
    ['', 'question_empty'],
    ['   \n\t ', 'question_empty'],
    ['x'.repeat(MAX_TICKET_QUESTION_CHARS + 1), 'question_too_long'],
  ])('refuses %j → %s', (question, code) => {
    expect(openTicket({ id: 't1', asker, question }, at)).toMatchObject({ ok: false, error: { code } });
  });

  it.each([
    ['x'.repeat(MAX_TICKET_QUESTION_CHARS), true],
    ['x'.repeat(5_000), true],
    ['🙂'.repeat(MAX_TICKET_QUESTION_CHARS), true],
    ['🙂'.repeat(MAX_TICKET_QUESTION_CHARS + 1), false],
  ])('length boundary: %# → ok %s (emoji count as one character)', (question, accepted) => {
    expect(openTicket({ id: 't1', asker, question }, at).ok).toBe(accepted);
  });

  it('an empty municipality is left out', () => {
    expect(unwrap(openTicket({ id: 't1', asker, question: 'Frage?', municipality: { text: ' ' } }, at))).not.toHaveProperty('municipality');
  });
});

describe('claim / release', () => {
  it('open → claimed by the organiser, one event, version + 1', () => {
    const change = unwrap(claimTicket(open(), olga, at));
    expect(change.changed).toBe(true);
    expect(change.ticket).toMatchObject({ status: 'claimed', claimedBy: olga, version: 2, updatedAt: at });
    expect(change.ticket.history.at(-1)).toEqual({ type: 'claimed', at, by: olga });
  });

  it('claiming again by the same organiser changes nothing', () => {
    const ticket = claimed();
    expect(unwrap(claimTicket(ticket, olga, at))).toEqual({ ticket, changed: false });
  });

  it.each([
    ['claimed by someone else', claimed, 'already_claimed_by_other'],
    ['answered', answered, 'already_answered'],
    ['closed', closed, 'already_closed'],
  ] as const)('claim of a ticket %s → %s', (_label, make, code) => {
    expect(claimTicket(make(), otto, at)).toMatchObject({ ok: false, error: { code } });
  });

  it('already_claimed_by_other names who has it', () => {
    expect(claimTicket(claimed(), otto, at)).toMatchObject({ error: { claimedBy: olga } });
  });

  it('release by the claimer → open again, without claimedBy', () => {
    const change = unwrap(releaseTicket(claimed(), olga, at));
    expect(change.ticket.status).toBe('open');
    expect(change.ticket).not.toHaveProperty('claimedBy');
    expect(change.ticket.history.at(-1)).toEqual({ type: 'released', at, by: olga });
  });

  it.each([
    ['claimed by someone else', claimed, 'not_claimed_by_you'],
    ['open', open, 'not_claimed_by_you'],
    ['answered', answered, 'already_answered'],
    ['closed', closed, 'already_closed'],
  ] as const)('release of a ticket %s by Otto → %s', (_label, make, code) => {
    expect(releaseTicket(make(), otto, at)).toMatchObject({ ok: false, error: { code } });
  });
});

describe('answer', () => {
  it('anyone may answer: an open ticket becomes answered and counts as claimed by the answerer', () => {
    const change = unwrap(answerTicket(open(), otto, '  Nein, leider nicht.  ', at));
    expect(change.ticket).toMatchObject({ status: 'answered', claimedBy: otto, answer: { text: 'Nein, leider nicht.', by: otto, at } });
    expect(change.ticket.history.at(-1)).toEqual({ type: 'answered', at, by: otto, text: 'Nein, leider nicht.' });
  });

  it('a colleague may answer a ticket Olga claimed; the claim stays informative', () => {
    expect(unwrap(answerTicket(claimed(), otto, 'Ja.', at)).ticket).toMatchObject({ claimedBy: olga, answer: { by: otto } });
  });

  it('a second, different answer corrects the first; both stay in the history', () => {
    const ticket = unwrap(answerTicket(answered(), olga, 'Korrektur: nein.', at)).ticket;
    expect(ticket.answer?.text).toBe('Korrektur: nein.');
    expect(ticket.history.filter((e) => e.type === 'answered')).toHaveLength(2);
  });

  it('the same answer from the same person again (a retried invoke) changes nothing', () => {
    const ticket = answered();
    expect(unwrap(answerTicket(ticket, olga, ' Ja. ', at))).toEqual({ ticket, changed: false });
  });

  it.each([
    ['', 'answer_empty'],
    [' \n ', 'answer_empty'],
    ['a'.repeat(MAX_TICKET_ANSWER_CHARS + 1), 'answer_too_long'],
  ])('refuses %j → %s', (text, code) => {
    expect(answerTicket(claimed(), olga, text, at)).toMatchObject({ ok: false, error: { code } });
  });

  it('exactly 4,000 characters are accepted, 4,001 are not', () => {
    expect(answerTicket(claimed(), olga, 'a'.repeat(4_000), at).ok).toBe(true);
    expect(answerTicket(claimed(), olga, 'a'.repeat(4_001), at)).toMatchObject({ error: { code: 'answer_too_long', length: 4_001, max: 4_000 } });
  });

  it('a closed ticket cannot be answered', () => {
    expect(answerTicket(closed(), olga, 'Spät.', at)).toMatchObject({ ok: false, error: { code: 'already_closed', closedBy: otto } });
  });
});

describe('close', () => {
  it.each([
    ['open', open, 'without_answer'],
    ['claimed', claimed, 'without_answer'],
    ['answered', answered, 'answered'],
  ] as const)('a %s ticket closes with resolution %s', (_label, make, resolution) => {
    const ticket = unwrap(closeTicket(make(), otto, at)).ticket;
    expect(ticket).toMatchObject({ status: 'closed', closed: { by: otto, at, resolution } });
    expect(ticket.history.at(-1)).toEqual({ type: 'closed', at, by: otto, resolution });
  });

  it('closing twice → already_closed', () => {
    expect(closeTicket(closed(), olga, at)).toMatchObject({ ok: false, error: { code: 'already_closed' } });
  });
});

describe('knowledge base mark and the card id', () => {
  it('an answered (even closed) ticket is marked once', () => {
    const done = unwrap(closeTicket(answered(), olga, at)).ticket;
    const marked = unwrap(markAddedToKnowledgeBase(done, olga, 'faq-t-1', at)).ticket;
    expect(marked).toMatchObject({ knowledgeBaseEntryId: 'faq-t-1', status: 'closed' });
    expect(markAddedToKnowledgeBase(marked, otto, 'faq-t-1', at)).toMatchObject({ ok: false, error: { code: 'already_in_knowledge_base', entryId: 'faq-t-1' } });
  });

  it('a ticket without an answer cannot go to the knowledge base', () => {
    expect(markAddedToKnowledgeBase(claimed(), olga, 'faq-t-1', at)).toMatchObject({ ok: false, error: { code: 'ticket_not_answered' } });
  });

  it('the card id is stored without an event; the same id again changes nothing', () => {
    const ticket = open();
    const change = attachChannelMessage(ticket, 'act-1', at);
    expect(change.ticket).toMatchObject({ channelMessageId: 'act-1', version: ticket.version + 1 });
    expect(change.ticket.history).toHaveLength(ticket.history.length);
    expect(attachChannelMessage(change.ticket, 'act-1', at)).toEqual({ ticket: change.ticket, changed: false });
  });
});
