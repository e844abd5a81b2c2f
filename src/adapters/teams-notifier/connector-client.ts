import type { TokenSource } from './token-source.ts';

export type TeamsNotifierOptions = {
  /** Omitted in local mode: no Authorization header, as the Playground expects. */
  readonly tokenSource?: TokenSource;
  /** Keep it below the dispatcher's lease, or a slow send could be claimed twice. */
  readonly timeoutMs?: number;
  readonly fetch?: typeof fetch;
};

export type ConnectorAnswer = { readonly ok: boolean; readonly status: number; readonly body: string; readonly headers: Headers };

/**
 * POSTs JSON to the Bot Connector, shared by the notifier and the conversation opener: the bearer token (none in
 * local mode), the timeout, and a 401 that drops the cached token so the next call fetches a fresh one. Every HTTP
 * answer comes back as data; only "no answer at all" throws.
 */
export class ConnectorClient {
  private readonly tokenSource: TokenSource | undefined;
  private readonly timeoutMs: number;
  private readonly fetchFn: typeof fetch;

  constructor(options: TeamsNotifierOptions = {}) {
    this.tokenSource = options.tokenSource;
    this.timeoutMs = options.timeoutMs ?? 15_000;
    this.fetchFn = options.fetch ?? fetch;
  }

  async post(url: string, payload: unknown, extraHeaders: Readonly<Record<string, string>> = {}): Promise<ConnectorAnswer> {
    const headers: Record<string, string> = { 'content-type': 'application/json; charset=utf-8', ...extraHeaders };
    if (this.tokenSource) headers.authorization = `Bearer ${await this.tokenSource.token()}`;
    const response = await this.fetchFn(url, { method: 'POST', headers, body: JSON.stringify(payload), signal: AbortSignal.timeout(this.timeoutMs) });
    const body = await response.text();
    if (response.status === 401) this.tokenSource?.invalidate();
    return { ok: response.ok, status: response.status, body, headers: response.headers };
  }
}

/** A string field of a JSON answer, or null when the body is not JSON or the field is not a string. */
export function readJsonString(body: string, pick: (json: Record<string, unknown>) => unknown): string | null {
  try {
    const value = pick(JSON.parse(body) as Record<string, unknown>);
    return typeof value === 'string' ? value : null;
  } catch {
    return null;
  }
}

export const errorText = (error: unknown): string => (error instanceof Error ? `${error.name}: ${error.message}` : String(error));
