import { loadOncePerPath } from './programme-data.cache.ts';
import { ProgrammeDataError, jsonPath } from './programme-data.error.ts';
import { ProgrammeRulesFileSchema } from './programme-rules.schema.ts';
import type { ProgrammeRulesFile, RuleParams, RulesByKind } from './programme-rules.schema.ts';
import type { FundingPeriod, FundingStatus, RuleId, RuleRef, Source } from './programme.types.ts';

export const DEFAULT_RULES_FILE = new URL('../../../data/programme-rules.json', import.meta.url);

export type ResolvedRule<K extends RuleId> = Readonly<{ params: RuleParams<K>; ref: RuleRef }>;

/** The rules file, parsed and indexed: for every rule, the version in force per funding period. */
export type ProgrammeRules = Readonly<{
  file: string;
  periods: readonly FundingPeriod[];
  sources: ReadonlyMap<string, Source>;
  versions: { readonly [K in RuleId]: ReadonlyMap<string, ResolvedRule<K>> };
  fundingStatus: readonly FundingStatus[];
}>;

const loadOnce = loadOncePerPath(parseProgrammeRules);

/** Loads and validates the rules file once per path; later calls return the same object. */
export function loadProgrammeRules(file: string | URL = DEFAULT_RULES_FILE): ProgrammeRules {
  return loadOnce(file);
}

/** Parses the JSON text of a rules file; `file` only names it in error messages. */
export function parseProgrammeRules(text: string, file = 'programme-rules.json'): ProgrammeRules {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ProgrammeDataError(file, [`not valid JSON: ${(error as Error).message}`]);
  }
  const parsed = ProgrammeRulesFileSchema.safeParse(data);
  if (!parsed.success) {
    throw new ProgrammeDataError(file, parsed.error.issues.map((issue) => `${jsonPath(issue.path)}: ${issue.message}`));
  }
  return index(parsed.data, file);
}

function index(data: ProgrammeRulesFile, file: string): ProgrammeRules {
  const sources = new Map(data.sources.map((s) => [s.id, Object.freeze({ ...s })] as const));
  const cite = (ids: readonly string[]): readonly Source[] => ids.map((id) => sources.get(id)!);
  const periods: FundingPeriod[] = data.periods.map((p) => ({
    id: p.id,
    validFrom: p.validFrom,
    ...(p.validTo === undefined ? {} : { validTo: p.validTo }),
    sources: cite(p.sources),
    ...(p.note === undefined ? {} : { note: p.note }),
    caveats: p.caveats ?? [],
  }));
  // Assigning keyof RulesByKind to RuleId keeps the schema and the RuleId union in step at compile time.
  const ruleIds: readonly RuleId[] = Object.keys(data.rules) as (keyof RulesByKind)[];
  const versions = Object.fromEntries(
    ruleIds.map((ruleId) => [ruleId, indexRule(ruleId, data.rules[ruleId], periods, cite)]),
  ) as unknown as ProgrammeRules['versions'];
  const fundingStatus: FundingStatus[] = data.fundingStatus.map((s) => ({
    ...s,
    statements: s.statements.map((st) => ({ ...st, sources: cite(st.sources) })),
    recommendation: { ...s.recommendation, contact: { ...s.recommendation.contact, sources: cite(s.recommendation.contact.sources) } },
  }));
  return deepFreeze({ file, periods, sources, versions, fundingStatus });
}

function indexRule<K extends RuleId>(
  ruleId: K,
  list: readonly RuleParams<K>[],
  periods: readonly FundingPeriod[],
  cite: (ids: readonly string[]) => readonly Source[],
): Map<string, ResolvedRule<K>> {
  const byPeriod = new Map<string, ResolvedRule<K>>();
  for (const params of list) {
    for (const periodId of params.periods) {
      const period = periods.find((p) => p.id === periodId)!;
      const ref: RuleRef = {
        ruleId,
        periodId,
        validFrom: period.validFrom,
        ...(period.validTo === undefined ? {} : { validTo: period.validTo }),
        sources: cite(params.sources),
        confidence: params.confidence,
        ...(params.note === undefined ? {} : { note: params.note }),
        ...(period.caveats.length === 0 ? {} : { caveats: period.caveats }),
      };
      byPeriod.set(periodId, { params, ref });
    }
  }
  return byPeriod;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !(value instanceof Map) && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  if (value instanceof Map) for (const child of value.values()) deepFreeze(child);
  return value;
}
