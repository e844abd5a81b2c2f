import { err, ok } from '../shared/index.ts';
import type { Cents, Result } from '../shared/index.ts';
import type { ProgrammeRules } from './programme-rules.loader.ts';
import type { NoFundingPeriod, RuleRef, RuleVersion } from './programme.types.ts';
import { findFundingPeriod, resolveRule } from './rule-lookup.ts';
import { checkFeeAndDays } from './voucher-quote.rules.ts';
import type { QuoteInputError } from './voucher-quote.rules.ts';

export type InhouseQuoteInput = Readonly<{
  /** Eligible costs of the whole training, in cents. */
  eligibleCostsCents: Cents;
  days: number;
  /** Number of participating kommunale Gebietskörperschaften (the applicant included). */
  bodies: number;
  /** The training's first day decides the funding period. */
  courseStart: Date;
  /** First days of funded Inhouse trainings this group already had: one per funding period. */
  previousInhouseStarts?: readonly Date[];
}>;

export type InhouseQuote = Readonly<{
  /** The eligible costs the quote is based on. */
  feeCents: Cents;
  grantCents: Cents;
  ownShareCents: Cents;
  /** Which limit decided the grant: the share of the costs or the cap per training day. */
  limitedBy: 'share' | 'day_cap';
  capCents: Cents;
  ruleVersion: RuleVersion;
  rule: RuleRef;
}>;

export type InhouseQuoteError =
  | NoFundingPeriod
  | QuoteInputError
  | Readonly<{ code: 'inhouse_too_few_bodies'; bodies: number; minBodies: number; exceptionPossible: true; rule: RuleRef }>
  | Readonly<{ code: 'inhouse_too_many_days'; days: number; maxDays: number; rule: RuleRef }>
  | Readonly<{ code: 'inhouse_already_used_in_period'; previousStart: Date; periodId: string; rule: RuleRef }>;

export type InhouseQuoteErrorCode = InhouseQuoteError['code'];

/**
 * Inhouse grant (S7): 50 % of eligible costs, capped per training day (1,700 EUR now, 1,100 EUR in the 2022 period),
 * for groups of at least 2 bodies, at most 3 days, once per funding period. Half a cent is rounded down: never
 * promise more than the rule gives.
 */
export function quoteInhouse(rules: ProgrammeRules, input: InhouseQuoteInput): Result<InhouseQuote, InhouseQuoteError> {
  const invalid = checkFeeAndDays(input.eligibleCostsCents, input.days);
  if (invalid) return err(invalid);
  const resolved = resolveRule(rules, 'inhouse', input.courseStart);
  if (!resolved.ok) return resolved;
  const { params, ref } = resolved.value;

  // Exceptions are possible after review by the Städtetag (S7): the bot should hand over, not refuse flatly.
  if (input.bodies < params.minBodies) return err({ code: 'inhouse_too_few_bodies', bodies: input.bodies, minBodies: params.minBodies, exceptionPossible: true, rule: ref });
  if (input.days > params.maxDays) return err({ code: 'inhouse_too_many_days', days: input.days, maxDays: params.maxDays, rule: ref });
  const previousStart = (input.previousInhouseStarts ?? []).find((start) => findFundingPeriod(rules, start)?.id === ref.periodId);
  if (previousStart) return err({ code: 'inhouse_already_used_in_period', previousStart, periodId: ref.periodId, rule: ref });

  const shareCents = Math.floor((input.eligibleCostsCents * params.sharePercent) / 100);
  const capCents = params.maxCentsPerDay * input.days;
  const grantCents = Math.min(shareCents, capCents);
  return ok({
    feeCents: input.eligibleCostsCents,
    grantCents,
    ownShareCents: input.eligibleCostsCents - grantCents,
    limitedBy: shareCents <= capCents ? 'share' : 'day_cap',
    capCents,
    ruleVersion: { periodId: ref.periodId, ruleId: ref.ruleId },
    rule: ref,
  });
}
