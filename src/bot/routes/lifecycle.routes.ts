import type { Application, TurnState } from '@microsoft/teams-ai';
import type { TurnContext } from 'botbuilder';
import { contactKey, type Contact, type ConversationKind, type TeamsMember } from '../../features/contacts/index.ts';
import type { BotDeps } from '../bot-deps.ts';
import { welcomeReply } from '../replies.ts';

/** Remembers where every person and conversation can be reached, and says hello once on install. */
export function registerLifecycleRoutes(app: Application<TurnState>, deps: BotDeps): void {
  app.turn('beforeTurn', async (context) => {
    const type = context.activity.type;
    const uninstalling = type === 'installationUpdate' && context.activity.action?.startsWith('remove');
    if (!uninstalling && context.activity.conversation && context.activity.serviceUrl) {
      const now = deps.clock.now();
      await deps.contacts.upsert(contactFrom(context, now)).catch((error: unknown) => deps.log('warn', 'could not store the conversation reference', { error: String(error) }));
      const member = memberFrom(context, now);
      if (member) await deps.contacts.rememberMember(member).catch((error: unknown) => deps.log('warn', 'could not store the Teams member', { error: String(error) }));
    }
    return true;
  });

  app.activity('installationUpdate', async (context) => {
    if (context.activity.action?.startsWith('remove')) await forget(context, deps);
  });

  app.conversationUpdate('membersAdded', async (context) => {
    const botId = context.activity.recipient?.id;
    if (context.activity.membersAdded?.some((m) => m.id === botId)) await context.sendActivity(welcomeReply(context, deps));
  });

  app.conversationUpdate('membersRemoved', async (context) => {
    const botId = context.activity.recipient?.id;
    if (context.activity.membersRemoved?.some((m) => m.id === botId)) await forget(context, deps);
  });
}

async function forget(context: TurnContext, deps: BotDeps): Promise<void> {
  const removed = await deps.contacts.removeConversation(context.activity.conversation.id);
  deps.log('info', 'app uninstalled: conversation references removed', { conversation: context.activity.conversation.id, removed });
}

function contactFrom(context: TurnContext, now: Date): Contact {
  const a = context.activity;
  const kind = conversationKind(a.conversation.conversationType);
  const userId = a.from?.aadObjectId ?? a.from?.id;
  const channelData = (a.channelData ?? {}) as { tenant?: { id?: string }; team?: { id?: string }; channel?: { id?: string } };
  return {
    key: contactKey(kind, kind === 'personal' ? userId : undefined, a.conversation.id),
    kind,
    userId: kind === 'personal' ? userId : undefined,
    name: kind === 'personal' ? a.from?.name : a.conversation.name,
    tenantId: a.conversation.tenantId ?? channelData.tenant?.id ?? 'unknown',
    serviceUrl: a.serviceUrl,
    conversationId: a.conversation.id,
    botId: a.recipient?.id ?? '',
    teamId: channelData.team?.id,
    channelId: channelData.channel?.id,
    locale: a.locale,
    updatedAt: now,
  };
}

/**
 * Whoever acts in a channel or group chat may have no personal chat with the bot; their Teams id ("29:…") lets the
 * bot open one for a reminder (PersonalContacts). Without an AAD id there is no enrolment to remind them of.
 */
function memberFrom(context: TurnContext, now: Date): TeamsMember | undefined {
  const a = context.activity;
  const from = a.from;
  if (!from?.id || !from.aadObjectId || from.id === a.recipient?.id || !a.recipient?.id) return undefined;
  const channelData = (a.channelData ?? {}) as { tenant?: { id?: string } };
  const tenantId = a.conversation.tenantId ?? channelData.tenant?.id;
  if (!tenantId) return undefined;
  return { userId: from.aadObjectId, teamsUserId: from.id, tenantId, serviceUrl: a.serviceUrl!, botId: a.recipient.id, name: from.name, locale: a.locale, updatedAt: now };
}

function conversationKind(type: string | undefined): ConversationKind {
  if (type === 'channel') return 'channel';
  if (type === 'groupChat') return 'groupChat';
  return 'personal';
}
