import { berlinDate, err, ok } from '../shared/index.ts';
import type { Result } from '../shared/index.ts';
import type { ProgrammeRules, ResolvedRule } from './programme-rules.loader.ts';
import type { FundingPeriod, NoFundingPeriod, RuleId, RuleRef } from './programme.types.ts';

/** The funding period whose Berlin calendar days (validFrom..validTo, inclusive) contain `at`. */
export function findFundingPeriod(rules: ProgrammeRules, at: Date): FundingPeriod | undefined {
  const day = berlinDate(at);
  return rules.periods.find((p) => p.validFrom <= day && (p.validTo === undefined || day <= p.validTo));
}

/** The version of a rule in force at `at`, with its parameters and the reference to cite. */
export function resolveRule<K extends RuleId>(rules: ProgrammeRules, ruleId: K, at: Date): Result<ResolvedRule<K>, NoFundingPeriod> {
  const period = findFundingPeriod(rules, at);
  const resolved = period && (rules.versions[ruleId] as ReadonlyMap<string, ResolvedRule<K>>).get(period.id);
  return resolved ? ok(resolved) : err({ code: 'no_funding_period', day: berlinDate(at) });
}

/** Only the citation of a rule at `at` (for the FAQ: "where does that come from?"). */
export function ruleRef(rules: ProgrammeRules, ruleId: RuleId, at: Date): Result<RuleRef, NoFundingPeriod> {
  const resolved = resolveRule(rules, ruleId, at);
  return resolved.ok ? ok(resolved.value.ref) : resolved;
}
