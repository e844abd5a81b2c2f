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

/**
 * A person as the bot saw them in any conversation (a channel, a group chat or the personal chat): enough to open a
 * 1:1 chat with them later, which Teams allows while the app is installed for them or in a team they belong to.
 */
export interface TeamsMember {
  /** AAD object id, the person id of enrolments. */
  userId: string;
  /** Teams' own id of the person ("29:…"), the one the Bot Connector takes as a conversation member. */
  teamsUserId: string;
  tenantId: string;
  serviceUrl: string;
  botId: string;
  name?: string;
  locale?: string;
  updatedAt: Date;
  /** When Teams last refused to open the 1:1 chat for good (403/404); absent if it never did. */
  openRefusedAt?: Date;
}

export interface ContactRepository {
  upsert(contact: Contact): Promise<void>;
  findByKey(key: string): Promise<Contact | undefined>;
  findByUserIds(userIds: string[]): Promise<Contact[]>;
  /** Uninstall: forgets the conversation and, for a personal chat, the person's reference. */
  removeConversation(conversationId: string): Promise<number>;
  count(): Promise<number>;
  /** Keeps a refusal already recorded: seeing the person again does not mean Teams would now let the bot write. */
  rememberMember(member: TeamsMember): Promise<void>;
  findMembersByUserIds(userIds: string[]): Promise<TeamsMember[]>;
  recordOpenRefused(userId: string, at: Date): Promise<void>;
}
