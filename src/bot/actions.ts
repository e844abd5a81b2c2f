import { z } from 'zod';
import { COURSE_TYPES, SESSION_MODES } from '../features/catalogue/index.ts';
import { MAX_MESSAGE_LENGTH } from './message-input.ts';

/**
 * Every card action: one verb constant and one zod schema each (STYLE.md habit 12). Cards put ids in their data;
 * the server re-validates them, so a forged or stale card can only ever produce a clear answer.
 */
export const VERBS = {
  catalogue: 'catalogue.show',
  details: 'session.details',
  enrolForm: 'enrol.form',
  enrolSubmit: 'enrol.submit',
  mine: 'enrolments.mine',
  cancel: 'enrolment.cancel',
  acceptOffer: 'offer.accept',
  declineOffer: 'offer.decline',
  help: 'help.show',
  cantAttend: 'reminder.cantAttend',
  faqShow: 'faq.show',
  faqPlaces: 'faq.places',
  faqFeedback: 'faq.feedback',
  faqHandover: 'faq.handover',
  myQuestions: 'tickets.mine',
  ticketClaim: 'ticket.claim',
  ticketRelease: 'ticket.release',
  ticketAnswer: 'ticket.answer',
  ticketClose: 'ticket.close',
  ticketToKnowledgeBase: 'ticket.kb',
} as const;

export const MUNICIPALITY_DATASET = 'municipalities';

const id = z.string().trim().min(1).max(100).regex(/^[A-Za-z0-9_.:-]+$/);
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((s) => (s ? s : undefined));
/** Adaptive Cards send toggles as the strings "true"/"false". */
const toggle = z.union([z.boolean(), z.enum(['true', 'false'])]).transform((v) => v === true || v === 'true');

/** The filter's "alle" choice: Adaptive Cards reject a choice whose value is empty, so "all" stands for no filter. */
export const FILTER_ALL = 'all';
const noFilter = (v: string | undefined): boolean => v === undefined || v === '' || v === FILTER_ALL;

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

/** "Ich kann nicht teilnehmen" on a reminder: asks once more, like cancelling from "Meine Anmeldungen". */
export const CantAttendSchema = z.object({ verb: z.literal(VERBS.cantAttend), enrolmentId: id, confirmed: toggle.optional().default(false) });
export type CantAttendAction = z.infer<typeof CantAttendSchema>;

// FAQ and hand-over (issue 4). The asker's question travels in the card's data so a vote or a hand-over needs no
// server-side session; it is the person's own text, re-validated here, and never more than a chat message can hold.
const question = z.string().trim().min(1).max(MAX_MESSAGE_LENGTH);

/** A computed question as the classifier made it, so a card can recompute its answer (feedback, re-rendering). */
export const ComputedQuestionSchema = z.discriminatedUnion('intent', [
  z.object({
    kind: z.literal('computed'),
    intent: z.literal('funded_places'),
    municipalityQuery: z.string().trim().min(1).max(120).optional(),
    population: z.number().int().min(-1_000_000_000).max(1_000_000_000).optional(),
    kreis: z.boolean().optional(),
  }),
  z.object({ kind: z.literal('computed'), intent: z.literal('course_quote'), courseType: z.enum(['basis', 'aufbau']) }),
  z.object({
    kind: z.literal('computed'),
    intent: z.literal('inhouse_quote'),
    days: z.number().int().min(-1000).max(1000).optional(),
    costCents: z.number().int().min(-1e12).max(1e12).optional(),
  }),
]);

export const FaqShowSchema = z.object({ verb: z.literal(VERBS.faqShow), entryId: id, question });

/** "Meinten Sie …?" for a municipality name that exists several times: the button re-asks with the AGS. */
export const FaqPlacesSchema = z.object({
  verb: z.literal(VERBS.faqPlaces),
  ags: z.string().regex(/^\d{8}$/),
  kind: z.enum(['gemeinde', 'stadt', 'landkreis', 'stadtkreis']),
  question,
});

export const FaqFeedbackSchema = z.object({
  verb: z.literal(VERBS.faqFeedback),
  answerId: id,
  helpful: toggle,
  question,
  about: z.discriminatedUnion('kind', [z.object({ kind: z.literal('entry'), entryId: id }), z.object({ kind: z.literal('computed'), computed: ComputedQuestionSchema })]),
});

/** What the bot had answered, as the ticket stores it (BotAnswerRef). */
const AnsweredSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('entry'), entryId: id, kbVersion: z.string().regex(/^[0-9a-f]{1,64}$/).optional() }),
  z.object({ kind: z.literal('suggestions'), entryIds: z.array(id).max(5).readonly() }),
  z.object({ kind: z.literal('computed'), computedKind: id }),
  z.object({ kind: z.literal('none'), reason: id.optional() }),
]);

export const FaqHandoverSchema = z.object({ verb: z.literal(VERBS.faqHandover), question, answered: AnsweredSchema });

export const MyQuestionsSchema = z.object({ verb: z.literal(VERBS.myQuestions) });

export const TicketActionSchema = z.object({
  verb: z.enum([VERBS.ticketClaim, VERBS.ticketRelease, VERBS.ticketClose, VERBS.ticketToKnowledgeBase]),
  ticketId: id,
});

/** The answer's length is judged by the domain (answer_too_long with the limit), so the card can say so. */
export const TicketAnswerSchema = z.object({
  verb: z.literal(VERBS.ticketAnswer),
  ticketId: id,
  answerText: z.string().max(100_000).optional().default(''),
});

export type FaqFeedbackAction = z.infer<typeof FaqFeedbackSchema>;
export type FaqHandoverAction = z.infer<typeof FaqHandoverSchema>;
export type TicketAction = z.infer<typeof TicketActionSchema>;

export type CatalogueAction = z.infer<typeof CatalogueActionSchema>;
export type EnrolSubmit = z.infer<typeof EnrolSubmitSchema>;
export type EnrolmentAction = z.infer<typeof EnrolmentActionSchema>;

export type Verb = (typeof VERBS)[keyof typeof VERBS];

/**
 * What a card button carries in `data` before Teams adds the card's inputs to it: the enrolment form's button holds
 * only the session id, its inputs complete enrol.submit.
 */
export type ActionData =
  | z.input<typeof CatalogueActionSchema>
  | z.input<typeof SessionActionSchema>
  | z.input<typeof EnrolmentActionSchema>
  | z.input<typeof PlainActionSchema>
  | z.input<typeof CantAttendSchema>
  | { verb: typeof VERBS.enrolSubmit; sessionId: string }
  | z.input<typeof FaqShowSchema>
  | z.input<typeof FaqPlacesSchema>
  | z.input<typeof FaqFeedbackSchema>
  | z.input<typeof FaqHandoverSchema>
  | z.input<typeof MyQuestionsSchema>
  | z.input<typeof TicketActionSchema>
  | { verb: typeof VERBS.ticketAnswer; ticketId: string };

/** The schema that parses each verb's data, for routes and for tests that check every button a card carries. */
export const SCHEMA_BY_VERB = {
  [VERBS.catalogue]: CatalogueActionSchema,
  [VERBS.details]: SessionActionSchema,
  [VERBS.enrolForm]: SessionActionSchema,
  [VERBS.enrolSubmit]: EnrolSubmitSchema,
  [VERBS.mine]: PlainActionSchema,
  [VERBS.cancel]: EnrolmentActionSchema,
  [VERBS.acceptOffer]: EnrolmentActionSchema,
  [VERBS.declineOffer]: EnrolmentActionSchema,
  [VERBS.help]: PlainActionSchema,
  [VERBS.cantAttend]: CantAttendSchema,
  [VERBS.faqShow]: FaqShowSchema,
  [VERBS.faqPlaces]: FaqPlacesSchema,
  [VERBS.faqFeedback]: FaqFeedbackSchema,
  [VERBS.faqHandover]: FaqHandoverSchema,
  [VERBS.myQuestions]: MyQuestionsSchema,
  [VERBS.ticketClaim]: TicketActionSchema,
  [VERBS.ticketRelease]: TicketActionSchema,
  [VERBS.ticketAnswer]: TicketAnswerSchema,
  [VERBS.ticketClose]: TicketActionSchema,
  [VERBS.ticketToKnowledgeBase]: TicketActionSchema,
} as const satisfies Record<Verb, z.ZodType>;
