import { z } from 'zod';
import { COURSE_TYPES, SESSION_MODES } from '../../features/catalogue/index.ts';
import { FILTER_ALL, id, noFilter, optionalText, toggle } from './fields.ts';
import { VERBS } from './verbs.ts';

export const CatalogueActionSchema = z.object({
  verb: z.literal(VERBS.catalogue),
  courseType: z.union([z.enum(COURSE_TYPES), z.literal(''), z.literal(FILTER_ALL)]).optional().transform((v) => (v === '' || v === FILTER_ALL ? undefined : v)),
  month: z.union([z.string().regex(/^\d{4}-\d{2}$/), z.literal(''), z.literal(FILTER_ALL)]).optional().transform((v) => (noFilter(v) ? undefined : v)),
  mode: z.union([z.enum(SESSION_MODES), z.literal(''), z.literal(FILTER_ALL)]).optional().transform((v) => (v === '' || v === FILTER_ALL ? undefined : v)),
  provider: optionalText(120).transform((v) => (noFilter(v) ? undefined : v)),
  page: z.coerce.number().int().min(1).max(1000).optional(),
});

export const SessionActionSchema = z.object({ verb: z.enum([VERBS.details, VERBS.enrolForm]), sessionId: id });

/**
 * `municipality` is "<AGS>:<kind>" from the choice set, because the 9 Stadtkreise share their AGS with the city.
 * `municipalityText` is the typed fallback for clients without dynamic type-ahead; the server resolves it by name.
 */
export const EnrolSubmitSchema = z
  .object({
    verb: z.literal(VERBS.enrolSubmit),
    sessionId: id,
    municipality: z
      .union([z.literal(''), z.string().trim().regex(/^\d{8}:(gemeinde|stadt|landkreis|stadtkreis)$/)])
      .optional()
      .transform((v) => v || undefined),
    municipalityText: optionalText(120),
    department: z.string().trim().min(2).max(120),
    role: optionalText(120),
    voucherId: optionalText(40),
    basisCompleted: toggle.optional().default(false),
    consent: toggle,
  })
  .refine((s) => s.municipality !== undefined || s.municipalityText !== undefined, {
    message: 'pick a municipality from the list (municipality) or type its name (municipalityText)',
    path: ['municipality'],
  });

export const EnrolmentActionSchema = z.object({
  verb: z.enum([VERBS.cancel, VERBS.acceptOffer, VERBS.declineOffer]),
  enrolmentId: id,
  /** Cancelling asks once more before it acts. */
  confirmed: toggle.optional().default(false),
});

export const PlainActionSchema = z.object({ verb: z.enum([VERBS.mine, VERBS.help]) });

export type CatalogueAction = z.infer<typeof CatalogueActionSchema>;
export type EnrolSubmit = z.infer<typeof EnrolSubmitSchema>;
export type EnrolmentAction = z.infer<typeof EnrolmentActionSchema>;
