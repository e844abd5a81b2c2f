import { readFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { ConfigurationServiceClientCredentialFactory } from 'botbuilder';
import { TeamsAdapter } from '@microsoft/teams-ai';
import { KyselyCatalogueRepository } from './adapters/storage/kysely-catalogue.repository.ts';
import { KyselyAudienceRepository } from './adapters/storage/kysely-audience.repository.ts';
import { KyselyContactRepository } from './adapters/storage/kysely-contact.repository.ts';
import { KyselyEnrolmentStore } from './adapters/storage/kysely-enrolment.store.ts';
import { openDatabase, type Database } from './adapters/storage/database.ts';
import { KyselyDeliveryRepository } from './adapters/storage/kysely-delivery.repository.ts';
import { KyselyJobRepository } from './adapters/storage/kysely-job.repository.ts';
import { KyselyOutboxRepository } from './adapters/storage/kysely-outbox.repository.ts';
import { ClientCredentialsTokenSource, TeamsNotifier } from './adapters/teams-notifier/index.ts';
import { directoryLookup, programmeQuoter } from './adapters/programme/programme-funding.adapter.ts';
import { JsonKnowledgeBaseWriter } from './adapters/faq/json-knowledge-base.writer.ts';
import { KyselyFeedbackRepository } from './adapters/storage/kysely-feedback.repository.ts';
import { KyselyHandoverChannelRepository, KyselyTicketRepository } from './adapters/storage/kysely-ticket.repository.ts';
import type { FaqBotDeps } from './bot/routes/faq-deps.ts';
import { adapterMessenger } from './bot/routes/faq-proactive.ts';
import { ComputedAnswerService, HandoverService, describeKnowledgeBaseError, openKnowledgeBaseStore, type Watcher } from './features/faq/index.ts';
import type { MunicipalityDirectory, ProgrammeRules } from './features/programme/index.ts';
import { createBotApp } from './bot/app.ts';
import type { BotDeps } from './bot/bot-deps.ts';
import { CalendarLinks } from './bot/calendar-links.ts';
import { OrganiserPolicy, organiserSessions, teamsMembership, type OrganiserDeps, type OrganiserPolicyDeps } from './bot/organisers.ts';
import { directoryPicker } from './bot/municipality-picker.ts';
import { sanitizeIncoming } from './bot/sanitize-activity.ts';
import { noticeComposer } from './bot/routes/reminder.routes.ts';
import { voucherNote } from './bot/voucher-note.ts';
import type { Config } from './config.ts';
import { CatalogueService, EnrolmentService, SessionAdminService, buildCalendarInvite, loadCatalogueFile } from './features/catalogue/index.ts';
import { loadMunicipalityDirectory, loadProgrammeRules } from './features/programme/index.ts';
import type { ContactRepository } from './features/contacts/index.ts';
import {
  BackgroundWorkers,
  BroadcastService,
  DeliveryDispatcher,
  JobRunner,
  OutboxRelay,
  ReminderPlanService,
  notificationJobs,
  realSleep,
  type Sleep,
} from './features/reminders/index.ts';
import { newId, systemClock, type Clock } from './features/shared/index.ts';
import { AudienceBroadcastService, AudienceResolver, districtDirectory } from './features/reminders/audiences.ts';
import { JobQueue, type JobDefinition } from './features/reminders/index.ts';
import { createLog, type Log } from './logger.ts';
import { createServer } from './server.ts';

export const VERSION = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;

/** Builds the whole bot from a config: data files, store, services, Teams adapter, app, HTTP server. */
export async function composeLotsenbot(config: Config, options: { clock?: Clock; log?: Log; sleep?: Sleep } = {}) {
  const clock = options.clock ?? systemClock;
  const log = options.log ?? createLog(config.logLevel);
  const rules = loadProgrammeRules();
  const directory = loadMunicipalityDirectory();
  const catalogueFile = loadCatalogueFile(config.catalogueFile);
  const database = await openDatabase(config.databaseUrl);

  const catalogueRepo = new KyselyCatalogueRepository(database.db);
  const seeded = await catalogueRepo.insertMissing(catalogueFile.courses, catalogueFile.sessions);
  if (seeded.sessions > 0) log('info', 'catalogue seeded', { ...seeded, sample: catalogueFile.sample });
  const store = new KyselyEnrolmentStore(database);
  const enrolment = new EnrolmentService({ store, quoter: programmeQuoter(rules), municipalities: directoryLookup(directory), clock, offerTtlMs: config.offerTtlMs });
  const calendarLinks = new CalendarLinks(config.publicBaseUrl, config.calendarLinkSecret);
  const contacts = new KyselyContactRepository(database.db);
  const catalogue = new CatalogueService({ catalogue: catalogueRepo, clock });
  const planning = new KyselyOutboxRepository(database);
  const faq = await composeFaq({ config, database, rules, directory, clock, log, adapter: () => adapter });
  const organiser = composeOrganiser({ config, database, directory, contacts, catalogueRepo, clock, log, channel: () => faq.deps.handover.channel() });

  const deps: BotDeps = {
    catalogue,
    enrolment,
    admin: new SessionAdminService({ store, clock }),
    contacts,
    municipalities: directoryPicker(directory),
    calendarLinks,
    organiser: organiser.deps,
    faq: faq.deps,
    reminderPlans: new ReminderPlanService({ store: planning, clock }),
    clock,
    defaultLocale: config.defaultLocale,
    sampleCatalogue: catalogueFile.sample,
    offerHours: Math.round(config.offerTtlMs / 3_600_000),
    voucherNote: (courseType, locale) => voucherNote(rules, courseType, clock.now(), locale),
    log,
  };

  const adapter = new TeamsAdapter(
    {},
    new ConfigurationServiceClientCredentialFactory({
      MicrosoftAppId: config.bot.appId,
      MicrosoftAppPassword: config.bot.appPassword,
      MicrosoftAppTenantId: config.bot.tenantId,
      MicrosoftAppType: config.bot.appType,
    }),
  );
  adapter.use(sanitizeIncoming);
  const app = createBotApp(deps, adapter);
  const workers = composeWorkers({ config, database, planning, contacts, clock, log, sleep: options.sleep ?? realSleep, enrolment, calendarLinks, catalogueRepo, store, moreJobs: organiser.jobs });

  const server = createServer({
    processActivity: (req, res) => adapter.process(req, res, (context) => app.run(context).then(() => undefined)),
    health: async () => {
      const up = await database.ping();
      return { ok: up, version: VERSION, store: up ? 'ok' : 'unreachable' };
    },
    calendar: async (enrolmentId, signature) => {
      if (!calendarLinks.verify(enrolmentId, signature)) return undefined;
      const found = await store.findById(enrolmentId);
      const view = found && (await deps.catalogue.details(found.sessionId));
      if (!found || !view) return undefined;
      const cancelled = found.status !== 'confirmed' && found.status !== 'offered' && found.status !== 'waitlisted';
      return buildCalendarInvite({ enrolmentId, session: view.session, course: view.course, now: clock.now(), cancelled });
    },
    log,
  });

  return {
    server,
    app,
    adapter,
    database,
    deps,
    /** Not started here: src/index.ts starts them, tests drive them with `workers.runOnce()`. */
    workers,
    close: async () => {
      await workers.stop();
      faq.watcher.close();
      server.close();
      await database.close();
    },
  };
}

type WorkerParts = {
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
  /** Job types from outside the notifications (scheduled broadcasts): one runner must know every type it may claim. */
  moreJobs: readonly JobDefinition[];
};

/** Outbox relay, job runner and sender, over the same store; notices go through the broadcast engine's rate limits. */
function composeWorkers(p: WorkerParts): BackgroundWorkers {
  const { config, clock, log, sleep } = p;
  const workerId = `${hostname()}:${process.pid}`;
  const deliveries = new KyselyDeliveryRepository(p.database);
  const credentials = config.bot.appId && config.bot.appPassword ? { appId: config.bot.appId, password: config.bot.appPassword, tenantId: config.bot.appType === 'SingleTenant' ? config.bot.tenantId : undefined } : undefined;
  const notifier = new TeamsNotifier({ tokenSource: credentials && new ClientCredentialsTokenSource(credentials) });
  const onError = (what: string) => (error: unknown) => log('error', `${what} failed`, { error: String((error as Error)?.stack ?? error) });
  const dispatcher = new DeliveryDispatcher({ deliveries, notifier, clock, sleep, random: Math.random, workerId, options: { pollIntervalMs: config.workers.deliveryPollMs }, onError: onError('sending') });
  const broadcasts = new BroadcastService({ deliveries, clock, newId, onQueued: () => dispatcher.notify() });
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
    contacts: p.contacts,
    composer: noticeComposer({ calendarLinks: p.calendarLinks, defaultLocale: config.defaultLocale }),
    broadcasts,
    offers: p.enrolment,
    onNotice: (report) => log('info', `notice ${report.outcome}`, { ...report }),
  });
  const runner = new JobRunner({
    jobs: new KyselyJobRepository(p.database),
    clock,
    sleep,
    random: Math.random,
    workerId,
    definitions: [...definitions, ...p.moreJobs],
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
  return new BackgroundWorkers({ relay, runner, dispatcher });
}

type OrganiserParts = {
  config: Config;
  database: Database;
  directory: MunicipalityDirectory;
  contacts: ContactRepository;
  catalogueRepo: KyselyCatalogueRepository;
  clock: Clock;
  log: Log;
  channel: OrganiserPolicyDeps['organiserChannel'];
};

/**
 * The organiser console (issue 5): who is an organiser, broadcast audiences, sending now or as a scheduled job. Its
 * BroadcastService writes to the same deliveries table the workers' dispatcher sends from, at its next poll.
 */
function composeOrganiser(p: OrganiserParts): { deps: OrganiserDeps; jobs: readonly JobDefinition[] } {
  const { clock } = p;
  const deliveries = new KyselyDeliveryRepository(p.database);
  const jobs = new KyselyJobRepository(p.database);
  const districts = districtDirectory(p.directory);
  const resolver = new AudienceResolver({ repository: new KyselyAudienceRepository(p.database.db), conversations: p.contacts, districts });
  const broadcasts = new AudienceBroadcastService({
    resolver,
    broadcasts: new BroadcastService({ deliveries, clock, newId }),
    deliveries,
    queue: new JobQueue({ jobs, clock, newId }),
    jobs,
    clock,
  });
  const policy = new OrganiserPolicy({ organiserIds: p.config.organiserIds, organiserChannel: p.channel, isTeamMember: teamsMembership, clock, log: p.log });
  return {
    deps: { isOrganiser: (context) => policy.isOrganiser(context), broadcasts, sessions: organiserSessions(p.catalogueRepo, clock), districts },
    jobs: broadcasts.jobDefinitions,
  };
}

/** The knowledge base could not be loaded at start-up: the bot would answer nothing, so it does not start. */
export class FaqDataFileError extends Error {
  override name = 'FaqDataFileError';
}

type FaqParts = { config: Config; database: Database; rules: ProgrammeRules; directory: MunicipalityDirectory; clock: Clock; log: Log; adapter: () => TeamsAdapter };

/**
 * The FAQ (issue 4): the knowledge base from FAQ_FILE, watched so organisers' edits apply without a deploy (an invalid
 * edit keeps the previous answers and is logged), computed answers from the rules, tickets and votes in the store.
 */
async function composeFaq(p: FaqParts): Promise<{ deps: FaqBotDeps; watcher: Watcher }> {
  const opened = await openKnowledgeBaseStore(p.config.faqFile);
  if (!opened.ok) throw new FaqDataFileError(`FAQ_FILE: the knowledge base is not valid:\n${describeKnowledgeBaseError(opened.error)}`);
  const knowledgeBase = opened.value;
  const watcher = knowledgeBase.watch((result) =>
    result.ok
      ? p.log('info', 'knowledge base reloaded', { version: result.value.version, entries: result.value.entries.length })
      : p.log('warn', 'knowledge base file is invalid; the previous version keeps answering', { errors: describeKnowledgeBaseError(result.error) }),
  );
  const handover = new HandoverService({
    tickets: new KyselyTicketRepository(p.database),
    channel: new KyselyHandoverChannelRepository(p.database),
    knowledgeBase: new JsonKnowledgeBaseWriter(p.config.faqFile),
    clock: p.clock,
  });
  // The programme team's address as the rules data records it (facts: Städtetag BW, Stabsstelle Digitalisierung).
  const teamEmail = p.rules.fundingStatus.map((s) => s.recommendation.contact.email).find(Boolean) ?? 'digitallotsen@staedtetag-bw.de';
  const deps: FaqBotDeps = {
    knowledgeBase,
    computed: new ComputedAnswerService({ rules: p.rules, directory: p.directory }),
    handover,
    feedback: new KyselyFeedbackRepository(p.database),
    proactive: adapterMessenger(p.adapter, p.config.bot.appId),
    organiserIds: p.config.organiserIds,
    teamEmail,
  };
  return { deps, watcher };
}
