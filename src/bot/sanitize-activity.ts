import type { TurnContext } from 'botbuilder';

type Entity = { type?: string; mentioned?: { id?: unknown }; text?: unknown };

/**
 * Adapter middleware that runs before the app: botbuilder's removeRecipientMention throws on a mention entity
 * without `mentioned.id` (a forged or broken activity), which would surface as an HTTP 500. Such entities are
 * dropped, so the message is answered like any other.
 */
export async function sanitizeIncoming(context: TurnContext, next: () => Promise<void>): Promise<void> {
  const activity = context.activity;
  if (Array.isArray(activity.entities)) {
    activity.entities = activity.entities.filter((e: Entity) => e?.type !== 'mention' || (typeof e.mentioned?.id === 'string' && typeof e.text === 'string'));
  } else if (activity.entities !== undefined) {
    activity.entities = [];
  }
  if (activity.text !== undefined && typeof activity.text !== 'string') activity.text = '';
  await next();
}
