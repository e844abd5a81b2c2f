import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/adapters/storage/database.ts';
import { simulatedAudience, startConnectorSimulator, type ConnectorSimulator } from '../../support/connector-simulator.ts';

const RECIPIENTS = 3_000;
const TENANTS = 3;
const SCALE = 4;
const LEASE_MS = 3_000;
const MAX_IN_FLIGHT = 64;
const BLOCKED = ['a:1on1-17', 'a:1on1-1700', 'a:1on1-2999'];

const dir = mkdtempSync(join(tmpdir(), 'lotsenbot-crash-'));
const databaseUrl = `sqlite:${join(dir, 'store.sqlite')}`;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function startChild(sim: ConnectorSimulator): { child: ChildProcess; exited: Promise<number | null>; output: () => string } {
  let output = '';
  const child = spawn('node_modules/.bin/node', ['test/integration/reminders/broadcast-crash.child.ts'], {
    env: {
      ...process.env,
      CRASH_DATABASE_URL: databaseUrl,
      CRASH_SERVICE_URL: sim.serviceUrl,
      CRASH_RECIPIENTS: String(RECIPIENTS),
      CRASH_TENANTS: String(TENANTS),
      CRASH_SCALE: String(SCALE),
      CRASH_LEASE_MS: String(LEASE_MS),
      CRASH_MAX_IN_FLIGHT: String(MAX_IN_FLIGHT),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, output: () => output };
}

async function until(condition: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

async function storedStatuses(): Promise<Map<string, { status: string; permanent: number }>> {
  const store = await openDatabase(databaseUrl);
  try {
    const rows = await store.db.selectFrom('broadcast_deliveries').select(['id', 'status', 'permanent']).execute();
    return new Map(rows.map((r) => [r.id, { status: r.status, permanent: r.permanent }]));
  } finally {
    await store.close();
  }
}

describe('a broadcast survives SIGKILL mid-way', () => {
  it('delivers to everyone exactly once, apart from the sends on the wire at the kill, which it counts', async () => {
    const sim = await startConnectorSimulator({ scale: SCALE, throttledShare: 0.02, unavailableShare: 0.01, forbiddenConversations: BLOCKED, responseDelayMs: 5 });
    try {
      sim.register(simulatedAudience(RECIPIENTS, TENANTS, sim.serviceUrl));

      const first = startChild(sim);
      await until(() => sim.accepted.length >= RECIPIENTS / 3, 20_000);
      first.child.kill('SIGKILL');
      expect(await first.exited).toBeNull();
      await new Promise((resolve) => setTimeout(resolve, 300)); // requests already on the wire still arrive

      const atKill = await storedStatuses();
      const acceptedAtKill = new Set(sim.accepted.map((m) => m.idempotencyKey!));
      const inFlightAtKill = [...acceptedAtKill].filter((key) => atKill.get(key)?.status !== 'sent');
      const claimedAtKill = [...atKill.values()].filter((r) => r.status === 'sending').length;
      expect(atKill.size).toBe(RECIPIENTS);
      expect(acceptedAtKill.size).toBeLessThan(RECIPIENTS);
      expect(inFlightAtKill.length).toBeLessThanOrEqual(MAX_IN_FLIGHT);
      // Claims the dead process held: the restarted one may take them only after their lease.
      expect(claimedAtKill).toBeGreaterThan(0);

      const second = startChild(sim);
      expect(await second.exited, second.output()).toBe(0);
      expect(second.output()).toContain('"created":false');

      const byKey = sim.acceptedByKey();
      const final = await storedStatuses();
      const duplicated = [...byKey].filter(([, n]) => n > 1).map(([key]) => key);
      const blockedIds = [...final].filter(([, r]) => r.status === 'failed' && r.permanent === 1).map(([id]) => id);
      const lost = [...final.keys()].filter((id) => !byKey.has(id) && !blockedIds.includes(id));
      console.log(JSON.stringify({ acceptedAtKill: acceptedAtKill.size, claimedAtKill, inFlightAtKill: inFlightAtKill.length, duplicates: duplicated.length, lost: lost.length }));

      expect(lost).toEqual([]);
      expect(blockedIds).toHaveLength(BLOCKED.length);
      expect(duplicated.every((key) => inFlightAtKill.includes(key))).toBe(true);
      expect(Math.max(...byKey.values())).toBeLessThanOrEqual(2);
      expect([...final.values()].every((r) => r.status === 'sent' || (r.status === 'failed' && r.permanent === 1))).toBe(true);
    } finally {
      await sim.close();
    }
  }, 60_000);
});
