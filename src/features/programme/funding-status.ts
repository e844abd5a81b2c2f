import { berlinDate } from '../shared/index.ts';
import type { ProgrammeRules } from './programme-rules.loader.ts';
import type { FundingStatus } from './programme.types.ts';

export type FundingStatusAt = FundingStatus & Readonly<{ appliesAt: boolean }>;

/**
 * The known contradiction about funding after 01.04.2023 (P4 vs S5/S6/S7/S12), with both statements and their
 * sources. `appliesAt` says whether `at` falls on or after the disputed date: then the bot quotes the rules, names the
 * contradiction and refers to the Städtetag.
 */
export function getFundingStatus(rules: ProgrammeRules, at: Date): readonly FundingStatusAt[] {
  const day = berlinDate(at);
  return rules.fundingStatus.map((status) => ({ ...status, appliesAt: day >= status.since }));
}

/** One entry by id (the ids a RuleRef lists in `caveats`). */
export function findFundingStatus(rules: ProgrammeRules, id: string): FundingStatus | undefined {
  return rules.fundingStatus.find((s) => s.id === id);
}
