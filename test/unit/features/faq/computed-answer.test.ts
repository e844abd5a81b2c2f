import { describe, expect, it } from 'vitest';
import { ComputedAnswerService } from '../../../../src/features/faq/computed-answer.service.ts';
import type { ComputedAnswer } from '../../../../src/features/faq/computed-answer.types.ts';
import { detectComputedQuestion } from '../../../../src/features/faq/computed-question.classifier.ts';
import type { ComputedQuestion } from '../../../../src/features/faq/computed-question.classifier.ts';
import { loadMunicipalityDirectory, loadProgrammeRules } from '../../../../src/features/programme/index.ts';
import { parseBerlinLocal } from '../../../../src/features/shared/index.ts';

const service = new ComputedAnswerService({ rules: loadProgrammeRules(), directory: loadMunicipalityDirectory() });
const berlin = (local: string): Date => parseBerlinLocal(local) ?? expect.unreachable(local);
const now = berlin('2026-11-20T10:00');

const places = (q: Omit<Extract<ComputedQuestion, { intent: 'funded_places' }>, 'kind' | 'intent'>, at = now): ComputedAnswer =>
  service.answer({ kind: 'computed', intent: 'funded_places', ...q }, at);
const inhouse = (q: Omit<Extract<ComputedQuestion, { intent: 'inhouse_quote' }>, 'kind' | 'intent'>, at = now): ComputedAnswer =>
  service.answer({ kind: 'computed', intent: 'inhouse_quote', ...q }, at);

function expectKind<K extends ComputedAnswer['kind']>(answer: ComputedAnswer, kind: K): Extract<ComputedAnswer, { kind: K }> {
  if (answer.kind !== kind) throw new Error(`expected ${kind}, got ${JSON.stringify(answer).slice(0, 400)}`);
  return answer as Extract<ComputedAnswer, { kind: K }>;
}

describe('funded places for a named municipality (S6), real places around each threshold', () => {
  it.each([
    ['Walzbachtal', '08215089', 9_904, 1],
    ['Dettingen an der Erms', '08415014', 9_993, 1],
    ['Blumberg', '08326005', 10_003, 2],
    ['Schwaikheim', '08119068', 10_028, 2],
    ['Winnenden', '08119085', 29_876, 2],
    ['Bretten', '08215007', 30_274, 3],
    ['Weil im Schönbuch', '08115051', 9_970, 1],
  ])('%s (%s, %i inhabitants) → %i', (query, ags, population, expected) => {
    const answer = expectKind(places({ municipalityQuery: query }), 'funded_places');
    expect(answer).toMatchObject({ places: expected, population, municipality: { ags, population, populationDate: '2024-12-31' } });
    expect(answer.rule).toMatchObject({ ruleId: 'funded_places', periodId: '2023-04', confidence: 'confirmed' });
    expect(answer.period).toEqual({ id: '2023-04', validFrom: '2023-04-01' });
    expect(answer.sources.map((s) => s.id)).toEqual(['S6']);
    expect(answer.alternative).toBeUndefined();
  });

  it.each([
    ['Emmendingen', '08316000', 169_787, 4],
    ['Waldshut', '08337000', 171_579, 4],
    ['Zollernalbkreis', '08417000', 193_326, 5],
    ['Calw', '08235000', 161_251, 4],
  ])('Landkreis %s (%s, %i) with the kreis flag → %i', (query, ags, population, expected) => {
    const answer = expectKind(places({ municipalityQuery: query, kreis: true }), 'funded_places');
    expect(answer).toMatchObject({ places: expected, bodyKind: 'landkreis', municipality: { ags, kind: 'landkreis', population } });
  });

  it('"Waldshut" without the kreis flag is the town (25,019 → 2), not the Landkreis', () => {
    expect(places({ municipalityQuery: 'Waldshut' })).toMatchObject({ kind: 'funded_places', places: 2, municipality: { ags: '08337126', kind: 'stadt' } });
  });

  it('a kreis flag before a town without a district still finds the town', () => {
    expect(places({ municipalityQuery: 'Schwaikheim', kreis: true })).toMatchObject({ kind: 'funded_places', municipality: { ags: '08119068' } });
  });
});

describe('Stadtkreise: the town and the district share one AGS, both figures are given', () => {
  it('Ulm (129,882): as a town 3 places (30,001–130,000), as Stadtkreis 4', () => {
    const answer = expectKind(places({ municipalityQuery: 'Ulm' }), 'funded_places');
    expect(answer).toMatchObject({ places: 3, band: { min: 30_001, max: 130_000 }, municipality: { ags: '08421000', kind: 'stadt' } });
    expect(answer.alternative).toMatchObject({ places: 4, band: { min: 0, max: 175_000 }, municipality: { ags: '08421000', kind: 'stadtkreis' } });
  });

  it('"Stadtkreis Ulm" answers for the district and offers the town as the alternative', () => {
    const answer = expectKind(places({ municipalityQuery: 'Ulm', kreis: true }), 'funded_places');
    expect(answer).toMatchObject({ places: 4, bodyKind: 'stadtkreis', alternative: { places: 3, bodyKind: 'stadt' } });
  });

  it.each([
    ['Heilbronn', '08121000', 131_986, 4, 4],
    ['Pforzheim', '08231000', 134_912, 4, 4],
    ['Heidelberg', '08221000', 155_756, 4, 4],
    ['Stuttgart', '08111000', 612_663, 5, 5],
  ])('%s (%s, %i): town over 130,000 → no rule, never guessed; Stadtkreis %i; district bands would give %i', (query, ags, population, asDistrict, possible) => {
    const answer = expectKind(places({ municipalityQuery: query }), 'no_rule');
    expect(answer).toMatchObject({
      code: 'no_rule_for_city_over_130000',
      population,
      handOver: true,
      municipality: { ags, kind: 'stadt' },
      hint: { possibleRule: 'district_bands', possiblePlaces: possible, confidence: 'unconfirmed' },
      alternative: { places: asDistrict, municipality: { ags, kind: 'stadtkreis' } },
    });
    expect(answer.handOverReasons).toContain('no_rule_for_city_over_130000');
    expect(answer).not.toHaveProperty('places');
  });

  it('"Stadtkreis Stuttgart" → 5 places as a district; the town alternative carries the no-rule code', () => {
    const answer = expectKind(places({ municipalityQuery: 'Stadtkreis Stuttgart' }), 'funded_places');
    expect(answer).toMatchObject({ places: 5, band: { min: 175_001 }, bodyKind: 'stadtkreis', alternative: { code: 'no_rule_for_city_over_130000', bodyKind: 'stadt' } });
    expect(answer.band.max).toBeUndefined();
  });
});

describe('funded places from a bare population ("… für 12.000 Einwohner?")', () => {
  it.each([
    [12_000, false, 2, 'gemeinde'],
    [9_999, false, 1, 'gemeinde'],
    [10_000, false, 2, 'gemeinde'],
    [30_000, false, 2, 'gemeinde'],
    [30_001, false, 3, 'gemeinde'],
    [130_000, false, 3, 'gemeinde'],
    [175_000, true, 4, 'landkreis'],
    [175_001, true, 5, 'landkreis'],
  ])('%i inhabitants (kreis %s) → %i as %s, without a municipality', (population, kreis, expected, bodyKind) => {
    const answer = expectKind(places({ population, ...(kreis ? { kreis } : {}) }), 'funded_places');
    expect(answer).toMatchObject({ places: expected, population, bodyKind });
    expect(answer.municipality).toBeUndefined();
  });

  it('130,001 inhabitants of a municipality → no rule and a hand-over', () => {
    expect(places({ population: 130_001 })).toMatchObject({ kind: 'no_rule', code: 'no_rule_for_city_over_130000', bodyKind: 'gemeinde', handOver: true });
  });

  it('a negative population is refused with the rule\'s code', () => {
    expect(places({ population: -5 })).toMatchObject({ kind: 'invalid_input', code: 'invalid_population', value: -5 });
  });

  it('an unknown name with a population falls back to the population', () => {
    expect(places({ municipalityQuery: 'Xyzabcdorf', population: 12_000 })).toMatchObject({ kind: 'funded_places', places: 2 });
  });
});

describe('funded places: what the bot must ask back', () => {
  it('neither place nor population → needs_municipality ("Für welche Kommune?")', () => {
    expect(places({})).toEqual({ kind: 'needs_municipality' });
    expect(places({ municipalityQuery: '  ' })).toEqual({ kind: 'needs_municipality' });
  });

  it('an unknown name → municipality_unknown with the query', () => {
    expect(places({ municipalityQuery: 'Xyzabcdorf' })).toEqual({ kind: 'municipality_unknown', query: 'Xyzabcdorf' });
  });

  it.each([
    ['Altdorf', 2],
    ['Hausen', 4],
    ['Bad', 5],
  ])('"%s" is ambiguous → at most 5 candidates (%i here), never a guess', (query, count) => {
    const answer = expectKind(places({ municipalityQuery: query }), 'municipality_ambiguous');
    expect(answer.candidates).toHaveLength(count);
    expect(answer.candidates[0]).toEqual({ ags: expect.stringMatching(/^08\d{6}$/), displayName: expect.any(String), kind: expect.any(String), population: expect.any(Number), populationDate: '2024-12-31', kreisName: expect.any(String) });
  });

  it('a candidate chosen afterwards by its AGS gets its figure', () => {
    expect(places({ municipalityQuery: '08116005' })).toMatchObject({ kind: 'funded_places', municipality: { ags: '08116005', displayName: 'Altdorf' } });
  });
});

describe('course quote: the voucher is known, the seminar fee is not (facts.md §4, §10)', () => {
  it('Basis without a fee: 100 EUR × 3 days = 300 EUR, fee unknown, hand-over for the fee', () => {
    const answer = expectKind(service.answer({ kind: 'computed', intent: 'course_quote', courseType: 'basis' }, now), 'course_quote');
    expect(answer.voucher).toEqual({ centsPerDay: 10_000, perDayIsMaximum: false, days: 3, daysSource: 'rule', maxVoucherCents: 30_000 });
    expect(answer).toMatchObject({ feeKnown: false, fee: { known: false, reason: 'seminar_fee_unconfirmed' }, handOver: true, rule: { ruleId: 'voucher_basis' } });
    expect(answer.handOverReasons).toContain('seminar_fee_unconfirmed');
    expect(answer.conditions.map((c) => c.ruleId)).toEqual(['voucher_id_required', 'contract_before_course_start']);
    expect(answer.sources.map((s) => s.id)).toEqual(['S1', 'S5', 'S6', 'S2', 'S3']);
  });

  it('Aufbau: at most 50 EUR per day, the 1-day length is only P3\'s, and only after a Basis', () => {
    const answer = expectKind(service.answer({ kind: 'computed', intent: 'course_quote', courseType: 'aufbau' }, now), 'course_quote');
    expect(answer.voucher).toEqual({ centsPerDay: 5_000, perDayIsMaximum: true, days: 1, daysSource: 'typical_unconfirmed', maxVoucherCents: 5_000 });
    expect(answer.conditions[0]).toMatchObject({ ruleId: 'aufbau_requires_basis', rule: { sources: [{ id: 'S6' }] } });
    expect(answer.feeKnown).toBe(false);
  });

  it.each([
    ['basis', 90_000, undefined, 30_000, 60_000],
    ['basis', 20_000, undefined, 20_000, 0],
    ['aufbau', 25_000, undefined, 5_000, 20_000],
    ['aufbau', 25_000, 2, 10_000, 15_000],
  ] as const)('%s with a fee of %i cents (%s days) → voucher %i, own share %i', (courseType, feeCents, courseDays, voucherCents, ownShareCents) => {
    const answer = service.answer({ kind: 'computed', intent: 'course_quote', courseType }, now, { feeCents, ...(courseDays ? { courseDays } : {}) });
    expect(answer).toMatchObject({ kind: 'course_quote', feeKnown: true, fee: { known: true, feeCents, voucherCents, ownShareCents } });
    expect(expectKind(answer, 'course_quote').handOverReasons).not.toContain('seminar_fee_unconfirmed');
  });

  it.each([
    [{ feeCents: -1 }, 'invalid_fee', -1],
    [{ feeCents: 10.5 }, 'invalid_fee', 10.5],
    [{ courseDays: 0 }, 'invalid_days', 0],
  ])('refuses %o with %s', (options, code, value) => {
    expect(service.answer({ kind: 'computed', intent: 'course_quote', courseType: 'aufbau' }, now, options)).toMatchObject({ kind: 'invalid_input', intent: 'course_quote', code, value });
  });
});

describe('Inhouse quote (S7): 50 %, capped per day, at most 3 days, at least 2 bodies', () => {
  it('3 days without costs → cap 5,100 EUR, reached at 10,200 EUR eligible costs; both day caps are named', () => {
    const answer = expectKind(inhouse({ days: 3 }), 'inhouse_quote');
    expect(answer).toMatchObject({ days: 3, bodies: 2, capCents: 510_000, grant: { costsGiven: false, maxGrantCents: 510_000, costsForMaxGrantCents: 1_020_000 } });
    expect(answer.rule).toMatchObject({ ruleId: 'inhouse', periodId: '2023-04', confidence: 'confirmed' });
    expect(answer.contradiction?.statements).toEqual([
      { maxCentsPerDay: 110_000, periodId: '2022-03', confidence: 'contradicted', sources: [expect.objectContaining({ id: 'P3' })] },
      { maxCentsPerDay: 170_000, periodId: '2023-04', confidence: 'confirmed', sources: [expect.objectContaining({ id: 'S7' }), expect.objectContaining({ id: 'S7b' })] },
    ]);
  });

  it.each([
    [3, 600_000, 300_000, 300_000, 'share'],
    [3, 1_200_000, 510_000, 690_000, 'day_cap'],
    [1, 340_000, 170_000, 170_000, 'share'],
    [2, 1_000_001, 340_000, 660_001, 'day_cap'],
  ] as const)('%i days, eligible costs %i → grant %i, own share %i (limited by %s)', (days, costCents, grantCents, ownShareCents, limitedBy) => {
    expect(inhouse({ days, costCents })).toMatchObject({ kind: 'inhouse_quote', grant: { costsGiven: true, eligibleCostsCents: costCents, grantCents, ownShareCents, limitedBy } });
  });

  it('without days → the rule\'s parameters', () => {
    const answer = expectKind(inhouse({}), 'inhouse_quote');
    expect(answer.parameters).toEqual({ sharePercent: 50, maxCentsPerDay: 170_000, maxDays: 3, minBodies: 2, oncePerPeriod: true });
    expect(answer.grant).toBeUndefined();
    expect(answer.days).toBeUndefined();
  });

  it.each([
    [4, 'inhouse_too_many_days', { min: 1, max: 3 }],
    [0, 'invalid_days', { min: 1 }],
    [1.5, 'invalid_days', { min: 1 }],
  ])('%s days → %s', (days, code, limits) => {
    expect(inhouse({ days })).toMatchObject({ kind: 'invalid_input', intent: 'inhouse_quote', code, value: days, limits, rule: { ruleId: 'inhouse' } });
  });

  it('a single body is refused but the Städtetag may make an exception: hand-over', () => {
    const answer = service.answer({ kind: 'computed', intent: 'inhouse_quote', days: 2 }, now, { bodies: 1 });
    expect(answer).toMatchObject({ kind: 'invalid_input', code: 'inhouse_too_few_bodies', value: 1, limits: { min: 2 }, handOver: true });
    expect(expectKind(answer, 'invalid_input').handOverReasons).toContain('inhouse_exception_possible');
  });

  it('in the 2022 period the cap is P3\'s contradicted 1,100 EUR/day: said, with the hand-over', () => {
    const answer = expectKind(inhouse({ days: 3 }, berlin('2022-06-01T10:00')), 'inhouse_quote');
    expect(answer).toMatchObject({ capCents: 330_000, period: { id: '2022-03', validFrom: '2022-03-01', validTo: '2023-03-31' }, handOver: true });
    expect(answer.handOverReasons).toEqual(['rule_contradicted']);
  });
});

describe('every figure carries its period and the funding-status caveat after 01.04.2023', () => {
  const questions: ComputedQuestion[] = [
    { kind: 'computed', intent: 'funded_places', population: 5_000 },
    { kind: 'computed', intent: 'course_quote', courseType: 'basis' },
    { kind: 'computed', intent: 'inhouse_quote', days: 2 },
  ];

  it.each(questions)('%o: 31.03.2023 23:59 → 2022 period, no caveat; 01.04.2023 00:00 → caveat with both statements', (question) => {
    const before = service.answer(question, berlin('2023-03-31T23:59'));
    expect(before).toMatchObject({ period: { id: '2022-03' } });
    expect(before).not.toHaveProperty('fundingStatusCaveat');
    const after = service.answer(question, berlin('2023-04-01T00:00'));
    expect(after).toMatchObject({ period: { id: '2023-04' }, handOver: true, fundingStatusCaveat: { id: 'funding_after_2023_04_01', recommendation: { code: 'refer_to_staedtetag' } } });
    const caveat = 'fundingStatusCaveat' in after ? after.fundingStatusCaveat : undefined;
    expect(caveat?.statements.map((s) => s.code)).toEqual(['municipalities_bear_full_costs', 'funding_continues']);
    expect(after).not.toHaveProperty('fundingStatusCaveat.appliesAt');
  });

  it.each(questions)('%o before 01.03.2022 → no_funding_period', (question) => {
    expect(service.answer(question, berlin('2022-02-28T12:00'))).toEqual({ kind: 'no_funding_period', day: '2022-02-28' });
  });
});

describe('the issue\'s questions as typed, through the classifier\'s slots', () => {
  it.each([
    ['Wie viele Lotsen werden für 12.000 Einwohner gefördert?', { kind: 'funded_places', places: 2, population: 12_000 }],
    ['Wie viele Lotsen bekommt Ulm?', { kind: 'funded_places', places: 3, alternative: { places: 4 } }],
    ['Wie viele Lotsen bekommt der Stadtkreis Ulm?', { kind: 'funded_places', places: 4, bodyKind: 'stadtkreis' }],
    ['Wie viele Lotsen für den Landkreis Waldshut?', { kind: 'funded_places', places: 4, bodyKind: 'landkreis' }],
    ['Wie viele Lotsen für Heidelberg?', { kind: 'no_rule', handOver: true }],
    ['Was zahlen wir für die Basisqualifizierung?', { kind: 'course_quote', course: 'basis', voucher: { maxVoucherCents: 30_000 }, feeKnown: false }],
    ['Was kostet uns eine Aufbauschulung?', { kind: 'course_quote', course: 'aufbau', voucher: { centsPerDay: 5_000 } }],
    ['Wie viel bekommen wir für eine Inhouse-Schulung mit 3 Tagen?', { kind: 'inhouse_quote', capCents: 510_000 }],
    ['Inhouse-Schulung mit 4 Tagen, wie viel Förderung?', { kind: 'invalid_input', code: 'inhouse_too_many_days' }],
  ])('%s', (text, expected) => {
    const question = detectComputedQuestion(text) ?? expect.unreachable(`no computed question in "${text}"`);
    expect(service.answer(question, now)).toMatchObject(expected);
  });
});
