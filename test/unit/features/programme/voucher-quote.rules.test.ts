import { describe, expect, it } from 'vitest';
import { loadProgrammeRules, quoteVoucher } from '../../../../src/features/programme/index.ts';
import type { VoucherQuoteInput } from '../../../../src/features/programme/index.ts';
import { euros } from '../../../../src/features/shared/index.ts';
import { berlin } from './programme-test-helpers.ts';

const rules = loadProgrammeRules();
const courseStart = berlin('2026-12-07T09:00');
const basis = (change: Partial<VoucherQuoteInput> = {}): VoucherQuoteInput => ({
  course: 'basis',
  feeCents: euros(750),
  days: 3,
  voucherId: '08115001-B-0001',
  courseStart,
  ...change,
});

describe('voucher quotes in integer cents', () => {
  it('Basis: 3 days × 100 EUR = 30000 cents off the fee, citing the rule version', () => {
    expect(quoteVoucher(rules, basis())).toEqual({
      ok: true,
      value: expect.objectContaining({
        feeCents: 75_000,
        voucherCents: 30_000,
        ownShareCents: 45_000,
        fundedDays: 3,
        ruleVersion: { periodId: '2023-04', ruleId: 'voucher_basis' },
        rule: expect.objectContaining({ ruleId: 'voucher_basis', confidence: 'confirmed' }),
      }),
    });
  });

  it.each([
    ['Basis fee below the voucher: the voucher never exceeds the fee', basis({ feeCents: 25_000 }), 25_000, 0],
    ['Basis free of charge', basis({ feeCents: 0 }), 0, 0],
    ['Basis counted as 4 days: only its 3 days are funded', basis({ days: 4 }), 30_000, 45_000],
    ['Aufbau 1 day at 180 EUR: capped at 50 EUR', basis({ course: 'aufbau', days: 1, feeCents: 18_000 }), 5_000, 13_000],
    ['Aufbau 1 day at 40 EUR: below the cap, the fee', basis({ course: 'aufbau', days: 1, feeCents: 4_000 }), 4_000, 0],
    ['Aufbau 2 days at 300 EUR: 50 EUR per seminar day', basis({ course: 'aufbau', days: 2, feeCents: 30_000 }), 10_000, 20_000],
    ['Basis in the 2022 period: same rate', basis({ courseStart: berlin('2022-05-02T09:00') }), 30_000, 45_000],
  ])('%s', (_what, input, voucherCents, ownShareCents) => {
    const result = quoteVoucher(rules, input);
    expect(result).toMatchObject({ ok: true, value: { feeCents: input.feeCents, voucherCents, ownShareCents } });
  });

  it.each([
    ['null', null],
    ['blank', '   '],
  ])('without a voucher ID (%s) the full price is due, with the reason and S2/S3 cited', (_what, voucherId) => {
    const result = quoteVoucher(rules, basis({ voucherId }));
    expect(result).toMatchObject({ ok: true, value: { voucherCents: 0, ownShareCents: 75_000, reason: 'no_voucher_id', ruleVersion: { ruleId: 'voucher_id_required' } } });
    expect(result.ok && result.value.rule.sources.map((s) => s.id)).toEqual(['S2', 'S3']);
  });

  it('marks the Aufbau rule with its sources, including P3 for the unconfirmed 1-day duration note', () => {
    const result = quoteVoucher(rules, basis({ course: 'aufbau', days: 1, feeCents: 18_000 }));
    expect(result.ok && result.value.rule.sources.map((s) => s.id)).toEqual(['S1', 'S5', 'P3']);
    expect(result.ok && result.value.rule.note).toMatch(/P3 \(unconfirmed\)/);
  });

  it.each([
    ['a negative fee', basis({ feeCents: -1 }), 'invalid_fee'],
    ['a fee in fractions of a cent', basis({ feeCents: 100.5 }), 'invalid_fee'],
    ['zero days', basis({ days: 0 }), 'invalid_days'],
    ['a course before 2022-03-01', basis({ courseStart: berlin('2021-10-04T09:00') }), 'no_funding_period'],
  ])('rejects %s', (_what, input, code) => {
    expect(quoteVoucher(rules, input)).toMatchObject({ ok: false, error: { code } });
  });
});
