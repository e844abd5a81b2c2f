import { z } from 'zod';
import { MAX_MESSAGE_LENGTH } from '../message-input.ts';
import { id, toggle } from './fields.ts';
import { VERBS } from './verbs.ts';

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
