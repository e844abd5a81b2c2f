import { quoteInhouse, resolveRule } from '../programme/index.ts';
import type { InhouseQuoteError, ProgrammeRules, RuleRef, Source } from '../programme/index.ts';
import type { Cents } from '../shared/index.ts';
import type { ComputedAnswer, ComputedAnswerOptions, InhouseContradiction, InhouseGrant, InhouseParameters } from './computed-answer.types.ts';
import type { ComputedQuestion } from './computed-question.classifier.ts';
import { sourcedBy } from './computed-sourcing.ts';

/** A state the code should make impossible: a bug, not an expected outcome. */
export class ComputedAnswerBug extends Error {
  override name = 'ComputedAnswerBug';
}

type InhouseQuestion = Extract<ComputedQuestion, { intent: 'inhouse_quote' }>;

/**
 * "Wie viel bekommen wir für eine Inhouse-Schulung mit 3 Tagen?" (S7): 50 % of the eligible costs, capped per day,
 * for a group of at least 2 bodies. Without days, the rule's parameters; with days, the grant for that many days.
 */
export function answerInhouseQuote(rules: ProgrammeRules, question: InhouseQuestion, at: Date, options: ComputedAnswerOptions = {}): ComputedAnswer {
  const resolved = resolveRule(rules, 'inhouse', at);
  if (!resolved.ok) return { kind: 'no_funding_period', day: resolved.error.day };
  const { params, ref } = resolved.value;
  const parameters: InhouseParameters = {
    sharePercent: params.sharePercent,
    maxCentsPerDay: params.maxCentsPerDay,
    maxDays: params.maxDays,
    minBodies: params.minBodies,
    oncePerPeriod: params.oncePerPeriod,
  };
  const bodies = options.bodies ?? params.minBodies;
  const contradiction = dayCapContradiction(rules);
  const common = { parameters, bodies, ...(contradiction ? { contradiction } : {}) };
  const { days, costCents } = question;
  if (days === undefined) return { kind: 'inhouse_quote', ...common, ...sourcedBy(rules, at, ref) };

  // Without costs, quote the costs at which the cap is reached: the grant shown is then the most the group can get.
  const costsForMax = Math.ceil((params.maxCentsPerDay * Math.max(days, 0) * 100) / params.sharePercent);
  const quote = quoteInhouse(rules, { eligibleCostsCents: costCents ?? costsForMax, days, bodies, courseStart: at });
  if (!quote.ok) return rejected(rules, at, ref, quote.error);
  const q = quote.value;
  const grant: InhouseGrant =
    costCents === undefined
      ? { costsGiven: false, maxGrantCents: q.capCents, costsForMaxGrantCents: q.feeCents }
      : { costsGiven: true, eligibleCostsCents: q.feeCents, grantCents: q.grantCents, ownShareCents: q.ownShareCents, limitedBy: q.limitedBy };
  return { kind: 'inhouse_quote', ...common, days, capCents: q.capCents, grant, ...sourcedBy(rules, at, q.rule) };
}

function rejected(rules: ProgrammeRules, at: Date, ref: RuleRef, error: InhouseQuoteError): ComputedAnswer {
  const base = { kind: 'invalid_input', intent: 'inhouse_quote' } as const;
  switch (error.code) {
    case 'no_funding_period':
      return { kind: 'no_funding_period', day: error.day };
    case 'invalid_days':
      return { ...base, code: 'invalid_days', value: error.days, limits: { min: 1 }, ...sourcedBy(rules, at, ref) };
    case 'invalid_fee':
      return { ...base, code: 'invalid_fee', value: error.feeCents, limits: { min: 0 }, ...sourcedBy(rules, at, ref) };
    case 'inhouse_too_many_days':
      return { ...base, code: error.code, value: error.days, limits: { min: 1, max: error.maxDays }, ...sourcedBy(rules, at, error.rule) };
    case 'inhouse_too_few_bodies':
      // Exceptions are possible after review by the Städtetag (S7): hand over rather than refuse.
      return { ...base, code: error.code, value: error.bodies, limits: { min: error.minBodies }, ...sourcedBy(rules, at, error.rule, { reasons: ['inhouse_exception_possible'] }) };
    case 'inhouse_already_used_in_period':
      throw new ComputedAnswerBug('a computed Inhouse answer passes no previous trainings, so none can be in the period');
  }
}

/**
 * The rules file keeps P3's 1,100 EUR/day (2022 period, contradicted) and S7's 1,700 EUR/day (current period). Each
 * distinct cap becomes one statement; a source that a confirmed version cites for another cap does not back the
 * contradicted one (S7 is listed with the 2022 version only as the contradicting source).
 */
export function dayCapContradiction(rules: ProgrammeRules): InhouseContradiction | undefined {
  const versions = [...rules.versions.inhouse.values()];
  const caps = new Set(versions.map((v) => v.params.maxCentsPerDay));
  if (caps.size < 2) return undefined;
  const confirmedFor = (cap: Cents): Set<string> =>
    new Set(versions.filter((v) => v.ref.confidence === 'confirmed' && v.params.maxCentsPerDay !== cap).flatMap((v) => v.ref.sources.map((s) => s.id)));
  const statements = versions.map((v) => {
    const others = confirmedFor(v.params.maxCentsPerDay);
    const own: readonly Source[] = v.ref.sources.filter((s) => !others.has(s.id));
    return { maxCentsPerDay: v.params.maxCentsPerDay, periodId: v.ref.periodId, confidence: v.ref.confidence, sources: own.length > 0 ? own : v.ref.sources };
  });
  return { topic: 'inhouse_max_per_day', statements };
}
