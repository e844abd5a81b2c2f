import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { requireChromium } from '../support/chromium.ts';
import {
  clickCardButton, fillInput, saveDiagnostics, screenshot, sendMessage, setToggle, startBotProcess, startPlayground, waitForCardText,
} from '../support/playground-harness.ts';
import type { BotProcess, PlaygroundSession } from '../support/playground-harness.ts';
import { writeShiftedCatalogue } from '../support/shifted-catalogue.ts';

// A person in the Microsoft 365 Agents Playground: asks for the courses, opens a session, fills the enrolment card,
// clicks "Anmelden" and sees the confirmation — the real bot (src/index.ts) on its real SQLite store.

describe('enrolling through the Agents Playground', () => {
  let bot: BotProcess | undefined;
  let session: PlaygroundSession | undefined;
  const dir = mkdtempSync(join(tmpdir(), 'lotsenbot-e2e-catalogue-'));

  beforeAll(async () => {
    requireChromium();
    bot = await startBotProcess({ env: { CATALOGUE_FILE: writeShiftedCatalogue(dir) } });
    session = await startPlayground({ botPort: bot.port });
  }, 180_000);

  afterEach(async (context) => {
    if (context.task.result?.state === 'fail' && session) await saveDiagnostics(session, `enrolment-${context.task.name.replace(/\W+/g, '-')}`);
  });

  afterAll(async () => {
    await session?.stop();
    await bot?.stop();
    rmSync(dir, { recursive: true, force: true });
  }, 60_000);

  it('asks for the catalogue, opens a session, fills the card, clicks Anmelden and sees the confirmed card', async () => {
    const page = session!.page;
    await sendMessage(page, 'kurse');
    const catalogue = await waitForCardText(page, 'Kurse und Termine');
    await screenshot(page, 'enrolment-1-catalogue');
    await clickCardButton(catalogue, 'Details', { near: 'Basisqualifizierung Kommunale Digitallotsen' });
    const details = await waitForCardText(page, 'Anmeldeschluss');
    expect(await details.innerText()).toContain('Basisqualifizierung');
    await clickCardButton(details, 'Anmelden');
    const form = await waitForCardText(page, 'Dienststelle / Fachbereich');
    // The Playground offers no options for Data.Query type-ahead: the typed-name fallback is what a person uses there.
    await fillInput(form, 'Kommune nicht gefunden? Name eingeben', 'Aidlingen');
    await fillInput(form, 'Dienststelle / Fachbereich', 'Hauptamt');
    await setToggle(form, 'Ich bin einverstanden');
    await screenshot(page, 'enrolment-2-form');
    await clickCardButton(form, 'Anmelden');
    const confirmed = await waitForCardText(page, 'Sie sind angemeldet', { timeoutMs: 30_000 });
    const text = await confirmed.innerText();
    expect(text).toContain('Eigenanteil');
    expect(text).toContain('Zum Kalender hinzufügen');
    const shot = await screenshot(page, 'enrolment-3-confirmed');
    expect(statSync(shot).size).toBeGreaterThan(10_000);
  }, 180_000);
});
