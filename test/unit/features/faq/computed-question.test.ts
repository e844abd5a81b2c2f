import { describe, expect, it } from 'vitest';
import { detectComputedQuestion } from '../../../../src/features/faq/computed-question.classifier.ts';
import { placeKey, placeNamesOf } from '../../../../src/features/faq/place-names.ts';
import type { Municipality, MunicipalityKind } from '../../../../src/features/programme/index.ts';
import { createMunicipalityDirectory } from '../../../../src/features/programme/index.ts';

const row = (displayName: string, kind: MunicipalityKind = 'gemeinde'): Municipality => ({
  ags: '08000000', name: displayName, displayName, kind, kreisAgs: '08000', kreisName: 'X', population: 5000, populationDate: '2024-12-31',
});
const places = placeNamesOf(createMunicipalityDirectory([
  row('Pforzheim', 'stadt'), row('St. Georgen im Schwarzwald', 'stadt'), row('Dettingen an der Erms'), row('Dettingen'),
  row('Rems-Murr-Kreis', 'landkreis'), row('Esslingen am Neckar', 'stadt'), row('Esslingen', 'landkreis'),
  row('Weil am Rhein', 'stadt'), row('Lahr/Schwarzwald', 'stadt'), row('Schwäbisch Gmünd', 'stadt'),
]));
const detect = (q: string) => detectComputedQuestion(q, () => places);

describe('place names from the directory', () => {
  it.each([
    ['Pforzheim'], ['St. Georgen'], ['Sankt Georgen im Schwarzwald'], ['dettingen an der erms'], ['Esslingen'],
    ['Lahr'], ['schwaebisch gmuend'], ['Schwäbisch Gmünd'], ['Rems-Murr-Kreis'],
  ])('knows %s', (name) => {
    expect(places.has(placeKey(name))).toBe(true);
  });

  it.each([['Größe'], ['Baden-Württemberg'], ['Gemeinde'], ['Schwarzwald']])('does not know %s', (name) => {
    expect(places.has(placeKey(name))).toBe(false);
  });

  it('forgives a typo in a long name but guesses nothing for short words', () => {
    expect(places.near(placeKey('Pforzhiem'))).toBe(true);
    expect(places.near(placeKey('Größe'))).toBe(false);
    expect(places.near(placeKey('Weil'))).toBe(false);
  });
});

describe('funded places: the slot is a span the directory knows', () => {
  it.each([
    ['Wie viele Lotsen werden für Pforzheim gefördert?', { municipalityQuery: 'Pforzheim' }],
    ['wieviele lotsen kriegt die gemeinde dettingen an der erms', { municipalityQuery: 'dettingen an der erms' }],
    ['wie viele lotsen werden in St. Georgen gefördert', { municipalityQuery: 'St. Georgen' }],
    ['Anzahl geförderter Digitallotsen für den Rems-Murr-Kreis?', { municipalityQuery: 'Rems-Murr-Kreis', kreis: true }],
    ['wie viele plätze kriegt der landkreis esslingen', { municipalityQuery: 'esslingen', kreis: true }],
    ['Wie viele Lotsen bekommt Pforzhiem?', { municipalityQuery: 'Pforzhiem' }],
    ['wieviel lotsen gibts für eine gemeinde mit 25.000 einwohnern', { population: 25000 }],
  ])('%s', (q, slots) => {
    expect(detect(q)).toEqual({ kind: 'computed', intent: 'funded_places', ...slots });
  });

  it.each([
    ['Hängt die Zahl der geförderten Lotsen von der Größe der Gemeinde ab?'],
    ['Wie viele Mitarbeiter hat das Landratsamt Karlsruhe?'],
    ['Wie viele Digitallotsen gibt es in Baden-Württemberg?'],
    ['Wie viele Lotsen wurden in Pforzheim schon ausgebildet?'],
    ['wie viele lotsen werden gefördert, weil wir wachsen?'],
  ])('leaves "%s" to the text answers', (q) => {
    expect(detect(q)).toBeUndefined();
  });

  it.each([
    ['Wie viele Lotsen bekommt eine Stadt mit über 130.000 Einwohnern?'],
    ['wie viele lotsen für gemeinden unter 10000 einwohner'],
    ['How many pilots does a city above 130k get?'],
  ])('a size given as a bound is a size class, not a population: "%s"', (q) => {
    expect(detect(q)).toBeUndefined();
  });

  it('reads a bound only as a word of its own ("hab 12.000" is no "ab 12.000")', () => {
    expect(detect('wie viele lotsen werden gefördert, ich hab 12.000 einwohner')).toEqual({ kind: 'computed', intent: 'funded_places', population: 12000 });
  });

  it('does not take a count of pilots for the population', () => {
    expect(detect('Das Ziel waren 1.600 Lotsen – wie viele sind es jetzt?')).toBeUndefined();
    expect(detect('Wir haben 1.600 Einwohner, wie viele Lotsen werden gefördert?')).toEqual({ kind: 'computed', intent: 'funded_places', population: 1600 });
  });

  it('reads the directory only for a "how many" question', () => {
    let asked = 0;
    const counting = () => { asked += 1; return places; };
    detectComputedQuestion('Was zahlen wir für die Basisqualifizierung?', counting);
    detectComputedQuestion('Was ist der Digi-Lunch?', counting);
    expect(asked).toBe(0);
    detectComputedQuestion('Wie viele Lotsen bekommt Pforzheim?', counting);
    expect(asked).toBe(1);
  });
});

describe('course and Inhouse quotes: the figure for the asker, not the rule', () => {
  it.each([
    ['Was zahlen wir für die Basisqualifizierung?', 'basis'],
    ['Eigenanteil Aufbauschulung?', 'aufbau'],
    ['was kostet die aufbauschulung nach abzug vom voucher', 'aufbau'],
    ['Preis Grundkurs mit Gutschein?', 'basis'],
    ['how much do we pay for the advanced course?', 'aufbau'],
  ])('course quote: %s', (q, courseType) => {
    expect(detect(q)).toEqual({ kind: 'computed', intent: 'course_quote', courseType });
  });

  it.each([
    ['Zahlt das Land den Grundkurs komplett oder nur einen Teil?'],
    ['How much of the basic course fee is covered by the state?'],
    ['Was kostet die Basisqualifizierung ohne Förderung?'],
    ['Was würde uns der Grundkurs zum vollen Preis kosten?'],
  ])('leaves the rule and the full price to the text answers: %s', (q) => {
    expect(detect(q)).toBeUndefined();
  });

  it.each([
    ['Inhouse-Schulung für 4.200 Euro, wie hoch ist der Zuschuss?', { costCents: 420_000 }],
    ['Inhouse, ein Tag, EUR 2.000', { days: 1, costCents: 200_000 }],
    ['inhouse 3 tage 6000 euro – wie viel wird gefördert', { days: 3, costCents: 600_000 }],
  ])('inhouse quote: %s', (q, slots) => {
    expect(detect(q)).toEqual({ kind: 'computed', intent: 'inhouse_quote', ...slots });
  });

  it.each([
    ['1100 oder 1700 euro pro tag bei inhouse, was stimmt jetzt'],
    ['Inhouse-Förderung 1.700 Euro pro Tag?'],
    ['Ich habe 1.100 Euro pro Tag für Inhouse gelesen, stimmt das?'],
  ])('a figure quoted from the rules is not a cost: %s', (q) => {
    expect(detect(q)).toBeUndefined();
  });
});
