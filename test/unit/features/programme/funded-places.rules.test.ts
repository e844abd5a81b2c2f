import { describe, expect, it } from 'vitest';
import { checkVoucherReuse, fundedPlaces, fundedPlacesFor, loadMunicipalityDirectory, loadProgrammeRules } from '../../../../src/features/programme/index.ts';
import type { MunicipalityKind } from '../../../../src/features/programme/index.ts';
import { berlin } from './programme-test-helpers.ts';

const rules = loadProgrammeRules();
const directory = loadMunicipalityDirectory();
const now = berlin('2026-11-20T10:00');

describe('funded places by population (S6)', () => {
  it.each([
    [1, 'gemeinde', 1],
    [9_999, 'gemeinde', 1],
    [10_000, 'gemeinde', 2],
    [30_000, 'stadt', 2],
    [30_001, 'stadt', 3],
    [130_000, 'stadt', 3],
    [0, 'landkreis', 4],
    [175_000, 'landkreis', 4],
    [175_001, 'landkreis', 5],
    [175_000, 'stadtkreis', 4],
    [175_001, 'stadtkreis', 5],
  ] as const)('%i inhabitants, %s → %i', (population, kind, places) => {
    const result = fundedPlacesFor(rules, { population, kind }, now);
    expect(result).toMatchObject({ ok: true, value: { places, rule: { ruleId: 'funded_places', confidence: 'confirmed' } } });
  });

  it.each([
    [130_001, 'stadt', 4],
    [130_001, 'gemeinde', 4],
    [612_663, 'stadt', 5],
  ] as const)('%i inhabitants, %s: the source is silent → no_rule_for_city_over_130000 (Kreis rule would give %i, unconfirmed)', (population, kind, possiblePlaces) => {
    const result = fundedPlacesFor(rules, { population, kind }, now);
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'no_rule_for_city_over_130000', population, rule: { ruleId: 'funded_places' }, hint: { possibleRule: 'district_bands', possiblePlaces, confidence: 'unconfirmed' } },
    });
  });

  it.each([
    [0, 'gemeinde'],
    [-5, 'stadt'],
    [12_000.5, 'gemeinde'],
    [Number.NaN, 'landkreis'],
  ] as const)('rejects population %d for a %s as invalid_population', (population, kind: MunicipalityKind) => {
    expect(fundedPlacesFor(rules, { population, kind }, now)).toMatchObject({ ok: false, error: { code: 'invalid_population' } });
  });

  it.each([
    ['08336010', undefined, 'Böllen', 92, 1],
    ['08215089', undefined, 'Walzbachtal', 9_904, 1],
    ['08115051', undefined, 'Weil im Schönbuch', 9_970, 1],
    ['08326005', undefined, 'Blumberg', 10_003, 2],
    ['08119068', undefined, 'Schwaikheim', 10_028, 2],
    ['08119085', undefined, 'Winnenden', 29_876, 2],
    ['08215007', undefined, 'Bretten', 30_274, 3],
    ['08421000', 'stadt', 'Ulm', 129_882, 3],
    ['08421000', 'stadtkreis', 'Ulm', 129_882, 4],
    ['08235000', 'landkreis', 'Calw', 161_251, 4],
    ['08115000', 'landkreis', 'Böblingen', 395_167, 5],
    ['08111000', 'stadtkreis', 'Stuttgart', 612_663, 5],
  ] as const)('real data: %s (%s) %s with %i inhabitants → %i', (ags, kind, displayName, population, places) => {
    const municipality = directory.findByAgs(ags, kind)!;
    expect([municipality.displayName, municipality.population]).toEqual([displayName, population]);
    expect(fundedPlaces(rules, municipality, now)).toMatchObject({ ok: true, value: { places } });
  });

  it.each([
    ['08121000', 'Heilbronn', 131_986],
    ['08231000', 'Pforzheim', 134_912],
    ['08111000', 'Stuttgart', 612_663],
  ])('real data: the town %s (%s, %i) gets no guess but a hand-over code', (ags, displayName, population) => {
    const town = directory.findByAgs(ags, 'stadt')!;
    expect(town.displayName).toBe(displayName);
    expect(fundedPlaces(rules, town, now)).toMatchObject({ ok: false, error: { code: 'no_rule_for_city_over_130000', population } });
  });

  it('answers no_funding_period for a day before 2022-03-01', () => {
    expect(fundedPlacesFor(rules, { population: 5_000, kind: 'gemeinde' }, berlin('2020-01-01T12:00'))).toMatchObject({ ok: false, error: { code: 'no_funding_period' } });
  });
});

describe('voucher re-use when a Lotse position becomes vacant (P3, unconfirmed)', () => {
  it('allows it for a vacated place, citing only the Landkreistag as unconfirmed', () => {
    const result = checkVoucherReuse(rules, { placeVacated: true }, now);
    expect(result).toMatchObject({ ok: true, value: { reusable: true, rule: { ruleId: 'voucher_reuse_on_vacancy', confidence: 'unconfirmed' } } });
    expect(result.ok && result.value.rule.sources.map((s) => s.id)).toEqual(['P3']);
  });

  it('rejects re-use while the place is still held', () => {
    expect(checkVoucherReuse(rules, { placeVacated: false }, now)).toMatchObject({ ok: false, error: { code: 'voucher_reuse_requires_vacancy', rule: { confidence: 'unconfirmed' } } });
  });
});
