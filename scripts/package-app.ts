// `npm run package [-- --env dev] [--out file.zip]`: fills appPackage/manifest.json's ${{PLACEHOLDERS}} from env/.env.<name>
// (+ env/.env.<name>.user + process.env), validates the result offline against the official Teams schema and writes
// appPackage/build/appPackage.zip. Bad configuration is reported, naming each variable, before anything is written.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, parseEnv } from 'node:util';
import { deflateRawSync, crc32 } from 'node:zlib';
import { AppManifestUtils } from '@microsoft/app-manifest';
import { z } from 'zod';
import { err, ok } from '../src/features/shared/index.ts';
import type { Result } from '../src/features/shared/index.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const APP_PACKAGE_DIR = join(ROOT, 'appPackage');
export const ENV_DIR = join(ROOT, 'env');

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const HOSTNAME = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,63}$/i;
const SEMVER = /^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/;

const text = (max: number) => z.string({ error: 'is missing' }).trim().min(1, 'is missing').max(max, `must be at most ${max} characters`);
const guid = z.string({ error: 'is missing' }).regex(GUID, 'must be a GUID like 1b2c3d4e-0000-4000-8000-00000000abcd');
const httpsUrl = z.url({ protocol: /^https$/, error: (issue) => (issue.input === undefined ? 'is missing' : 'must be an https:// URL') });

export const PackageEnvSchema = z.object({
  TEAMS_APP_ID: guid,
  BOT_ID: guid,
  BOT_DOMAIN: z.string({ error: 'is missing' }).regex(HOSTNAME, 'must be a host name without scheme or path, e.g. lotsenbot.example.de'),
  APP_NAME_SUFFIX: z.string().max(16, 'must be at most 16 characters (the short name may have 30)').default(''),
  APP_VERSION: z.string().regex(SEMVER, 'must be a version like 1.0.0'),
  DEVELOPER_NAME: text(32),
  WEBSITE_URL: httpsUrl,
  PRIVACY_URL: httpsUrl,
  TERMS_URL: httpsUrl,
});
export type PackageEnv = z.infer<typeof PackageEnvSchema>;

export type PackageError =
  | { code: 'env_file_missing'; path: string }
  | { code: 'invalid_env'; issues: string[] }
  | { code: 'unknown_placeholder'; file: string; names: string[] }
  | { code: 'file_missing'; file: string }
  | { code: 'schema_invalid'; file: string; failures: string[] };

type RawEnv = Record<string, string | undefined>;

export function readEnvFiles(envName: string, envDir = ENV_DIR): Result<RawEnv, PackageError> {
  const path = join(envDir, `.env.${envName}`);
  if (!existsSync(path)) return err({ code: 'env_file_missing', path });
  const userPath = `${path}.user`;
  const user = existsSync(userPath) ? parseEnv(readFileSync(userPath, 'utf8')) : {};
  return ok({ ...parseEnv(readFileSync(path, 'utf8')), ...user });
}

// Empty values count as missing, so a template line `BOT_ID=` gives "BOT_ID is missing", not "must be a GUID".
export function parsePackageEnv(raw: RawEnv): Result<PackageEnv, PackageError> {
  const present = Object.fromEntries(Object.entries(raw).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = PackageEnvSchema.safeParse({ APP_VERSION: packageVersion(), ...present });
  if (parsed.success) return ok(parsed.data);
  const issues = parsed.error.issues.map((issue) => {
    const name = String(issue.path[0]);
    const got = present[name] === undefined ? '' : ` (got "${present[name]}")`;
    return `${name} ${issue.message}${got}`;
  });
  return err({ code: 'invalid_env', issues });
}

function packageVersion(): string {
  return (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
}

const PLACEHOLDER = /\$\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g;

export function substitute(value: unknown, values: Record<string, string>, unknown: Set<string>): unknown {
  if (typeof value === 'string') {
    return value.replace(PLACEHOLDER, (whole, name: string) => values[name] ?? (unknown.add(name), whole));
  }
  if (Array.isArray(value)) return value.map((item) => substitute(item, values, unknown));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, substitute(item, values, unknown)]));
  }
  return value;
}

export type ZipEntry = { name: string; data: Buffer };
export type BuiltPackage = { zipPath: string; manifest: Record<string, unknown>; entries: ZipEntry[] };
type JsonObject = Record<string, unknown>;

function fillJson(file: string, appPackageDir: string, values: Record<string, string>): Result<JsonObject, PackageError> {
  const unknown = new Set<string>();
  const filled = substitute(JSON.parse(readFileSync(join(appPackageDir, file), 'utf8')), values, unknown) as JsonObject;
  return unknown.size > 0 ? err({ code: 'unknown_placeholder', file, names: [...unknown] }) : ok(filled);
}

function packagedFiles(manifest: JsonObject): { icons: string[]; localizations: string[] } {
  const icons = Object.values((manifest.icons ?? {}) as Record<string, string>);
  const info = (manifest.localizationInfo ?? {}) as { defaultLanguageFile?: string; additionalLanguages?: { file: string }[] };
  const localizations = [info.defaultLanguageFile, ...(info.additionalLanguages ?? []).map((language) => language.file)];
  return { icons, localizations: localizations.filter((file): file is string => file !== undefined) };
}

async function validated(file: string, json: JsonObject): Promise<Result<JsonObject, PackageError>> {
  const schema = usableSchema(await AppManifestUtils.fetchSchema(String(json.$schema)));
  const failures = await AppManifestUtils.validateAgainstSchema(json as never, schema as never);
  return failures.length > 0 ? err({ code: 'schema_invalid', file, failures }) : ok(json);
}

// Every bundled MicrosoftTeams.Localization.schema.json (v1.19–v1.30) has patternProperties keys with a lone `]`
// ("…\\b]\\.description$"), which ajv's unicode regexps reject at compile time. Escaping that bracket keeps the meaning.
function usableSchema(schema: unknown): unknown {
  const patterns = (schema as { patternProperties?: Record<string, unknown> }).patternProperties;
  if (patterns === undefined) return schema;
  const fixed = Object.entries(patterns).map(([key, value]) => [compiles(key) ? key : key.replaceAll('\\b]', '\\b\\]'), value]);
  return { ...(schema as object), patternProperties: Object.fromEntries(fixed) };
}

function compiles(pattern: string): boolean {
  try {
    new RegExp(pattern, 'u');
    return true;
  } catch {
    return false;
  }
}

export type BuildOptions = { env: PackageEnv; appPackageDir?: string; zipPath?: string };

export async function buildAppPackage(options: BuildOptions): Promise<Result<BuiltPackage, PackageError>> {
  const appPackageDir = options.appPackageDir ?? APP_PACKAGE_DIR;
  const zipPath = options.zipPath ?? join(appPackageDir, 'build', 'appPackage.zip');
  const values: Record<string, string> = { ...options.env };
  const manifest = fillJson('manifest.json', appPackageDir, values);
  if (!manifest.ok) return manifest;
  const checked = await validated('manifest.json', manifest.value);
  if (!checked.ok) return checked;
  const { icons, localizations } = packagedFiles(manifest.value);
  const entries: ZipEntry[] = [{ name: 'manifest.json', data: Buffer.from(JSON.stringify(manifest.value, null, 2)) }];
  for (const file of [...icons, ...localizations]) {
    if (!existsSync(join(appPackageDir, file))) return err({ code: 'file_missing', file });
  }
  for (const file of icons) entries.push({ name: file, data: readFileSync(join(appPackageDir, file)) });
  for (const file of localizations) {
    const localization = fillJson(file, appPackageDir, values);
    if (!localization.ok) return localization;
    const valid = await validated(file, localization.value);
    if (!valid.ok) return valid;
    entries.push({ name: file, data: Buffer.from(JSON.stringify(localization.value, null, 2)) });
  }
  mkdirSync(dirname(zipPath), { recursive: true });
  writeFileSync(zipPath, writeZip(entries));
  return ok({ zipPath, manifest: manifest.value, entries });
}

// A fixed 1980-01-01 timestamp makes the zip byte-for-byte reproducible from the same inputs.
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

export function writeZip(entries: ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const deflated = deflateRawSync(entry.data, { level: 9 });
    const [method, body] = deflated.length < entry.data.length ? [8, deflated] : [0, entry.data];
    const common = Buffer.alloc(26);
    common.writeUInt16LE(20, 0);
    common.writeUInt16LE(0x0800, 2);
    common.writeUInt16LE(method, 4);
    common.writeUInt16LE(0, 6);
    common.writeUInt16LE(DOS_DATE, 8);
    common.writeUInt32LE(crc32(entry.data), 10);
    common.writeUInt32LE(body.length, 14);
    common.writeUInt32LE(entry.data.length, 18);
    common.writeUInt16LE(name.length, 22);
    const local = Buffer.concat([u32(0x04034b50), common, name, body]);
    const tail = Buffer.alloc(14);
    tail.writeUInt32LE(offset, 10);
    centrals.push(Buffer.concat([u32(0x02014b50), u16(20), common, tail, name]));
    locals.push(local);
    offset += local.length;
  }
  const central = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(central.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, central, end]);
}

const u16 = (value: number) => { const b = Buffer.alloc(2); b.writeUInt16LE(value); return b; };
const u32 = (value: number) => { const b = Buffer.alloc(4); b.writeUInt32LE(value); return b; };

export function describePackageError(error: PackageError, envName: string): string {
  switch (error.code) {
    case 'env_file_missing': return `No environment file ${error.path}. Copy env/.env.dev to it and fill in the values.`;
    case 'invalid_env': return `env/.env.${envName} (or the environment) is not usable:\n  - ${error.issues.join('\n  - ')}`;
    case 'unknown_placeholder': return `${error.file} uses placeholders no variable fills: ${error.names.join(', ')}`;
    case 'file_missing': return `appPackage/${error.file} is referenced by the manifest but does not exist`;
    case 'schema_invalid': return `${error.file} does not match the Teams schema:\n  - ${error.failures.join('\n  - ')}`;
  }
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { env: { type: 'string', default: 'dev' }, out: { type: 'string' } } });
  const envName = values.env;
  const files = readEnvFiles(envName);
  const overrides = Object.fromEntries(Object.entries(process.env).filter(([, value]) => value !== ''));
  const env = files.ok ? parsePackageEnv({ ...files.value, ...overrides }) : files;
  const built = env.ok ? await buildAppPackage({ env: env.value, zipPath: values.out }) : env;
  if (!built.ok) {
    console.error(describePackageError(built.error, envName));
    return 1;
  }
  console.log(`wrote ${built.value.zipPath}: ${built.value.entries.map((entry) => entry.name).join(', ')}`);
  return 0;
}

if (import.meta.main) process.exitCode = await main();
