/**
 * The bot's sending side as its own process, for the crash test: opens the store, creates the broadcast (a no-op
 * when it exists — a restarted process finds it there) and sends until nothing is open. Configured by environment.
 */
import { openDatabase } from '../../../src/adapters/storage/database.ts';
import { KyselyDeliveryRepository } from '../../../src/adapters/storage/kysely-delivery.repository.ts';
import { TeamsNotifier } from '../../../src/adapters/teams-notifier/index.ts';
import { BroadcastService, DeliveryDispatcher, TEAMS_SEND_RATES, realSleep, scaleSendRates } from '../../../src/features/reminders/index.ts';
import { newId, systemClock } from '../../../src/features/shared/index.ts';
import { simulatedAudience } from '../../support/connector-simulator.ts';

const setting = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is required`);
  return value;
};

const store = await openDatabase(setting('CRASH_DATABASE_URL'));
const deliveries = new KyselyDeliveryRepository(store);
const audience = simulatedAudience(Number(setting('CRASH_RECIPIENTS')), Number(setting('CRASH_TENANTS')), setting('CRASH_SERVICE_URL'));
const created = await new BroadcastService({ deliveries, clock: systemClock, newId }).create({
  broadcastId: 'crash-broadcast',
  activity: { type: 'message', text: 'Erinnerung: Basisqualifizierung' },
  recipients: audience,
  createdBy: 'crash-test',
});
if (!created.ok) throw new Error(`broadcast refused: ${created.error.code}`);

const dispatcher = new DeliveryDispatcher({
  deliveries,
  notifier: new TeamsNotifier({ timeoutMs: 1_000 }),
  clock: systemClock,
  sleep: realSleep,
  random: Math.random,
  workerId: newId('crash-worker'),
  options: {
    rates: scaleSendRates(TEAMS_SEND_RATES, Number(setting('CRASH_SCALE'))),
    leaseMs: Number(setting('CRASH_LEASE_MS')),
    maxInFlight: Number(setting('CRASH_MAX_IN_FLIGHT')),
    pollIntervalMs: 100,
  },
  onError: (error) => console.error('dispatcher error:', error),
});
console.log(JSON.stringify({ started: true, created: created.value.created }));
await dispatcher.runUntilSettled();
await store.close();
console.log(JSON.stringify({ settled: true }));
