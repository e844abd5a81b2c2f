import { beforeAll, describe, expect, it } from 'vitest';
import type { Classification, KnowledgeBase } from '../../../../src/features/faq/index.ts';
import { classify, DEFAULT_THRESHOLDS } from '../../../../src/features/faq/index.ts';
import { answerId, projectKnowledgeBase } from './project-kb.fixture.ts';

let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await projectKnowledgeBase();
});

describe('classify: questions without a programme term', () => {
  it.each([
    'Wie viele Einwohner hat Mannheim?',
    'Wer ist bei uns für die Digitalisierung der Bibliothek zuständig?',
  ])('%s is not answered from the knowledge base', (q) => {
    expect(['clarify', 'offtopic']).toContain(classify(kb, q).kind);
  });

  it.each([
    ['Wie viele Digitallotsen werden pro Gemeinde gefördert?', 'faq-18'],
    ['Was gilt bei einer Großstadt mit 140.000 Einwohnern?', 'faq-20'],
  ])('%s with a programme term is answered (%s)', (q, id) => {
    expect(answerId(classify(kb, q))).toBe(id);
  });
});

describe('classify: vague one-word questions', () => {
  it.each(['Förderung?', 'Seminare'])('%s asks "Meinten Sie …?"', (q) => {
    expect(classify(kb, q).kind).toBe('clarify');
  });

  it('a specific single term is still answered', () => {
    expect(answerId(classify(kb, 'Zertifikat?'))).toBe('faq-14');
  });
});

describe('classify: "IT" in capitals', () => {
  it('is the noun, so a question about IT knowledge finds its entry', () => {
    expect(answerId(classify(kb, 'Muss ich mich mit IT auskennen, um Digitallotsin zu werden?'))).toBe('faq-04');
  });

  it('lower-case "it" stays an English stop word', () => {
    expect(answerId(classify(kb, 'Is it possible to get a certificate?'))).toBe('faq-14');
  });
});

describe('classify: asking the bot what it can do', () => {
  it.each(['Womit kannst du mir helfen?', 'how can you help me?'])('%s is small talk (help)', (q) => {
    expect(classify(kb, q)).toEqual({ kind: 'smalltalk', intent: 'help' });
  });

  it('a real question that mentions help is not small talk', () => {
    expect(classify(kb, 'Wer hilft mir beim Weitergabevertrag?').kind).not.toBe('smalltalk');
  });
});

describe('classify: unfamiliar words around a programme term', () => {
  const reachable = (c: Classification) => (c.kind === 'answer' ? [c.entry.id] : c.kind === 'clarify' ? c.candidates.map((e) => e.id) : []);

  it('a question naming the Voucher-ID is not off-topic, however little of it is understood', () => {
    const got = classify(kb, 'Hab null Plan bei der Voucher-ID, wo kommt die her?');
    expect(got.kind).not.toBe('offtopic');
    expect(reachable(got)).toContain('faq-21');
  });

  it('the same amount of unfamiliar words without a programme term stays off-topic', () => {
    expect(classify(kb, 'Wochenmarkt Blumenkohl Gurkensalat Apfelkuchen?').kind).toBe('offtopic');
  });
});

describe('classify: phrases whose words alone point elsewhere', () => {
  it.each([
    ['Wie viele Schulungstage hat die Qualifizierung?', 'faq-09'],
    ['In welcher Stadt findet der Grundkurs statt?', 'faq-12'],
    ['Was macht eine Lotsin so den ganzen Tag?', 'faq-02'],
    ['Hab keine Ahnung wo die Voucher-ID herkommt', 'faq-21'],
  ])('%s → %s', (q, id) => {
    expect(answerId(classify(kb, q))).toBe(id);
  });

  it.each([
    ['Wie viele Lotsen darf eine Gemeinde schicken?', 'faq-18'],
    ['Which towns can run a joint in-house training?', 'faq-30'],
    ['Wo findet eine Inhouse-Schulung statt?', 'faq-30'],
  ])('the same words outside those phrases keep their meaning: %s → %s', (q, id) => {
    expect(answerId(classify(kb, q))).toBe(id);
  });
});

describe('classify: a clear leader with a programme term below the clarify threshold', () => {
  it('is offered as "Meinten Sie" with the leader first, not answered', () => {
    const got = classify(kb, 'Welche Aufgaben hat ein Digitallotse, schnurz piepegal wurscht?');
    expect(got.kind).toBe('clarify');
    if (got.kind === 'clarify') {
      expect(got.confidence).toBeLessThan(DEFAULT_THRESHOLDS.clarify);
      expect(got.candidates[0]!.id).toBe('faq-02');
    }
  });

  it('the same leader with one unfamiliar word is answered', () => {
    expect(answerId(classify(kb, 'Welche Aufgaben hat ein Digitallotse, schnurz?'))).toBe('faq-02');
  });
});
