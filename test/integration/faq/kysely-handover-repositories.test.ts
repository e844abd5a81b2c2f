import { KyselyFeedbackRepository } from '../../../src/adapters/storage/kysely-feedback.repository.ts';
import { KyselyTicketRepository } from '../../../src/adapters/storage/kysely-ticket.repository.ts';
import { tempStore } from '../../support/temp-store.ts';
import { feedbackRepositoryContract } from '../../unit/features/faq/handover/feedback-repository.contract.ts';
import { ticketRepositoryContract } from '../../unit/features/faq/handover/ticket-repository.contract.ts';

// The same contracts as the in-memory fakes, on a real SQLite file.
ticketRepositoryContract('KyselyTicketRepository on SQLite', async () => {
  const { store, cleanup } = await tempStore();
  return { repo: new KyselyTicketRepository(store), close: cleanup };
});

feedbackRepositoryContract('KyselyFeedbackRepository on SQLite', async () => {
  const { store, cleanup } = await tempStore();
  return { repo: new KyselyFeedbackRepository(store), close: cleanup };
});
