// Public API of the programme feature: rules as sourced, versioned data + pure decisions, and the municipality directory.
export type { Confidence, CourseKind, FundingPeriod, FundingStatus, NoFundingPeriod, RuleId, RuleRef, RuleVersion, Source } from './programme.types.ts';
export { ProgrammeDataError } from './programme-data.error.ts';
export { DEFAULT_RULES_FILE, loadProgrammeRules, parseProgrammeRules } from './programme-rules.loader.ts';
export type { ProgrammeRules, ResolvedRule } from './programme-rules.loader.ts';
export { findFundingPeriod, resolveRule, ruleRef } from './rule-lookup.ts';
export { checkFundingEligibility, checkParticipation } from './eligibility.rules.ts';
export type { EligibilityError, EligibilityErrorCode, FundingEligibility, FundingEligibilityInput, ParticipationError } from './eligibility.rules.ts';
export { checkVoucherReuse, fundedPlaces, fundedPlacesFor } from './funded-places.rules.ts';
export type { FundedPlaces, FundedPlacesError, FundedPlacesErrorCode, PopulationBand, VoucherReuse, VoucherReuseError } from './funded-places.rules.ts';
export { quoteVoucher } from './voucher-quote.rules.ts';
export type { QuoteInputError, VoucherQuote, VoucherQuoteError, VoucherQuoteErrorCode, VoucherQuoteInput } from './voucher-quote.rules.ts';
export { quoteInhouse } from './inhouse-quote.rules.ts';
export type { InhouseQuote, InhouseQuoteError, InhouseQuoteErrorCode, InhouseQuoteInput } from './inhouse-quote.rules.ts';
export { findFundingStatus, getFundingStatus } from './funding-status.ts';
export type { FundingStatusAt } from './funding-status.ts';
export { MUNICIPALITY_KINDS, isDistrict } from './municipality.types.ts';
export type { Municipality, MunicipalityKind } from './municipality.types.ts';
