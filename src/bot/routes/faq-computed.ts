import type {
  AlternativeFigure,
  ComputedAnswer,
  CourseQuoteAnswer,
  FundedPlacesAnswer,
  InhouseQuoteAnswer,
  MunicipalityFacts,
  NoRuleAnswer,
} from '../../features/faq/index.ts';
import type { FundingStatus, Source } from '../../features/programme/index.ts';
import { formatIsoDay as day, type ComputedView } from '../cards/index.ts';
import { formatMoneyShort } from '../format.ts';
import type { Locale } from '../locale.ts';
import { computedTexts, type ComputedTexts } from './faq-computed-texts.ts';

/** A computed answer in words for the card, a choice of municipalities, or a question back. */
export type ComputedReply =
  | { kind: 'card'; view: ComputedView }
  | { kind: 'choices'; title: string; text: string; candidates: readonly MunicipalityFacts[] }
  /** A question back to the person; `pending` when their next message may be the municipality's name. */
  | { kind: 'ask'; text: string; pending: boolean; handOver: boolean };

export function describeComputed(answer: ComputedAnswer, locale: Locale): ComputedReply {
  const t = computedTexts(locale);
  switch (answer.kind) {
    case 'needs_municipality':
      return { kind: 'ask', text: t.needsMunicipality, pending: true, handOver: false };
    case 'municipality_unknown':
      return { kind: 'ask', text: t.municipalityUnknown(answer.query), pending: true, handOver: false };
    case 'municipality_ambiguous':
      return { kind: 'choices', title: t.ambiguousTitle(answer.query), text: t.ambiguousText, candidates: answer.candidates };
    case 'no_funding_period':
      return { kind: 'ask', text: t.noFundingPeriod(day(answer.day, locale)), pending: false, handOver: true };
    case 'funded_places':
    case 'no_rule':
      return card(answer, t, locale, placesLines(answer, t, locale), answer.municipality ? t.titlePlaces(answer.municipality.displayName) : t.titlePlacesPopulation);
    case 'course_quote':
      return card(answer, t, locale, courseLines(answer, t, locale), t.titleCourse(answer.course), answer.conditions.map((c) => t.conditions[c.ruleId] ?? c.rule.note ?? c.ruleId));
    case 'inhouse_quote':
      return card(answer, t, locale, inhouseLines(answer, t, locale), t.titleInhouse, [], contradictionOf(answer, t, locale));
    case 'invalid_input': {
      const value = answer.code === 'invalid_fee' ? formatMoneyShort(answer.value, locale) : count(answer.value, locale);
      const title = answer.intent === 'inhouse_quote' ? t.titleInhouse : answer.intent === 'course_quote' ? t.titleCourse('basis') : t.titlePlacesPopulation;
      return card(answer, t, locale, [t.invalid(answer.code, value, answer.limits?.min, answer.limits?.max)], title);
    }
  }
}

type Sourced = Extract<ComputedAnswer, { sources: readonly Source[] }>;

function card(answer: Sourced, t: ComputedTexts, locale: Locale, lines: string[], title: string, conditions: string[] = [], extraCaveats: string[] = []): ComputedReply {
  const funding = answer.fundingStatusCaveat ? fundingCaveat(answer.fundingStatusCaveat, t, locale) : [];
  const unconfirmed = answer.handOverReasons.includes('rule_unconfirmed') ? [t.ruleUnconfirmed] : [];
  const statusSources = answer.fundingStatusCaveat?.statements.flatMap((s) => s.sources) ?? [];
  const { period } = answer;
  return {
    kind: 'card',
    view: {
      title,
      lines,
      conditions,
      caveats: [...extraCaveats, ...unconfirmed, ...funding],
      period: period.validTo ? t.periodRange(day(period.validFrom, locale), day(period.validTo, locale)) : t.periodSince(day(period.validFrom, locale)),
      rule: `${answer.rule.periodId}/${answer.rule.ruleId}`,
      sources: uniqueSources([...answer.sources, ...extraSources(answer), ...statusSources]),
      handOver: answer.handOver,
    },
  };
}

function placesLines(answer: FundedPlacesAnswer | NoRuleAnswer, t: ComputedTexts, locale: Locale): string[] {
  const m = answer.municipality;
  const district = answer.bodyKind === 'landkreis' || answer.bodyKind === 'stadtkreis';
  const population = count(answer.population, locale);
  const lines: string[] = [];
  if (answer.kind === 'funded_places') {
    const subject = m ? t.subject(m.kind, m.displayName) : t.subjectPopulation(district, population);
    lines.push(t.placesFigure(subject, answer.places));
  } else {
    lines.push(t.noRule(m ? undefined : population), t.noRuleHint(answer.hint.possiblePlaces));
  }
  if (m) lines.push(t.population(m.displayName, population, day(m.populationDate, locale)));
  if (answer.kind === 'funded_places') lines.push(bandLine(t, locale, district, answer.band, answer.places));
  if (answer.alternative) lines.push(...twinLines(answer.alternative, t, locale));
  return lines;
}

function twinLines(alt: AlternativeFigure, t: ComputedTexts, locale: Locale): string[] {
  const name = alt.municipality.displayName;
  if (!('places' in alt)) return [t.twin(name, alt.municipality.kind, undefined), t.twinWhich];
  const district = alt.bodyKind === 'landkreis' || alt.bodyKind === 'stadtkreis';
  return [t.twin(name, alt.municipality.kind, alt.places), bandLine(t, locale, district, alt.band, alt.places), t.twinWhich];
}

const bandLine = (t: ComputedTexts, locale: Locale, district: boolean, band: { min: number; max?: number }, places: number): string =>
  t.band(district, band.min > 0 ? count(band.min, locale) : undefined, band.max === undefined ? undefined : count(band.max, locale), places);

function courseLines(answer: CourseQuoteAnswer, t: ComputedTexts, locale: Locale): string[] {
  const v = answer.voucher;
  const money = (cents: number) => formatMoneyShort(cents, locale);
  const voucher =
    answer.course === 'basis'
      ? t.voucherBasis(money(v.centsPerDay), v.days, money(v.maxVoucherCents))
      : t.voucherAufbau(money(v.centsPerDay), v.days, money(v.maxVoucherCents), v.daysSource === 'typical_unconfirmed');
  const fee = answer.fee.known ? t.feeKnown(money(answer.fee.feeCents), money(answer.fee.voucherCents), money(answer.fee.ownShareCents)) : t.feeUnknown;
  return [voucher, fee];
}

function inhouseLines(answer: InhouseQuoteAnswer, t: ComputedTexts, locale: Locale): string[] {
  const money = (cents: number) => formatMoneyShort(cents, locale);
  const p = answer.parameters;
  const lines = [t.inhouseRule(p.sharePercent, money(p.maxCentsPerDay), p.minBodies, p.maxDays)];
  const grant = answer.grant;
  if (grant && answer.days !== undefined) {
    lines.push(
      grant.costsGiven
        ? t.inhouseGrant(money(grant.eligibleCostsCents), money(grant.grantCents), money(grant.ownShareCents), grant.limitedBy === 'day_cap')
        : t.inhouseMax(answer.days, money(grant.maxGrantCents), money(grant.costsForMaxGrantCents)),
    );
  }
  return lines;
}

function contradictionOf(answer: InhouseQuoteAnswer, t: ComputedTexts, locale: Locale): string[] {
  const c = answer.contradiction;
  if (!c) return [];
  const statements = c.statements.map((s) => `- ${t.capStatement(formatMoneyShort(s.maxCentsPerDay, locale), periodLabel(s.periodId), s.sources.map((x) => x.id).join(', '), s.confidence === 'contradicted')}`);
  return [[t.contradictionIntro, ...statements].join('\n')];
}

function fundingCaveat(status: FundingStatus, t: ComputedTexts, locale: Locale): string[] {
  const statements = status.statements.map((s) => `- ${t.fundingStatements[s.code] ?? s.summary} (${s.sources.map((x) => x.id).join(', ')})`);
  const { organisation, unit, email } = status.recommendation.contact;
  return [[t.fundingIntro(day(status.since, locale)), ...statements].join('\n'), t.referTo(organisation, unit, email)];
}

const extraSources = (answer: Sourced): Source[] =>
  answer.kind === 'inhouse_quote' && answer.contradiction ? answer.contradiction.statements.flatMap((s) => s.sources) : [];

function uniqueSources(sources: readonly Source[]): Source[] {
  const seen = new Map<string, Source>();
  for (const s of sources) if (!seen.has(s.id)) seen.set(s.id, s);
  return [...seen.values()];
}

const count = (n: number, locale: Locale): string => n.toLocaleString(locale === 'de' ? 'de-DE' : 'en-GB');

/** Period ids are "YYYY-MM" (the month the period starts): "03/2022". */
const periodLabel = (periodId: string): string => /^(\d{4})-(\d{2})$/.exec(periodId)?.slice(1).reverse().join('/') ?? periodId;
