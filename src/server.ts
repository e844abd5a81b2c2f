import restify from 'restify';
import type { Request, Response } from 'restify';

export interface ServerDeps {
  /** Hands one Bot Framework request to the adapter and the bot. */
  processActivity(req: Request, res: Response): Promise<void>;
  health(): Promise<{ ok: boolean; version: string; store: 'ok' | 'unreachable' }>;
  /** The .ics for a signed calendar link, or undefined when the link is not valid. */
  calendar(enrolmentId: string, signature: string): Promise<string | undefined>;
  log: (level: 'info' | 'warn' | 'error', message: string, extra?: Record<string, unknown>) => void;
}

/** restify with three routes: the bot endpoint, a health check, and calendar downloads. Nothing clever. */
export function createServer(deps: ServerDeps): restify.Server {
  const server = restify.createServer({ name: 'lotsenbot', handleUncaughtExceptions: false });
  server.use(restify.plugins.queryParser({ mapParams: false }));
  server.use(restify.plugins.bodyParser({ mapParams: false, maxBodySize: 256 * 1024 }));

  server.post('/api/messages', async (req: Request, res: Response) => {
    await deps.processActivity(req, res);
  });

  server.get('/healthz', async (_req: Request, res: Response) => {
    const health = await deps.health();
    res.send(health.ok ? 200 : 503, health);
  });

  server.get('/api/calendar/:file', async (req: Request, res: Response) => {
    const file = String(req.params.file ?? '');
    const match = /^([A-Za-z0-9_-]{1,100})\.ics$/.exec(file);
    const signature = typeof req.query?.sig === 'string' ? req.query.sig : '';
    const ics = match ? await deps.calendar(match[1]!, signature) : undefined;
    if (!ics) {
      res.send(404, { error: 'not_found', message: 'Dieser Kalender-Link ist ungültig oder abgelaufen.' });
      return;
    }
    res.setHeader('Content-Type', 'text/calendar; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="lotsenbot-${match![1]}.ics"`);
    res.sendRaw(200, ics);
  });

  server.on('restifyError', (req: Request, _res: Response, error: Error, callback: () => void) => {
    deps.log('warn', 'request failed', { path: req.path(), error: error.message });
    callback();
  });
  return server;
}
