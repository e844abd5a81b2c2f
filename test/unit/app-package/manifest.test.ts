import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppManifestUtils } from '@microsoft/app-manifest';
import { describe, expect, it } from 'vitest';
import { APP_PACKAGE_DIR, substitute } from '../../../scripts/package-app.ts';
import { validEnv } from './package-env.fixture.ts';
import { decodePng } from './png-reader.ts';

const readJson = (file: string) => JSON.parse(readFileSync(join(APP_PACKAGE_DIR, file), 'utf8')) as Record<string, unknown>;
type Bot = { botId: string; scopes: string[]; supportsFiles: boolean; commandLists: { scopes: string[]; commands: { title: string; description: string }[] }[] };

describe('manifest template', () => {
  it('uses the newest non-preview Teams schema that @microsoft/app-manifest bundles offline', () => {
    const bundled = readdirSync('node_modules/@microsoft/app-manifest/build/json-schemas/teams')
      .filter((name) => /^v1\.\d+$/.test(name)).map((name) => Number(name.slice(3)));
    const manifest = readJson('manifest.json');
    expect(manifest.manifestVersion).toBe(`1.${Math.max(...bundled)}`);
    expect(Number(String(manifest.manifestVersion).slice(2))).toBeGreaterThanOrEqual(19);
    expect(manifest.$schema).toBe(`https://developer.microsoft.com/json-schemas/teams/v${String(manifest.manifestVersion)}/MicrosoftTeams.schema.json`);
  });

  it('validates against the official schema once the placeholders are filled', async () => {
    const unknown = new Set<string>();
    const filled = substitute(readJson('manifest.json'), { ...validEnv() }, unknown);
    expect(unknown.size).toBe(0);
    expect(await AppManifestUtils.validateAgainstSchema(filled as never)).toEqual([]);
  });

  it('is rejected by the same schema when a filled value breaks it', async () => {
    const filled = substitute(readJson('manifest.json'), { ...validEnv(), BOT_ID: 'not-a-guid' }, new Set()) as Record<string, unknown>;
    const failures = await AppManifestUtils.validateAgainstSchema(filled as never);
    expect(failures.join('\n')).toMatch(/\/bots\/0\/botId/);
  });

  it('offers the bot in personal chat, teams and group chats with German commands per scope', () => {
    const [bot] = readJson('manifest.json').bots as Bot[];
    expect(bot.scopes).toEqual(['personal', 'team', 'groupChat']);
    expect(bot.supportsFiles).toBe(false);
    const titles = Object.fromEntries(bot.commandLists.map((list) => [list.scopes.join(), list.commands.map((c) => c.title)]));
    expect(titles).toEqual({
      personal: ['kurse', 'meine anmeldungen', 'frage', 'hilfe'],
      team: ['kurse', 'frage', 'hilfe'],
      groupChat: ['kurse', 'frage', 'hilfe'],
    });
    bot.commandLists.flatMap((list) => list.commands).forEach((command) => expect(command.description.length).toBeGreaterThan(0));
  });

  it('has an English localization whose command keys all point at commands that exist', () => {
    const manifest = readJson('manifest.json');
    const [bot] = manifest.bots as Bot[];
    expect(manifest.localizationInfo).toEqual({ defaultLanguageTag: 'de', additionalLanguages: [{ languageTag: 'en', file: 'en.json' }] });
    const english = readJson('en.json');
    const commandKeys = Object.keys(english).filter((key) => key.startsWith('bots['));
    expect(commandKeys).toHaveLength(bot.commandLists.flatMap((list) => list.commands).length);
    for (const key of commandKeys) {
      const [, list, command] = /^bots\[0\]\.commandLists\[(\d)\]\.commands\[(\d+)\]\.description$/.exec(key) ?? [];
      expect(bot.commandLists[Number(list)]?.commands[Number(command)], key).toBeDefined();
    }
  });
});

describe('icons', () => {
  it('color.png is a 192×192 full-colour icon', () => {
    const png = decodePng(readFileSync(join(APP_PACKAGE_DIR, 'color.png')));
    expect([png.width, png.height]).toEqual([192, 192]);
    const colours = new Set<string>();
    for (let i = 0; i < png.pixels.length; i += png.channels) colours.add(png.pixels.subarray(i, i + 3).join());
    expect(colours.size).toBeGreaterThan(3);
  });

  it('outline.png is 32×32, white on a transparent background', () => {
    const png = decodePng(readFileSync(join(APP_PACKAGE_DIR, 'outline.png')));
    expect([png.width, png.height, png.channels]).toEqual([32, 32, 4]);
    let transparent = 0;
    for (let i = 0; i < png.pixels.length; i += 4) {
      const [r, g, b, alpha] = png.pixels.subarray(i, i + 4);
      if (alpha > 0) expect([r, g, b]).toEqual([255, 255, 255]);
      if (alpha === 0) transparent++;
    }
    expect(png.pixels[3]).toBe(0);
    expect(transparent / (32 * 32)).toBeGreaterThan(0.3);
    expect(transparent / (32 * 32)).toBeLessThan(0.9);
  });

  it('the PNG reader refuses a file that is not a PNG', () => {
    expect(() => decodePng(Buffer.from('GIF89a'))).toThrow(/not a PNG/);
  });
});
