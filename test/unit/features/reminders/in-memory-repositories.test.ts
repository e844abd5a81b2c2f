import { deliveryRepositoryContract } from './delivery-repository.contract.ts';
import { InMemoryDeliveryRepository } from './in-memory-delivery.repository.ts';
import { InMemoryJobRepository } from './in-memory-job.repository.ts';
import { jobRepositoryContract } from './job-repository.contract.ts';

// The fakes used by the service tests must behave like the SQL repositories; the same contract runs on both.
deliveryRepositoryContract('InMemoryDeliveryRepository', async () => ({ repo: new InMemoryDeliveryRepository(), close: async () => {} }));
jobRepositoryContract('InMemoryJobRepository', async () => ({ repo: new InMemoryJobRepository(), close: async () => {} }));
