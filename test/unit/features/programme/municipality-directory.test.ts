import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MUNICIPALITIES_FILE, ProgrammeDataError, loadMunicipalityDirectory, parseMunicipalityCsv } from '../../../../src/features/programme/index.ts';
import { tempFile } from './programme-test-helpers.ts';

const directory = loadMunicipalityDirectory();
const csv = readFileSync(fileURLToPath(DEFAULT_MUNICIPALITIES_FILE), 'utf8');
const lines = csv.split('\n');

/** The real file with line `lineNo` (1-based) replaced. */
const withLine = (lineNo: number, line: string): string => lines.map((l, i) => (i === lineNo - 1 ? line : l)).join('\n');

describe('municipality directory: loading', () => {
  it('loads all 1,145 rows once: 785 Gemeinden, 316 Städte, 35 Landkreise, 9 Stadtkreise', () => {
    expect(loadMunicipalityDirectory()).toBe(directory);
    const count = (kind: string): number => directory.all().filter((m) => m.kind === kind).length;
    expect([directory.all().length, count('gemeinde'), count('stadt'), count('landkreis'), count('stadtkreis')]).toEqual([1145, 785, 316, 35, 9]);
  });

  it.each([
    ['08136065', 'stadt', 'Schwäbisch Gmünd, Stadt', 'Schwäbisch Gmünd'],
    ['08111000', 'stadt', 'Stuttgart, Landeshauptstadt', 'Stuttgart'],
    ['08111000', 'stadtkreis', 'Stuttgart, Stadtkreis', 'Stuttgart'],
    ['08222000', 'stadt', 'Mannheim, Universitätsstadt', 'Mannheim'],
    ['08115050', 'stadt', 'Weil der Stadt, Stadt', 'Weil der Stadt'],
    ['08115000', 'landkreis', 'Böblingen', 'Böblingen'],
    ['08116072', undefined, 'Wernau (Neckar), Stadt', 'Wernau (Neckar)'],
  ] as const)('%s (%s): Destatis writes "%s", people say "%s"', (ags, kind, name, displayName) => {
    expect(directory.findByAgs(ags, kind)).toMatchObject({ name, displayName });
  });

  it('keeps every field of a row', () => {
    expect(directory.findByAgs('08336010')).toEqual({
      ags: '08336010',
      name: 'Böllen',
      displayName: 'Böllen',
      kind: 'gemeinde',
      kreisAgs: '08336',
      kreisName: 'Lörrach',
      population: 92,
      populationDate: '2024-12-31',
    });
  });

  it('prefers the town over the Stadtkreis when no kind is given, and finds nothing for an unknown AGS', () => {
    expect(directory.findByAgs(' 08111000 ')?.kind).toBe('stadt');
    expect(directory.findByAgs('08111000', 'landkreis')).toBeUndefined();
    expect(directory.findByAgs('08999999')).toBeUndefined();
  });

  it.each([['08115'], ['08115000']])('lists the 26 towns and municipalities of Landkreis Böblingen by %s, by name', (kreis) => {
    const list = directory.listByKreis(kreis);
    expect(list).toHaveLength(26);
    expect(list.every((m) => m.kreisAgs === '08115' && (m.kind === 'gemeinde' || m.kind === 'stadt'))).toBe(true);
    expect(list.slice(0, 3).map((m) => m.displayName)).toEqual(['Aidlingen', 'Altdorf', 'Böblingen']);
  });

  it('lists the single town of a Stadtkreis and nothing for an unknown Kreis', () => {
    expect(directory.listByKreis('08111').map((m) => m.name)).toEqual(['Stuttgart, Landeshauptstadt']);
    expect(directory.listByKreis('08999')).toEqual([]);
    expect(directory.listByKreis('Böblingen')).toEqual([]);
  });
});

describe('municipality directory: a broken CSV fails with line and field', () => {
  it.each([
    ['a population that is not a number', 5, '08115001,Aidlingen,gemeinde,08115,Böblingen,9.302,2024-12-31', 'line 5, field population: expected a whole number (found "9.302")'],
    ['an unknown kind', 6, '08115002,Altdorf,dorf,08115,Böblingen,4529,2024-12-31', 'line 6, field kind: Invalid option'],
    ['an AGS of 7 digits', 7, '0811503,"Böblingen, Stadt",stadt,08115,Böblingen,51483,2024-12-31', 'line 7, field ags: expected 8 digits starting with 08 (found "0811503")'],
    ['an impossible date', 8, '08115004,Bondorf,gemeinde,08115,Böblingen,6230,2024-02-30', 'line 8, field population_date: Invalid ISO date'],
    ['a missing field', 9, '08115010,Deckenpfronn,gemeinde,08115,Böblingen,3274', 'line 9: expected 7 fields, found 6'],
    ['an unbalanced quote', 10, '08115013,"Ehningen,gemeinde,08115,Böblingen,9277,2024-12-31', 'line 10: unbalanced quotes'],
    ['a duplicate (ags, kind)', 11, '08115001,Aidlingen,gemeinde,08115,Böblingen,9302,2024-12-31', 'line 11, field ags: 08115001 with kind gemeinde already appears on line 5'],
    ['an AGS outside its Kreis', 12, '08116016,Gäufelden,gemeinde,08115,Böblingen,9181,2024-12-31', 'line 12, field kreis_ags: 08115 is not the start of ags 08116016'],
  ])('rejects %s', (_what, lineNo, line, message) => {
    const path = tempFile('bw-kommunen.csv', withLine(lineNo, line));
    expect(() => loadMunicipalityDirectory(path)).toThrow(ProgrammeDataError);
    expect(() => loadMunicipalityDirectory(path)).toThrow(message);
  });

  it('rejects a wrong header', () => {
    expect(() => parseMunicipalityCsv(withLine(1, 'ags,name,kind'), 'data/bw-kommunen.csv')).toThrow(/data\/bw-kommunen\.csv is invalid:\n {2}- line 1: expected the header/);
  });

  it('accepts CRLF line endings and a byte-order mark', () => {
    expect(parseMunicipalityCsv(`\uFEFF${lines.slice(0, 4).join('\r\n')}\r\n`)).toHaveLength(3);
  });
});
