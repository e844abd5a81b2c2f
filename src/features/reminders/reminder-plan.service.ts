import { err, newId, ok, type Clock, type Result } from '../shared/index.ts';
import { syncReminders } from './notification-planner.ts';
import type { PlanningStore } from './planning.ports.ts';
import { DEFAULT_REMINDER_PLAN, planOf, ReminderPlanSchema, type ReminderPlan } from './reminder-plan.ts';

export type ReminderPlanError =
  | { readonly code: 'invalid_plan'; readonly issues: string[] }
  | { readonly code: 'session_not_found'; readonly sessionId: string }
  | { readonly code: 'session_cancelled'; readonly sessionId: string }
  | { readonly code: 'session_started'; readonly sessionId: string };

export type ReminderPlanView = { readonly sessionId: string; readonly plan: ReminderPlan; readonly isDefault: boolean };
export type ReminderPlanChanged = ReminderPlanView & { readonly reminders: number; readonly cancelled: number };

export type ReminderPlanServiceDeps = { readonly store: PlanningStore; readonly clock: Clock };

/** The organiser's reminder plan per session; a change re-plans every confirmed enrolment in the same transaction. */
export class ReminderPlanService {
  private readonly deps: ReminderPlanServiceDeps;

  constructor(deps: ReminderPlanServiceDeps) {
    this.deps = deps;
  }

  async getReminderPlan(sessionId: string): Promise<Result<ReminderPlanView, ReminderPlanError>> {
    const session = await this.deps.store.transact((unit) => unit.findSession(sessionId));
    if (!session) return err({ code: 'session_not_found', sessionId });
    return ok({ sessionId, plan: planOf(session), isDefault: session.reminderPlan === undefined || session.reminderPlan === null });
  }

  /** Pass `null` to go back to the default plan. Reminders already sent stay sent; times now past are not sent late. */
  async setReminderPlan(sessionId: string, input: unknown): Promise<Result<ReminderPlanChanged, ReminderPlanError>> {
    const parsed = input === null ? { success: true as const, data: null } : ReminderPlanSchema.safeParse(input);
    if (!parsed.success) return err({ code: 'invalid_plan', issues: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`) });
    const now = this.deps.clock.now();
    const source = newId('plan');
    return this.deps.store.transact(async (unit): Promise<Result<ReminderPlanChanged, ReminderPlanError>> => {
      const session = await unit.findSession(sessionId);
      if (!session) return err({ code: 'session_not_found', sessionId });
      if (session.status === 'cancelled') return err({ code: 'session_cancelled', sessionId });
      if (now >= session.startsAt) return err({ code: 'session_started', sessionId });
      await unit.saveReminderPlan(sessionId, parsed.data ?? undefined, now);
      const updated = { ...session, reminderPlan: parsed.data ?? undefined };
      let reminders = 0;
      let cancelled = 0;
      for (const enrolment of await unit.listLive(sessionId)) {
        const synced = await syncReminders(unit, enrolment, updated, { now, source });
        reminders += synced.reminders;
        cancelled += synced.cancelled;
      }
      return ok({ sessionId, plan: parsed.data ?? DEFAULT_REMINDER_PLAN, isDefault: parsed.data === null, reminders, cancelled });
    });
  }
}
