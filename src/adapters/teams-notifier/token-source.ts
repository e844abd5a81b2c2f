import { systemClock, type Clock } from '../../features/shared/index.ts';

/** Where the notifier gets its bearer token; absent in local mode (empty app id, the Playground). */
export interface TokenSource {
  token(): Promise<string>;
  /** The connector refused the token (401): fetch a fresh one next time. */
  invalidate(): void;
}

export class TokenSourceError extends Error {
  override name = 'TokenSourceError';
}

export type ClientCredentials = {
  readonly appId: string;
  readonly password: string;
  /** Single-tenant bots use their tenant; multi-tenant bots the Bot Framework's own tenant. */
  readonly tenantId?: string;
  readonly authorityHost?: string;
};

const BOT_FRAMEWORK_SCOPE = 'https://api.botframework.com/.default';
/** Renew well before expiry, so a token never runs out between fetch and use. */
const RENEW_BEFORE_MS = 5 * 60_000;

/** OAuth 2.0 client-credentials grant against Microsoft Entra ID, cached and shared by concurrent sends. */
export class ClientCredentialsTokenSource implements TokenSource {
  private readonly credentials: ClientCredentials;
  private readonly clock: Clock;
  private readonly fetchFn: typeof fetch;
  private cached: { value: string; renewAtMs: number } | undefined;
  private inFlight: Promise<string> | undefined;

  constructor(credentials: ClientCredentials, deps: { clock?: Clock; fetch?: typeof fetch } = {}) {
    this.credentials = credentials;
    this.clock = deps.clock ?? systemClock;
    this.fetchFn = deps.fetch ?? fetch;
  }

  async token(): Promise<string> {
    if (this.cached && this.clock.now().getTime() < this.cached.renewAtMs) return this.cached.value;
    this.inFlight ??= this.fetchToken().finally(() => (this.inFlight = undefined));
    return this.inFlight;
  }

  invalidate(): void {
    this.cached = undefined;
  }

  private async fetchToken(): Promise<string> {
    const { appId, password, tenantId, authorityHost } = this.credentials;
    const url = `${(authorityHost ?? 'https://login.microsoftonline.com').replace(/\/$/, '')}/${encodeURIComponent(tenantId || 'botframework.com')}/oauth2/v2.0/token`;
    const body = new URLSearchParams({ grant_type: 'client_credentials', client_id: appId, client_secret: password, scope: BOT_FRAMEWORK_SCOPE });
    const response = await this.fetchFn(url, { method: 'POST', body, signal: AbortSignal.timeout(10_000) });
    const json = (await response.json().catch(() => ({}))) as { access_token?: unknown; expires_in?: unknown; error?: unknown };
    if (!response.ok || typeof json.access_token !== 'string') {
      throw new TokenSourceError(`token endpoint answered ${response.status}${typeof json.error === 'string' ? ` (${json.error})` : ''}`);
    }
    const lifetimeMs = (typeof json.expires_in === 'number' ? json.expires_in : Number(json.expires_in) || 3600) * 1000;
    this.cached = { value: json.access_token, renewAtMs: this.clock.now().getTime() + Math.max(0, lifetimeMs - RENEW_BEFORE_MS) };
    return json.access_token;
  }
}
