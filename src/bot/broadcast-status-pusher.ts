import type { TurnContext } from 'botbuilder';
import type { StatusCardPusher, StatusCardTarget } from '../features/reminders/audiences.ts';
import { buildBroadcastStatusCard } from './cards/broadcast-status.card.ts';
import { personOf } from './identity.ts';
import type { Locale } from './locale.ts';
import { cardMessage } from './replies.ts';
import type { ProactiveMessenger } from './routes/faq-deps.ts';

/** The organiser's status card, rebuilt from the current summary and put in place of the stored message. */
export function broadcastStatusPusher(messenger: () => ProactiveMessenger): StatusCardPusher {
  return {
    push: async (target, status) => {
      const card = buildBroadcastStatusCard({ status, refreshUserIds: [target.userId] }, target.locale as Locale);
      const to = { serviceUrl: target.serviceUrl, conversationId: target.conversationId, tenantId: target.tenantId, conversationType: target.conversationType };
      await messenger().update(to, target.activityId, cardMessage(card));
    },
  };
}

/**
 * The message a card action came from, as Teams names it: `replyToId` on both Action.Execute invokes and
 * Action.Submit messages. Without it (some clients) the card refreshes only when viewed.
 */
export function statusCardMessageOf(context: TurnContext, locale: Locale): Omit<StatusCardTarget, 'broadcastId' | 'savedAt'> | undefined {
  const { activity } = context;
  const tenantId = personOf(context).tenantId;
  if (!activity.replyToId || !activity.serviceUrl || !activity.conversation?.id || !tenantId) return undefined;
  return {
    serviceUrl: activity.serviceUrl,
    conversationId: activity.conversation.id,
    conversationType: activity.conversation.conversationType === 'personal' ? 'personal' : 'channel',
    tenantId,
    activityId: activity.replyToId,
    userId: activity.from.id,
    locale,
  };
}
