import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { startBot, startPlayground as startPlaygroundServer } from '../../scripts/playground.ts';
import type { StartedPlayground } from '../../scripts/playground.ts';
import { launchChromium } from './chromium.ts';
import type { LaunchedBrowser } from './chromium.ts';

// Drives the Microsoft 365 Agents Playground (a Teams-like web chat) in headless Chromium. Selectors go by role and
// visible text, like a person would; the one CSS class used, `ac-adaptiveCard`, is the Adaptive Cards renderer's own.

export const E2E_OUTPUT_DIR = fileURLToPath(new URL('../../test-output/e2e/', import.meta.url));
const CARD = '.ac-adaptiveCard';

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

async function openUi(page: Page, url: string, attempts = 3): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 30_000 });
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
      restartConversation: () => openUi(page, server.url),
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

/** Switches to another of the Playground's conversations (personal chat is open at start). */
export async function openChat(page: Page, chat: ChatName): Promise<void> {
  await page.getByRole('treeitem', { name: chat, exact: true }).click();
  await composeBox(page).first().waitFor({ state: 'visible' });
}

// In group chats and channels the Playground, like Teams, delivers only messages that @mention the bot; the mention
// is made the way a person makes it, by typing "@" and picking the bot from the typeahead menu.
async function mentionBot(page: Page, botName: string): Promise<void> {
  await page.keyboard.type(`@${botName.slice(0, 4)}`);
  await page.getByRole('menuitem', { name: new RegExp(botName) }).first().click();
  await page.keyboard.insertText(' ');
}

/**
 * Types into the compose box (in a channel: "Start a new post") and sends; resolves once the box is empty again,
 * i.e. the message left. `mentionBot` is needed in group chats and channels.
 */
export async function sendMessage(page: Page, text: string, options: { mentionBot?: boolean; botName?: string } = {}): Promise<void> {
  const box = composeBox(page).first();
  await box.click();
  if (options.mentionBot) await mentionBot(page, options.botName ?? 'Test Bot');
  await page.keyboard.insertText(text);
  const post = page.getByRole('button', { name: 'Post', exact: true });
  const send = (await post.count()) > 0 ? post : page.getByRole('button', { name: 'Send Message', exact: true }).first();
  await send.click();
  await page.waitForFunction((element) => (element?.textContent ?? '') === '', await box.elementHandle(), { timeout: 15_000 });
}

/** The newest card showing `text` (cards are updated in place, so wait again after an action). */
export async function waitForCardText(page: Page, text: string | RegExp, options: { timeoutMs?: number } = {}): Promise<Locator> {
  const card = page.locator(CARD).filter({ hasText: text }).last();
  try {
    await card.waitFor({ state: 'visible', timeout: options.timeoutMs ?? 20_000 });
  } catch {
    const shown = await page.locator(CARD).allInnerTexts();
    throw new Error(`No card showing ${String(text)} within ${options.timeoutMs ?? 20_000} ms. Cards on screen:\n${shown.join('\n---\n') || '(none)'}`);
  }
  return card;
}

/** A plain text reply (not a card) from the bot. */
export async function waitForMessageText(page: Page, text: string | RegExp, options: { timeoutMs?: number } = {}): Promise<Locator> {
  const message = page.getByText(text).last();
  await message.waitFor({ state: 'visible', timeout: options.timeoutMs ?? 20_000 });
  return message;
}

export function latestCard(page: Page): Locator {
  return page.locator(CARD).last();
}

// On a page, controls are looked up in the cards and the newest match wins; inside a given card they must be unique.
type Scope = Page | Locator;
type Role = Parameters<Page['getByRole']>[0];
const isPage = (scope: Scope): scope is Page => 'goto' in scope;
const pageOf = (scope: Scope): Page => (isPage(scope) ? scope : scope.page());

function byRole(scope: Scope, roles: Role[], name: string, exact: boolean): Locator {
  const one = (role: Role) => (isPage(scope) ? scope.locator(CARD).getByRole(role, { name, exact }).last() : scope.getByRole(role, { name, exact }));
  return roles.map(one).reduce((all, next) => all.or(next));
}

// Names match exactly when such a control is on screen, else as a substring: a label's required marker ("Ihre
// Kommune *") and a toggle's label in front of its title are part of the accessible name.
async function control(scope: Scope, roles: Role[], name: string): Promise<Locator> {
  const exact = byRole(scope, roles, name, true);
  return (await exact.count()) > 0 ? exact : byRole(scope, roles, name, false);
}

/** Input.Text / Input.Number by its label (Adaptive Card input ids are not rendered into the page). */
export async function fillInput(scope: Scope, label: string, value: string): Promise<void> {
  await (await control(scope, ['textbox', 'spinbutton'], label)).fill(value);
}

async function pickListOption(page: Page, label: string, option: string): Promise<void> {
  const options = page.getByRole('listbox').getByRole('option');
  await options.first().waitFor({ state: 'visible', timeout: 5_000 }).catch(() => {
    throw new Error(`"${label}" offers no option after typing "${option}" (the Playground does not run Data.Query type-ahead searches)`);
  });
  const exact = options.filter({ has: page.getByText(option, { exact: true }) });
  await ((await exact.count()) > 0 ? exact.first() : options.filter({ hasText: option }).first()).click();
}

/** Input.ChoiceSet by label: expanded (radio buttons), compact or filtered (combobox; typing narrows long lists). */
export async function chooseOption(scope: Scope, label: string, option: string): Promise<void> {
  const field = await control(scope, ['radiogroup', 'combobox'], label);
  await field.waitFor({ state: 'visible' });
  if ((await field.getAttribute('role')) === 'radiogroup') {
    await (await control(field, ['radio'], option)).check();
    return;
  }
  await field.click();
  await field.fill(option);
  await pickListOption(pageOf(scope), label, option);
}

/** Input.Toggle by its title. */
export async function setToggle(scope: Scope, title: string, on = true): Promise<void> {
  await (await control(scope, ['checkbox'], title)).setChecked(on);
}

/**
 * Action.Execute / Action.Submit / Action.OpenUrl button by its title. When several sections of a card share the
 * title (a "Details" per session), `near` picks the button of the innermost section that also shows that text.
 */
export async function clickCardButton(scope: Scope, title: string, options: { near?: string | RegExp } = {}): Promise<void> {
  if (options.near === undefined) {
    await (await control(scope, ['button'], title)).click();
    return;
  }
  const root = isPage(scope) ? scope.locator(CARD) : scope;
  const button = pageOf(scope).getByRole('button', { name: title, exact: true });
  // Ancestors come before descendants in document order, so the last match is the innermost section.
  const section = root.locator('div').filter({ hasText: options.near }).filter({ has: button }).last();
  await section.getByRole('button', { name: title, exact: true }).click();
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
