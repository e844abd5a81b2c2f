import type { CloudAdapter, ConversationReference, TurnContext } from 'botbuilder';
import type { ConversationTarget, ProactiveMessenger } from './faq-deps.ts';

/**
 * Proactive messages through botbuilder's continueConversationAsync: the adapter builds a turn for the stored
 * conversation and sends with the same credentials as replies (none in local mode, where the app id is empty).
 */
export function adapterMessenger(adapter: () => CloudAdapter, appId: string): ProactiveMessenger {
  // A getter: the composition builds the adapter after the bot's deps.
  // The app's onTurnError would swallow a refused send (it only logs "turn failed"): callers must see it, so it is
  // caught inside the turn and thrown again after.
  const run = async (to: ConversationTarget, logic: (context: TurnContext) => Promise<void>) => {
    let failure: { error: unknown } | undefined;
    await adapter().continueConversationAsync(appId, referenceOf(to, appId), async (context) => {
      try {
        await logic(context);
      } catch (error) {
        failure = { error };
      }
    });
    if (failure) throw failure.error;
  };
  return {
    send: async (to, activity) => {
      let id: string | undefined;
      await run(to, async (context) => {
        // The continuation turn carries a made-up activity id that botbuilder would reply to; a proactive message is a
        // new post (in a channel: a new thread), so it goes to the conversation itself.
        context.onSendActivities(async (_context, activities, next) => {
          for (const a of activities) delete a.replyToId;
          return next();
        });
        id = (await context.sendActivity(activity))?.id;
      });
      return id;
    },
    update: async (to, activityId, activity) => {
      await run(to, async (context) => {
        await context.updateActivity({ ...activity, id: activityId });
      });
    },
  };
}

function referenceOf(to: ConversationTarget, appId: string): Partial<ConversationReference> {
  return {
    channelId: 'msteams',
    serviceUrl: to.serviceUrl,
    bot: { id: to.botId || appId, name: 'Lotsenbot' },
    conversation: { id: to.conversationId, tenantId: to.tenantId, conversationType: to.conversationType, isGroup: to.conversationType !== 'personal', name: '' },
  };
}

/**
 * A channel message's conversation id carries the thread (`19:…@thread.tacv2;messageid=…`). Posting to the bare
 * channel id starts a new thread, so every ticket gets its own post instead of piling up under the setup message.
 */
export const channelOf = (conversationId: string): string => conversationId.split(';')[0]!;
