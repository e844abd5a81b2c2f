import { Application, type TeamsAdapter, type TurnState } from '@microsoft/teams-ai';
import { MemoryStorage } from 'botbuilder';
import type { BotDeps } from './bot-deps.ts';
import { localeOf } from './locale.ts';
import { registerCatalogueRoutes } from './routes/catalogue.routes.ts';
import { registerEnrolmentRoutes } from './routes/enrolment.routes.ts';
import { registerHelpRoutes } from './routes/help.routes.ts';
import { registerFaqRoutes } from './routes/faq.routes.ts';
import { registerHandoverRoutes } from './routes/handover.routes.ts';
import { registerInputRoutes } from './routes/input.routes.ts';
import { registerLifecycleRoutes } from './routes/lifecycle.routes.ts';
import { registerOrganiserRoutes } from './routes/organiser.routes.ts';
import { registerReminderRoutes } from './routes/reminder.routes.ts';
import { textsFor } from './texts.ts';

/**
 * The Teams bot: routes per feature, specific before the catch-all (teams-ai runs the first matching route).
 * Turn state is in memory because it only holds UI state; everything that matters is in the store.
 */
export function createBotApp(deps: BotDeps, adapter: TeamsAdapter): Application<TurnState> {
  const app = new Application<TurnState>({
    adapter,
    storage: new MemoryStorage(),
    startTypingTimer: false,
    removeRecipientMention: true,
    adaptiveCards: { actionSubmitFilter: 'verb' },
  });
  registerLifecycleRoutes(app, deps);
  registerInputRoutes(app, deps);
  registerOrganiserRoutes(app, deps);
  registerCatalogueRoutes(app, deps);
  registerEnrolmentRoutes(app, deps);
  registerReminderRoutes(app, deps);
  registerHelpRoutes(app, deps);
  registerHandoverRoutes(app, deps);
  // Last: the FAQ answers every message no command took.
  registerFaqRoutes(app, deps);

  app.error(async (context, error) => {
    deps.log('error', 'turn failed', { error: String(error?.stack ?? error), type: context.activity.type });
    if (context.activity.type === 'message') await context.sendActivity(textsFor(localeOf(context.activity.locale, deps.defaultLocale)).internalError);
  });
  return app;
}
