import { DAY_MS, err, ok, type Clock, type Result } from '../shared/index.ts';
import { contactKey, type Contact, type ContactRepository, type TeamsMember } from './contact.types.ts';
import type { OpenConversationError, PersonalConversationOpener } from './personal-conversation.ports.ts';

/**
 * After Teams refused to open someone's 1:1 chat, the bot asks again only after this long. A personal install reaches
 * the person at once anyway (it brings its own conversation); an install in one of their teams is noticed within a week.
 */
export const OPEN_REFUSAL_COOLDOWN_MS = 7 * DAY_MS;
/** Opening is one HTTP call per person; a broadcast audience of newcomers should not fire hundreds at once. */
const OPEN_CONCURRENCY = 4;

export type ReachError = {
  readonly code: 'no_contact';
  /** unknown: never seen with a Teams id; refused / refused_recently: Teams will not let the bot open the chat. */
  readonly reason: 'unknown' | 'refused' | 'refused_recently' | 'open_failed';
  readonly retryable: boolean;
};

export type OpenReport = { readonly userId: string } & ({ readonly outcome: 'opened'; readonly conversationId: string } | { readonly outcome: 'refused' | 'failed'; readonly error: OpenConversationError });

export type PersonalContactsDeps = {
  readonly contacts: Pick<ContactRepository, 'findByUserIds' | 'findMembersByUserIds' | 'upsert' | 'recordOpenRefused'>;
  readonly opener: PersonalConversationOpener;
  readonly clock: Clock;
  readonly onOpen?: (report: OpenReport) => void;
};

/**
 * A person's personal chat with the bot: the stored one, or — for someone who only ever used the bot in a channel or
 * group chat — one opened now from their Teams id and stored, so the next notice finds it like any other.
 */
export class PersonalContacts {
  private readonly deps: PersonalContactsDeps;

  constructor(deps: PersonalContactsDeps) {
    this.deps = deps;
  }

  async reach(userId: string): Promise<Result<Contact, ReachError>> {
    const [stored] = await this.deps.contacts.findByUserIds([userId]);
    if (stored) return ok(stored);
    const [member] = await this.deps.contacts.findMembersByUserIds([userId]);
    if (!member) return err({ code: 'no_contact', reason: 'unknown', retryable: false });
    return this.open(member);
  }

  /** For broadcast audiences: whoever cannot be reached now (refused or a failed attempt) is simply left out. */
  async findByUserIds(userIds: string[]): Promise<Contact[]> {
    const stored = await this.deps.contacts.findByUserIds(userIds);
    const known = new Set(stored.map((c) => c.userId));
    const members = await this.deps.contacts.findMembersByUserIds(userIds.filter((id) => !known.has(id)));
    const opened: Contact[] = [];
    const queue = [...members];
    const worker = async () => {
      for (let member = queue.shift(); member; member = queue.shift()) {
        const result = await this.open(member);
        if (result.ok) opened.push(result.value);
      }
    };
    await Promise.all(Array.from({ length: Math.min(OPEN_CONCURRENCY, queue.length) }, worker));
    return [...stored, ...opened];
  }

  private async open(member: TeamsMember): Promise<Result<Contact, ReachError>> {
    const now = this.deps.clock.now();
    if (member.openRefusedAt && now.getTime() - member.openRefusedAt.getTime() < OPEN_REFUSAL_COOLDOWN_MS) {
      return err({ code: 'no_contact', reason: 'refused_recently', retryable: false });
    }
    const opened = await this.deps.opener.open(member);
    if (!opened.ok) {
      const refused = opened.error.permanent;
      if (refused) await this.deps.contacts.recordOpenRefused(member.userId, now);
      this.deps.onOpen?.({ userId: member.userId, outcome: refused ? 'refused' : 'failed', error: opened.error });
      return err({ code: 'no_contact', reason: refused ? 'refused' : 'open_failed', retryable: !refused });
    }
    const contact = personalContact(member, opened.value.conversationId, now);
    await this.deps.contacts.upsert(contact);
    this.deps.onOpen?.({ userId: member.userId, outcome: 'opened', conversationId: contact.conversationId });
    return ok(contact);
  }
}

function personalContact(member: TeamsMember, conversationId: string, now: Date): Contact {
  return {
    key: contactKey('personal', member.userId, conversationId),
    kind: 'personal',
    userId: member.userId,
    name: member.name,
    tenantId: member.tenantId,
    serviceUrl: member.serviceUrl,
    conversationId,
    botId: member.botId,
    locale: member.locale,
    updatedAt: now,
  };
}
