import { existsSync, statSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ChromiumMissingError, requireChromium } from '../support/chromium.ts';
import {
  chooseOption, clickCardButton, fillInput, latestCard, openChat, saveDiagnostics, screenshot, sendMessage, setToggle,
  startBotProcess, startPlayground, waitForCardText,
} from '../support/playground-harness.ts';
import type { BotProcess, PlaygroundSession } from '../support/playground-harness.ts';
import { startLocaleProxy, withLocale } from '../../scripts/playground.ts';
import { startEchoBot } from './echo-bot.fixture.ts';

// Proves the browser harness against a throwaway echo bot, so the real bot's browser test can rely on it.

describe('Agents Playground harness', () => {
  let bot: BotProcess | undefined;
  let session: PlaygroundSession | undefined;
  const startedAt = Date.now();

  beforeAll(async () => {
    requireChromium();
    bot = await startBotProcess({ entry: 'test/e2e/echo-bot.fixture.ts' });
    session = await startPlayground({ botPort: bot.port });
    console.log(`playground harness ready in ${Date.now() - startedAt} ms at ${session.url}`);
  }, 180_000);

  afterEach(async (context) => {
    if (context.task.result?.state === 'fail' && session) await saveDiagnostics(session, context.task.name.replace(/\W+/g, '-'));
  });

  afterAll(async () => {
    await session?.stop();
    await bot?.stop();
    console.log(`playground harness total ${Date.now() - startedAt} ms`);
  }, 60_000);

  it('sends a message, fills the card, runs Action.Execute and sees the card replaced in place', async () => {
    const page = session!.page;
    await sendMessage(page, 'Hallo Lotsenbot');
    const card = await waitForCardText(page, 'Echo: Hallo Lotsenbot');
    expect(await card.innerText()).toContain('Sprache: de-DE');
    await fillInput(card, 'Ihr Name', 'Anna Beispiel');
    await chooseOption(card, 'Kommune', 'Achern');
    await chooseOption(card, 'Format', 'Vor Ort');
    await chooseOption(card, 'Kontakt', 'E-Mail');
    await setToggle(card, 'Ich stimme der Speicherung zu');
    await screenshot(page, 'harness-filled');
    await clickCardButton(card, 'Begrüßen');
    const answered = await waitForCardText(page, 'Danke!');
    expect(await answered.innerText()).toContain('verb=echo_greet id= name=Anna Beispiel place=08317001 format=vor_ort contact=email consent=ja');
    expect(await page.locator('.ac-adaptiveCard').count()).toBe(1);
    const path = await screenshot(page, 'harness-updated');
    expect(statSync(path).size).toBeGreaterThan(10_000);
  }, 120_000);

  it('finds controls on the page without a card locator, in the newest card', async () => {
    const page = session!.page;
    await session!.restartConversation();
    await sendMessage(page, 'erste');
    await waitForCardText(page, 'Echo: erste');
    await sendMessage(page, 'zweite');
    await waitForCardText(page, 'Echo: zweite');
    await fillInput(page, 'Ihr Name', 'Bert');
    await chooseOption(page, 'Kommune', 'Aalen');
    await clickCardButton(page, 'Begrüßen');
    await waitForCardText(page, 'name=Bert place=08136088');
    expect(await latestCard(page).innerText()).toContain('Danke!');
    await waitForCardText(page, 'Echo: erste', { timeoutMs: 1_000 });
  }, 120_000);

  it('clicks the button of the right section when several share a title', async () => {
    const page = session!.page;
    await sendMessage(page, 'liste');
    const card = await waitForCardText(page, 'Kurs B');
    await clickCardButton(card, 'Details', { near: 'Kurs B' });
    await waitForCardText(page, 'verb=echo_details id=B name=');
    await sendMessage(page, 'liste');
    await waitForCardText(page, 'Kurs C');
    await clickCardButton(page, 'Details', { near: 'Kurs C' });
    await waitForCardText(page, 'verb=echo_details id=C name=');
  }, 60_000);

  it('finds fields by part of their label, and explains an option list that stays empty', async () => {
    const page = session!.page;
    await sendMessage(page, 'Teilnamen');
    const card = await waitForCardText(page, 'Echo: Teilnamen');
    await fillInput(card, 'Name', 'Dora');
    await setToggle(card, 'Speicherung');
    await expect(chooseOption(card, 'Kommune', 'Atlantis')).rejects.toThrow('"Kommune" offers no option after typing "Atlantis"');
    await chooseOption(card, 'Kommune', 'Freiburg');
    await clickCardButton(card, 'Begrüßen');
    await waitForCardText(page, 'name=Dora place=08311000 format=online contact=teams consent=ja');
  }, 60_000);

  it('keeps the card and shows the validation message when a required input is empty', async () => {
    const page = session!.page;
    await sendMessage(page, 'ohne Namen');
    const card = await waitForCardText(page, 'Echo: ohne Namen');
    await clickCardButton(card, 'Begrüßen');
    await card.getByText('Bitte einen Namen eingeben').waitFor();
    expect(await card.innerText()).toContain('Echo: ohne Namen');
  }, 60_000);

  it.each([
    ['Group Chat', 'in der Gruppe'],
    ['My Team - General', 'im Kanal'],
  ] as const)('reaches the bot in %s by @mentioning it, and runs the card action there too', async (chat, text) => {
    const page = session!.page;
    await openChat(page, chat);
    await sendMessage(page, text, { mentionBot: true });
    const card = await waitForCardText(page, `Echo: ${text}`);
    await fillInput(card, 'Ihr Name', 'Carla');
    await chooseOption(card, 'Kommune', 'Freiburg im Breisgau');
    await clickCardButton(card, 'Begrüßen');
    await waitForCardText(page, 'name=Carla place=08311000');
    await screenshot(page, `harness-${chat.replace(/\W+/g, '-').toLowerCase()}`);
    await openChat(page, 'Personal Chat');
  }, 60_000);

  it('says which card text it waited for and what was on screen when it never appears', async () => {
    await expect(waitForCardText(session!.page, 'gibt es nicht', { timeoutMs: 500 })).rejects.toThrow(/No card showing gibt es nicht.*Cards on screen:.*Echo: ohne Namen/s);
  });
});

describe('locale proxy (the Playground always says en-US)', () => {
  const activity = {
    type: 'message', text: 'hallo', locale: 'en-US', entities: [{ type: 'clientInfo', locale: 'en-US' }, { type: 'mention', mentioned: { id: 'b1' }, text: '<at>Bot</at>' }],
    deliveryMode: 'expectReplies', channelId: 'msteams', serviceUrl: 'http://127.0.0.1:9/', id: 'a1',
    conversation: { id: 'c1', conversationType: 'personal' }, from: { id: 'u1' }, recipient: { id: 'b1' },
  };

  it('puts the chosen locale into the activity and its clientInfo entity, and leaves other entities alone', () => {
    expect(withLocale(activity, 'de-DE')).toMatchObject({ locale: 'de-DE', entities: [{ type: 'clientInfo', locale: 'de-DE' }, { type: 'mention', text: '<at>Bot</at>' }] });
    expect(withLocale('not an activity', 'de-DE')).toBe('not an activity');
  });

  it('forwards to the bot and returns its answer', async () => {
    const echo = await startEchoBot();
    const proxy = await startLocaleProxy(echo.port, 'de-DE');
    try {
      const response = await fetch(`http://127.0.0.1:${proxy.port}/api/messages`, {
        method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity),
      });
      expect(response.status).toBe(200);
      expect(JSON.stringify(await response.json())).toContain('Sprache: de-DE');
    } finally {
      await proxy.close();
      await echo.close();
    }
  });

  it('answers 502, naming the port, when no bot listens', async () => {
    const proxy = await startLocaleProxy(1, 'de-DE');
    try {
      const response = await fetch(`http://127.0.0.1:${proxy.port}/api/messages`, { method: 'POST', body: '{}' });
      expect(response.status).toBe(502);
      expect(await response.text()).toContain('bot on port 1 did not answer');
    } finally {
      await proxy.close();
    }
  });
});

describe('chromium check', () => {
  it('names the package to install when the browser is missing', () => {
    expect(() => requireChromium('/nonexistent/chromium')).toThrow(ChromiumMissingError);
    expect(() => requireChromium('/nonexistent/chromium')).toThrow(/apt-get install -y chromium/);
  });

  it('finds the Debian chromium on this machine', () => {
    expect(requireChromium()).toBe('/usr/bin/chromium');
    expect(existsSync('/usr/bin/chromium')).toBe(true);
  });
});
