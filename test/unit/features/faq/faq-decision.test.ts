import { beforeAll, describe, expect, it } from 'vitest';
import type { Classification, KnowledgeBase } from '../../../../src/features/faq/index.ts';
import { classify, DEFAULT_THRESHOLDS } from '../../../../src/features/faq/index.ts';
import { rankQuestion } from '../../../../src/features/faq/faq-matcher.ts';
import { answerId, projectKnowledgeBase } from './project-kb.fixture.ts';

let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await projectKnowledgeBase();
});

describe('classify: questions without a programme term', () => {
  it.each([
    'Wie viele Einwohner hat Mannheim?',
    'Wie viele Einwohner hat Stuttgart eigentlich?',
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

describe('classify: the trained classifier', () => {
  it('learns from the training questions: the knowledge base and the labelled chat questions are both counted', () => {
    expect(kb.classifier.labels).toEqual([...kb.entries.map((e) => e.id), 'offtopic', 'smalltalk:greeting', 'smalltalk:thanks', 'smalltalk:bye', 'smalltalk:help', 'smalltalk:ack']);
    expect(kb.training.questions).toBeGreaterThan(4000);
    expect(kb.training.skipped).toBe(0);
    expect(kb.classifier.trainedOn).toBe(kb.training.questions);
  });

  it.each([
    'Welche Aufgaben hat ein Digitallotse, schnurz piepegal wurscht?',
    'Welche Aufgaben hat ein Digitallotse, schnurz?',
  ])('unfamiliar filler words around a clear question no longer force "Meinten Sie": %s', (q) => {
    expect(answerId(classify(kb, q))).toBe('faq-02');
  });

  it('a question below the answer threshold is offered as "Meinten Sie" with the best three', () => {
    const got = classify(kb, 'Welche Aufgaben hat ein Digitallotse?', { ...DEFAULT_THRESHOLDS, answer: 0.99 });
    expect(got.kind).toBe('clarify');
    if (got.kind === 'clarify') expect(got.candidates.map((c) => c.id)).toContain('faq-02');
  });

  it('the off-topic class sends a foreign question away and leaves a programme question alone', () => {
    expect(classify(kb, 'Wie richte ich meine Signatur in Outlook ein?').kind).toBe('offtopic');
    expect(rankQuestion(kb, 'Wie richte ich meine Signatur in Outlook ein?').offtopic).toBeGreaterThan(DEFAULT_THRESHOLDS.offtopic);
    expect(rankQuestion(kb, 'Welche Aufgaben hat ein Digitallotse?').offtopic).toBeLessThan(0.1);
  });

  it('a question no entry has anything to do with is off-topic, not "Meinten Sie" with three unrelated entries', () => {
    expect(classify(kb, 'Welche Mülltonne ist diese Woche dran?').kind).toBe('offtopic');
  });
});

describe('classify: small talk the phrase list does not know, learnt from examples', () => {
  it.each([
    ['Grüß Gott beinand', 'greeting'],
    ['schönen feierabend euch', 'bye'],
    ['wofür kann ich dich überhaupt nutzen?', 'help'],
  ])('%s → %s', (q, intent) => {
    expect(classify(kb, q)).toEqual({ kind: 'smalltalk', intent });
  });

  it('a greeting in front of a real question does not make it small talk', () => {
    expect(classify(kb, 'Hallöle, wer darf denn bei der Qualifizierung mitmachen?')).toMatchObject({ kind: 'answer', entry: { id: 'faq-03' } });
  });
});
