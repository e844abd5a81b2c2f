import { z } from 'zod';
import type { Session } from '../catalogue/index.ts';
import { addBerlinDays } from '../shared/index.ts';

/**
 * When people are reminded of a session, in Berlin wall-clock time: "7 days before at 09:00" stays 09:00 on both
 * sides of a DST change. Stored per session in `Session.reminderPlan`; sessions without one use the default.
 */
export const ReminderOffsetSchema = z.object({
  daysBefore: z.number().int().min(0).max(60),
  at: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected "HH:MM"'),
});
export type ReminderOffset = z.infer<typeof ReminderOffsetSchema>;

/** An empty list is allowed: the organiser switched reminders off for this session. */
export const ReminderPlanSchema = z.object({
  offsets: z
    .array(ReminderOffsetSchema)
    .max(5)
    .refine((offsets) => new Set(offsets.map(offsetKey)).size === offsets.length, { message: 'each reminder time only once' }),
});
export type ReminderPlan = z.infer<typeof ReminderPlanSchema>;

export const DEFAULT_REMINDER_PLAN: ReminderPlan = {
  offsets: [
    { daysBefore: 7, at: '09:00' },
    { daysBefore: 1, at: '09:00' },
  ],
};

export function offsetKey(offset: ReminderOffset): string {
  return `${offset.daysBefore}d@${offset.at}`;
}

/** The session's own plan; a missing or unreadable one (hand-edited data) falls back to the default. */
export function planOf(session: Session): ReminderPlan {
  if (session.reminderPlan === undefined || session.reminderPlan === null) return DEFAULT_REMINDER_PLAN;
  const parsed = ReminderPlanSchema.safeParse(session.reminderPlan);
  return parsed.success ? parsed.data : DEFAULT_REMINDER_PLAN;
}

export type ReminderTime = { readonly offset: ReminderOffset; readonly runAt: Date };

/**
 * The reminders still worth sending: strictly after `now` (a time already past is skipped, not sent late — so
 * enrolling 30 h before the start gets the 1-day reminder only if its 09:00 is still ahead) and strictly before the
 * start, in time order.
 */
export function reminderTimes(session: Session, plan: ReminderPlan, now: Date): ReminderTime[] {
  return plan.offsets
    .map((offset) => ({ offset, runAt: reminderAt(session.startsAt, offset) }))
    .filter(({ runAt }) => runAt > now && runAt < session.startsAt)
    .sort((a, b) => a.runAt.getTime() - b.runAt.getTime());
}

export function reminderAt(startsAt: Date, offset: ReminderOffset): Date {
  const [hour, minute] = offset.at.split(':').map(Number) as [number, number];
  return addBerlinDays(startsAt, -offset.daysBefore, { hour, minute });
}
