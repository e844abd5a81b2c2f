// `npm run playground [-- --bot-port 3978 --port 56150 --locale de-DE --bot-entry src/index.ts]`: starts the bot in local mode and
// the Microsoft 365 Agents Playground pointed at it, waits until both answer, prints the URL, stops both on Ctrl-C.
// The functions are exported for the browser tests (test/support/playground-harness.ts), which run other bots.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { IncomingHttpHeaders } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { parseArgs, parseEnv } from 'node:util';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUTPUT_TAIL_CHARS = 20_000;
const STOP_GRACE_MS = 5_000;

export type Command = { command: string; args: string[]; env?: NodeJS.ProcessEnv };
export type Child = { name: string; process: ChildProcess; output: () => string; exited: Promise<number | null>; stop: () => Promise<void> };
export type StartedPlayground = { url: string; port: number; child: Child; stop: () => Promise<void> };

const running = new Set<Child>();
// Children live in their own process group (so Ctrl-C reaches only us, and we stop them in order); make sure none
// outlives this process even when it dies of an uncaught error.
process.once('exit', () => running.forEach((child) => killGroup(child.process, 'SIGKILL')));

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone between the check and the kill.
  }
}

export function startChild(name: string, spec: Command, echo = false): Child {
  const proc = spawn(spec.command, spec.args, { cwd: ROOT, env: spec.env ?? process.env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-OUTPUT_TAIL_CHARS);
    if (echo) process.stdout.write(chunk.toString('utf8').replace(/^(?=.)/gm, `[${name}] `));
  };
  proc.stdout?.on('data', collect);
  proc.stderr?.on('data', collect);
  const exited = new Promise<number | null>((resolve) => {
    proc.once('exit', (code) => { running.delete(child); resolve(code); });
    proc.once('error', (error) => { output += `\n${String(error)}`; running.delete(child); resolve(-1); });
  });
  const stop = async () => {
    killGroup(proc, 'SIGTERM');
    const timer = setTimeout(() => killGroup(proc, 'SIGKILL'), STOP_GRACE_MS);
    await exited;
    clearTimeout(timer);
  };
  const child: Child = { name, process: proc, output: () => output, exited, stop };
  running.add(child);
  return child;
}

export class StartupError extends Error {
  override name = 'StartupError';
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const hasExited = (child: Child) => child.process.exitCode !== null || child.process.signalCode !== null;

function failure(child: Child, what: string): StartupError {
  return new StartupError(`${what}\n--- last output of ${child.name} ---\n${child.output().slice(-4_000)}`);
}

/** Any HTTP answer counts: a bot may rightly say 404 or 503 on the URL probed and still be listening. */
export async function waitForHttp(url: string, child: Child, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (hasExited(child)) throw failure(child, `${child.name} exited (code ${child.process.exitCode}) before ${url} answered`);
    try {
      await fetch(url, { signal: AbortSignal.timeout(2_000) });
      return;
    } catch {
      await sleep(200);
    }
  }
  throw failure(child, `${url} did not answer within ${timeoutMs} ms`);
}

async function waitForOutput(child: Child, pattern: RegExp, timeoutMs: number): Promise<RegExpExecArray> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const match = pattern.exec(child.output());
    if (match) return match;
    if (hasExited(child)) throw failure(child, `${child.name} exited (code ${child.process.exitCode}) while starting`);
    await sleep(100);
  }
  throw failure(child, `${child.name} printed no ${pattern} within ${timeoutMs} ms`);
}

export function botEndpoint(botPort: number): string {
  return `http://127.0.0.1:${botPort}/api/messages`;
}

export async function startBot(command: Command, botPort: number, options: { timeoutMs?: number; echo?: boolean } = {}): Promise<Child> {
  const child = startChild('bot', command, options.echo);
  try {
    await waitForHttp(`http://127.0.0.1:${botPort}/healthz`, child, options.timeoutMs ?? 60_000);
    return child;
  } catch (error) {
    await child.stop();
    throw error;
  }
}

const HOP_BY_HOP = new Set(['host', 'connection', 'content-length', 'transfer-encoding', 'content-encoding', 'keep-alive']);
const endToEnd = (headers: IncomingHttpHeaders | Headers) =>
  Object.fromEntries([...(headers instanceof Headers ? headers : Object.entries(headers))].filter(([name]) => !HOP_BY_HOP.has(name.toLowerCase()))) as Record<string, string>;

export function withLocale(activity: unknown, locale: string): unknown {
  if (activity === null || typeof activity !== 'object' || !('type' in activity)) return activity;
  const entities = (activity as { entities?: unknown[] }).entities?.map((entity) =>
    (entity as { type?: string }).type === 'clientInfo' ? { ...(entity as object), locale } : entity);
  return { ...activity, locale, ...(entities ? { entities } : {}) };
}

/**
 * The Playground hard-codes locale "en-US" in every activity, so a German-first bot would always answer in English.
 * This proxy sits between the Playground and the bot and puts the chosen locale in instead.
 */
export async function startLocaleProxy(botPort: number, locale: string): Promise<{ port: number; close: () => Promise<void> }> {
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    let body = Buffer.concat(chunks);
    try {
      body = Buffer.from(JSON.stringify(withLocale(JSON.parse(body.toString('utf8')), locale)));
    } catch {
      // Not JSON (a probe, an empty GET): forwarded as it came.
    }
    try {
      const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
      const upstream = await fetch(`http://127.0.0.1:${botPort}${req.url}`, { method: req.method, headers: endToEnd(req.headers), body: hasBody ? body : undefined });
      const answer = Buffer.from(await upstream.arrayBuffer());
      // Not chained: restify, once loaded in this process, patches writeHead to return nothing.
      res.writeHead(upstream.status, endToEnd(upstream.headers));
      res.end(answer);
    } catch (error) {
      res.writeHead(502);
      res.end(`bot on port ${botPort} did not answer: ${String(error)}`);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const close = () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); });
  return { port: (server.address() as AddressInfo).port, close };
}

export type PlaygroundOptions = { botPort: number; port?: number; locale?: string; timeoutMs?: number; echo?: boolean };

/** The Playground takes another port when the one asked for is taken; the port it prints is the truth. */
export async function startPlayground(options: PlaygroundOptions): Promise<StartedPlayground> {
  const proxy = options.locale === undefined ? undefined : await startLocaleProxy(options.botPort, options.locale);
  const cli = createRequire(import.meta.url).resolve('@microsoft/m365agentsplayground/cli.js');
  const endpoint = botEndpoint(proxy?.port ?? options.botPort);
  const args = [cli, '-p', String(options.port ?? 56150), '-e', endpoint, '-c', 'msteams', '--disable-telemetry'];
  const child = startChild('playground', { command: process.execPath, args, env: { ...process.env, TEAMSAPPTESTER_BROWSER: 'none' } }, options.echo);
  const stop = async () => { await child.stop(); await proxy?.close(); };
  try {
    const timeoutMs = options.timeoutMs ?? 60_000;
    const port = Number((await waitForOutput(child, /Listening on (\d+)/, timeoutMs))[1]);
    const url = `http://localhost:${port}`;
    await waitForHttp(url, child, timeoutMs);
    return { url, port, child, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

function localEnv(): Record<string, string | undefined> {
  const file = `${ROOT}env/.env.playground`;
  const fromFile = existsSync(file) ? parseEnv(readFileSync(file, 'utf8')) : {};
  const fromShell = Object.fromEntries(Object.entries(process.env).filter(([, value]) => value !== ''));
  return { ...fromFile, ...fromShell };
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: {
    'bot-port': { type: 'string' }, port: { type: 'string' }, 'bot-entry': { type: 'string' }, locale: { type: 'string', default: 'de-DE' },
  } });
  const env = localEnv();
  const botPort = Number(values['bot-port'] ?? env.PORT ?? 3978);
  const port = Number(values.port ?? env.PLAYGROUND_PORT ?? 56150);
  // The Playground sends no token: the bot must run in local mode (auth off), whatever the shell says.
  const botEnv = { ...env, PORT: String(botPort), MicrosoftAppId: '', MicrosoftAppPassword: '' };
  const bot = await startBot({ command: process.execPath, args: [values['bot-entry'] ?? 'src/index.ts'], env: botEnv }, botPort, { echo: true });
  const playground = await startPlayground({ botPort, port, locale: values.locale, echo: true }).catch(async (error: unknown) => { await bot.stop(); throw error; });
  let stopping = false;
  const stopAll = async (exitCode: number) => {
    if (stopping) return;
    stopping = true;
    await Promise.all([playground.stop(), bot.stop()]);
    process.exit(exitCode);
  };
  process.once('SIGINT', () => void stopAll(0));
  process.once('SIGTERM', () => void stopAll(0));
  void bot.exited.then((code) => {
    if (stopping) return;
    console.error(`The bot stopped (code ${code}); stopping the Playground.`);
    void stopAll(1);
  });
  console.log(`\nBot:        ${botEndpoint(botPort)} (locale ${values.locale}; --locale en-US for English)`
    + `\nPlayground: ${playground.url}   <- open this in a browser\nCtrl-C stops both.\n`);
}

if (import.meta.main) {
  main().catch((error: unknown) => {
    // The children's output was already echoed above; the tail in the message would only repeat it.
    console.error(error instanceof Error ? error.message.split('\n--- last output')[0] : error);
    process.exit(1);
  });
}
