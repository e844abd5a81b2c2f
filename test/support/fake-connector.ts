import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ConnectorCall {
  method: string;
  path: string;
  conversationId: string;
  /** The activity id in the path: replyToId for a reply, the updated activity for a PUT. */
  activityId?: string;
  body: Record<string, unknown>;
  /** The test clock's time when the call arrived (when a clock was given). */
  at?: number;
}

/** How the fake answers one activity call; undefined: 200 with a fresh id. */
export type ConnectorAnswer = (call: ConnectorCall) => { status: number; headers?: Record<string, string> } | undefined;

/** A `POST /v3/conversations`: the bot asking to open a 1:1 chat; `answer` is what the fake said. */
export interface ConversationCreation {
  body: Record<string, unknown>;
  answer: { status: number; conversationId?: string };
}

export type FakeConnector = {
  url: string;
  calls: ConnectorCall[];
  created: ConversationCreation[];
  /** allow: a new conversation `a:created-<member id>`; refuse: 403, as Teams answers when the app is not installed for the person. */
  conversationCreation: 'allow' | 'refuse';
  close: () => Promise<void>;
};

/** Stands in for Teams' Bot Connector (the activity's serviceUrl): records what the bot sends and answers 200. */
export async function startFakeConnector(options: { conversationCreation?: 'allow' | 'refuse'; answer?: ConnectorAnswer; clock?: { now(): Date } } = {}): Promise<FakeConnector> {
  const calls: ConnectorCall[] = [];
  let next = 1;
  const fake: FakeConnector = { url: '', calls, created: [], conversationCreation: options.conversationCreation ?? 'allow', close: async () => undefined };
  const server: Server = createServer(async (req, res) => {
    const body = await readJson(req);
    if (req.method === 'POST' && /^\/v3\/conversations\/?$/.test(req.url ?? '')) {
      createConversation(fake, body, res);
      return;
    }
    const match = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/?]+))?/.exec(req.url ?? '');
    if (!match) {
      res.statusCode = 404;
      res.end();
      return;
    }
    const call: ConnectorCall = { method: req.method ?? '', path: req.url ?? '', conversationId: decodeURIComponent(match[1]!), activityId: match[2] && decodeURIComponent(match[2]), body, at: options.clock?.now().getTime() };
    calls.push(call);
    const scripted = options.answer?.(call);
    // restify patches http.ServerResponse globally and its writeHead returns nothing: no chaining here.
    res.setHeader('Content-Type', 'application/json');
    if (scripted && scripted.status >= 300) {
      res.statusCode = scripted.status;
      for (const [name, value] of Object.entries(scripted.headers ?? {})) res.setHeader(name, value);
      res.end(JSON.stringify({ error: { code: 'Scripted', message: `scripted ${scripted.status}` } }));
      return;
    }
    res.end(JSON.stringify({ id: `activity-${next++}` }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  fake.url = `http://127.0.0.1:${port}/`;
  fake.close = () => new Promise((resolve) => server.close(() => resolve()));
  return fake;
}

function createConversation(fake: FakeConnector, body: Record<string, unknown>, res: ServerResponse): void {
  const member = (body.members as Array<{ id?: string }> | undefined)?.[0]?.id;
  res.setHeader('Content-Type', 'application/json');
  if (fake.conversationCreation === 'refuse' || !member) {
    fake.created.push({ body, answer: { status: 403 } });
    res.statusCode = 403;
    res.end(JSON.stringify({ error: { code: 'BotNotInConversationRoster', message: 'The bot is not part of the conversation roster.' } }));
    return;
  }
  const conversationId = `a:created-${member}`;
  fake.created.push({ body, answer: { status: 201, conversationId } });
  res.statusCode = 201;
  res.end(JSON.stringify({ id: conversationId }));
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? (JSON.parse(text) as Record<string, unknown>) : {};
}
