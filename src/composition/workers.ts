import { hostname } from 'node:os';
import type { KyselyCatalogueRepository } from '../adapters/storage/kysely-catalogue.repository.ts';
import type { Database } from '../adapters/storage/database.ts';
import { KyselyDeliveryRepository } from '../adapters/storage/kysely-delivery.repository.ts';
import type { KyselyEnrolmentStore } from '../adapters/storage/kysely-enrolment.store.ts';
import { KyselyJobRepository } from '../adapters/storage/kysely-job.repository.ts';
import { KyselyRetentionRepository } from '../adapters/storage/kysely-retention.repository.ts';
import type { KyselyOutboxRepository } from '../adapters/storage/kysely-outbox.repository.ts';
import { ClientCredentialsTokenSource, TeamsConversationOpener, TeamsNotifier } from '../adapters/teams-notifier/index.ts';
import type { CalendarLinks } from '../bot/calendar-links.ts';
import { noticeComposer } from '../bot/routes/reminder.routes.ts';
import type { Config } from '../config.ts';
import type { EnrolmentService } from '../features/catalogue/index.ts';
import { PersonalContacts, type ContactRepository, type PersonalConversationOpener } from '../features/contacts/index.ts';
import {
  BackgroundWorkers,
  BroadcastService,
  DeliveryDispatcher,
  JobQueue,
  JobRunner,
  OutboxRelay,
  housekeepingJob,
  notificationJobs,
  scheduleHousekeeping,
  type DeliveryOutcome,
  type JobDefinition,
  type Sleep,
} from '../features/reminders/index.ts';
import { newId, type Clock } from '../features/shared/index.ts';
import type { Log } from '../logger.ts';

/** The one sender (and its store) that every proactive message goes through: notices and organiser broadcasts. */
export interface Delivery {
  deliveries: KyselyDeliveryRepository;
  jobs: KyselyJobRepository;
  dispatcher: DeliveryDispatcher;
  /** Queues deliveries and wakes the dispatcher, so a broadcast starts at once rather than at the next poll. */
  broadcasts: BroadcastService;
  /** Opens a 1:1 chat with someone known only from a channel or group chat, with the sender's token. */
  opener: PersonalConversationOpener;
  workerId: string;
  /** Adds a listener for each settled delivery attempt (e.g. the organiser's status card); listeners must not throw. */
  onOutcome: (listener: (outcome: DeliveryOutcome) => void) => void;
}

export function composeDelivery(p: { config: Config; database: Database; clock: Clock; sleep: Sleep; log: Log }): Delivery {
  const { config, clock, sleep } = p;
  const workerId = `${hostname()}:${process.pid}`;
  const deliveries = new KyselyDeliveryRepository(p.database);
  const credentials = config.bot.appId && config.bot.appPassword ? { appId: config.bot.appId, password: config.bot.appPassword, tenantId: config.bot.appType === 'SingleTenant' ? config.bot.tenantId : undefined } : undefined;
  const tokenSource = credentials && new ClientCredentialsTokenSource(credentials);
  const notifier = new TeamsNotifier({ tokenSource });
  const listeners: Array<(outcome: DeliveryOutcome) => void> = [];
  const onOutcome = (outcome: DeliveryOutcome) => listeners.forEach((listen) => listen(outcome));
  const dispatcher = new DeliveryDispatcher({ deliveries, notifier, clock, sleep, random: Math.random, workerId, options: { pollIntervalMs: config.workers.deliveryPollMs }, onOutcome, onError: failureLog(p.log)('sending') });
  const broadcasts = new BroadcastService({ deliveries, clock, newId, onQueued: () => dispatcher.notify() });
  return { deliveries, jobs: new KyselyJobRepository(p.database), dispatcher, broadcasts, opener: new TeamsConversationOpener({ tokenSource }), workerId, onOutcome: (listener) => listeners.push(listener) };
}

/** A person's personal chat, opened through the connector when they only ever used the bot in a channel or group chat. */
export function personalContacts(contacts: ContactRepository, delivery: Delivery, clock: Clock, log: Log): PersonalContacts {
  return new PersonalContacts({
    contacts,
    opener: delivery.opener,
    clock,
    onOpen: (report) => log(report.outcome === 'opened' ? 'info' : 'warn', `personal chat ${report.outcome}`, { ...report }),
  });
}

const failureLog = (log: Log) => (what: string) => (error: unknown) => log('error', `${what} failed`, { error: String((error as Error)?.stack ?? error) });

export type WorkerParts = {
  config: Config;
  database: Database;
  planning: KyselyOutboxRepository;
  contacts: ContactRepository;
  clock: Clock;
  log: Log;
  sleep: Sleep;
  enrolment: EnrolmentService;
  calendarLinks: CalendarLinks;
  catalogueRepo: KyselyCatalogueRepository;
  store: KyselyEnrolmentStore;
  delivery: Delivery;
  /** Job types from outside the notifications (scheduled broadcasts): one runner must know every type it may claim. */
  moreJobs: readonly JobDefinition[];
};

/** Outbox relay, job runner and sender, over the same store; notices go through the broadcast engine's rate limits. */
export function composeWorkers(p: WorkerParts): BackgroundWorkers {
  const { config, clock, log, sleep } = p;
  const { broadcasts, dispatcher, jobs, workerId } = p.delivery;
  const onError = failureLog(log);
  const reads = {
    findEnrolment: (id: string) => p.store.findById(id),
    findSessionWithCourse: async (id: string) => {
      const session = await p.catalogueRepo.findSessionById(id);
      const course = session && (await p.catalogueRepo.findCourseById(session.courseId));
      return session && course ? { session, course } : undefined;
    },
  };
  const definitions = notificationJobs({
    reads,
    contacts: personalContacts(p.contacts, p.delivery, clock, log),
    composer: noticeComposer({ calendarLinks: p.calendarLinks, defaultLocale: config.defaultLocale }),
    broadcasts,
    offers: p.enrolment,
    onNotice: (report) => log('info', `notice ${report.outcome}`, { ...report }),
  });
  const queue = new JobQueue({ jobs, clock, newId });
  const housekeeping = housekeepingJob({
    store: new KyselyRetentionRepository(p.database),
    queue,
    onPruned: (report) => log('info', 'housekeeping: old jobs and processed events deleted', report),
  });
  const runner = new JobRunner({
    jobs,
    clock,
    sleep,
    random: Math.random,
    workerId,
    definitions: [...definitions, housekeeping, ...p.moreJobs],
    options: { pollIntervalMs: config.workers.jobPollMs },
    onSettled: (job, outcome, failure) => {
      if (outcome !== 'done') log('warn', `job ${outcome}`, { jobId: job.id, type: job.type, attempts: job.attempts, failure });
    },
    onError: onError('job runner'),
  });
  const relay = new OutboxRelay({
    store: p.planning,
    clock,
    sleep,
    options: { pollIntervalMs: config.workers.outboxPollMs },
    // An event nobody understands is set aside, not retried for ever; someone should hear that a notice may be missing.
    onEntry: (entry, outcome) => {
      if (outcome.kind === 'ignored') log('warn', 'outbox event not understood, marked processed', { id: entry.id, type: entry.type });
    },
    onError: onError('outbox relay'),
  });
  // Started with the server, not in tests that drive the loops themselves: the first housekeeping run is tonight.
  const onStart = () => scheduleHousekeeping(queue, housekeeping, clock.now()).catch(onError('scheduling housekeeping'));
  return new BackgroundWorkers({ relay, runner, dispatcher, onStart });
}

