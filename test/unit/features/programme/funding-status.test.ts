import { describe, expect, it } from 'vitest';
import { findFundingStatus, getFundingStatus, loadProgrammeRules, ruleRef } from '../../../../src/features/programme/index.ts';
import { berlin } from './programme-test-helpers.ts';

const rules = loadProgrammeRules();

describe('the contradiction on funding after 2023-04-01', () => {
  it('keeps both statements with their sources and recommends the Städtetag', () => {
    const [status] = getFundingStatus(rules, berlin('2026-11-20T09:00'));
    expect(status).toMatchObject({ id: 'funding_after_2023_04_01', since: '2023-04-01', confidence: 'contradicted', appliesAt: true });
    expect(status!.statements.map((s) => [s.code, s.sources.map((source) => source.id)])).toEqual([
      ['municipalities_bear_full_costs', ['P4']],
      ['funding_continues', ['S5', 'S6', 'S7', 'S12']],
    ]);
    expect(status!.recommendation).toMatchObject({ code: 'refer_to_staedtetag', contact: { email: 'digitallotsen@staedtetag-bw.de' } });
  });

  it.each([
    ['2023-03-31T23:59', false],
    ['2023-04-01T00:00', true],
  ])('applies from its first day: %s → %s', (local, applies) => {
    expect(getFundingStatus(rules, berlin(local))[0]?.appliesAt).toBe(applies);
  });

  it('is linked from every rule reference of the current period, and from none of 2022', () => {
    const current = ruleRef(rules, 'voucher_basis', berlin('2026-11-20T09:00'));
    const old = ruleRef(rules, 'voucher_basis', berlin('2022-11-20T09:00'));
    expect(current.ok && current.value.caveats?.map((id) => findFundingStatus(rules, id)?.confidence)).toEqual(['contradicted']);
    expect(old.ok && old.value.caveats).toBeUndefined();
  });

  it('finds nothing under an unknown id', () => {
    expect(findFundingStatus(rules, 'nope')).toBeUndefined();
  });
});
