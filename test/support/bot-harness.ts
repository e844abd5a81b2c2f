import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TestAdapter, type Activity } from 'botbuilder';
import { composeLotsenbot } from '../../src/compose.ts';
import { loadConfig } from '../../src/config.ts';
import { ManualClock } from '../../src/features/shared/index.ts';
import { at } from './enrolment-fixture.ts';

export type Logged = { level: string; message: string; extra?: Record<string, unknown> };

/**
 * The real bot (composition, SQLite store, sample catalogue, programme rules) behind botbuilder's TestAdapter,
 * with a clock the test controls.
 */
export async function startTestBot(options: { now?: string; env?: Record<string, string> } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'lotsenbot-bot-'));
  const config = loadConfig({
    DATABASE_URL: `sqlite:${join(dir, 'bot.sqlite')}`,
    PUBLIC_BASE_URL: 'https://lotsenbot.example.test',
    CALENDAR_LINK_SECRET: 'test-calendar-secret-0123456789',
    ...options.env,
  });
  const clock = new ManualClock(at(options.now ?? '2026-11-21T10:00'));
  const logs: Logged[] = [];
  const bot = await composeLotsenbot(config, { clock, log: (level, message, extra) => logs.push({ level, message, extra }) });
  const adapter = new TestAdapter(async (context) => {
    await bot.app.run(context);
  });

  async function send(activity: Partial<Activity>): Promise<Partial<Activity>[]> {
    adapter.activeQueue.splice(0);
    await adapter.processActivity(activity);
    return adapter.activeQueue.splice(0);
  }

  /** The card an Action.Execute answered with (its invoke response). */
  async function invokeCard(activity: Partial<Activity>): Promise<Record<string, unknown>> {
    const replies = await send(activity);
    const response = replies.find((r) => r.type === 'invokeResponse');
    const body = (response?.value as { body?: { value?: Record<string, unknown>; type?: string } } | undefined)?.body;
    if (!body?.value) throw new Error(`no card in the invoke response: ${JSON.stringify(replies).slice(0, 500)}`);
    return body.value;
  }

  return {
    bot,
    clock,
    logs,
    adapter,
    send,
    invokeCard,
    cleanup: async () => {
      await bot.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export const cardOf = (activity: Partial<Activity> | undefined): Record<string, unknown> | undefined =>
  activity?.attachments?.find((a) => a.contentType === 'application/vnd.microsoft.card.adaptive')?.content as Record<string, unknown> | undefined;

/** All text a card shows, for assertions that read like what a person sees. */
export function cardText(card: unknown): string {
  const out: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if ((key === 'text' || key === 'title' || key === 'value' || key === 'label' || key === 'placeholder') && typeof value === 'string') out.push(value);
        else walk(value);
      }
    }
  };
  walk(card);
  return out.join('\n');
}
