import { readFileSync } from 'node:fs';
import { ConfigurationServiceClientCredentialFactory } from 'botbuilder';
import { TeamsAdapter } from '@microsoft/teams-ai';
import { directoryLookup, programmeQuoter } from './adapters/programme/programme-funding.adapter.ts';
import { openDatabase } from './adapters/storage/database.ts';
import { KyselyCatalogueRepository } from './adapters/storage/kysely-catalogue.repository.ts';
import { KyselyContactRepository } from './adapters/storage/kysely-contact.repository.ts';
import { KyselyEnrolmentStore } from './adapters/storage/kysely-enrolment.store.ts';
import { KyselyOutboxRepository } from './adapters/storage/kysely-outbox.repository.ts';
import { createBotApp } from './bot/app.ts';
import type { BotDeps } from './bot/bot-deps.ts';
import { CalendarLinks } from './bot/calendar-links.ts';
import { directoryPicker } from './bot/municipality-picker.ts';
import { sanitizeIncoming } from './bot/sanitize-activity.ts';
import { voucherNote } from './bot/voucher-note.ts';
import { composeFaq } from './composition/faq.ts';
import { composeOrganiser } from './composition/organiser.ts';
import { composeDelivery, composeWorkers } from './composition/workers.ts';
import type { Config } from './config.ts';
import { CatalogueService, EnrolmentService, SessionAdminService, buildCalendarInvite, loadCatalogueFile } from './features/catalogue/index.ts';
import { loadMunicipalityDirectory, loadProgrammeRules } from './features/programme/index.ts';
import { ReminderPlanService, realSleep, type Sleep } from './features/reminders/index.ts';
import { systemClock, type Clock } from './features/shared/index.ts';
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
  const sleep = options.sleep ?? realSleep;
  const delivery = composeDelivery({ config, database, clock, sleep, log });
  const organiser = composeOrganiser({ config, database, delivery, directory, contacts, catalogueRepo, clock, log, channel: () => faq.deps.handover.channel(), proactive: () => faq.deps.proactive });

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
  const workers = composeWorkers({ config, database, planning, contacts, clock, log, sleep, enrolment, calendarLinks, catalogueRepo, store, delivery, moreJobs: organiser.jobs });

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
