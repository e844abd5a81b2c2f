import { quoteVoucher, resolveRule, ruleRef } from '../programme/index.ts';
import type { CourseKind, ProgrammeRules, RuleId, RuleRef } from '../programme/index.ts';
import type { Cents } from '../shared/index.ts';
import type { ComputedAnswer, ComputedAnswerOptions, CourseFee, CourseQuoteAnswer, RuleCondition } from './computed-answer.types.ts';
import { sourcedBy } from './computed-sourcing.ts';

type Voucher = CourseQuoteAnswer['voucher'];

/**
 * The question assumes the municipality has its Bildungs-Voucher-ID; without one the full fee is due (S2, S3), which
 * the voucher_id_required condition in the answer says. quoteVoucher only checks that an ID is present.
 */
const ASSUMED_VOUCHER_ID = 'assumed-present';

const CONDITIONS: Readonly<Record<CourseKind, readonly RuleId[]>> = {
  basis: ['voucher_id_required', 'contract_before_course_start'],
  aufbau: ['aufbau_requires_basis', 'voucher_id_required', 'contract_before_course_start'],
};

/**
 * "Was zahlen wir für die Basisqualifizierung?" The seminar fees are in no source (facts.md §4, §10), so the answer is
 * the voucher (Basis 100 EUR × 3 days, Aufbau at most 50 EUR per day) and, only when a fee is given, the own share.
 */
export function answerCourseQuote(rules: ProgrammeRules, course: CourseKind, at: Date, options: ComputedAnswerOptions = {}): ComputedAnswer {
  const voucher = voucherOf(rules, course, at, options.courseDays);
  if (!voucher.ok) return voucher.answer;
  const conditions = conditionsAt(rules, course, at);
  const cited = conditions.map((c) => c.rule);
  const { rule } = voucher;

  if (options.courseDays !== undefined && !isPositiveInt(options.courseDays)) {
    return { kind: 'invalid_input', intent: 'course_quote', code: 'invalid_days', value: options.courseDays, limits: { min: 1 }, ...sourcedBy(rules, at, rule) };
  }
  let fee: CourseFee = { known: false, reason: 'seminar_fee_unconfirmed' };
  if (options.feeCents !== undefined) {
    const quote = quoteVoucher(rules, { course, feeCents: options.feeCents, days: voucher.value.days, voucherId: ASSUMED_VOUCHER_ID, courseStart: at });
    if (!quote.ok) {
      if (quote.error.code === 'no_funding_period') return { kind: 'no_funding_period', day: quote.error.day };
      const value = quote.error.code === 'invalid_fee' ? quote.error.feeCents : quote.error.days;
      const limits = quote.error.code === 'invalid_fee' ? { min: 0 } : { min: 1 };
      return { kind: 'invalid_input', intent: 'course_quote', code: quote.error.code, value, limits, ...sourcedBy(rules, at, rule) };
    }
    const { feeCents, voucherCents, ownShareCents, fundedDays } = quote.value;
    fee = { known: true, feeCents, voucherCents, ownShareCents, fundedDays };
  }
  return {
    kind: 'course_quote',
    course,
    voucher: voucher.value,
    feeKnown: fee.known,
    fee,
    conditions,
    ...sourcedBy(rules, at, rule, { cited, reasons: fee.known ? [] : ['seminar_fee_unconfirmed'] }),
  };
}

type VoucherResult = { ok: true; value: Voucher; rule: RuleRef } | { ok: false; answer: ComputedAnswer };

function voucherOf(rules: ProgrammeRules, course: CourseKind, at: Date, courseDays: number | undefined): VoucherResult {
  if (course === 'basis') {
    const basis = resolveRule(rules, 'voucher_basis', at);
    if (!basis.ok) return { ok: false, answer: { kind: 'no_funding_period', day: basis.error.day } };
    const { centsPerDay, days } = basis.value.params;
    return { ok: true, rule: basis.value.ref, value: voucher(centsPerDay, false, days, 'rule') };
  }
  const aufbau = resolveRule(rules, 'voucher_aufbau', at);
  if (!aufbau.ok) return { ok: false, answer: { kind: 'no_funding_period', day: aufbau.error.day } };
  const { maxCentsPerDay, typicalDays } = aufbau.value.params;
  // The 1-day duration of Aufbau courses is only P3's statement: days asked about take precedence.
  const asked = courseDays !== undefined && isPositiveInt(courseDays);
  return { ok: true, rule: aufbau.value.ref, value: voucher(maxCentsPerDay, true, asked ? courseDays : typicalDays, asked ? 'asked' : 'typical_unconfirmed') };
}

const voucher = (centsPerDay: Cents, perDayIsMaximum: boolean, days: number, daysSource: Voucher['daysSource']): Voucher => ({
  centsPerDay,
  perDayIsMaximum,
  days,
  daysSource,
  maxVoucherCents: centsPerDay * days,
});

function conditionsAt(rules: ProgrammeRules, course: CourseKind, at: Date): RuleCondition[] {
  return CONDITIONS[course].flatMap((ruleId) => {
    const ref = ruleRef(rules, ruleId, at);
    return ref.ok ? [{ ruleId, rule: ref.value }] : [];
  });
}

const isPositiveInt = (n: number): boolean => Number.isSafeInteger(n) && n >= 1;
