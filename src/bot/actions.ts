import type { z } from 'zod';
import { CatalogueActionSchema, EnrolmentActionSchema, EnrolSubmitSchema, PlainActionSchema, SessionActionSchema } from './actions/catalogue.actions.ts';
import { FaqFeedbackSchema, FaqHandoverSchema, FaqPlacesSchema, FaqShowSchema, MyQuestionsSchema, TicketActionSchema, TicketAnswerSchema } from './actions/faq.actions.ts';
import {
  BroadcastActionSchema,
  BroadcastDraftSchema,
  BroadcastSendSchema,
  CantAttendSchema,
  OrganiserMenuSchema,
  OrganiserSessionSchema,
  OrganiserSessionsSchema,
  ReminderPlanSaveSchema,
  SessionCancelSchema,
  SessionMoveSchema,
} from './actions/organiser.actions.ts';
import { VERBS, type Verb } from './actions/verbs.ts';

// Every card action's verb and schema, one file per feature under actions/; this is the one place to import them from.
export * from './actions/verbs.ts';
export { FILTER_ALL } from './actions/fields.ts';
export * from './actions/catalogue.actions.ts';
export * from './actions/organiser.actions.ts';
export * from './actions/faq.actions.ts';

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
