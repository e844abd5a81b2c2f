import type { Database } from '../adapters/storage/database.ts';
import { KyselyAudienceRepository } from '../adapters/storage/kysely-audience.repository.ts';
import { KyselyStatusCardRepository } from '../adapters/storage/kysely-status-card.repository.ts';
import type { KyselyCatalogueRepository } from '../adapters/storage/kysely-catalogue.repository.ts';
import { broadcastStatusPusher } from '../bot/broadcast-status-pusher.ts';
import { OrganiserPolicy, organiserSessions, teamsMembership, type OrganiserDeps, type OrganiserPolicyDeps } from '../bot/organisers.ts';
import type { Config } from '../config.ts';
import type { ContactRepository } from '../features/contacts/index.ts';
import type { MunicipalityDirectory } from '../features/programme/index.ts';
import type { ProactiveMessenger } from '../bot/routes/faq-deps.ts';
import { AudienceBroadcastService, AudienceResolver, StatusCardUpdater, districtDirectory } from '../features/reminders/audiences.ts';
import { JobQueue, type JobDefinition } from '../features/reminders/index.ts';
import { newId, type Clock } from '../features/shared/index.ts';
import type { Log } from '../logger.ts';
import { personalContacts, type Delivery } from './workers.ts';

type OrganiserParts = {
  config: Config;
  database: Database;
  delivery: Delivery;
  directory: MunicipalityDirectory;
  contacts: ContactRepository;
  catalogueRepo: KyselyCatalogueRepository;
  clock: Clock;
  log: Log;
  channel: OrganiserPolicyDeps['organiserChannel'];
  /** The bot's proactive messenger (a getter: the Teams adapter is built after the organiser console). */
  proactive: () => ProactiveMessenger;
};

/**
 * The organiser console (issue 5): who is an organiser, broadcast audiences, sending now or as a scheduled job. Its
 * broadcasts go through the one sender of src/composition/workers.ts, which wakes the dispatcher.
 */
export function composeOrganiser(p: OrganiserParts): { deps: OrganiserDeps; jobs: readonly JobDefinition[] } {
  const { clock } = p;
  const { deliveries, jobs, broadcasts: sender } = p.delivery;
  const districts = districtDirectory(p.directory);
  const resolver = new AudienceResolver({ repository: new KyselyAudienceRepository(p.database.db), conversations: personalContacts(p.contacts, p.delivery, clock, p.log), districts });
  const statusCards = new KyselyStatusCardRepository(p.database.db);
  const broadcasts = new AudienceBroadcastService({
    resolver,
    broadcasts: sender,
    deliveries,
    queue: new JobQueue({ jobs, clock, newId }),
    jobs,
    clock,
    statusCards,
  });
  const updater = new StatusCardUpdater({
    targets: statusCards,
    status: (broadcastId) => broadcasts.status(broadcastId),
    pusher: broadcastStatusPusher(p.proactive),
    clock,
    onFailure: (broadcastId, error) => p.log('warn', 'status card update failed', { broadcastId, error: String(error) }),
  });
  p.delivery.onOutcome((outcome) => updater.onOutcome(outcome.delivery.broadcastId));
  const policy = new OrganiserPolicy({ organiserIds: p.config.organiserIds, organiserChannel: p.channel, isTeamMember: teamsMembership, clock, log: p.log });
  return {
    deps: { isOrganiser: (context) => policy.isOrganiser(context), broadcasts, sessions: organiserSessions(p.catalogueRepo, clock), districts },
    jobs: broadcasts.jobDefinitions,
  };
}

