import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { BrowserContext } from 'playwright-core';

// Browser tests drive Debian's chromium package: `npx playwright install` cannot download browsers on these machines.

export const CHROMIUM_PATH = '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync',
];

export class ChromiumMissingError extends Error {
  override name = 'ChromiumMissingError';
}

export function requireChromium(path = CHROMIUM_PATH): string {
  if (!existsSync(path)) {
    throw new ChromiumMissingError(`Chromium is not installed at ${path}. Browser tests need Debian's package: `
      + 'run `apt-get update && apt-get install -y chromium` (.ci/run does this).');
  }
  return path;
}

export type LaunchedBrowser = { context: BrowserContext; close: () => Promise<void> };

/** A fresh profile per launch, so no state leaks between runs; headless, German locale, Berlin time. */
export async function launchChromium(options: { attempts?: number } = {}): Promise<LaunchedBrowser> {
  const executablePath = requireChromium();
  const attempts = options.attempts ?? 2;
  for (let attempt = 1; ; attempt++) {
    const profile = mkdtempSync(join(tmpdir(), 'lotsenbot-chromium-'));
    try {
      const context = await chromium.launchPersistentContext(profile, {
        executablePath, headless: true, args: CHROMIUM_ARGS, viewport: { width: 1280, height: 1000 },
        locale: 'de-DE', timezoneId: 'Europe/Berlin', timeout: 60_000,
      });
      context.setDefaultTimeout(15_000);
      const close = async () => {
        await context.close().catch(() => undefined);
        rmSync(profile, { recursive: true, force: true });
      };
      return { context, close };
    } catch (error) {
      rmSync(profile, { recursive: true, force: true });
      if (attempt >= attempts) throw error;
    }
  }
}
