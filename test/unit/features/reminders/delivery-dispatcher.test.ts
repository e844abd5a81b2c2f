import { describe, expect, it } from 'vitest';
import {
  BroadcastService,
  DeliveryDispatcher,
  TEAMS_SEND_RATES,
  type ActivityNotifier,
  type DeliveryOutcome,
  type DispatcherOptions,
  type Recipient,
  type SendResult,
} from '../../../../src/features/reminders/index.ts';
import { ManualClock } from '../../../../src/features/shared/index.ts';
import { recipient } from './delivery-repository.contract.ts';
import { InMemoryDeliveryRepository } from './in-memory-delivery.repository.ts';

const T0 = '2026-12-01T08:00:00.000Z';

/** Answers from a script per conversation (default: accepted) and logs every call with its time. */
class ScriptedNotifier implements ActivityNotifier {
  readonly calls: Array<{ conversationId: string; tenantId: string; key: string; atMs: number }> = [];
  private readonly clock: ManualClock;
  private readonly scripts: Map<string, Array<SendResult | 'throw'>>;
  constructor(clock: ManualClock, scripts: Record<string, Array<SendResult | 'throw'>> = {}) {
    this.clock = clock;
    this.scripts = new Map(Object.entries(scripts));
  }
  async send(to: Recipient, _activity: unknown, key: string): Promise<SendResult> {
    this.calls.push({ conversationId: to.conversationId, tenantId: to.tenantId, key, atMs: this.clock.now().getTime() });
    const next = this.scripts.get(to.conversationId)?.shift() ?? { kind: 'accepted', activityId: `act-${this.calls.length}` };
    if (next === 'throw') throw new Error('socket hang up');
    return next;
  }
}

async function setup(recipients: Recipient[], scripts: Record<string, Array<SendResult | 'throw'>> = {}, options: Partial<DispatcherOptions> = {}) {
  const clock = new ManualClock(T0);
  const deliveries = new InMemoryDeliveryRepository();
  const notifier = new ScriptedNotifier(clock, scripts);
  const outcomes: DeliveryOutcome[] = [];
  const sleep = async (ms: number) => {
    clock.advance(ms);
    await new Promise((resolve) => setImmediate(resolve));
  };
  const dispatcher = new DeliveryDispatcher({ deliveries, notifier, clock, sleep, random: () => 0.5, workerId: 'w1', options, onOutcome: (o) => outcomes.push(o) });
  let n = 0;
  const service = new BroadcastService({ deliveries, clock, newId: (p) => `${p}-${String(++n).padStart(5, '0')}` });
  const created = await service.create({ broadcastId: 'b1', activity: { type: 'message', text: 'Hallo' }, recipients, createdBy: 'org' });
  expect(created.ok).toBe(true);
  return { clock, deliveries, notifier, dispatcher, service, outcomes };
}

const throttled = (retryAfter: string | null = '2'): SendResult => ({ kind: 'rejected', httpStatus: 429, code: 'Throttled', retryAfter });
const blocked: SendResult = { kind: 'rejected', httpStatus: 403, code: 'ConversationBlockedByUser', retryAfter: null };

describe('DeliveryDispatcher', () => {
  it('delivers every recipient exactly once, with the delivery id as idempotency key', async () => {
    const { dispatcher, notifier, service, deliveries } = await setup(Array.from({ length: 120 }, (_, i) => recipient(i, `tenant-${i % 3}`)));
    await dispatcher.runUntilSettled();
    expect(notifier.calls).toHaveLength(120);
    expect(new Set(notifier.calls.map((c) => c.key))).toEqual(new Set(deliveries.rows.keys()));
    expect(await service.summary('b1')).toMatchObject({ ok: true, value: { sent: 120, pending: 0, finished: true } });
  });

  it('does not let one blocked or broken recipient stop the others', async () => {
    const scripts = { 'a:conv-1': [blocked], 'a:conv-2': ['throw' as const, 'throw' as const], 'a:conv-3': [throttled(null)] };
    const { dispatcher, service, outcomes } = await setup([1, 2, 3, 4, 5].map((n) => recipient(n)), scripts);
    await dispatcher.runUntilSettled();
    const summary = await service.summary('b1');
    expect(summary).toMatchObject({ ok: true, value: { sent: 4, failed: { total: 1, permanent: 1, byReason: { blocked_by_user: 1 } } } });
    expect(outcomes.filter((o) => o.verdict.kind === 'retry')).toHaveLength(3);
  });

  it('never retries a permanent failure', async () => {
    const { dispatcher, notifier } = await setup([recipient(1)], { 'a:conv-1': [blocked, blocked] });
    await dispatcher.runUntilSettled();
    expect(notifier.calls).toHaveLength(1);
  });

  it('waits as long as Retry-After says before trying that recipient again', async () => {
    const { dispatcher, notifier } = await setup([recipient(1)], { 'a:conv-1': [throttled('7')] });
    await dispatcher.runUntilSettled();
    expect(notifier.calls).toHaveLength(2);
    expect(notifier.calls[1]!.atMs - notifier.calls[0]!.atMs).toBeGreaterThanOrEqual(7_000);
  });

  it('gives up after the configured attempts and records why', async () => {
    const unavailable: SendResult = { kind: 'rejected', httpStatus: 503, code: null, retryAfter: null };
    const { dispatcher, notifier, service } = await setup([recipient(1)], { 'a:conv-1': Array(10).fill(unavailable) }, { retry: { maxAttempts: 3, baseDelayMs: 100, maxDelayMs: 1_000 } });
    await dispatcher.runUntilSettled();
    expect(notifier.calls).toHaveLength(3);
    expect(await service.summary('b1')).toMatchObject({ ok: true, value: { failed: { retryable: 1, byReason: { retries_exhausted: 1 } } } });
  });

  it('keeps each tenant at or below 50 sends in any second while sending 45/s', async () => {
    const { dispatcher, notifier } = await setup(Array.from({ length: 600 }, (_, i) => recipient(i, `tenant-${i % 2}`)));
    await dispatcher.runUntilSettled();
    for (const tenant of ['tenant-0', 'tenant-1']) {
      const times = notifier.calls.filter((c) => c.tenantId === tenant).map((c) => c.atMs);
      let max = 0;
      for (let s = 0, e = 0; e < times.length; e++) {
        while (times[e]! - times[s]! >= 1_000) s++;
        max = Math.max(max, e - s + 1);
      }
      expect(max).toBeLessThanOrEqual(TEAMS_SEND_RATES.perTenant.ratePerSecond + TEAMS_SEND_RATES.perTenant.burst);
      const spanS = (times.at(-1)! - times[0]!) / 1000;
      expect(times.length / spanS).toBeGreaterThan(40);
    }
  });

  it('resends a delivery left "sending" by a crashed worker once its lease has expired', async () => {
    const { dispatcher, notifier, deliveries, clock } = await setup([recipient(1), recipient(2)], {}, { leaseMs: 30_000 });
    const [crashed] = [...deliveries.rows.keys()];
    await deliveries.claim([crashed!], 'dead-worker', clock.now(), new Date(clock.now().getTime() + 30_000));
    await dispatcher.runUntilSettled();
    const resent = notifier.calls.find((c) => c.key === crashed);
    expect(resent!.atMs - Date.parse(T0)).toBeGreaterThan(30_000);
    expect(notifier.calls).toHaveLength(2);
  });

  it('does not send a scheduled broadcast before its time', async () => {
    const clock = new ManualClock(T0);
    const deliveries = new InMemoryDeliveryRepository();
    const notifier = new ScriptedNotifier(clock);
    const service = new BroadcastService({ deliveries, clock, newId: (p) => `${p}-1` });
    await service.create({ broadcastId: 'b2', activity: { text: 'Später' }, recipients: [recipient(1)], createdBy: 'o', sendAt: new Date('2026-12-01T09:00:00.000Z') });
    const sleep = async (ms: number) => {
      clock.advance(ms);
      await new Promise((resolve) => setImmediate(resolve));
    };
    await new DeliveryDispatcher({ deliveries, notifier, clock, sleep, random: () => 0, workerId: 'w' }).runUntilSettled();
    expect(notifier.calls.map((c) => new Date(c.atMs).toISOString() >= '2026-12-01T09:00:00.000Z')).toEqual([true]);
  });

  it('stops cleanly while running and leaves the rest pending', async () => {
    const { dispatcher, deliveries, outcomes } = await setup(Array.from({ length: 500 }, (_, i) => recipient(i)));
    dispatcher.start();
    while (outcomes.length < 10) await new Promise((resolve) => setImmediate(resolve));
    await dispatcher.stop();
    const statuses = [...deliveries.rows.values()].map((r) => r.status);
    expect(statuses).not.toContain('sending');
    expect(statuses.filter((s) => s === 'pending').length).toBeGreaterThan(0);
  });
});
