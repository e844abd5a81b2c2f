import { describe, expect, it } from 'vitest';
import { stem } from '../../../../src/features/faq/light-stemmer.ts';
import { questionTypeTerms } from '../../../../src/features/faq/phrase-terms.ts';
import { SYNONYM_GROUPS } from '../../../../src/features/faq/synonym-groups.ts';
import { conceptOf } from '../../../../src/features/faq/synonyms.ts';
import { analyseText, buildLexicon, correctTypo } from '../../../../src/features/faq/term-analyser.ts';
import { foldWord } from '../../../../src/features/faq/text-normalise.ts';

const s = (word: string) => stem(foldWord(word));

describe('German morphology in the stemmer', () => {
  it.each([
    ['Verträge', 'Vertrag'],
    ['Städte', 'Stadt'],
    ['gefördert', 'fördern'],
    ['Förderung', 'fördern'],
    ['angemeldet', 'anmelden'],
    ['Anmeldungen', 'Anmeldung'],
    ['Lotsin', 'Lotse'],
    ['Kolleginnen', 'Kollegen'],
    ['gebucht', 'buchen'],
    ['foerderung', 'Förderung'],
  ])('conflates %s and %s', (a, b) => {
    expect(s(a)).toBe(s(b));
  });

  it.each([
    ['Kurs', 'Kosten'],
    ['Anmeldung', 'Abmeldung'],
    ['Vertrag', 'Verträglich'],
  ])('keeps %s and %s apart', (a, b) => {
    expect(s(a)).not.toBe(s(b));
  });
});

describe('question types', () => {
  it.each([
    ['Was ist der Weitergabevertrag?', '#q-define'],
    ['what is the voucher id', '#q-define'],
    ['Wer muss unterschreiben?', '#q-who'],
    ['Bis wann muss ich mich anmelden?', '#q-when'],
    ['Wofür brauche ich die ID?', '#q-purpose'],
    ['Was passiert, wenn die ID fehlt?', '#q-consequence'],
    ['Wie melde ich mich an?', '#q-how'],
  ])('%s → %s', (q, term) => {
    expect(questionTypeTerms(q)).toContain(term);
  });

  it('adds nothing to a statement or a "how many" question', () => {
    expect(questionTypeTerms('Förderung Basisqualifizierung')).toEqual([]);
    expect(questionTypeTerms('Wie viele Lotsen bekommt Ulm?')).toEqual([]);
  });
});

describe('unknown words and typos', () => {
  const lex = buildLexicon(['Die Förderung wird weiter gezahlt.', 'Die Basisqualifizierung im Seminar.']);

  it('marks an unknown capitalised word inside a sentence as a noun, other unknown words as plain', () => {
    expect(analyseText(lex, 'Meine Zimmerpflanze ist weg')).toContain(`!${s('Zimmerpflanze')}`);
    expect(analyseText(lex, 'meine zimmerpflanze ist weg')).toContain(`?${s('Zimmerpflanze')}`);
    expect(analyseText(lex, 'Zimmerpflanze? Ich habe sie vergessen')).toContain(`?${s('Zimmerpflanze')}`);
  });

  it('counts the vocabulary of other workplace topics as foreign nouns, however they are written', () => {
    expect(analyseText(lex, 'mein passwort geht nicht')).toContain(`!${s('passwort')}`);
    expect(analyseText(lex, 'Druckerpatrone leer')).toContain(`!${s('Druckerpatrone')}`);
    expect(analyseText(lex, 'Gibt es Parkplätze am Seminar?')).toEqual(expect.arrayContaining([`!${s('Parkplätze')}`, '#course']));
  });

  it('corrects short words only towards group words ("Wetter" is not "weiter"), long ones towards any word', () => {
    expect(correctTypo(lex, 'wetter')).toBeUndefined();
    expect(correctTypo(lex, 'semianr')).toBe('#course');
    expect(correctTypo(lex, 'basisqualifizirung')).toBe('#basis');
  });

  it('finds the group part of a compound whose other part is unknown, and keeps the rest as unknown', () => {
    expect(analyseText(lex, 'seminarraum')).toEqual(['#course', `?${s('raum')}`]);
    expect(analyseText(lex, 'zimmerpflanze')).toEqual([`?${s('zimmerpflanze')}`]);
  });

  it('lets a stop word join a group only when the group lists it', () => {
    expect(analyseText(lex, 'findet statt')).toEqual([]);
    expect(conceptOf('viele')).toBe('#count');
  });
});

describe('synonym groups', () => {
  it('list every word in one group only', () => {
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const [group, words] of Object.entries(SYNONYM_GROUPS)) {
      for (const w of words) {
        if (seen.has(w)) twice.push(`${w} (${seen.get(w)}, ${group})`);
        seen.set(w, group);
      }
    }
    expect(twice).toEqual([]);
  });
});
