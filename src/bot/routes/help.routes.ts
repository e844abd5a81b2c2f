import type { Application, TurnState } from '@microsoft/teams-ai';
import { PlainActionSchema, VERBS } from '../actions.ts';
import type { BotDeps } from '../bot-deps.ts';
import { onCardAction } from '../card-actions.ts';
import { buildHelpCard } from '../cards/index.ts';
import { localeOf } from '../locale.ts';
import { cardMessage } from '../replies.ts';

const HELP_COMMAND = /^\s*(hilfe|help|\?|start|menü|menu|was kannst du|what can you do)\s*[?!.]*\s*$/i;

export function registerHelpRoutes(app: Application<TurnState>, deps: BotDeps): void {
  app.message(HELP_COMMAND, async (context) => {
    await context.sendActivity(cardMessage(buildHelpCard(localeOf(context.activity.locale, deps.defaultLocale))));
  });
  onCardAction(app, deps, [VERBS.help], PlainActionSchema, async (_data, { locale }) => buildHelpCard(locale), async ({ locale }) => buildHelpCard(locale));
}
