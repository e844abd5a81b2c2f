import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Locator, Page, Response } from 'playwright-core';
import { startBot, startPlayground as startPlaygroundServer } from '../../scripts/playground.ts';
import type { StartedPlayground } from '../../scripts/playground.ts';
import { launchChromium } from './chromium.ts';
import type { LaunchedBrowser } from './chromium.ts';

// Drives the Microsoft 365 Agents Playground (a Teams-like web chat) in headless Chromium: starts it, opens it, sends
// messages. Working with the cards is in playground-card-controls.ts (re-exported here, so tests import one module).

export const E2E_OUTPUT_DIR = fileURLToPath(new URL('../../test-output/e2e/', import.meta.url));
export { chooseOption, clickCardButton, fillInput, latestCard, setToggle, waitForCardText, waitForMessageText } from './playground-card-controls.ts';

export type PlaygroundSession = {
  url: string;
  page: Page;
  context: BrowserContext;
  /** What the Playground server printed, and what the page logged as errors: attach both when a test fails. */
  serverOutput: () => string;
  pageErrors: () => string[];
  /** Reloads the UI: the Playground starts a fresh conversation (and sends installationUpdate again). */
  restartConversation: () => Promise<void>;
  stop: () => Promise<void>;
};

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export type BotProcess = { port: number; output: () => string; stop: () => Promise<void> };

/**
 * Runs a bot entry file (default: the real bot, src/index.ts) as a child in local mode on a free port, with its own
 * SQLite file in a temp dir unless `env.DATABASE_URL` says otherwise; resolves once GET /healthz answers.
 */
export async function startBotProcess(options: { entry?: string; env?: Record<string, string> } = {}): Promise<BotProcess> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'lotsenbot-e2e-'));
  const env = {
    ...process.env, DATABASE_URL: `sqlite:${join(dataDir, 'e2e.sqlite')}`, ...options.env,
    PORT: String(port), MicrosoftAppId: '', MicrosoftAppPassword: '',
  };
  try {
    const child = await startBot({ command: process.execPath, args: [options.entry ?? 'src/index.ts'], env }, port);
    const stop = async () => { await child.stop(); rmSync(dataDir, { recursive: true, force: true }); };
    return { port, output: child.output, stop };
  } catch (error) {
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
}

async function startServerWithRetries(botPort: number, locale: string | undefined, attempts: number): Promise<StartedPlayground> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await startPlaygroundServer({ botPort, locale, port: await freePort(), timeoutMs: 60_000 });
    } catch (error) {
      if (attempt >= attempts) throw error;
    }
  }
}

function composeBox(page: Page): Locator {
  return page.getByRole('textbox').and(page.locator('[contenteditable="true"]'));
}

// The UI's own calls to its server. A message typed before the conversation's install call has returned can be
// lost (seen once: a "Saga error" in the page and no request), so the harness waits for these instead of guessing.
const isInstallCall = (response: Response) => response.request().method() === 'POST' && /\/conversation\/[^/]+\/installation$/.test(new URL(response.url()).pathname);
const isMessageCall = (response: Response) => response.request().method() === 'POST' && /\/conversations\/[^/]+\/messages$/.test(new URL(response.url()).pathname);

async function openUi(page: Page, url: string, attempts = 3): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      const installed = page.waitForResponse(isInstallCall, { timeout: 30_000 });
      await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 30_000 });
      await installed;
      await composeBox(page).waitFor({ state: 'visible', timeout: 30_000 });
      return;
    } catch (error) {
      if (attempt >= attempts) throw error;
    }
  }
}

export type HarnessOptions = {
  botPort: number;
  /** The locale the bot sees. The Playground itself always says en-US; default de-DE, `null` leaves it alone. */
  locale?: string | null;
  attempts?: number;
};

/** Starts the Playground (pointed at a bot already listening on botPort) and opens its UI in Chromium. */
export async function startPlayground(options: HarnessOptions): Promise<PlaygroundSession> {
  const locale = options.locale === null ? undefined : options.locale ?? 'de-DE';
  const server = await startServerWithRetries(options.botPort, locale, options.attempts ?? 3);
  let browser: LaunchedBrowser | undefined;
  try {
    browser = await launchChromium();
    const page = await browser.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    page.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()); });
    await openUi(page, server.url);
    const launched = browser;
    let stopped = false;
    return {
      url: server.url, page, context: launched.context,
      serverOutput: server.child.output,
      pageErrors: () => [...errors],
      restartConversation: async () => { visitedChats.delete(page); await openUi(page, server.url); },
      stop: async () => {
        if (stopped) return;
        stopped = true;
        await launched.close();
        await server.stop();
      },
    };
  } catch (error) {
    await browser?.close();
    await server.stop();
    throw error;
  }
}

export type ChatName = 'Personal Chat' | 'Group Chat' | 'My Team - General' | 'My Team - Announcements';

const visitedChats = new WeakMap<Page, Set<ChatName>>();

/** Switches to another of the Playground's conversations (personal chat is open at start). */
export async function openChat(page: Page, chat: ChatName): Promise<void> {
  const visited = visitedChats.get(page) ?? new Set<ChatName>(['Personal Chat']);
  visitedChats.set(page, visited);
  // The first visit of a chat installs the app there (installationUpdate); wait for it before anyone types.
  const installed = visited.has(chat) ? undefined : page.waitForResponse(isInstallCall, { timeout: 15_000 });
  await page.getByRole('treeitem', { name: chat, exact: true }).click();
  await composeBox(page).first().waitFor({ state: 'visible' });
  await installed;
  visited.add(chat);
}

// In group chats and channels the Playground, like Teams, delivers only messages that @mention the bot; the mention
// is made the way a person makes it, by typing "@" and picking the bot from the typeahead menu.
async function mentionBot(page: Page, botName: string): Promise<void> {
  await page.keyboard.type(`@${botName.slice(0, 4)}`);
  await page.getByRole('menuitem', { name: new RegExp(botName) }).first().click();
  await page.keyboard.insertText(' ');
}

/**
 * Types into the compose box (in a channel: "Start a new post") and sends; resolves once the Playground has taken the
 * message and handed it to the bot. `mentionBot` is needed in group chats and channels.
 */
export async function sendMessage(page: Page, text: string, options: { mentionBot?: boolean; botName?: string; attempts?: number } = {}): Promise<void> {
  const attempts = options.attempts ?? 2;
  for (let attempt = 1; ; attempt++) {
    const box = composeBox(page).first();
    await box.click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Delete');
    if (options.mentionBot) await mentionBot(page, options.botName ?? 'Test Bot');
    await page.keyboard.insertText(text);
    const posted = page.waitForResponse(isMessageCall, { timeout: 20_000 });
    const post = page.getByRole('button', { name: 'Post', exact: true });
    await ((await post.count()) > 0 ? post : page.getByRole('button', { name: 'Send Message', exact: true }).first()).click();
    try {
      const response = await posted;
      if (!response.ok()) throw new Error(`the Playground answered ${response.status()} to the message`);
      return;
    } catch (error) {
      if (attempt >= attempts) throw new Error(`"${text.slice(0, 80)}" was not sent: ${String(error)}`);
    }
  }
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(E2E_OUTPUT_DIR, { recursive: true });
  const path = `${E2E_OUTPUT_DIR}${name}.png`;
  await page.screenshot({ path });
  return path;
}

/** Screenshot, accessibility tree, page errors and server output under test-output/e2e/, for a failed test. */
export async function saveDiagnostics(session: PlaygroundSession, name: string): Promise<void> {
  await screenshot(session.page, `${name}-failure`).catch(() => undefined);
  const tree = await session.page.locator('body').ariaSnapshot().catch((error: unknown) => String(error));
  const report = [`# ${name}`, '## page errors', ...session.pageErrors(), '## Playground output', session.serverOutput(), '## page', tree];
  writeFileSync(`${E2E_OUTPUT_DIR}${name}-failure.txt`, report.join('\n'));
}
