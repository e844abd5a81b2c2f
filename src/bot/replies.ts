import { CardFactory, type Activity, type TurnContext } from 'botbuilder';
import type { BotDeps } from './bot-deps.ts';
import { buildNoticeCard, buildWelcomeCard, noticeButtons, type AdaptiveCard } from './cards/index.ts';
import { localeOf, type Locale } from './locale.ts';
import { textsFor } from './texts.ts';

export const cardMessage = (card: AdaptiveCard): Partial<Activity> => ({ type: 'message', attachments: [CardFactory.adaptiveCard(card)] });

export function welcomeReply(context: TurnContext, deps: BotDeps): Partial<Activity> {
  return cardMessage(buildWelcomeCard(localeOf(context.activity.locale, deps.defaultLocale)));
}

/** A card that no longer matches reality (or was forged) is answered with where to find the current state. */
export function staleCard(_deps: BotDeps, locale: Locale, text?: string): AdaptiveCard {
  const b = noticeButtons(locale);
  return buildNoticeCard({ title: textsFor(locale).staleTitle, text: text ?? textsFor(locale).staleCard, tone: 'warning', buttons: [b.catalogue, b.mine] }, locale);
}

/** An expected refusal: what happened and what to do, with the way back. */
export function refusalCard(locale: Locale, text: string): AdaptiveCard {
  const b = noticeButtons(locale);
  return buildNoticeCard({ title: textsFor(locale).refusalTitle, text, tone: 'warning', buttons: [b.mine, b.catalogue] }, locale);
}

export function infoCard(locale: Locale, title: string, text: string): AdaptiveCard {
  const b = noticeButtons(locale);
  return buildNoticeCard({ title, text, tone: 'info', buttons: [b.mine, b.catalogue] }, locale);
}
