export { TeamsNotifier, activitiesUrl, type TeamsNotifierOptions } from './teams-notifier.ts';
export { TeamsConversationOpener, conversationsUrl, createConversationBody } from './conversation-opener.ts';
export { ClientCredentialsTokenSource, TokenSourceError, type ClientCredentials, type TokenSource } from './token-source.ts';
