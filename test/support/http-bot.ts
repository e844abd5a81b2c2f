import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { composeLotsenbot } from '../../src/compose.ts';
import { loadConfig } from '../../src/config.ts';
import { ManualClock } from '../../src/features/shared/index.ts';
import { at } from './enrolment-fixture.ts';
import { startFakeConnector } from './fake-connector.ts';

/** The real server on a random port, a fake Bot Connector for its replies, and a way to post activities. */
export async function startHttpBot(options: { now?: string; env?: Record<string, string> } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'lotsenbot-http-'));
  const connector = await startFakeConnector();
  const config = loadConfig({ DATABASE_URL: `sqlite:${join(dir, 'bot.sqlite')}`, LOG_LEVEL: 'silent', CALENDAR_LINK_SECRET: 'http-test-secret-0123456789', ...options.env });
  const clock = new ManualClock(at(options.now ?? '2026-11-21T10:00'));
  const bot = await composeLotsenbot(config, { clock, log: () => undefined });
  await new Promise<void>((resolve) => bot.server.listen(0, '127.0.0.1', () => resolve()));
  const base = `http://127.0.0.1:${(bot.server.address() as AddressInfo).port}`;

  async function post(activity: Record<string, unknown>, headers: Record<string, string> = {}) {
    const response = await fetch(`${base}/api/messages`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...headers },
      body: JSON.stringify({ ...activity, serviceUrl: connector.url }),
    });
    const text = await response.text();
    return { status: response.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : undefined };
  }

  return {
    base,
    bot,
    clock,
    connector,
    post,
    close: async () => {
      await bot.close();
      await connector.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
