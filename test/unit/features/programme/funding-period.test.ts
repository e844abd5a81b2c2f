import { describe, expect, it } from 'vitest';
import { findFundingPeriod, loadProgrammeRules, quoteInhouse, ruleRef } from '../../../../src/features/programme/index.ts';
import { berlin } from './programme-test-helpers.ts';

const rules = loadProgrammeRules();

describe('funding periods (Europe/Berlin calendar days, inclusive)', () => {
  it.each([
    ['2022-02-28T23:59', undefined, 'the day before the first period'],
    ['2022-03-01T00:00', '2022-03', 'first minute of the 2022 period'],
    ['2022-03-01T23:59', '2022-03', 'first day of the 2022 period'],
    ['2023-03-31T00:00', '2022-03', 'last day of the 2022 period'],
    ['2023-03-31T23:59', '2022-03', 'last minute of the 2022 period'],
    ['2023-04-01T00:00', '2023-04', 'first minute of the current period'],
    ['2023-04-01T23:59', '2023-04', 'first day of the current period'],
    ['2026-12-03T09:00', '2023-04', 'open-ended current period'],
  ] as [string, string | undefined, string][])('%s → %s (%s)', (local, periodId) => {
    expect(findFundingPeriod(rules, berlin(local))?.id).toBe(periodId);
  });

  it('decides by the Berlin day, not the UTC day', () => {
    // 2023-03-31T22:30Z is already 1 April 00:30 in Berlin (CEST).
    expect(findFundingPeriod(rules, new Date('2023-03-31T22:30:00Z'))?.id).toBe('2023-04');
    expect(findFundingPeriod(rules, new Date('2022-02-28T23:30:00Z'))?.id).toBe('2022-03');
  });

  it('cites the period of the day asked about in the rule reference', () => {
    const last = ruleRef(rules, 'voucher_basis', berlin('2023-03-31T12:00'));
    const first = ruleRef(rules, 'voucher_basis', berlin('2023-04-01T12:00'));
    expect(last.ok && [last.value.periodId, last.value.validFrom, last.value.validTo]).toEqual(['2022-03', '2022-03-01', '2023-03-31']);
    expect(first.ok && [first.value.periodId, first.value.validFrom, first.value.validTo]).toEqual(['2023-04', '2023-04-01', undefined]);
  });

  it('answers no_funding_period before the first period', () => {
    expect(ruleRef(rules, 'funded_places', berlin('2021-06-01T09:00'))).toEqual({ ok: false, error: { code: 'no_funding_period', day: '2021-06-01' } });
  });

  it.each([
    ['2022-02-28T10:00', undefined],
    ['2022-03-01T10:00', 110000],
    ['2023-03-31T10:00', 110000],
    ['2023-04-01T10:00', 170000],
  ])('Inhouse cap per day for a course starting %s is %s cents', (start, cap) => {
    const quote = quoteInhouse(rules, { eligibleCostsCents: 10_000_00, days: 1, bodies: 2, courseStart: berlin(start) });
    if (cap === undefined) expect(quote).toMatchObject({ ok: false, error: { code: 'no_funding_period' } });
    else expect(quote).toMatchObject({ ok: true, value: { grantCents: cap, capCents: cap } });
  });
});
