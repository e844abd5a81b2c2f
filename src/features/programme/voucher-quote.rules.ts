import { err, ok } from '../shared/index.ts';
import type { Cents, Result } from '../shared/index.ts';
import type { ProgrammeRules } from './programme-rules.loader.ts';
import type { CourseKind, NoFundingPeriod, RuleRef, RuleVersion } from './programme.types.ts';
import { resolveRule } from './rule-lookup.ts';

export type VoucherQuoteInput = Readonly<{
  course: CourseKind;
  /** The provider's fee for the whole course, in cents. */
  feeCents: Cents;
  /** Seminar days of this course (Basis: 3). */
  days: number;
  /** The Bildungs-Voucher-ID (validate it with validateVoucherId first); null or blank when there is none. */
  voucherId: string | null;
  /** The course's first day decides the funding period. */
  courseStart: Date;
}>;

export type VoucherQuote = Readonly<{
  feeCents: Cents;
  voucherCents: Cents;
  ownShareCents: Cents;
  /** Days the voucher paid for (Basis at most its 3 days). */
  fundedDays: number;
  /** Present when no voucher applies: without a voucher ID the full price is due (S2, S3). */
  reason?: 'no_voucher_id';
  ruleVersion: RuleVersion;
  rule: RuleRef;
}>;

export type QuoteInputError =
  | Readonly<{ code: 'invalid_fee'; feeCents: number }>
  | Readonly<{ code: 'invalid_days'; days: number }>;

export type VoucherQuoteError = NoFundingPeriod | QuoteInputError;
export type VoucherQuoteErrorCode = VoucherQuoteError['code'];

/** What the voucher pays and what the municipality pays, in integer cents; the voucher never exceeds the fee. */
export function quoteVoucher(rules: ProgrammeRules, input: VoucherQuoteInput): Result<VoucherQuote, VoucherQuoteError> {
  const invalid = checkFeeAndDays(input.feeCents, input.days);
  if (invalid) return err(invalid);
  const { feeCents, days, courseStart } = input;

  if (!input.voucherId?.trim()) {
    const required = resolveRule(rules, 'voucher_id_required', courseStart);
    if (!required.ok) return required;
    return ok(quote(feeCents, 0, 0, required.value.ref, 'no_voucher_id'));
  }
  if (input.course === 'basis') {
    const basis = resolveRule(rules, 'voucher_basis', courseStart);
    if (!basis.ok) return basis;
    const fundedDays = Math.min(days, basis.value.params.days);
    return ok(quote(feeCents, fundedDays * basis.value.params.centsPerDay, fundedDays, basis.value.ref));
  }
  // "at most 50 EUR per seminar day" (S1, S5): per actual day of the course; the 1-day duration is only P3's.
  const aufbau = resolveRule(rules, 'voucher_aufbau', courseStart);
  if (!aufbau.ok) return aufbau;
  return ok(quote(feeCents, days * aufbau.value.params.maxCentsPerDay, days, aufbau.value.ref));
}

function quote(feeCents: Cents, maxVoucherCents: Cents, fundedDays: number, rule: RuleRef, reason?: 'no_voucher_id'): VoucherQuote {
  const voucherCents = Math.min(feeCents, maxVoucherCents);
  return {
    feeCents,
    voucherCents,
    ownShareCents: feeCents - voucherCents,
    fundedDays,
    ...(reason ? { reason } : {}),
    ruleVersion: { periodId: rule.periodId, ruleId: rule.ruleId },
    rule,
  };
}

export function checkFeeAndDays(feeCents: number, days: number): QuoteInputError | undefined {
  if (!Number.isSafeInteger(feeCents) || feeCents < 0) return { code: 'invalid_fee', feeCents };
  if (!Number.isSafeInteger(days) || days < 1) return { code: 'invalid_days', days };
  return undefined;
}
