import { describe, expect, it } from 'vitest';
import { loadMunicipalityDirectory } from '../../../../src/features/programme/index.ts';
import type { Municipality, MunicipalitySearchResult } from '../../../../src/features/programme/index.ts';

const directory = loadMunicipalityDirectory();
const label = (m: Municipality): string => `${m.ags}/${m.kind}`;

function expectMatch(result: MunicipalitySearchResult): { municipality: string; alternatives: string[] } {
  if (result.kind !== 'match') throw new Error(`expected a match, got ${JSON.stringify(result).slice(0, 300)}`);
  return { municipality: label(result.municipality), alternatives: result.alternatives.map(label) };
}

describe('search: the way people type names', () => {
  it.each([
    ['Schwäbisch Gmünd', '08136065/stadt'],
    ['schwaebisch gmuend', '08136065/stadt'],
    ['SCHWÄBISCH GMÜND', '08136065/stadt'],
    ['Schwäbisch Gmünd, Stadt', '08136065/stadt'],
    ['  Schwabisch   Gmund ', '08136065/stadt'],
    ['Gmünd', '08136065/stadt'],
    ['Schw. Gmünd', '08136065/stadt'],
    ['Gemeinde Aidlingen', '08115001/gemeinde'],
    ['Großbottwar', '08118021/stadt'],
    ['Grossbottwar', '08118021/stadt'],
    ['Freiburg i. Br.', '08311000/stadt'],
    ['Sankt Georgen', '08326052/stadt'],
    ['Mergentheim', '08128007/stadt'],
    ['Weil der Stadt', '08115050/stadt'],
    ['Stadtverwaltung Weil der Stadt', '08115050/stadt'],
    ['Rhein-Neckar-Kreis', '08226000/landkreis'],
    ['Ortenau', '08317000/landkreis'],
  ])('"%s" → %s', (query, expected) => {
    expect(expectMatch(directory.search(query)).municipality).toBe(expected);
  });

  it.each([
    ['Freiburg im Breisgu', '08311000/stadt'],
    ['Heidelbrg', '08221000/stadt'],
    ['Stutgart', '08111000/stadt'],
    ['Frieburg', '08311000/stadt'],
    ['Wernau am Neckar', '08116072/stadt'],
  ])('tolerates typos: "%s" → %s', (query, expected) => {
    expect(expectMatch(directory.search(query)).municipality).toBe(expected);
  });

  it.each([
    ['Stuttgart', '08111000/stadt', ['08111000/stadtkreis']],
    ['Böblingen', '08115003/stadt', ['08115000/landkreis']],
    ['Boeblingen', '08115003/stadt', ['08115000/landkreis']],
    ['Stadt Böblingen', '08115003/stadt', []],
    ['LRA Böblingen', '08115000/landkreis', []],
    ['Landratsamt Böblingen', '08115000/landkreis', []],
    ['Landkreis Böblingen', '08115000/landkreis', []],
    ['Kreis Böblingen', '08115000/landkreis', []],
    ['Böblingen, Landkreis', '08115000/landkreis', []],
    ['Landratsamt des Landkreises Böblingen', '08115000/landkreis', []],
    ['Stadtkreis Stuttgart', '08111000/stadtkreis', []],
    ['Kreis Ulm', '08421000/stadtkreis', []],
    ['Karlsruhe', '08212000/stadt', ['08212000/stadtkreis', '08215000/landkreis']],
    ['LRA Karlsruhe', '08215000/landkreis', ['08212000/stadtkreis']],
  ])('"%s" → %s, alternatives %j', (query, municipality, alternatives) => {
    expect(expectMatch(directory.search(query))).toEqual({ municipality, alternatives });
  });

  it.each([
    ['08115001', '08115001/gemeinde', []],
    ['08111000', '08111000/stadt', ['08111000/stadtkreis']],
    ['08115000', '08115000/landkreis', []],
    ['08115', '08115000/landkreis', []],
  ])('by key "%s" → %s', (query, municipality, alternatives) => {
    expect(expectMatch(directory.search(query))).toEqual({ municipality, alternatives });
  });

  it.each([
    ['Altdorf', ['08115002/gemeinde', '08116005/gemeinde']],
    ['Neuhausen', ['08236044/gemeinde', '08116047/gemeinde', '08327038/gemeinde']],
    ['Weil', ['08336091/stadt', '08115050/stadt', '08115051/gemeinde']],
    ['Wangen', ['08117055/gemeinde', '08436081/stadt']],
  ])('"%s" is ambiguous: the candidates, exact name first', (query, candidates) => {
    const result = directory.search(query);
    expect(result.kind).toBe('ambiguous');
    if (result.kind === 'ambiguous') expect(result.candidates.map(label).sort()).toEqual([...candidates].sort());
    if (result.kind === 'ambiguous') expect(label(result.candidates[0]!)).toBe(candidates[0]);
  });

  it.each([['Xyzdorf'], ['Berlin'], ['Landkreis'], [''], ['   '], ['08999999'], ['12345']])('"%s" finds nothing', (query) => {
    expect(directory.search(query)).toEqual({ kind: 'none' });
  });
});

describe('suggest: type-ahead for a card', () => {
  it.each([
    ['Stutt', 5, ['08111000/stadt', '08111000/stadtkreis']],
    ['gmü', 5, ['08136065/stadt']],
    ['LRA Bö', 5, ['08115000/landkreis', '08435000/landkreis']],
  ])('"%s" (limit %i) → %j', (prefix, limit, expected) => {
    expect(directory.suggest(prefix, limit).map(label)).toEqual(expected);
  });

  it('puts names that start with the prefix first, larger first, and honours the limit', () => {
    const names = directory.suggest('Schw', 4).map((m) => m.displayName);
    expect(names).toEqual(['Schwäbisch Gmünd', 'Schwäbisch Hall', 'Schwetzingen', 'Schwaigern']);
  });

  it('returns nothing for an empty prefix, no match, or a limit of 0', () => {
    expect([directory.suggest('', 10), directory.suggest('qqq', 10), directory.suggest('Stutt', 0)]).toEqual([[], [], []]);
  });

  it('answers in well under 1 ms per call over all 1,145 rows', () => {
    const prefixes = ['B', 'Bö', 'schw', 'gm', 'Stuttgart', 'ne', 'LRA K', 'Freiburg im', 'xy', 'a'];
    for (const p of prefixes) directory.suggest(p, 10);
    const calls = 5_000;
    const started = performance.now();
    for (let i = 0; i < calls; i++) directory.suggest(prefixes[i % prefixes.length]!, 10);
    expect((performance.now() - started) / calls).toBeLessThan(1);
  });
});
