/** Shared vocabulary of the programme rules; every decision carries a RuleRef so the bot can cite its sources. */
export type Confidence = 'confirmed' | 'contradicted' | 'unconfirmed';

export type Source = Readonly<{ id: string; title: string; url?: string }>;

export type RuleId =
  | 'participation'
  | 'aufbau_requires_basis'
  | 'contract_before_course_start'
  | 'no_funding_after_course_start'
  | 'registration_after_contract'
  | 'funded_places'
  | 'voucher_reuse_on_vacancy'
  | 'voucher_id_required'
  | 'voucher_basis'
  | 'voucher_aufbau'
  | 'inhouse';

/** Which rule version produced a decision: stored with an enrolment so later rule changes never rewrite it. */
export type RuleVersion = Readonly<{ periodId: string; ruleId: RuleId }>;

export type RuleRef = Readonly<{
  ruleId: RuleId;
  periodId: string;
  /** First day of the funding period, Europe/Berlin, inclusive. */
  validFrom: string;
  /** Last day of the funding period, inclusive; absent while the period is open-ended. */
  validTo?: string;
  sources: readonly Source[];
  confidence: Confidence;
  note?: string;
  /** Ids of fundingStatus entries that put this period's funding in doubt (see getFundingStatus). */
  caveats?: readonly string[];
}>;

export type FundingPeriod = Readonly<{
  id: string;
  validFrom: string;
  validTo?: string;
  sources: readonly Source[];
  note?: string;
  caveats: readonly string[];
}>;

/** No funding period covers the given day (before 2022-03-01, or a gap): nothing can be decided. */
export type NoFundingPeriod = Readonly<{ code: 'no_funding_period'; day: string }>;

export type CourseKind = 'basis' | 'aufbau';

/** Two sources that disagree, kept side by side; the recommendation tells the bot whom to refer people to. */
export type FundingStatus = Readonly<{
  id: string;
  /** First day (Europe/Berlin) the disputed statement is about. */
  since: string;
  confidence: Confidence;
  statements: readonly Readonly<{ code: string; summary: string; sources: readonly Source[] }>[];
  recommendation: Readonly<{
    code: 'refer_to_staedtetag';
    contact: Readonly<{ organisation: string; unit: string; email: string; sources: readonly Source[] }>;
  }>;
  note?: string;
}>;
