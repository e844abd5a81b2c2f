import type { Result } from '../shared/index.ts';
import type { TeamsMember } from './contact.types.ts';

/**
 * `not_allowed`: Teams refused (403/404: the app is installed neither for the person nor in a team of theirs) — asking
 * again soon gives the same answer. `failed`: anything else; `permanent` says whether the same request can ever work.
 */
export type OpenConversationError = { readonly code: 'not_allowed' | 'failed'; readonly permanent: boolean; readonly httpStatus?: number; readonly detail?: string };

/** Opens (or finds again: Teams answers the same id for the same bot and person) the bot's 1:1 chat with a person. */
export interface PersonalConversationOpener {
  open(member: TeamsMember): Promise<Result<{ readonly conversationId: string }, OpenConversationError>>;
}
