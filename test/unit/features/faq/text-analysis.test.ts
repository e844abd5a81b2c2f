import { describe, expect, it } from 'vitest';
import { buildLexicon, analyseText, correctTypo, splitCompound } from '../../../../src/features/faq/term-analyser.ts';
import { stem } from '../../../../src/features/faq/light-stemmer.ts';
import { conceptOf } from '../../../../src/features/faq/synonyms.ts';
import { foldWord, MAX_QUESTION_CHARS, prepareQuestion, tokenize } from '../../../../src/features/faq/text-normalise.ts';

describe('normalisation', () => {
  it.each([
    ['Förderung', 'foerderung'],
    ['foerderung', 'foerderung'],
    ['GEBÜHR', 'gebuehr'],
    ['Straße', 'strasse'],
    ['STRASSE', 'strasse'],
    ['Schwäbisch', 'schwaebisch'],
    ['Café', 'cafe'],
    ['dankeeee', 'danke'],
  ])('folds %s to %s', (raw, folded) => {
    expect(foldWord(raw)).toBe(folded);
  });

  it('keeps positions so slots can be cut from the original text', () => {
    const text = 'für Schwäbisch Gmünd?';
    const [, a, b] = tokenize(text);
    expect(text.slice(a!.start, b!.end)).toBe('Schwäbisch Gmünd');
  });

  it('removes HTML tags, entities and links before matching', () => {
    expect(prepareQuestion('<b>Was</b> kostet&nbsp;<script>x()</script> https://evil.example/x das?').text).toBe('Was kostet das?');
    expect(prepareQuestion('[Digi-Lunch](javascript:alert(1)) **bitte**').text).toBe('[Digi-Lunch] **bitte**');
  });

  it('joins "in house" and "sign up" so they read as one word', () => {
    expect(tokenize(prepareQuestion('an in-house training, sign up').text).map((t) => t.folded)).toEqual(['an', 'inhouse', 'training', 'signup']);
  });

  it('truncates long input and says so; short input is untouched', () => {
    const long = prepareQuestion('a'.repeat(20_000));
    expect(long.text).toHaveLength(MAX_QUESTION_CHARS);
    expect(long.truncated).toBe(true);
    expect(prepareQuestion('kurz').truncated).toBe(false);
  });
});

describe('stemming', () => {
  it.each([
    ['lotsen', 'lotse'],
    ['kosten', 'kostet'],
    ['seminare', 'seminar'],
    ['einwohnern', 'einwohner'],
    ['funded', 'funding'],
    ['preise', 'preis'],
  ])('conflates %s and %s', (a, b) => {
    expect(stem(a)).toBe(stem(b));
  });

  it('leaves short words and numbers alone', () => {
    expect(stem('ort')).toBe('ort');
    expect(stem('12000')).toBe('12000');
  });
});

describe('synonyms', () => {
  it.each([
    ['kosten', 'gebuehr', 'preis', 'zahlen', 'kostet', 'fees'],
    ['foerderung', 'zuschuss', 'gefoerdert', 'funding', 'subsidy'],
    ['voucher', 'gutschein'],
    ['lotse', 'lotsin', 'digitallotse', 'digitallotsin', 'navigator', 'pilots'],
    ['seminar', 'kurs', 'schulung', 'lehrgang', 'fortbildung', 'course'],
    ['anmeldung', 'anmelden', 'registrieren', 'register'],
  ])('groups %s with the others', (first, ...others) => {
    for (const o of others) expect(conceptOf(o)).toBe(conceptOf(first));
    expect(conceptOf(first)).toMatch(/^#/);
  });

  it('does not put unrelated words in a group', () => {
    expect(conceptOf('wetter')).toBeUndefined();
    expect(conceptOf('kosten')).not.toBe(conceptOf('foerderung'));
  });
});

describe('compounds and typos', () => {
  const lex = buildLexicon(['Die Basisqualifizierung kostet Gebühren.', 'Eine Inhouse-Schulung und ein Seminartag.', 'Verwaltungsschule']);

  it('splits chat compounds against the vocabulary', () => {
    expect(splitCompound(lex, 'digitallotsenschulung')).toEqual(['#pilot', '#course']);
    expect(splitCompound(lex, 'basisqualifizierungskosten')).toEqual(['#basis', '#cost']);
    expect(analyseText(lex, 'Inhouseschulung')).toEqual(['#inhouse']);
  });

  it('does not split unknown words into nonsense', () => {
    expect(splitCompound(lex, 'erstattet')).toBeUndefined();
    expect(splitCompound(lex, 'feuerwehrauto')).toBeUndefined();
  });

  it('corrects typos to the nearest known word, within a budget that grows with length', () => {
    expect(correctTypo(lex, 'verwaltungschule')).toBe(analyseText(lex, 'verwaltungsschule')[0]);
    expect(analyseText(lex, 'Basisqualifizirung')).toEqual(['#basis']);
    expect(analyseText(lex, 'digitalotse')).toEqual(['#pilot']);
  });

  it('marks unknown words instead of guessing', () => {
    expect(analyseText(lex, 'Zimmerpflanze')).toEqual([`?${stem('zimmerpflanze')}`]);
    expect(correctTypo(lex, 'abcd')).toBeUndefined();
  });

  it('drops stop words of both languages, keeping only what kind of question it is', () => {
    expect(analyseText(lex, 'Was ist das denn und what is the')).toEqual(['#q-define']);
    expect(analyseText(lex, 'und denn also the of')).toEqual([]);
  });
});
