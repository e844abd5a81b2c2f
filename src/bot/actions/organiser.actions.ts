import { z } from 'zod';
import { AUDIENCE_KINDS } from '../../features/reminders/audiences.ts';
import { id, toggle } from './fields.ts';
import { VERBS } from './verbs.ts';

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
