import type { TurnContext } from 'botbuilder';
import type { Person } from '../features/catalogue/index.ts';

/** The acting person: Teams' AAD object id where there is one (stable across chats), else the channel's user id. */
export function personOf(context: TurnContext): Person {
  const from = context.activity.from ?? { id: 'unknown', name: '' };
  const tenantId = context.activity.conversation?.tenantId ?? (context.activity.channelData as { tenant?: { id?: string } } | undefined)?.tenant?.id;
  return { id: from.aadObjectId ?? from.id, name: from.name?.trim() || 'Unbekannt', tenantId };
}
