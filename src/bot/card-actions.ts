import type { Application, TurnState } from '@microsoft/teams-ai';
import { CardFactory, type TurnContext } from 'botbuilder';
import type { z } from 'zod';
import type { BotDeps } from './bot-deps.ts';
import type { AdaptiveCard } from './cards/card-kit.ts';
import { localeOf, type Locale } from './locale.ts';

export type Card = AdaptiveCard;

export interface CardActionContext {
  context: TurnContext;
  locale: Locale;
}

/**
 * Registers one card action for both client generations: Action.Execute (the answer card replaces the card in
 * place, returned in the invoke response) and Action.Submit (old clients: the original message is updated, or a
 * new one sent). The data is parsed with the verb's schema first; nothing unparsed reaches a handler, and a failure
 * becomes a card with the current state, never an error page.
 */
export function onCardAction<S extends z.ZodType>(
  app: Application<TurnState>,
  deps: BotDeps,
  verbs: string[],
  schema: S,
  handler: (data: z.infer<S>, ctx: CardActionContext) => Promise<Card> | Card,
  onInvalid: (ctx: CardActionContext) => Promise<Card> | Card,
): void {
  const answer = async (context: TurnContext, raw: unknown): Promise<Card> => {
    const ctx = { context, locale: localeOf(context.activity.locale, deps.defaultLocale) };
    const parsed = schema.safeParse(raw);
    try {
      if (!parsed.success) {
        deps.log('warn', 'card action with invalid data', { verb: (raw as { verb?: unknown } | null)?.verb, issues: parsed.error.issues.length });
        return await onInvalid(ctx);
      }
      return await handler(parsed.data, ctx);
    } catch (error) {
      deps.log('error', 'card action failed', { error: String((error as Error)?.stack ?? error) });
      return internalErrorCard(ctx.locale);
    }
  };

  app.adaptiveCards.actionExecute(verbs, async (context, _state, data) => answer(context, data) as Promise<never>);
  app.adaptiveCards.actionSubmit(verbs, async (context, _state, data) => {
    const card = await answer(context, data);
    const activity = { type: 'message', attachments: [CardFactory.adaptiveCard(card)] };
    if (context.activity.replyToId) await context.updateActivity({ ...activity, id: context.activity.replyToId });
    else await context.sendActivity(activity);
  });
}

/** Last resort when a handler throws: nothing was changed, say so. */
export function internalErrorCard(locale: Locale): Card {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body: [
      { type: 'TextBlock', text: locale === 'de' ? 'Etwas ist schiefgegangen' : 'Something went wrong', weight: 'Bolder', wrap: true },
      {
        type: 'TextBlock',
        wrap: true,
        text: locale === 'de' ? 'Ihre Daten sind unverändert. Bitte versuchen Sie es gleich noch einmal.' : 'Your data is unchanged. Please try again in a moment.',
      },
    ],
  };
}
