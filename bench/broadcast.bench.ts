/**
 * npm run bench:broadcast — 10,000 recipients in 3 tenants (one 1:1 chat each) through the real dispatcher, the real
 * SQLite store (temp file) and the real HTTP notifier, against the simulated Bot Connector with 2 % injected 429s,
 * 0.5 % 503s and 0.2 % permanently blocked chats. Sender and simulator limits are scaled by the same factor (SCALE).
 * Last line: one JSON object. Required: lost 0, duplicates 0, ratio_to_limit ≥ 0.85.
 *
 * The ceiling, for reading the ratio: the sender uses 45 of Teams' 50 requests/s per tenant; every injected failure
 * spends a request, so at most 45/50 × 9,981/10,280 = 0.874 is reachable, and the last 429s make everyone wait their
 * Retry-After (1 s) at the end. Larger scales shorten the run but not that second: ×1 (76 s of sending) tops out at
 * 0.862, ×2 at 0.851, ×20 at 0.69. Hence SCALE=1 by default. SENDER_RATE / SENDER_BURST override the sender.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../src/adapters/storage/database.ts';
import { KyselyDeliveryRepository } from '../src/adapters/storage/kysely-delivery.repository.ts';
import { TeamsNotifier } from '../src/adapters/teams-notifier/index.ts';
import { BroadcastService, DeliveryDispatcher, TEAMS_SEND_RATES, realSleep, scaleSendRates } from '../src/features/reminders/index.ts';
import { newId, systemClock } from '../src/features/shared/index.ts';
import { simulatedAudience } from '../test/support/connector-simulator.ts';
import { startConnectorSimulatorInWorker } from '../test/support/connector-simulator-worker.ts';

const env = (name: string, fallback: number) => (process.env[name] ? Number(process.env[name]) : fallback);
const RECIPIENTS = env('RECIPIENTS', 10_000);
const TENANTS = env('TENANTS', 3);
const SCALE = env('SCALE', 1);
const THROTTLED = env('THROTTLED_SHARE', 0.02);
const UNAVAILABLE = env('UNAVAILABLE_SHARE', 0.005);
const FORBIDDEN = env('FORBIDDEN_SHARE', 0.002);
const TEAMS_RPS_PER_TENANT = 50;

const dir = mkdtempSync(join(tmpdir(), 'lotsenbot-bench-broadcast-'));
const store = await openDatabase(`sqlite:${join(dir, 'store.sqlite')}`);
// Its own thread, like Teams on another machine: our SQLite fsyncs must not distort the arrival times it counts.
const sim = await startConnectorSimulatorInWorker({ scale: SCALE, throttledShare: THROTTLED, unavailableShare: UNAVAILABLE, forbiddenShare: FORBIDDEN, retryAfterSeconds: 1, seed: 2026 });

try {
  const audience = simulatedAudience(RECIPIENTS, TENANTS, sim.serviceUrl);
  await sim.register(audience);
  const deliveries = new KyselyDeliveryRepository(store);
  const perTenant = { ratePerSecond: env('SENDER_RATE', TEAMS_SEND_RATES.perTenant.ratePerSecond), burst: env('SENDER_BURST', TEAMS_SEND_RATES.perTenant.burst) };
  const rates = scaleSendRates({ ...TEAMS_SEND_RATES, perTenant }, SCALE);
  const dispatcher = new DeliveryDispatcher({
    deliveries,
    notifier: new TeamsNotifier({ timeoutMs: 10_000 }),
    clock: systemClock,
    sleep: realSleep,
    random: Math.random,
    workerId: newId('bench'),
    options: { rates, maxInFlight: 128, leaseMs: 30_000, pollIntervalMs: 100 },
    onError: (error) => console.error('dispatcher error:', error),
  });
  const service = new BroadcastService({ deliveries, clock: systemClock, newId });

  const started = performance.now();
  const created = await service.create({ broadcastId: 'bench-broadcast', activity: { type: 'message', text: 'Einladung zum Vernetzungstreffen' }, recipients: audience, createdBy: 'bench' });
  if (!created.ok) throw new Error(`broadcast refused: ${created.error.code}`);
  const createdMs = performance.now() - started;
  // The rate Teams limits is the sending; storing the 10,000 deliveries beforehand is reported on its own.
  const sendingStarted = performance.now();
  await dispatcher.runUntilSettled();
  const seconds = (performance.now() - sendingStarted) / 1000;

  const summary = await service.summary('bench-broadcast');
  if (!summary.ok) throw new Error('summary missing');
  const report = await sim.report();
  const delivered = new Set(report.accepted.map((m) => m.idempotencyKey)).size;
  const { stats, duplicates } = report;
  const permanent = summary.value.failed.permanent;
  const lost = RECIPIENTS - delivered - permanent;
  const allowedPerSecond = TEAMS_RPS_PER_TENANT * SCALE * TENANTS;
  const ratio = delivered / seconds / allowedPerSecond;

  console.log(`machine: ${cpus().length} CPUs, load average ${loadavg().map((l) => l.toFixed(1)).join(' / ')} (the sender loses tokens while the machine stalls it)`);
  console.log(`broadcast to ${RECIPIENTS} recipients in ${TENANTS} tenants, limits ×${SCALE} (sender ${rates.perTenant.ratePerSecond}/s + burst ${rates.perTenant.burst} per tenant; Teams ${TEAMS_RPS_PER_TENANT * SCALE}/s)`);
  console.log(`  stored ${RECIPIENTS} deliveries in ${createdMs.toFixed(0)} ms, then sending until all settled took ${seconds.toFixed(2)} s`);
  console.log(`  connector: ${stats.requests} requests, ${stats.accepted} accepted, ${stats.injectedThrottled} injected 429, ${stats.injectedUnavailable} injected 503, ${stats.throttledByLimit} 429 for a real limit breach, ${stats.forbidden} 403`);
  console.log(`  store: sent ${summary.value.sent}, failed ${summary.value.failed.total} (permanent ${permanent}: ${JSON.stringify(summary.value.failed.byReason)}), pending ${summary.value.pending}`);
  console.log(`  delivered ${delivered}, duplicates ${duplicates}, lost ${lost}; ${(delivered / seconds).toFixed(1)} msg/s = ${(ratio * 100).toFixed(1)} % of the allowed ${allowedPerSecond}/s`);
  console.log(
    JSON.stringify({
      recipients: RECIPIENTS,
      delivered,
      lost,
      duplicates: duplicates,
      permanent_failures: permanent,
      seconds: Number(seconds.toFixed(3)),
      ratio_to_limit: Number(ratio.toFixed(4)),
    }),
  );
} finally {
  await sim.close();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}
