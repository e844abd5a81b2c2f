export * from './contact.types.ts';
export type { OpenConversationError, PersonalConversationOpener } from './personal-conversation.ports.ts';
export { OPEN_REFUSAL_COOLDOWN_MS, PersonalContacts, type OpenReport, type PersonalContactsDeps, type ReachError } from './personal-contacts.service.ts';
