import type { Activity } from 'botbuilder';
import type { ComputedAnswerService, FeedbackRepository, HandoverService, KnowledgeBaseStore } from '../../features/faq/index.ts';

/** Where a proactive message goes: a person's personal chat or the organisers' channel, as stored earlier. */
export interface ConversationTarget {
  serviceUrl: string;
  conversationId: string;
  tenantId: string;
  botId?: string;
  conversationType: 'personal' | 'channel';
}

/** Messages the bot sends outside the turn it is answering: the ticket card, its updates, the answer to the asker. */
export interface ProactiveMessenger {
  /** Posts a new message; returns its activity id (to update it later) when the connector gave one. */
  send(to: ConversationTarget, activity: Partial<Activity>): Promise<string | undefined>;
  update(to: ConversationTarget, activityId: string, activity: Partial<Activity>): Promise<void>;
}

/** What the FAQ and hand-over routes call; composed in src/compose.ts. */
export interface FaqBotDeps {
  knowledgeBase: KnowledgeBaseStore;
  /** The rules module's figures (ComputedAnswerService). */
  computed: Pick<ComputedAnswerService, 'answer'>;
  handover: HandoverService;
  feedback: FeedbackRepository;
  proactive: ProactiveMessenger;
  /** AAD object ids allowed to set up the hand-over channel and reload the knowledge base from anywhere. */
  organiserIds: readonly string[];
  /** How the programme team is reached without the bot (facts: Städtetag BW, Stabsstelle Digitalisierung). */
  teamEmail: string;
}
