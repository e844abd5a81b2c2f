import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { composeLotsenbot } from '../../../src/compose.ts';
import { loadConfig } from '../../../src/config.ts';
import { ManualClock } from '../../../src/features/shared/index.ts';
import { botAdded, type TestUser } from '../../support/activities.ts';
import { at } from '../../support/enrolment-fixture.ts';
import { startFakeConnector, type ConnectorCall } from '../../support/fake-connector.ts';

const day = (date: string, from = '09:00', to = '16:30') => ({ date, from, to });

/** Sessions around both DST changes of 2027, one seat each so the waitlist moves; plus an online one. */
export const REMINDER_CATALOGUE = {
  sample: true,
  courses: [
    { id: 'basis', type: 'basis', title: 'Basisqualifizierung Kommunale Digitallotsen', days: 1, description: 'Ein Tag Grundlagen für die Tests der Erinnerungen.' },
    { id: 'lunch', type: 'digilunch', title: 'Digi-Lunch', days: 1, description: 'Eine Stunde online über ein Digitalisierungsthema.' },
  ],
  sessions: [
    {
      id: 'spring',
      courseId: 'basis',
      days: [day('2027-04-01')],
      mode: 'onsite',
      venue: 'Haus der Gemeinden',
      city: 'Karlsruhe',
      provider: 'Verwaltungsschule des Gemeindetags Baden-Württemberg',
      capacity: 1,
      feeCents: 23_000,
      registrationDeadline: '2027-03-30T23:59',
      cancellationDeadline: '2027-03-29T23:59',
    },
    {
      id: 'autumn',
      courseId: 'basis',
      days: [day('2027-11-02')],
      mode: 'onsite',
      venue: 'Rathaus',
      city: 'Ulm',
      provider: 'Führungsakademie Baden-Württemberg',
      capacity: 1,
      feeCents: 23_000,
      registrationDeadline: '2027-10-30T23:59',
      cancellationDeadline: '2027-10-29T23:59',
    },
    {
      id: 'lunch-april',
      courseId: 'lunch',
      days: [day('2027-04-14', '12:00', '13:00')],
      mode: 'online',
      onlineUrl: 'https://lotsen.example.org/online/lunch-2027-04',
      provider: 'Digitalakademie@bw',
      capacity: null,
      feeCents: 0,
      registrationDeadline: '2027-04-14T11:00',
      cancellationDeadline: '2027-04-14T11:00',
    },
  ],
};

/**
 * The composed bot with its background workers driven by hand: a ManualClock, a sleep that moves it (so the
 * sender's token buckets refill), the real store, and a fake Bot Connector that records every proactive message.
 */
export async function startReminderBot(options: { now?: string; env?: Record<string, string>; catalogue?: object; realTime?: boolean } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'lotsenbot-reminders-'));
  const catalogueFile = join(dir, 'catalogue.json');
  writeFileSync(catalogueFile, JSON.stringify(options.catalogue ?? REMINDER_CATALOGUE));
  const connector = await startFakeConnector();
  const config = loadConfig({
    DATABASE_URL: `sqlite:${join(dir, 'bot.sqlite')}`,
    LOG_LEVEL: 'silent',
    CALENDAR_LINK_SECRET: 'reminder-test-secret-0123456789',
    CATALOGUE_FILE: catalogueFile,
    ...options.env,
  });
  const clock = new ManualClock(at(options.now ?? '2027-03-01T10:00'));
  // Time moves in small steps: the sender sees its token buckets refill, yet still notices when nothing is left to do
  // (one big jump per sleep keeps it polling forever, as every wake-up is already past its next poll).
  const sleep = async (ms: number) => {
    clock.advance(Math.min(Math.max(0, ms), 10));
    await new Promise((resolve) => setImmediate(resolve));
  };
  const logs: Array<{ level: string; message: string; extra?: Record<string, unknown> }> = [];
  const log = (level: string, message: string, extra?: Record<string, unknown>) => logs.push({ level, message, extra });
  // realTime: the system clock and real sleeps, as `npm start` runs the workers.
  const bot = await composeLotsenbot(config, options.realTime ? { log } : { clock, sleep, log });
  await new Promise<void>((resolve) => bot.server.listen(0, '127.0.0.1', () => resolve()));
  const base = `http://127.0.0.1:${(bot.server.address() as AddressInfo).port}`;

  async function post(activity: Record<string, unknown>) {
    const response = await fetch(`${base}/api/messages`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ ...activity, serviceUrl: connector.url }) });
    const text = await response.text();
    return { status: response.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : undefined };
  }

  /** The person installs the app in their personal chat: the bot now knows where to reach them. */
  async function install(user: TestUser): Promise<void> {
    await post(botAdded({ from: user }) as Record<string, unknown>);
  }

  const sentByWorkers: ConnectorCall[] = [];
  /** Messages the background workers sent to this person's chat (not the bot's answers to what the person did). */
  const proactive = (user: TestUser): ConnectorCall[] => sentByWorkers.filter((c) => c.conversationId === `a:personal-${user.id}`);

  /** Lets relay, runner and sender do everything due by the clock's current time. */
  async function run() {
    const before = connector.calls.length;
    const report = await bot.workers.runOnce();
    sentByWorkers.push(...connector.calls.slice(before));
    return report;
  }

  /** Moves the clock to a Berlin local time, then runs the workers. */
  async function runAt(berlinLocal: string) {
    clock.set(at(berlinLocal));
    return run();
  }

  return {
    base,
    bot,
    clock,
    connector,
    logs,
    post,
    install,
    proactive,
    sentByWorkers,
    run,
    runAt,
    close: async () => {
      await bot.close();
      await connector.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export type ReminderBot = Awaited<ReturnType<typeof startReminderBot>>;

export const cardOfCall = (call: ConnectorCall | undefined): Record<string, unknown> | undefined =>
  ((call?.body.attachments as Array<{ content: Record<string, unknown> }> | undefined) ?? [])[0]?.content;
