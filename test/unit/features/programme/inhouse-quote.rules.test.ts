import { describe, expect, it } from 'vitest';
import { loadProgrammeRules, quoteInhouse } from '../../../../src/features/programme/index.ts';
import type { InhouseQuoteInput } from '../../../../src/features/programme/index.ts';
import { berlin } from './programme-test-helpers.ts';

const rules = loadProgrammeRules();
const now = berlin('2026-11-20T09:00');
const inhouse = (change: Partial<InhouseQuoteInput> = {}): InhouseQuoteInput => ({
  eligibleCostsCents: 1_200_000,
  days: 3,
  bodies: 2,
  courseStart: now,
  ...change,
});

describe('Inhouse quotes (S7: 50 %, capped per day, ≥ 2 bodies, ≤ 3 days, once per period)', () => {
  it.each([
    ['current period, cap decides: 3 days × 1,700 EUR', inhouse(), 510_000, 690_000, 'day_cap', '2023-04'],
    ['current period, 50 % decides', inhouse({ eligibleCostsCents: 600_000 }), 300_000, 300_000, 'share', '2023-04'],
    ['current period, exactly at the cap', inhouse({ eligibleCostsCents: 1_020_000 }), 510_000, 510_000, 'share', '2023-04'],
    ['current period, 1 day', inhouse({ days: 1, eligibleCostsCents: 500_000 }), 170_000, 330_000, 'day_cap', '2023-04'],
    ['an odd cent is rounded down for the grant', inhouse({ eligibleCostsCents: 100_001 }), 50_000, 50_001, 'share', '2023-04'],
    ['2022 period, cap decides: 3 days × 1,100 EUR', inhouse({ courseStart: berlin('2022-10-10T09:00') }), 330_000, 870_000, 'day_cap', '2022-03'],
    ['2022 period, 50 % decides', inhouse({ courseStart: berlin('2022-10-10T09:00'), eligibleCostsCents: 400_000 }), 200_000, 200_000, 'share', '2022-03'],
  ] as const)('%s', (_what, input, grantCents, ownShareCents, limitedBy, periodId) => {
    expect(quoteInhouse(rules, input)).toMatchObject({
      ok: true,
      value: { feeCents: input.eligibleCostsCents, grantCents, ownShareCents, limitedBy, ruleVersion: { periodId, ruleId: 'inhouse' } },
    });
  });

  it('cites the 2022 rate as contradicted (P3) and the current one as confirmed (S7, S7b)', () => {
    const old = quoteInhouse(rules, inhouse({ courseStart: berlin('2022-10-10T09:00') }));
    const current = quoteInhouse(rules, inhouse());
    expect(old.ok && [old.value.rule.confidence, old.value.rule.sources.map((s) => s.id)]).toEqual(['contradicted', ['P3', 'S7']]);
    expect(current.ok && [current.value.rule.confidence, current.value.rule.sources.map((s) => s.id)]).toEqual(['confirmed', ['S7', 'S7b']]);
  });

  it.each([
    ['a single body (exception possible after review)', inhouse({ bodies: 1 }), { code: 'inhouse_too_few_bodies', minBodies: 2, exceptionPossible: true }],
    ['4 days', inhouse({ days: 4 }), { code: 'inhouse_too_many_days', maxDays: 3 }],
    ['a second Inhouse in the current period', inhouse({ previousInhouseStarts: [berlin('2023-04-01T00:00')] }), { code: 'inhouse_already_used_in_period', periodId: '2023-04' }],
    ['a course before 2022-03-01', inhouse({ courseStart: berlin('2022-02-28T09:00') }), { code: 'no_funding_period' }],
    ['negative costs', inhouse({ eligibleCostsCents: -100 }), { code: 'invalid_fee' }],
    ['half a day', inhouse({ days: 0.5 }), { code: 'invalid_days' }],
  ])('rejects %s', (_what, input, error) => {
    expect(quoteInhouse(rules, input)).toMatchObject({ ok: false, error });
  });

  it.each([
    ['the last day of the 2022 period', '2023-03-31T23:59', true],
    ['the first day of the current period', '2023-04-01T00:00', false],
  ])('an earlier Inhouse on %s counts against the current period: %s', (_what, previous, used) => {
    const result = quoteInhouse(rules, inhouse({ previousInhouseStarts: [berlin(previous)] }));
    expect(result.ok).toBe(used);
  });
});
