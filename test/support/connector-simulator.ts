import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Recipient } from '../../src/features/reminders/index.ts';

/**
 * A stand-in for the Teams Bot Connector: POST /v3/conversations/:id/activities over real HTTP, with the limits
 * Teams documents (learn.microsoft.com …/bots/how-to/rate-limit): 50 requests/s per app per tenant, and per bot per
 * thread 7/1 s, 8/2 s, 60/30 s, 1800/3600 s — sliding windows, every request counts. Errors use the connector's
 * `{ error: { code, message } }` shape and codes from Teams' "Status codes from bot conversational APIs".
 */
export type WindowLimit = { limit: number; windowMs: number };

export type SimulatorOptions = {
  /** Multiplies every allowed count; windows keep their length. */
  scale?: number;
  tenantLimits?: WindowLimit[];
  conversationLimits?: WindowLimit[];
  /** Shares in [0, 1] of requests answered 429 / 503 at random, on top of real limit breaches. */
  throttledShare?: number;
  unavailableShare?: number;
  /** Retry-After sent with injected 429s, in seconds. */
  retryAfterSeconds?: number;
  /** Conversations that always answer 403 (blocked by the user / bot disabled), by id or as a stable share. */
  forbiddenConversations?: Iterable<string>;
  forbiddenShare?: number;
  /** When set, requests without `Authorization: Bearer <token>` get 401. */
  requireToken?: string;
  /** Delay between accepting a message and answering, so tests can catch sends "on the wire". */
  responseDelayMs?: number;
  seed?: number;
};

export type AcceptedMessage = { conversationId: string; tenantId: string; idempotencyKey: string | null; activityId: string; atMs: number; activity: unknown };

export type SimulatorStats = {
  requests: number;
  accepted: number;
  throttledByLimit: number;
  injectedThrottled: number;
  injectedUnavailable: number;
  forbidden: number;
  notFound: number;
  unauthorized: number;
};

export const TEAMS_TENANT_LIMITS: WindowLimit[] = [{ limit: 50, windowMs: 1_000 }];
export const TEAMS_CONVERSATION_LIMITS: WindowLimit[] = [
  { limit: 7, windowMs: 1_000 },
  { limit: 8, windowMs: 2_000 },
  { limit: 60, windowMs: 30_000 },
  { limit: 1800, windowMs: 3_600_000 },
];

export interface ConnectorSimulator {
  /** Use as the recipients' serviceUrl. */
  readonly serviceUrl: string;
  readonly accepted: readonly AcceptedMessage[];
  readonly stats: Readonly<SimulatorStats>;
  register(recipients: Iterable<Pick<Recipient, 'conversationId' | 'tenantId'>>): void;
  /** How often each idempotency key was accepted. */
  acceptedByKey(): Map<string, number>;
  /** Accepted messages beyond the first per idempotency key. */
  duplicates(): number;
  forbiddenConversations(): Set<string>;
  close(): Promise<void>;
}

/** 10,000 people as 1:1 chats spread evenly over `tenants` tenants. */
export function simulatedAudience(count: number, tenants: number, serviceUrl: string): Recipient[] {
  return Array.from({ length: count }, (_, i) => ({
    userKey: `user-${i}`,
    tenantId: `tenant-${i % tenants}`,
    serviceUrl,
    conversationId: `a:1on1-${i}`,
  }));
}

export async function startConnectorSimulator(options: SimulatorOptions = {}): Promise<ConnectorSimulator> {
  const scale = options.scale ?? 1;
  const scaled = (limits: WindowLimit[]) => limits.map((l) => ({ limit: l.limit * scale, windowMs: l.windowMs }));
  const tenantLimits = scaled(options.tenantLimits ?? TEAMS_TENANT_LIMITS);
  const conversationLimits = scaled(options.conversationLimits ?? TEAMS_CONVERSATION_LIMITS);
  const random = mulberry32(options.seed ?? 42);
  const tenants = new Map<string, string>();
  const forbidden = new Set(options.forbiddenConversations ?? []);
  const windows = new Map<string, SlidingWindow[]>();
  const accepted: AcceptedMessage[] = [];
  const stats: SimulatorStats = { requests: 0, accepted: 0, throttledByLimit: 0, injectedThrottled: 0, injectedUnavailable: 0, forbidden: 0, notFound: 0, unauthorized: 0 };

  const windowsFor = (key: string, limits: WindowLimit[]) => {
    let found = windows.get(key);
    if (!found) windows.set(key, (found = limits.map((l) => new SlidingWindow(l))));
    return found;
  };

  const decide = (req: IncomingMessage, conversationId: string, body: unknown, nowMs: number): Answer => {
    if (options.requireToken && req.headers.authorization !== `Bearer ${options.requireToken}`) {
      stats.unauthorized++;
      return fail(401, 'Unauthorized', 'Authorization has been denied for this request.');
    }
    if (typeof body !== 'object' || body === null) return fail(400, 'BadArgument', 'Invalid activity.');
    const tenantId = tenants.get(conversationId);
    if (!tenantId) {
      stats.notFound++;
      return fail(404, 'ConversationNotFound', 'Conversation not found.');
    }
    if (forbidden.has(conversationId) || (options.forbiddenShare !== undefined && stableShare(conversationId, options.seed ?? 42) < options.forbiddenShare)) {
      forbidden.add(conversationId);
      stats.forbidden++;
      return stableShare(conversationId, 7) < 0.5
        ? fail(403, 'ConversationBlockedByUser', 'User blocked the conversation with the bot.')
        : fail(403, 'BotDisabledByAdmin', 'The tenant admin disabled this bot');
    }
    const all = [...windowsFor(`t:${tenantId}`, tenantLimits), ...windowsFor(`c:${conversationId}`, conversationLimits)];
    const waitMs = Math.max(0, ...all.map((w) => w.waitMs(nowMs)));
    all.forEach((w) => w.record(nowMs));
    if (waitMs > 0) {
      stats.throttledByLimit++;
      return fail(429, 'Throttled', 'Too many requests.', Math.ceil(waitMs / 1000));
    }
    const dice = random();
    if (dice < (options.unavailableShare ?? 0)) {
      stats.injectedUnavailable++;
      return { status: 503, body: '' };
    }
    if (dice < (options.unavailableShare ?? 0) + (options.throttledShare ?? 0)) {
      stats.injectedThrottled++;
      return fail(429, 'Throttled', 'Too many requests.', options.retryAfterSeconds ?? 1);
    }
    const activityId = `sim-${accepted.length + 1}`;
    const key = req.headers['idempotency-key'];
    accepted.push({ conversationId, tenantId, idempotencyKey: typeof key === 'string' ? key : null, activityId, atMs: nowMs, activity: body });
    stats.accepted++;
    return { status: 201, body: JSON.stringify({ id: activityId }) };
  };

  const server = createServer((req, res) => {
    const match = /^\/v3\/conversations\/([^/]+)\/activities\/?$/.exec(req.url ?? '');
    readBody(req).then(
      (text) => {
        if (req.method !== 'POST' || !match) return respond(res, fail(404, 'NotFound', 'No such route.'), 0);
        stats.requests++;
        respond(res, decide(req, decodeURIComponent(match[1]!), parseJson(text), performance.now()), options.responseDelayMs ?? 0);
      },
      () => res.destroy(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    serviceUrl: `http://127.0.0.1:${port}/`,
    accepted,
    stats,
    register: (recipients) => {
      for (const r of recipients) tenants.set(r.conversationId, r.tenantId);
    },
    acceptedByKey: () => countBy(accepted.map((m) => m.idempotencyKey ?? m.activityId)),
    duplicates: () => [...countBy(accepted.map((m) => m.idempotencyKey ?? m.activityId)).values()].reduce((sum, n) => sum + n - 1, 0),
    forbiddenConversations: () => new Set(forbidden),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

type Answer = { status: number; body: string; retryAfterSeconds?: number };

const fail = (status: number, code: string, message: string, retryAfterSeconds?: number): Answer => ({
  status,
  body: JSON.stringify({ error: { code, message } }),
  retryAfterSeconds,
});

function respond(res: ServerResponse, answer: Answer, delayMs: number): void {
  const send = () => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (answer.retryAfterSeconds !== undefined) headers['retry-after'] = String(answer.retryAfterSeconds);
    res.writeHead(answer.status, headers).end(answer.body);
  };
  if (delayMs > 0) setTimeout(send, delayMs);
  else send();
}

/** Exact "at most `limit` in any `windowMs`": a log of request times. */
class SlidingWindow {
  private readonly times: number[] = [];
  private readonly limit: WindowLimit;
  constructor(limit: WindowLimit) {
    this.limit = limit;
  }
  waitMs(nowMs: number): number {
    while (this.times.length > 0 && this.times[0]! <= nowMs - this.limit.windowMs) this.times.shift();
    if (this.times.length < this.limit.limit) return 0;
    return this.times[this.times.length - this.limit.limit]! + this.limit.windowMs - nowMs;
  }
  record(nowMs: number): void {
    this.times.push(nowMs);
  }
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function countBy(keys: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  return counts;
}

/** A stable pseudo-random number in [0, 1) per conversation, so a blocked chat stays blocked on every retry. */
function stableShare(text: string, seed: number): number {
  let h = 2166136261 ^ seed;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return ((h >>> 0) % 1_000_000) / 1_000_000;
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
