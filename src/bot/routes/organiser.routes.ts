import type { Application, TurnState } from '@microsoft/teams-ai';
import { isLive, type Enrolment } from '../../features/catalogue/index.ts';
import { OrganiserMenuSchema, OrganiserSessionSchema, OrganiserSessionsSchema, VERBS } from '../actions.ts';
import type { BotDeps } from '../bot-deps.ts';
import type { Card } from '../card-actions.ts';
import { buildOrganiserMenuCard } from '../cards/organiser-menu.card.ts';
import { buildSessionAdminCard } from '../cards/session-admin.card.ts';
import type { Locale } from '../locale.ts';
import { registerBroadcastRoutes } from './broadcast.routes.ts';
import { onOrganiserAction, onOrganiserCommand, sessionGoneCard, sessionsCard } from './organiser-common.routes.ts';
import { registerOrganiserSessionRoutes } from './organiser-session.routes.ts';

const ORGANISER_COMMAND = /^\s*(organisation|organisieren|organisator(in|en)?|orga|admin|verwaltung|organi[sz]er)\s*[.!?]*\s*$/i;

/** The organiser console: menu, upcoming sessions, one session's admin card, its forms, and broadcasts. */
export function registerOrganiserRoutes(app: Application<TurnState>, deps: BotDeps): void {
  onOrganiserCommand(app, deps, ORGANISER_COMMAND, (_context, locale) => menuCard(deps, locale));
  onOrganiserAction(app, deps, [VERBS.organiserMenu], OrganiserMenuSchema, (_data, { locale }) => menuCard(deps, locale));
  onOrganiserAction(app, deps, [VERBS.organiserSessions], OrganiserSessionsSchema, (data, { locale }) => sessionsCard(deps, locale, data.page));
  onOrganiserAction(app, deps, [VERBS.organiserSession], OrganiserSessionSchema, async (data, { locale }) =>
    (await sessionAdminCard(deps, data.sessionId, locale)) ?? sessionGoneCard(locale),
  );
  registerOrganiserSessionRoutes(app, deps);
  registerBroadcastRoutes(app, deps);
}

async function menuCard(deps: BotDeps, locale: Locale): Promise<Card> {
  const upcoming = (await deps.organiser.sessions.upcoming()).filter((r) => r.session.status !== 'cancelled');
  return buildOrganiserMenuCard({ upcomingSessions: upcoming.length }, locale);
}

/** The session with its live participants: the seated ones in arrival order, then the waiting list with positions. */
export async function sessionAdminCard(deps: BotDeps, sessionId: string, locale: Locale): Promise<Card | undefined> {
  const row = await deps.organiser.sessions.find(sessionId);
  if (!row) return undefined;
  const live = (await deps.admin.participants(sessionId)).filter((e) => isLive(e.status)).sort((a, b) => a.seq - b.seq);
  const waiting = live.filter((e) => e.status === 'waitlisted');
  const participants = [
    ...live.filter((e) => e.status !== 'waitlisted').map((enrolment: Enrolment) => ({ enrolment })),
    ...waiting.map((enrolment, i) => ({ enrolment, position: i + 1 })),
  ];
  const plan = await deps.reminderPlans.getReminderPlan(sessionId);
  const reminderPlan = plan.ok ? { plan: plan.value.plan, isDefault: plan.value.isDefault } : undefined;
  return buildSessionAdminCard({ ...row, participants, reminderPlan }, locale);
}

