/**
 * Where a person or a conversation can be reached later (reminders, broadcasts, hand-over answers). Kept for every
 * user and conversation the bot has seen; removed when the app is uninstalled there.
 */
export type ConversationKind = 'personal' | 'groupChat' | 'channel';

export interface Contact {
  /** `user:<aadObjectId>` for a personal chat, `conversation:<id>` for a group chat or channel. */
  key: string;
  kind: ConversationKind;
  /** AAD object id of the person (personal chats only). */
  userId?: string;
  name?: string;
  tenantId: string;
  serviceUrl: string;
  conversationId: string;
  botId: string;
  teamId?: string;
  channelId?: string;
  locale?: string;
  updatedAt: Date;
}

export const contactKey = (kind: ConversationKind, userId: string | undefined, conversationId: string): string =>
  kind === 'personal' && userId ? `user:${userId}` : `conversation:${conversationId}`;

export interface ContactRepository {
  upsert(contact: Contact): Promise<void>;
  findByKey(key: string): Promise<Contact | undefined>;
  findByUserIds(userIds: string[]): Promise<Contact[]>;
  /** Uninstall: forgets the conversation and, for a personal chat, the person's reference. */
  removeConversation(conversationId: string): Promise<number>;
  count(): Promise<number>;
}
