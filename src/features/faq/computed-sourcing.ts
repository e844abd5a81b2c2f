import { getFundingStatus } from '../programme/index.ts';
import type { FundingStatus, Municipality, ProgrammeRules, RuleRef, Source } from '../programme/index.ts';
import type { HandOverReason, MunicipalityFacts, PeriodRef } from './computed-answer.types.ts';

export const periodOf = (rule: RuleRef): PeriodRef => ({
  id: rule.periodId,
  validFrom: rule.validFrom,
  ...(rule.validTo === undefined ? {} : { validTo: rule.validTo }),
});

/** Sources of every rule used, each once, in citation order. */
export function mergeSources(rules: readonly RuleRef[]): readonly Source[] {
  const seen = new Map<string, Source>();
  for (const rule of rules) for (const source of rule.sources) if (!seen.has(source.id)) seen.set(source.id, source);
  return [...seen.values()];
}

/** The contested statement about funding that applies at `at` (P4 vs the programme sources), if any. */
export function fundingCaveatAt(rules: ProgrammeRules, at: Date): FundingStatus | undefined {
  const applying = getFundingStatus(rules, at).find((status) => status.appliesAt);
  if (!applying) return undefined;
  const { appliesAt: _appliesAt, ...status } = applying;
  return status;
}

/**
 * The part every figure answer shares. `cited` are further rules the answer relies on (conditions); their sources are
 * listed too. Reasons for the hand-over come from the caller plus the main rule's confidence and the funding status.
 */
export function sourcedBy(
  rules: ProgrammeRules,
  at: Date,
  rule: RuleRef,
  options: Readonly<{ cited?: readonly RuleRef[]; reasons?: readonly HandOverReason[] }> = {},
) {
  const caveat = fundingCaveatAt(rules, at);
  const reasons = new Set<HandOverReason>(options.reasons ?? []);
  if (rule.confidence === 'contradicted') reasons.add('rule_contradicted');
  if (rule.confidence === 'unconfirmed') reasons.add('rule_unconfirmed');
  if (caveat) reasons.add('funding_status_contested');
  const handOverReasons = [...reasons];
  return {
    period: periodOf(rule),
    rule,
    sources: mergeSources([rule, ...(options.cited ?? [])]),
    ...(caveat ? { fundingStatusCaveat: caveat } : {}),
    handOver: handOverReasons.length > 0,
    handOverReasons,
  };
}

export const factsOf = (m: Municipality): MunicipalityFacts => ({
  ags: m.ags,
  displayName: m.displayName,
  kind: m.kind,
  population: m.population,
  populationDate: m.populationDate,
  kreisName: m.kreisName,
});
