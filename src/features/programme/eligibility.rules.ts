import { ok, err } from '../shared/index.ts';
import type { Result } from '../shared/index.ts';
import type { Municipality } from './municipality.types.ts';
import type { ProgrammeRules } from './programme-rules.loader.ts';
import type { CourseKind, NoFundingPeriod, RuleRef } from './programme.types.ts';
import { resolveRule } from './rule-lookup.ts';

export type ParticipationError = NoFundingPeriod | Readonly<{ code: 'not_bw_municipality'; rule: RuleRef }>;

export type EligibilityError =
  | ParticipationError
  | Readonly<{ code: 'aufbau_requires_basis'; rule: RuleRef }>
  | Readonly<{ code: 'course_already_started'; rule: RuleRef; courseStart: Date }>
  | Readonly<{ code: 'contract_missing'; rule: RuleRef; deadline: Date }>
  | Readonly<{ code: 'contract_after_course_start'; rule: RuleRef; contractConcludedAt: Date; courseStart: Date }>
  | Readonly<{ code: 'registered_before_contract'; rule: RuleRef; registeredAt: Date; contractConcludedAt: Date }>;

export type EligibilityErrorCode = EligibilityError['code'];

export type FundingEligibilityInput = Readonly<{
  /** The employer as found in the directory; null when it is not a BW municipality or Landkreis (or not found). */
  employer: Municipality | null;
  course: CourseKind;
  courseStart: Date;
  /** Read only for an Aufbau course. */
  hasCompletedBasis: boolean;
  /** When the municipality concluded the Weitergabevertrag; null if it has not (yet). */
  contractConcludedAt: Date | null;
  /** When the person was registered with the provider, if known. */
  registeredAt?: Date | null;
}>;

/** Everything that was checked, so the bot can cite why the answer is "yes". */
export type FundingEligibility = Readonly<{ rules: readonly RuleRef[] }>;

/** May an employee of this employer take part? Any department and level of a BW municipality or Landkreis may. */
export function checkParticipation(rules: ProgrammeRules, employer: Municipality | null, at: Date): Result<{ rule: RuleRef }, ParticipationError> {
  const resolved = resolveRule(rules, 'participation', at);
  if (!resolved.ok) return resolved;
  const { params, ref } = resolved.value;
  const eligible = employer !== null && params.eligibleKinds.includes(employer.kind) && employer.ags.startsWith(params.stateAgsPrefix);
  return eligible ? ok({ rule: ref }) : err({ code: 'not_bw_municipality', rule: ref });
}

/**
 * Would this course be funded? `at` is the moment of asking (an application after the course started is too late).
 * The contract is the funding application: concluded before the start it stays valid, whenever one asks later.
 */
export function checkFundingEligibility(rules: ProgrammeRules, input: FundingEligibilityInput, at: Date): Result<FundingEligibility, EligibilityError> {
  const applied: RuleRef[] = [];
  const participation = checkParticipation(rules, input.employer, at);
  if (!participation.ok) return participation;
  applied.push(participation.value.rule);

  if (input.course === 'aufbau') {
    const basis = resolveRule(rules, 'aufbau_requires_basis', at);
    if (!basis.ok) return basis;
    if (!input.hasCompletedBasis) return err({ code: 'aufbau_requires_basis', rule: basis.value.ref });
    applied.push(basis.value.ref);
  }

  const contract = checkContract(rules, input, at);
  if (!contract.ok) return contract;
  applied.push(...contract.value);
  return ok({ rules: applied });
}

function checkContract(rules: ProgrammeRules, input: FundingEligibilityInput, at: Date): Result<RuleRef[], EligibilityError> {
  const timing = resolveRule(rules, 'contract_before_course_start', at);
  const afterStart = resolveRule(rules, 'no_funding_after_course_start', at);
  const registration = resolveRule(rules, 'registration_after_contract', at);
  if (!timing.ok) return timing;
  if (!afterStart.ok) return afterStart;
  if (!registration.ok) return registration;
  const { courseStart, contractConcludedAt, registeredAt } = input;

  if (contractConcludedAt === null) {
    if (at.getTime() >= courseStart.getTime()) return err({ code: 'course_already_started', rule: afterStart.value.ref, courseStart });
    return err({ code: 'contract_missing', rule: timing.value.ref, deadline: courseStart });
  }
  if (contractConcludedAt.getTime() >= courseStart.getTime()) {
    return err({ code: 'contract_after_course_start', rule: timing.value.ref, contractConcludedAt, courseStart });
  }
  if (registeredAt && registeredAt.getTime() < contractConcludedAt.getTime()) {
    return err({ code: 'registered_before_contract', rule: registration.value.ref, registeredAt, contractConcludedAt });
  }
  return ok([timing.value.ref, afterStart.value.ref, ...(registeredAt ? [registration.value.ref] : [])]);
}
