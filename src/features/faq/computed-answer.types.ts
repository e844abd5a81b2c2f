import type { Cents } from '../shared/index.ts';
import type { Confidence, CourseKind, FundingStatus, MunicipalityKind, RuleId, RuleRef, Source } from '../programme/index.ts';

/** The funding period a figure belongs to (Europe/Berlin days, inclusive; no validTo while open-ended). */
export type PeriodRef = Readonly<{ id: string; validFrom: string; validTo?: string }>;

/**
 * Why the bot should offer the hand-over prominently with this answer. The figure is still given where there is one:
 * the reasons only say which part the sources do not settle.
 */
export type HandOverReason =
  | 'seminar_fee_unconfirmed'
  | 'rule_contradicted'
  | 'rule_unconfirmed'
  | 'funding_status_contested'
  | 'no_rule_for_city_over_130000'
  | 'inhouse_exception_possible';

/** What every answer with a figure carries: the rule it comes from, its period, its sources, the doubts. */
type Sourced = Readonly<{
  period: PeriodRef;
  rule: RuleRef;
  /** All sources of the rules used, each once, in the order they were cited. */
  sources: readonly Source[];
  /** The contested funding after 01.04.2023 (P4 vs S5/S6/S7/S12): say both statements and offer the hand-over. */
  fundingStatusCaveat?: FundingStatus;
  handOver: boolean;
  handOverReasons: readonly HandOverReason[];
}>;

export type MunicipalityFacts = Readonly<{
  ags: string;
  displayName: string;
  kind: MunicipalityKind;
  population: number;
  /** Reference date of the population figure (Destatis), ISO date. */
  populationDate: string;
  kreisName: string;
}>;

export type PlacesFigure = Readonly<{ places: number; band: Readonly<{ min: number; max?: number }>; population: number; bodyKind: MunicipalityKind }>;

/** S6 lists no band for towns above 130,000 inhabitants: never guess, show what the district bands would give. */
export type NoRuleFigure = Readonly<{
  code: 'no_rule_for_city_over_130000';
  population: number;
  bodyKind: MunicipalityKind;
  hint: Readonly<{ possibleRule: 'district_bands'; possiblePlaces: number; confidence: Confidence; note: string }>;
}>;

/** The other row sharing the AGS (a Stadtkreis and its town), answered on its own. */
export type AlternativeFigure = Readonly<{ municipality: MunicipalityFacts }> & (PlacesFigure | NoRuleFigure);

export type FundedPlacesAnswer = Sourced &
  PlacesFigure &
  Readonly<{ kind: 'funded_places'; municipality?: MunicipalityFacts; alternative?: AlternativeFigure }>;

export type NoRuleAnswer = Sourced &
  NoRuleFigure &
  Readonly<{ kind: 'no_rule'; municipality?: MunicipalityFacts; alternative?: AlternativeFigure }>;

export type RuleCondition = Readonly<{ ruleId: RuleId; rule: RuleRef }>;

export type CourseFee =
  /** Seminar fees of Verwaltungsschule/VWA are in no source (facts.md §4, §10): only the voucher is known. */
  | Readonly<{ known: false; reason: 'seminar_fee_unconfirmed' }>
  | Readonly<{ known: true; feeCents: Cents; voucherCents: Cents; ownShareCents: Cents; fundedDays: number }>;

export type CourseQuoteAnswer = Sourced &
  Readonly<{
    kind: 'course_quote';
    course: CourseKind;
    voucher: Readonly<{
      /** Basis: the rate per seminar day; Aufbau: the maximum per seminar day. */
      centsPerDay: Cents;
      perDayIsMaximum: boolean;
      days: number;
      /** 'rule': Basis, 3 days (S1, S6); 'typical_unconfirmed': Aufbau, 1 day, only P3 says so; 'asked': given by the caller. */
      daysSource: 'rule' | 'typical_unconfirmed' | 'asked';
      /** The most the voucher pays for those days. */
      maxVoucherCents: Cents;
    }>;
    feeKnown: boolean;
    fee: CourseFee;
    /** Conditions the voucher depends on (voucher ID, contract before the start, Aufbau only after a Basis). */
    conditions: readonly RuleCondition[];
  }>;

export type InhouseParameters = Readonly<{
  sharePercent: number;
  maxCentsPerDay: Cents;
  maxDays: number;
  minBodies: number;
  oncePerPeriod: boolean;
}>;

/** Sources disagree on the Inhouse cap per day (P3: 1,100 EUR in 2022; S7: 1,700 EUR): both, with their sources. */
export type InhouseContradiction = Readonly<{
  topic: 'inhouse_max_per_day';
  statements: readonly Readonly<{ maxCentsPerDay: Cents; periodId: string; confidence: Confidence; sources: readonly Source[] }>[];
}>;

export type InhouseGrant =
  /** Without costs: the most the group can get, and the eligible costs at which the cap is reached. */
  | Readonly<{ costsGiven: false; maxGrantCents: Cents; costsForMaxGrantCents: Cents }>
  | Readonly<{ costsGiven: true; eligibleCostsCents: Cents; grantCents: Cents; ownShareCents: Cents; limitedBy: 'share' | 'day_cap' }>;

export type InhouseQuoteAnswer = Sourced &
  Readonly<{
    kind: 'inhouse_quote';
    parameters: InhouseParameters;
    /** Present when days were asked about. */
    days?: number;
    bodies: number;
    capCents?: Cents;
    grant?: InhouseGrant;
    contradiction?: InhouseContradiction;
  }>;

export type InvalidInputCode = 'invalid_days' | 'invalid_fee' | 'invalid_population' | 'inhouse_too_many_days' | 'inhouse_too_few_bodies';

/** The rule refuses the input ("Inhouse mit 4 Tagen"); the limits say what would be accepted. */
export type InvalidInputAnswer = Sourced &
  Readonly<{
    kind: 'invalid_input';
    intent: 'funded_places' | 'course_quote' | 'inhouse_quote';
    code: InvalidInputCode;
    value: number;
    limits?: Readonly<{ min?: number; max?: number }>;
  }>;

export type ClarificationAnswer =
  /** Neither a place nor a population: the bot asks "Für welche Kommune?". */
  | Readonly<{ kind: 'needs_municipality' }>
  | Readonly<{ kind: 'municipality_ambiguous'; query: string; candidates: readonly MunicipalityFacts[] }>
  | Readonly<{ kind: 'municipality_unknown'; query: string }>;

/** No funding period covers the day (before 01.03.2022): nothing can be said. */
export type NoFundingPeriodAnswer = Readonly<{ kind: 'no_funding_period'; day: string }>;

export type ComputedAnswer =
  | FundedPlacesAnswer
  | NoRuleAnswer
  | CourseQuoteAnswer
  | InhouseQuoteAnswer
  | InvalidInputAnswer
  | ClarificationAnswer
  | NoFundingPeriodAnswer;

export type ComputedAnswerKind = ComputedAnswer['kind'];

/** Figures the chat question did not contain but a card or a follow-up can supply. */
export type ComputedAnswerOptions = Readonly<{
  /** The provider's fee for the course (cents): then the own share is computed. */
  feeCents?: Cents;
  /** Seminar days of an Aufbau course (default: the rule's typical 1 day, which only P3 states). */
  courseDays?: number;
  /** Bodies in the Inhouse group (default 2, the rule's minimum). */
  bodies?: number;
}>;
