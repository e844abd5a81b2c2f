import { describe, expect, it } from 'vitest';
import { buildIntentModel, intentPosterior } from '../../../../src/features/faq/intent-model.ts';
import type { FaqEntry } from '../../../../src/features/faq/index.ts';
import { isOfftopicWord } from '../../../../src/features/faq/offtopic-vocabulary.ts';
import { analyseText, buildLexicon, DEFAULT_ANALYSER_OPTIONS } from '../../../../src/features/faq/term-analyser.ts';
import { loadKnowledgeBase } from '../../../../src/features/faq/index.ts';
import { tokenize } from '../../../../src/features/faq/text-normalise.ts';

const entry = (id: string, question: string, alternativeQuestions: string[], keywords: string[] = []): FaqEntry => ({
  id, question, answer: 'x', sources: ['https://example.org'], factsDate: '2026-11-21', handOver: false, keywords, alternativeQuestions,
});

describe('intent model', () => {
  const entries = [
    entry('contract', 'Was ist der Weitergabevertrag?', ['Wozu dient der Vertrag?', 'What is the agreement for?']),
    entry('signer', 'Wer unterschreibt den Weitergabevertrag?', ['Wer schließt den Vertrag ab?', 'Who signs the agreement?']),
  ];
  const lex = buildLexicon(entries.flatMap((e) => [e.question, ...e.alternativeQuestions]));
  const model = buildIntentModel(lex, entries, { mix: 0.3, alpha: 0.5, keywordWeight: 2 }, DEFAULT_ANALYSER_OPTIONS);
  const posterior = (q: string) => intentPosterior(model, analyseText(lex, q));

  it('prefers the entry that is asked with the same kind of question', () => {
    expect(posterior('Wer muss den Vertrag unterschreiben?')[1]).toBeGreaterThan(0.5);
    expect(posterior('Wofür ist der Vertrag gut?')[0]).toBeGreaterThan(0.5);
  });

  it('is a proper distribution and says nothing about words it never saw', () => {
    const p = posterior('Wer unterschreibt?');
    expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 10);
    expect(posterior('Zimmerpflanze Gießkanne')).toEqual([0.5, 0.5]);
  });
});

describe('off-topic vocabulary', () => {
  it.each([['passwort'], ['drucker'], ['parkplatz'], ['urlaubsantrag'], ['kantine'], ['kennwort']])('knows %s', (w) => {
    expect(isOfftopicWord(w)).toBe(true);
  });

  it.each([['voucher'], ['seminar'], ['anmeldung'], ['zertifikat'], ['heads']])('leaves %s alone', (w) => {
    expect(isOfftopicWord(w)).toBe(false);
  });

  it('never hides a word of the knowledge base', async () => {
    const loaded = await loadKnowledgeBase(new URL('../../../../data/faq.json', import.meta.url).pathname);
    if (!loaded.ok) throw new Error(loaded.error.code);
    const clashes = loaded.value.entries.flatMap((e) => [e.question, e.answer, ...e.keywords, ...e.alternativeQuestions])
      .flatMap((text) => tokenize(text).map((t) => t.folded)).filter(isOfftopicWord);
    expect(clashes).toEqual([]);
  });
});
