import { z } from 'zod';
import { COURSE_TYPES, SESSION_MODES } from '../features/catalogue/index.ts';
import { AUDIENCE_KINDS } from '../features/reminders/audiences.ts';
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
  organiserMenu: 'organiser.menu',
  organiserSessions: 'organiser.sessions',
  organiserSession: 'organiser.session',
  sessionCancelForm: 'organiser.session.cancelForm',
  sessionCancel: 'organiser.session.cancel',
  sessionMoveForm: 'organiser.session.moveForm',
  sessionMove: 'organiser.session.move',
  reminderPlanForm: 'organiser.reminders.form',
  reminderPlanSave: 'organiser.reminders.save',
  broadcastForm: 'broadcast.form',
  broadcastPreview: 'broadcast.preview',
  broadcastSend: 'broadcast.send',
  broadcastStatus: 'broadcast.status',
  broadcastRetry: 'broadcast.retry',
  broadcastCancel: 'broadcast.cancel',
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

// Organiser console and broadcasts (issue 5). Routes refuse every one of these to non-organisers before parsing.
// Free text is only bounded here; what is too long or missing is the domain's call, so the answer can say which.
const maybeId = z.union([z.literal(''), id]).optional().transform((v) => v || undefined);
const field = (max: number) => z.string().max(max).optional().default('');

export const OrganiserMenuSchema = z.object({ verb: z.literal(VERBS.organiserMenu) });
export const OrganiserSessionsSchema = z.object({ verb: z.literal(VERBS.organiserSessions), page: z.coerce.number().int().min(1).max(1000).optional() });
export const OrganiserSessionSchema = z.object({
  verb: z.enum([VERBS.organiserSession, VERBS.sessionCancelForm, VERBS.sessionMoveForm, VERBS.reminderPlanForm]),
  sessionId: id,
});
export const SessionCancelSchema = z.object({ verb: z.literal(VERBS.sessionCancel), sessionId: id, reason: field(4_000) });
export const SessionMoveSchema = z.object({ verb: z.literal(VERBS.sessionMove), sessionId: id, date: field(40), startTime: field(40), endTime: field(40) });
const planDays = z.union([z.number(), z.string().max(10)]).optional();
/** Up to five reminders as rows of "days before" + "at"; empty rows are ignored, `reset` goes back to the default. */
export const ReminderPlanSaveSchema = z.object({
  verb: z.literal(VERBS.reminderPlanSave),
  sessionId: id,
  reset: toggle.optional().default(false),
  days1: planDays,
  at1: field(10),
  days2: planDays,
  at2: field(10),
  days3: planDays,
  at3: field(10),
  days4: planDays,
  at4: field(10),
  days5: planDays,
  at5: field(10),
});

const broadcastDraft = {
  audience: z.union([z.literal(''), z.enum(AUDIENCE_KINDS)]).optional().transform((v) => v || undefined),
  sessionId: maybeId,
  courseId: maybeId,
  kreis: z.union([z.literal(''), z.string().regex(/^\d{5}$/)]).optional().transform((v) => v || undefined),
  title: field(2_000),
  message: field(20_000),
  schedule: z.enum(['now', 'later']).optional().default('now'),
  sendDate: field(40),
  sendTime: field(40),
};
export const BroadcastDraftSchema = z.object({ verb: z.enum([VERBS.broadcastForm, VERBS.broadcastPreview]), ...broadcastDraft });
/** The preview's id travels with "Senden", so a double click or a retried invoke sends one broadcast. */
export const BroadcastSendSchema = z.object({ verb: z.literal(VERBS.broadcastSend), draftId: z.string().regex(/^bc_[A-Za-z0-9-]{8,64}$/), ...broadcastDraft });
export const BroadcastActionSchema = z.object({ verb: z.enum([VERBS.broadcastStatus, VERBS.broadcastRetry, VERBS.broadcastCancel]), broadcastId: id });
export type BroadcastDraftData = z.infer<typeof BroadcastDraftSchema>;

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
  | z.input<typeof OrganiserMenuSchema>
  | z.input<typeof OrganiserSessionsSchema>
  | z.input<typeof OrganiserSessionSchema>
  | z.input<typeof SessionCancelSchema>
  | z.input<typeof SessionMoveSchema>
  | { verb: typeof VERBS.reminderPlanSave; sessionId: string; reset?: boolean }
  | z.input<typeof BroadcastDraftSchema>
  | z.input<typeof BroadcastSendSchema>
  | z.input<typeof BroadcastActionSchema>
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
  [VERBS.organiserMenu]: OrganiserMenuSchema,
  [VERBS.organiserSessions]: OrganiserSessionsSchema,
  [VERBS.organiserSession]: OrganiserSessionSchema,
  [VERBS.sessionCancelForm]: OrganiserSessionSchema,
  [VERBS.sessionCancel]: SessionCancelSchema,
  [VERBS.sessionMoveForm]: OrganiserSessionSchema,
  [VERBS.sessionMove]: SessionMoveSchema,
  [VERBS.reminderPlanForm]: OrganiserSessionSchema,
  [VERBS.reminderPlanSave]: ReminderPlanSaveSchema,
  [VERBS.broadcastForm]: BroadcastDraftSchema,
  [VERBS.broadcastPreview]: BroadcastDraftSchema,
  [VERBS.broadcastSend]: BroadcastSendSchema,
  [VERBS.broadcastStatus]: BroadcastActionSchema,
  [VERBS.broadcastRetry]: BroadcastActionSchema,
  [VERBS.broadcastCancel]: BroadcastActionSchema,
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
