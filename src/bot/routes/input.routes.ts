import type { Application, TurnState } from '@microsoft/teams-ai';
import type { TurnContext } from 'botbuilder';
import type { BotDeps } from '../bot-deps.ts';
import { localeOf } from '../locale.ts';
import { classifyMessage } from '../message-input.ts';
import { textsFor } from '../texts.ts';

/** Empty, emoji-only and overlong messages get a clear answer before any feature sees them. */
export function registerInputRoutes(app: Application<TurnState>, deps: BotDeps): void {
  const unusable = async (context: TurnContext) =>
    context.activity.type === 'message' && context.activity.value === undefined && classifyMessage(context.activity.text).kind !== 'text';

  app.message(unusable, async (context) => {
    const texts = textsFor(localeOf(context.activity.locale, deps.defaultLocale));
    const input = classifyMessage(context.activity.text);
    if (input.kind === 'too_long') await context.sendActivity(texts.tooLong(input.length));
    else if (input.kind === 'emoji_only') await context.sendActivity(texts.emojiOnly);
    else await context.sendActivity(texts.emptyMessage);
  });
}

