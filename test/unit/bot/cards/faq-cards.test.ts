import { describe, expect, it } from 'vitest';
import { buildFaqAnswerCard } from '../../../../src/bot/cards/faq-answer.card.ts';
import { buildFaqClarifyCard, buildFaqMunicipalityCard } from '../../../../src/bot/cards/faq-choices.card.ts';
import { buildFaqComputedCard } from '../../../../src/bot/cards/faq-computed.card.ts';
import { cardBytes, type AdaptiveCard } from '../../../../src/bot/cards/index.ts';
import { buildTicketListCard } from '../../../../src/bot/cards/ticket-list.card.ts';
import { buildTicketNoticeCard } from '../../../../src/bot/cards/ticket-notice.card.ts';
import { buildTicketCard } from '../../../../src/bot/cards/ticket.card.ts';
import type { Locale } from '../../../../src/bot/locale.ts';
import { describeComputed } from '../../../../src/bot/routes/faq-computed.ts';
import { ComputedAnswerService, loadKnowledgeBase, type ComputedQuestion, type Ticket } from '../../../../src/features/faq/index.ts';
import { loadMunicipalityDirectory, loadProgrammeRules } from '../../../../src/features/programme/index.ts';
import { validateCard } from '../../../support/card-validator.ts';
import { actionDataFailures, at, elementsOf, LOCALES, NOW, textOf } from './card-fixtures.ts';

const loaded = await loadKnowledgeBase('data/faq.json');
if (!loaded.ok) throw new Error('data/faq.json does not load');
const kb = loaded.value;
const entry = (id: string) => kb.entries.find((e) => e.id === id)!;
const service = new ComputedAnswerService({ rules: loadProgrammeRules(), directory: loadMunicipalityDirectory() });

const INJECTION = '<b>x</b> [link](http://evil.example) **bold** # heading';
const alice = { personId: 'aad-alice', name: 'Alice Amtmann', tenantId: 'tenant-bw' };
const bob = { id: 'aad-bob', name: 'Bob Bauamt' };

function ticket(overrides: Partial<Ticket> = {}): Ticket {
  return {
    id: 'tkt_0001',
    number: 7,
    asker: alice,
    municipality: { text: 'Aidlingen', ags: '08115001' },
    question: INJECTION,
    botAnswer: { kind: 'entry', entryId: 'faq-17', kbVersion: kb.version },
    status: 'open',
    createdAt: at('2026-11-21T10:00'),
    updatedAt: at('2026-11-21T10:00'),
    version: 1,
    history: [],
    ...overrides,
  };
}

const answered = { text: 'Reisekosten trägt die entsendende Kommune.', by: bob, at: at('2026-11-21T11:00') };

function computedCard(q: ComputedQuestion, locale: Locale): AdaptiveCard {
  const answer = service.answer(q, NOW);
  const reply = describeComputed(answer, locale);
  if (reply.kind !== 'card') throw new Error(`expected a card for ${JSON.stringify(q)}, got ${reply.kind}`);
  return buildFaqComputedCard({ view: reply.view, computed: q, computedKind: answer.kind, question: 'Frage', answerId: 'ans_1' }, locale);
}

const places = (municipalityQuery?: string, population?: number, kreis?: boolean): ComputedQuestion => ({
  kind: 'computed',
  intent: 'funded_places',
  ...(municipalityQuery ? { municipalityQuery } : {}),
  ...(population !== undefined ? { population } : {}),
  ...(kreis ? { kreis } : {}),
});

function gallery(locale: Locale): Array<{ name: string; card: AdaptiveCard }> {
  const frame = { question: 'Was kostet der Kurs?', answerId: 'ans_1' };
  const altdorf = service.answer(places('Altdorf'), NOW);
  if (altdorf.kind !== 'municipality_ambiguous') throw new Error('Altdorf is no longer ambiguous');
  return [
    { name: 'answer', card: buildFaqAnswerCard({ entry: entry('faq-01'), kbVersion: kb.version, ...frame }, locale) },
    { name: 'answer unconfirmed, voted', card: buildFaqAnswerCard({ entry: entry('faq-17'), kbVersion: kb.version, ...frame, voted: true }, locale) },
    { name: 'computed Aidlingen', card: computedCard(places('Aidlingen'), locale) },
    { name: 'computed Ulm (town and Stadtkreis)', card: computedCard(places('Ulm'), locale) },
    { name: 'computed Heidelberg (no rule)', card: computedCard(places('Heidelberg'), locale) },
    { name: 'computed 12,000 inhabitants', card: computedCard(places(undefined, 12_000), locale) },
    { name: 'computed 200,000 inhabitants', card: computedCard(places(undefined, 200_000), locale) },
    { name: 'computed Landkreis Calw', card: computedCard(places('Calw', undefined, true), locale) },
    { name: 'computed basis', card: computedCard({ kind: 'computed', intent: 'course_quote', courseType: 'basis' }, locale) },
    { name: 'computed aufbau', card: computedCard({ kind: 'computed', intent: 'course_quote', courseType: 'aufbau' }, locale) },
    { name: 'computed inhouse 3 days', card: computedCard({ kind: 'computed', intent: 'inhouse_quote', days: 3 }, locale) },
    { name: 'computed inhouse with costs', card: computedCard({ kind: 'computed', intent: 'inhouse_quote', days: 2, costCents: 800_000 }, locale) },
    { name: 'computed inhouse 4 days (refused)', card: computedCard({ kind: 'computed', intent: 'inhouse_quote', days: 4 }, locale) },
    { name: 'clarify', card: buildFaqClarifyCard({ question: 'Wie viele Lotsen stehen uns zu?', candidates: [entry('faq-18'), entry('faq-19'), entry('faq-38')] }, locale) },
    { name: 'municipality choices', card: buildFaqMunicipalityCard({ title: 'Altdorf', text: 'Welche?', question: 'Wie viele Lotsen für Altdorf?', candidates: altdorf.candidates }, locale) },
    { name: 'ticket open', card: buildTicketCard({ ticket: ticket(), entryQuestion: (id) => entry(id)?.question }, locale) },
    { name: 'ticket claimed, refused answer', card: buildTicketCard({ ticket: ticket({ status: 'claimed', claimedBy: bob }), entryQuestion: () => undefined, error: 'Bitte schreiben Sie eine Antwort.', draft: '' }, locale) },
    { name: 'ticket answered', card: buildTicketCard({ ticket: ticket({ status: 'answered', claimedBy: bob, answer: answered, botAnswer: { kind: 'suggestions', entryIds: ['faq-18', 'faq-19'] } }), entryQuestion: (id) => entry(id)?.question }, locale) },
    { name: 'ticket closed, answered', card: buildTicketCard({ ticket: ticket({ status: 'closed', answer: answered, closed: { by: bob, at: at('2026-11-21T12:00'), resolution: 'answered' }, botAnswer: { kind: 'none', reason: 'topic:travel-costs' } }), entryQuestion: () => undefined, notes: ['Hinweis'] }, locale) },
    { name: 'ticket closed in the knowledge base', card: buildTicketCard({ ticket: ticket({ status: 'closed', answer: answered, closed: { by: bob, at: at('2026-11-21T12:00'), resolution: 'answered' }, knowledgeBaseEntryId: 'faq-t-7', botAnswer: { kind: 'computed', computedKind: 'no_rule' } }), entryQuestion: () => undefined }, locale) },
    { name: 'ticket notice answered', card: buildTicketNoticeCard({ notice: { kind: 'answered', to: alice, ticketId: 'tkt_0001', number: 7, question: INJECTION, answer: answered }, teamEmail: 'digitallotsen@staedtetag-bw.de', at: NOW }, locale) },
    { name: 'ticket notice closed', card: buildTicketNoticeCard({ notice: { kind: 'closed_without_answer', to: alice, ticketId: 'tkt_0001', number: 7, question: 'Frage', closedBy: bob }, teamEmail: 'digitallotsen@staedtetag-bw.de', at: NOW }, locale) },
    { name: 'my questions', card: buildTicketListCard({ tickets: [ticket({ status: 'answered', answer: answered }), ticket({ number: 6, question: 'x'.repeat(2_000) })], refresh: { verb: 'tickets.mine', userIds: ['29:alice'] } }, locale) },
    { name: 'my questions empty', card: buildTicketListCard({ tickets: [] }, locale) },
  ];
}

describe.each(LOCALES)('FAQ and ticket cards (%s)', (locale) => {
  const cards = gallery(locale);

  it.each(cards)('$name parses with the adaptivecards library and the project rules', ({ card }) => {
    expect(validateCard(card).errors).toEqual([]);
    expect(cardBytes(card)).toBeLessThan(20_000);
  });

  it.each(cards)("$name: every button's data passes its verb's schema", ({ card }) => {
    expect(actionDataFailures(card, { answerText: 'Eine Antwort.' })).toEqual([]);
  });

  it.each(cards.filter((c) => !c.name.includes('closed in the knowledge base')))('$name has a way on', ({ card }) => {
    expect(elementsOf(card, 'Action.Execute').length).toBeGreaterThan(0);
  });
});

describe('what the cards say', () => {
  it('shows the knowledge-base answer exactly, its sources as links and the date of the facts', () => {
    const card = buildFaqAnswerCard({ entry: entry('faq-03'), kbVersion: kb.version, question: 'Wer darf mitmachen?', answerId: 'ans_1' }, 'de');
    expect(elementsOf(card, 'TextBlock').map((t) => t.text)).toContain(entry('faq-03').answer);
    const text = textOf(card);
    for (const url of entry('faq-03').sources) expect(text).toContain(`](${url})`);
    expect(text).toContain('Stand: 21.11.2026');
    expect(text).toContain('Hat das geholfen?');
    expect(text).not.toContain('Danke für Ihre Rückmeldung');
  });

  it('after a vote shows the thanks instead of the buttons, in both languages', () => {
    const de = buildFaqAnswerCard({ entry: entry('faq-03'), kbVersion: kb.version, question: 'q', answerId: 'a', voted: true }, 'de');
    const en = buildFaqAnswerCard({ entry: entry('faq-03'), kbVersion: kb.version, question: 'q', answerId: 'a', voted: true }, 'en');
    expect(textOf(de)).toContain('Danke für Ihre Rückmeldung');
    expect(textOf(en)).toContain('Thank you for your feedback');
    expect(elementsOf(de, 'Action.Execute').map((a) => a.verb)).toEqual(['faq.handover']);
  });

  it('puts the asker\'s text on the ticket only in a TextRun, so markdown and HTML show as typed', () => {
    const card = buildTicketCard({ ticket: ticket(), entryQuestion: () => undefined }, 'de');
    expect(elementsOf(card, 'TextRun').map((r) => r.text)).toContain(INJECTION);
    expect(elementsOf(card, 'TextBlock').some((t) => String(t.text).includes('[link]') || String(t.text).includes('<b>'))).toBe(false);
    expect(JSON.stringify(elementsOf(card, 'FactSet'))).not.toContain('evil');
  });

  it.each([
    ['open', ticket(), ['Übernehmen', 'Antworten', 'Schließen']],
    ['claimed', ticket({ status: 'claimed', claimedBy: bob }), ['Antworten', 'Freigeben', 'Schließen']],
    ['answered', ticket({ status: 'answered', answer: answered }), ['Antwort korrigieren', 'Schließen', 'In die Wissensdatenbank übernehmen']],
    ['closed with answer', ticket({ status: 'closed', answer: answered, closed: { by: bob, at: NOW, resolution: 'answered' } }), ['In die Wissensdatenbank übernehmen']],
    ['closed without answer', ticket({ status: 'closed', closed: { by: bob, at: NOW, resolution: 'without_answer' } }), []],
  ] as const)('a %s ticket offers %j', (_name, t, titles) => {
    const card = buildTicketCard({ ticket: t, entryQuestion: () => undefined }, 'de');
    expect(elementsOf(card, 'Action.Execute').map((a) => a.title)).toEqual(titles);
    expect(elementsOf(card, 'Input.Text')).toHaveLength(t.status === 'closed' ? 0 : 1);
  });

  it('only the answer button sends the typed answer', () => {
    const card = buildTicketCard({ ticket: ticket(), entryQuestion: () => undefined }, 'de');
    expect(elementsOf(card, 'Action.Execute').map((a) => [a.verb, a.associatedInputs])).toEqual([
      ['ticket.claim', 'none'],
      ['ticket.answer', 'auto'],
      ['ticket.close', 'none'],
    ]);
  });
});
