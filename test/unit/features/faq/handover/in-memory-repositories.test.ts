import { feedbackRepositoryContract } from './feedback-repository.contract.ts';
import { InMemoryFeedbackRepository, InMemoryTicketRepository } from './in-memory-handover.ts';
import { ticketRepositoryContract } from './ticket-repository.contract.ts';

// The fakes the service tests use must keep the same promises as the SQLite repositories (test/integration/faq).
ticketRepositoryContract('InMemoryTicketRepository', async () => ({ repo: new InMemoryTicketRepository(), close: async () => undefined }));
feedbackRepositoryContract('InMemoryFeedbackRepository', async () => ({ repo: new InMemoryFeedbackRepository(), close: async () => undefined }));
