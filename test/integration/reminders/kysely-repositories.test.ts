import { KyselyDeliveryRepository } from '../../../src/adapters/storage/kysely-delivery.repository.ts';
import { KyselyJobRepository } from '../../../src/adapters/storage/kysely-job.repository.ts';
import { tempStore } from '../../support/temp-store.ts';
import { deliveryRepositoryContract } from '../../unit/features/reminders/delivery-repository.contract.ts';
import { jobRepositoryContract } from '../../unit/features/reminders/job-repository.contract.ts';

// The same contract as the in-memory fakes, on a real SQLite file: what the service tests rely on holds in SQL too.
deliveryRepositoryContract('KyselyDeliveryRepository on SQLite', async () => {
  const { store, cleanup } = await tempStore();
  return { repo: new KyselyDeliveryRepository(store), close: cleanup };
});

jobRepositoryContract('KyselyJobRepository on SQLite', async () => {
  const { store, cleanup } = await tempStore();
  return { repo: new KyselyJobRepository(store), close: cleanup };
});
