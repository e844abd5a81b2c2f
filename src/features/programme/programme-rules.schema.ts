import { z } from 'zod';
import { MUNICIPALITY_KINDS } from './municipality.types.ts';

const ConfidenceSchema = z.enum(['confirmed', 'contradicted', 'unconfirmed']);
const IsoDay = z.iso.date();
const Id = z.string().regex(/^[A-Za-z0-9_-]+$/, 'expected an id of letters, digits, "-" or "_"');
const Cents = z.number().int().nonnegative();
const PositiveInt = z.number().int().positive();

const SourceSchema = z.strictObject({ id: Id, title: z.string().min(1), url: z.url().optional() });

const PeriodSchema = z.strictObject({
  id: Id,
  validFrom: IsoDay,
  validTo: IsoDay.optional(),
  sources: z.array(Id).min(1),
  note: z.string().min(1).optional(),
  caveats: z.array(Id).optional(),
});

const BandSchema = z.strictObject({ min: z.number().int().nonnegative(), max: z.number().int().positive().optional(), places: PositiveInt });

const versionBase = {
  periods: z.array(Id).min(1),
  sources: z.array(Id).min(1),
  confidence: ConfidenceSchema,
  note: z.string().min(1).optional(),
};

const versions = <T extends z.ZodRawShape>(shape: T) => z.array(z.strictObject({ ...versionBase, ...shape })).min(1);

const RulesSchema = z.strictObject({
  participation: versions({ eligibleKinds: z.array(z.enum(MUNICIPALITY_KINDS)).min(1), stateAgsPrefix: z.string().regex(/^\d{2}$/) }),
  aufbau_requires_basis: versions({}),
  contract_before_course_start: versions({}),
  no_funding_after_course_start: versions({}),
  registration_after_contract: versions({}),
  funded_places: versions({
    municipalityBands: z.array(BandSchema).min(1),
    districtBands: z.array(BandSchema).min(1),
    cityGap: z.strictObject({ fromPopulation: PositiveInt, confidence: ConfidenceSchema, note: z.string().min(1) }),
  }),
  voucher_reuse_on_vacancy: versions({ reusableWhenVacated: z.boolean() }),
  voucher_id_required: versions({}),
  voucher_basis: versions({ centsPerDay: Cents, days: PositiveInt }),
  voucher_aufbau: versions({
    maxCentsPerDay: Cents,
    typicalDays: PositiveInt,
    typicalDaysConfidence: ConfidenceSchema,
    typicalDaysSources: z.array(Id).min(1),
  }),
  inhouse: versions({
    sharePercent: z.number().int().min(1).max(100),
    maxCentsPerDay: Cents,
    minBodies: PositiveInt,
    maxDays: PositiveInt,
    oncePerPeriod: z.literal(true),
  }),
});

const FundingStatusSchema = z.strictObject({
  id: Id,
  since: IsoDay,
  confidence: ConfidenceSchema,
  statements: z.array(z.strictObject({ code: Id, summary: z.string().min(1), sources: z.array(Id).min(1) })).min(2),
  recommendation: z.strictObject({
    code: z.literal('refer_to_staedtetag'),
    contact: z.strictObject({
      organisation: z.string().min(1),
      unit: z.string().min(1),
      email: z.email(),
      sources: z.array(Id).min(1),
    }),
  }),
  note: z.string().min(1).optional(),
});

const FileShapeSchema = z.strictObject({
  schemaVersion: z.literal(1),
  notes: z.array(z.string()),
  sources: z.array(SourceSchema).min(1),
  periods: z.array(PeriodSchema).min(1),
  rules: RulesSchema,
  fundingStatus: z.array(FundingStatusSchema),
});

/** The whole data/programme-rules.json; cross-references (ids, period coverage, bands) are checked after the shape. */
export const ProgrammeRulesFileSchema = FileShapeSchema.superRefine((file, ctx) => checkReferences(file, ctx));

export type ProgrammeRulesFile = z.infer<typeof FileShapeSchema>;
export type RulesByKind = ProgrammeRulesFile['rules'];
export type RuleParams<K extends keyof RulesByKind> = RulesByKind[K][number];
export type BandData = z.infer<typeof BandSchema>;
export type FundingStatusData = z.infer<typeof FundingStatusSchema>;

type Ctx = z.RefinementCtx;
type Path = (string | number)[];

function checkReferences(file: ProgrammeRulesFile, ctx: Ctx): void {
  const sourceIds = new Set(file.sources.map((s) => s.id));
  const periodIds = new Set(file.periods.map((p) => p.id));
  const statusIds = new Set(file.fundingStatus.map((s) => s.id));
  const known = (ids: readonly string[], set: Set<string>, what: string, path: Path): void => {
    ids.forEach((id, i) => {
      if (!set.has(id)) ctx.addIssue({ code: 'custom', path: [...path, i], message: `unknown ${what} id "${id}"` });
    });
  };
  file.periods.forEach((p, i) => {
    known(p.sources, sourceIds, 'source', ['periods', i, 'sources']);
    known(p.caveats ?? [], statusIds, 'fundingStatus', ['periods', i, 'caveats']);
  });
  checkPeriodOrder(file.periods, ctx);
  for (const [ruleId, list] of Object.entries(file.rules)) {
    const covered = new Map<string, number>();
    list.forEach((version, v) => {
      known(version.sources, sourceIds, 'source', ['rules', ruleId, v, 'sources']);
      known(version.periods, periodIds, 'period', ['rules', ruleId, v, 'periods']);
      for (const periodId of version.periods) {
        if (covered.has(periodId)) ctx.addIssue({ code: 'custom', path: ['rules', ruleId, v, 'periods'], message: `period "${periodId}" already has a version (index ${covered.get(periodId)})` });
        covered.set(periodId, v);
      }
    });
    for (const periodId of periodIds) {
      if (!covered.has(periodId)) ctx.addIssue({ code: 'custom', path: ['rules', ruleId], message: `no version for period "${periodId}"` });
    }
  }
  file.rules.voucher_aufbau.forEach((v, i) => known(v.typicalDaysSources, sourceIds, 'source', ['rules', 'voucher_aufbau', i, 'typicalDaysSources']));
  file.rules.funded_places.forEach((v, i) => {
    checkBands(v.municipalityBands, ['rules', 'funded_places', i, 'municipalityBands'], ctx);
    checkBands(v.districtBands, ['rules', 'funded_places', i, 'districtBands'], ctx);
  });
  file.fundingStatus.forEach((status, i) => {
    status.statements.forEach((s, j) => known(s.sources, sourceIds, 'source', ['fundingStatus', i, 'statements', j, 'sources']));
    known(status.recommendation.contact.sources, sourceIds, 'source', ['fundingStatus', i, 'recommendation', 'contact', 'sources']);
  });
}

function checkPeriodOrder(periods: ProgrammeRulesFile['periods'], ctx: Ctx): void {
  periods.forEach((p, i) => {
    if (p.validTo !== undefined && p.validTo < p.validFrom) ctx.addIssue({ code: 'custom', path: ['periods', i, 'validTo'], message: `validTo ${p.validTo} is before validFrom ${p.validFrom}` });
    const previous = periods[i - 1];
    if (!previous) return;
    if (previous.validTo === undefined || previous.validTo >= p.validFrom) {
      ctx.addIssue({ code: 'custom', path: ['periods', i, 'validFrom'], message: `period "${p.id}" must start after period "${previous.id}" ends (periods are listed in order and must not overlap)` });
    }
  });
}

/** Bands must ascend without gaps or overlaps; only the last may be open-ended. */
function checkBands(bands: readonly BandData[], path: Path, ctx: Ctx): void {
  bands.forEach((band, i) => {
    if (band.max !== undefined && band.max < band.min) ctx.addIssue({ code: 'custom', path: [...path, i, 'max'], message: `max ${band.max} is below min ${band.min}` });
    if (band.max === undefined && i < bands.length - 1) ctx.addIssue({ code: 'custom', path: [...path, i, 'max'], message: 'only the last band may be open-ended' });
    const previous = bands[i - 1];
    if (previous?.max !== undefined && band.min !== previous.max + 1) {
      ctx.addIssue({ code: 'custom', path: [...path, i, 'min'], message: `expected min ${previous.max + 1} to follow the previous band without gap or overlap` });
    }
  });
}
