import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  APP_PACKAGE_DIR, buildAppPackage, describePackageError, ENV_DIR, parsePackageEnv, readEnvFiles, substitute,
} from '../../../scripts/package-app.ts';
import { VALID_RAW, validEnv } from './package-env.fixture.ts';

const tempDirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'lotsenbot-package-'));
  tempDirs.push(dir);
  return dir;
}
afterAll(() => tempDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function appPackageCopy(edit: (dir: string) => void): string {
  const dir = join(tempDir(), 'appPackage');
  cpSync(APP_PACKAGE_DIR, dir, { recursive: true, filter: (source) => !source.includes('/build') });
  edit(dir);
  return dir;
}

function editJson(dir: string, file: string, change: (json: Record<string, unknown>) => void): void {
  const json = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, unknown>;
  change(json);
  writeFileSync(join(dir, file), JSON.stringify(json));
}

// python's zipfile is an independent reader: it checks every entry's CRC and sizes against the central directory.
function zipListing(zipPath: string): { names: string[]; manifest: unknown } {
  const script = 'import json,sys,zipfile\nz=zipfile.ZipFile(sys.argv[1])\nassert z.testzip() is None\n'
    + 'print(json.dumps({"names": z.namelist(), "manifest": json.loads(z.read("manifest.json"))}))';
  return JSON.parse(execFileSync('python3', ['-c', script, zipPath], { encoding: 'utf8' })) as { names: string[]; manifest: unknown };
}

describe('buildAppPackage', () => {
  it('writes a zip with the filled manifest, the icons and the localization at its root', async () => {
    const zipPath = join(tempDir(), 'out', 'appPackage.zip');
    const built = await buildAppPackage({ env: validEnv(), zipPath });
    if (!built.ok) throw new Error(describePackageError(built.error, 'test'));
    const listing = zipListing(zipPath);
    expect(listing.names).toEqual(['manifest.json', 'color.png', 'outline.png', 'en.json']);
    const template = JSON.parse(readFileSync(join(APP_PACKAGE_DIR, 'manifest.json'), 'utf8')) as unknown;
    expect(listing.manifest).toEqual(substitute(template, { ...validEnv() }, new Set()));
    expect(listing.manifest).toMatchObject({ id: VALID_RAW.TEAMS_APP_ID, name: { short: 'Lotsenbot (dev)' }, validDomains: [VALID_RAW.BOT_DOMAIN] });
    expect(execFileSync('unzip', ['-l', zipPath], { encoding: 'utf8' })).toMatch(/outline\.png/);
  });

  it('builds the same bytes from the same inputs', async () => {
    const [first, second] = [join(tempDir(), 'a.zip'), join(tempDir(), 'b.zip')];
    await buildAppPackage({ env: validEnv(), zipPath: first });
    await buildAppPackage({ env: validEnv(), zipPath: second });
    expect(readFileSync(first).equals(readFileSync(second))).toBe(true);
  });

  it.each([
    ['a placeholder no variable fills', (dir: string) => editJson(dir, 'manifest.json', (m) => { m.version = '${{NOPE}}'; }), /unknown_placeholder|NOPE/],
    ['a manifest the schema rejects', (dir: string) => editJson(dir, 'manifest.json', (m) => { delete m.developer; }), /manifest\.json does not match.*developer/s],
    ['a localization the schema rejects', (dir: string) => editJson(dir, 'en.json', (m) => { m.surprise = 'x'; }), /en\.json does not match.*surprise/s],
    ['an icon the manifest names but the folder lacks', (dir: string) => rmSync(join(dir, 'outline.png')), /outline\.png is referenced/],
  ])('refuses %s and writes nothing', async (_case, edit, message) => {
    const zipPath = join(tempDir(), 'appPackage.zip');
    const built = await buildAppPackage({ env: validEnv(), appPackageDir: appPackageCopy(edit), zipPath });
    expect(built.ok).toBe(false);
    if (!built.ok) expect(`${built.error.code} ${describePackageError(built.error, 'test')}`).toMatch(message);
    expect(existsSync(zipPath)).toBe(false);
  });
});

describe('package environment', () => {
  it('accepts complete values and defaults the version to package.json', () => {
    const env = validEnv();
    expect(env.APP_VERSION).toBe((JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version);
    expect(env.APP_NAME_SUFFIX).toBe(' (dev)');
  });

  it.each([
    ['BOT_ID', undefined, 'BOT_ID is missing'],
    ['BOT_ID', '', 'BOT_ID is missing'],
    ['TEAMS_APP_ID', '1234', 'TEAMS_APP_ID must be a GUID'],
    ['BOT_DOMAIN', 'https://bot.example.de/api', 'BOT_DOMAIN must be a host name'],
    ['WEBSITE_URL', 'http://www.example.de', 'WEBSITE_URL must be an https:// URL'],
    ['PRIVACY_URL', 'datenschutz', 'PRIVACY_URL must be an https:// URL'],
    ['DEVELOPER_NAME', 'x'.repeat(33), 'DEVELOPER_NAME must be at most 32 characters'],
    ['APP_NAME_SUFFIX', ' (development build)', 'APP_NAME_SUFFIX must be at most 16 characters'],
    ['APP_VERSION', 'v1', 'APP_VERSION must be a version'],
  ])('rejects %s = %j with a message naming it', (name, value, message) => {
    const parsed = parsePackageEnv({ ...VALID_RAW, [name]: value });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(describePackageError(parsed.error, 'dev')).toContain(message);
  });

  it('reads the committed dev template, which needs its blanks filled before packaging', () => {
    const files = readEnvFiles('dev');
    if (!files.ok) throw new Error(files.error.code);
    expect(files.value.APP_NAME_SUFFIX).toBe(' (dev)');
    const parsed = parsePackageEnv(files.value);
    expect(parsed.ok ? [] : parsed.error).toMatchObject({ code: 'invalid_env' });
  });

  it('names the file when the environment does not exist', () => {
    const files = readEnvFiles('nowhere');
    expect(files).toEqual({ ok: false, error: { code: 'env_file_missing', path: join(ENV_DIR, '.env.nowhere') } });
  });
});

describe('npm run package (the script itself)', () => {
  const run = (env: Record<string, string>, out: string) => spawnSync(process.execPath, ['scripts/package-app.ts', '--env', 'dev', '--out', out], {
    encoding: 'utf8', env: { PATH: process.env.PATH ?? '', ...env },
  });

  it('packages with the dev template filled from the environment', () => {
    const out = join(tempDir(), 'cli.zip');
    const result = run(VALID_RAW, out);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(zipListing(out).names).toContain('manifest.json');
  });

  it('fails with exit code 1, listing every missing variable', () => {
    const out = join(tempDir(), 'cli-bad.zip');
    const result = run({}, out);
    expect(result.status).toBe(1);
    for (const name of ['TEAMS_APP_ID', 'BOT_ID', 'BOT_DOMAIN', 'WEBSITE_URL']) expect(result.stderr).toContain(`${name} is missing`);
    expect(existsSync(out)).toBe(false);
  });
});
