import { describe, expect, it } from 'vitest';
import { checkFundingEligibility, checkParticipation, loadMunicipalityDirectory, loadProgrammeRules } from '../../../../src/features/programme/index.ts';
import type { FundingEligibilityInput, Municipality } from '../../../../src/features/programme/index.ts';
import { MINUTE_MS } from '../../../../src/features/shared/index.ts';
import { berlin } from './programme-test-helpers.ts';

const rules = loadProgrammeRules();
const directory = loadMunicipalityDirectory();
const aidlingen = directory.findByAgs('08115001')!;
const lkBoeblingen = directory.findByAgs('08115000', 'landkreis')!;
const skStuttgart = directory.findByAgs('08111000', 'stadtkreis')!;
const courseStart = berlin('2026-12-07T09:00');
const now = berlin('2026-11-20T10:00');

const input = (change: Partial<FundingEligibilityInput> = {}): FundingEligibilityInput => ({
  employer: aidlingen,
  course: 'basis',
  courseStart,
  hasCompletedBasis: false,
  contractConcludedAt: berlin('2026-11-02T11:00'),
  ...change,
});

describe('who may take part', () => {
  it.each([
    ['a Gemeinde', aidlingen],
    ['a Landkreis', lkBoeblingen],
    ['a Stadtkreis', skStuttgart],
    ['a Stadt', directory.findByAgs('08136065')!],
  ])('an employee of %s may take part', (_what, employer) => {
    expect(checkParticipation(rules, employer, now)).toMatchObject({ ok: true, value: { rule: { ruleId: 'participation', confidence: 'confirmed' } } });
  });

  it.each([
    ['an employer not found in the directory', null],
    ['a municipality of another Land', { ...aidlingen, ags: '09162000', kreisAgs: '09162' } satisfies Municipality],
  ])('rejects %s as not_bw_municipality, citing S1', (_what, employer) => {
    const result = checkParticipation(rules, employer, now);
    expect(result.ok).toBe(false);
    if (!result.ok && result.error.code === 'not_bw_municipality') expect(result.error.rule.sources.map((s) => s.id)).toContain('S1');
    else throw new Error('expected not_bw_municipality');
  });
});

describe('funding eligibility', () => {
  it('funds a Basis course with a contract concluded in time and cites every rule checked', () => {
    const result = checkFundingEligibility(rules, input(), now);
    expect(result.ok && result.value.rules.map((r) => r.ruleId)).toEqual(['participation', 'contract_before_course_start', 'no_funding_after_course_start']);
  });

  it.each([
    ['Aufbau after a Basisqualifizierung', { course: 'aufbau', hasCompletedBasis: true }, undefined],
    ['Aufbau without a Basisqualifizierung', { course: 'aufbau', hasCompletedBasis: false }, 'aufbau_requires_basis'],
    ['an employer outside the programme', { employer: null }, 'not_bw_municipality'],
    ['a contract concluded a minute before the start', { contractConcludedAt: new Date(courseStart.getTime() - MINUTE_MS) }, undefined],
    ['a contract concluded exactly at the start', { contractConcludedAt: courseStart }, 'contract_after_course_start'],
    ['a contract concluded after the start', { contractConcludedAt: berlin('2026-12-08T09:00') }, 'contract_after_course_start'],
    ['no contract yet, course still ahead', { contractConcludedAt: null }, 'contract_missing'],
    ['registration with the provider after the contract', { registeredAt: berlin('2026-11-03T08:00') }, undefined],
    ['registration with the provider before the contract', { registeredAt: berlin('2026-11-01T08:00') }, 'registered_before_contract'],
  ] as const)('%s → %s', (_what, change, code) => {
    const result = checkFundingEligibility(rules, input(change), now);
    if (code === undefined) expect(result.ok).toBe(true);
    else expect(result).toMatchObject({ ok: false, error: { code } });
  });

  it('tells the municipality the deadline when the contract is still missing', () => {
    const result = checkFundingEligibility(rules, input({ contractConcludedAt: null }), now);
    expect(result).toMatchObject({ ok: false, error: { code: 'contract_missing', deadline: courseStart, rule: { ruleId: 'contract_before_course_start' } } });
  });

  it.each([
    ['a minute before the start', new Date(courseStart.getTime() - MINUTE_MS), 'contract_missing'],
    ['exactly at the start', courseStart, 'course_already_started'],
    ['after the course', berlin('2026-12-10T09:00'), 'course_already_started'],
  ])('asking without a contract %s → %s', (_what, at, code) => {
    expect(checkFundingEligibility(rules, input({ contractConcludedAt: null }), at)).toMatchObject({ ok: false, error: { code } });
  });

  it('keeps a contract concluded in time valid when asked after the course', () => {
    expect(checkFundingEligibility(rules, input(), berlin('2026-12-20T09:00')).ok).toBe(true);
  });

  it('cites S6 when an Aufbau lacks the Basisqualifizierung', () => {
    const result = checkFundingEligibility(rules, input({ course: 'aufbau' }), now);
    expect(!result.ok && 'rule' in result.error && result.error.rule.sources.map((s) => s.id)).toEqual(['S6']);
  });

  it('marks the registration rule as contradicted in the 2022 period and confirmed now', () => {
    const old = berlin('2022-10-01T09:00');
    const result2022 = checkFundingEligibility(rules, input({ courseStart: berlin('2022-11-07T09:00'), contractConcludedAt: berlin('2022-10-02T09:00'), registeredAt: berlin('2022-09-30T09:00') }), old);
    const resultNow = checkFundingEligibility(rules, input({ registeredAt: berlin('2026-11-01T08:00') }), now);
    expect(result2022).toMatchObject({ ok: false, error: { code: 'registered_before_contract', rule: { periodId: '2022-03', confidence: 'contradicted' } } });
    expect(resultNow).toMatchObject({ ok: false, error: { code: 'registered_before_contract', rule: { periodId: '2023-04', confidence: 'confirmed' } } });
  });

  it('answers no_funding_period before 2022-03-01', () => {
    expect(checkFundingEligibility(rules, input(), berlin('2021-05-01T09:00'))).toMatchObject({ ok: false, error: { code: 'no_funding_period', day: '2021-05-01' } });
  });
});
