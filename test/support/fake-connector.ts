import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ConnectorCall {
  method: string;
  path: string;
  conversationId: string;
  /** The activity id in the path: replyToId for a reply, the updated activity for a PUT. */
  activityId?: string;
  body: Record<string, unknown>;
}

/** Stands in for Teams' Bot Connector (the activity's serviceUrl): records what the bot sends and answers 200. */
export async function startFakeConnector(): Promise<{ url: string; calls: ConnectorCall[]; close: () => Promise<void> }> {
  const calls: ConnectorCall[] = [];
  let next = 1;
  const server: Server = createServer(async (req, res) => {
    const body = await readJson(req);
    const match = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/?]+))?/.exec(req.url ?? '');
    if (!match) {
      res.statusCode = 404;
      res.end();
      return;
    }
    calls.push({ method: req.method ?? '', path: req.url ?? '', conversationId: decodeURIComponent(match[1]!), activityId: match[2] && decodeURIComponent(match[2]), body });
    // restify patches http.ServerResponse globally and its writeHead returns nothing: no chaining here.
    res.setHeader('Content-Type', 'application/json');
    res.end(JSON.stringify({ id: `activity-${next++}` }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, calls, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? (JSON.parse(text) as Record<string, unknown>) : {};
}
