import { err, ok } from '../shared/index.ts';
import type { Result } from '../shared/index.ts';
import { isDistrict } from './municipality.types.ts';
import type { Municipality, MunicipalityKind } from './municipality.types.ts';
import type { ProgrammeRules } from './programme-rules.loader.ts';
import type { BandData } from './programme-rules.schema.ts';
import type { Confidence, NoFundingPeriod, RuleRef } from './programme.types.ts';
import { resolveRule } from './rule-lookup.ts';

export type PopulationBand = Readonly<{ min: number; max?: number }>;

export type FundedPlaces = Readonly<{ places: number; band: PopulationBand; population: number; kind: MunicipalityKind; rule: RuleRef }>;

export type FundedPlacesError =
  | NoFundingPeriod
  | Readonly<{
      code: 'no_rule_for_city_over_130000';
      population: number;
      rule: RuleRef;
      /** What the Stadt-/Landkreis bands would give; no source says they apply. Say so and hand over, never promise. */
      hint: Readonly<{ possibleRule: 'district_bands'; possiblePlaces: number; confidence: Confidence; note: string }>;
    }>
  | Readonly<{ code: 'invalid_population'; population: number; kind: MunicipalityKind; rule: RuleRef }>;

export type FundedPlacesErrorCode = FundedPlacesError['code'];

/** How many Digitallotsen this body can have funded (S6), by its kind and population. */
export function fundedPlaces(rules: ProgrammeRules, municipality: Municipality, at: Date): Result<FundedPlaces, FundedPlacesError> {
  return fundedPlacesFor(rules, { population: municipality.population, kind: municipality.kind }, at);
}

/** The same from a bare figure ("… für eine Gemeinde mit 12.000 Einwohnern?"). */
export function fundedPlacesFor(
  rules: ProgrammeRules,
  body: Readonly<{ population: number; kind: MunicipalityKind }>,
  at: Date,
): Result<FundedPlaces, FundedPlacesError> {
  const resolved = resolveRule(rules, 'funded_places', at);
  if (!resolved.ok) return resolved;
  const { params, ref } = resolved.value;
  const { population, kind } = body;
  if (!Number.isSafeInteger(population) || population < 0) return err({ code: 'invalid_population', population, kind, rule: ref });

  const bands = isDistrict(kind) ? params.districtBands : params.municipalityBands;
  const band = bandFor(bands, population);
  if (band) return ok({ places: band.places, band: { min: band.min, ...(band.max === undefined ? {} : { max: band.max }) }, population, kind, rule: ref });

  if (!isDistrict(kind) && population >= params.cityGap.fromPopulation) {
    const possible = bandFor(params.districtBands, population);
    return err({
      code: 'no_rule_for_city_over_130000',
      population,
      rule: ref,
      hint: { possibleRule: 'district_bands', possiblePlaces: possible?.places ?? 0, confidence: params.cityGap.confidence, note: params.cityGap.note },
    });
  }
  return err({ code: 'invalid_population', population, kind, rule: ref });
}

const bandFor = (bands: readonly BandData[], population: number): BandData | undefined =>
  bands.find((b) => population >= b.min && (b.max === undefined || population <= b.max));

export type VoucherReuse = Readonly<{ reusable: true; rule: RuleRef }>;
export type VoucherReuseError = NoFundingPeriod | Readonly<{ code: 'voucher_reuse_requires_vacancy'; rule: RuleRef }>;

/**
 * Can a municipality's voucher be used again for a successor? Only the Landkreistag (P3, 2022) says so when a
 * Digitallotse position becomes vacant: the rule is 'unconfirmed' and the bot must say so.
 */
export function checkVoucherReuse(rules: ProgrammeRules, situation: Readonly<{ placeVacated: boolean }>, at: Date): Result<VoucherReuse, VoucherReuseError> {
  const resolved = resolveRule(rules, 'voucher_reuse_on_vacancy', at);
  if (!resolved.ok) return resolved;
  const { params, ref } = resolved.value;
  if (situation.placeVacated && params.reusableWhenVacated) return ok({ reusable: true, rule: ref });
  return err({ code: 'voucher_reuse_requires_vacancy', rule: ref });
}
