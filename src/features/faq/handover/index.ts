// Hand-over of questions to the organisers (tickets), "Hat das geholfen?" feedback, and ticket → knowledge base.
export { charCount, MAX_TICKET_ANSWER_CHARS, MAX_TICKET_QUESTION_CHARS, TICKET_STATUSES } from './ticket.types.ts';
export type { Actor, Asker, BotAnswerRef, CloseResolution, NewTicket, Ticket, TicketAnswer, TicketError, TicketErrorCode, TicketEvent, TicketEventType, TicketMunicipality, TicketStatus } from './ticket.types.ts';
export { answerTicket, attachChannelMessage, checkKnowledgeBaseCandidate, claimTicket, closeTicket, markAddedToKnowledgeBase, openTicket, releaseTicket } from './ticket.transitions.ts';
export type { OpenTicketInput, TicketChange } from './ticket.transitions.ts';
export type { HandoverChannel, HandoverChannelRepository, KnowledgeBaseWriteError, KnowledgeBaseWriter, TicketRepository } from './handover.ports.ts';
export { compareFeedbackSummary, feedbackTargetKey } from './feedback.ports.ts';
export type { FeedbackOutcome, FeedbackRepository, FeedbackSummaryRow, FeedbackTarget, FeedbackVote } from './feedback.ports.ts';
export { knowledgeBaseEntryIdFor, toKnowledgeBaseEntry } from './knowledge-base-draft.ts';
export type { KnowledgeBaseDraftError, KnowledgeBaseDraftInput } from './knowledge-base-draft.ts';
export { HandoverService } from './handover.service.ts';
export type { AskerNotice, ChannelReference, HandoverDeps, OpenRequest, TicketWithNotice } from './handover.service.ts';
