import type { DeliveryFailure, FailureReason } from './broadcast.model.ts';
import { PERMANENT_REASONS } from './broadcast.model.ts';
import type { SendResult } from './broadcast.ports.ts';
import type { Random } from './timing.ts';

export type RetryPolicy = {
  /** Attempts in total, the first one included. */
  readonly maxAttempts: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
};

export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxAttempts: 6, baseDelayMs: 500, maxDelayMs: 60_000 };

/** Exponential backoff with full jitter: uniform in [0, min(max, base·2^(attempt−1))], so retries do not collide. */
export function backoffDelayMs(attempt: number, policy: RetryPolicy, random: Random): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempt - 1));
  return Math.floor(random() * ceiling);
}

/** `Retry-After` is delay-seconds or an HTTP-date (RFC 9110 §10.2.3); anything else is ignored. */
export function parseRetryAfter(header: string | null | undefined, now: Date): number | undefined {
  if (header == null) return undefined;
  const value = header.trim();
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  if (!/[a-z]/i.test(value)) return undefined;
  const at = Date.parse(value);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - now.getTime());
}

/** Teams asks to retry exactly these (rate-limit page and the bot API status table); 500 is not among them. */
const TRANSIENT_STATUSES = new Set([412, 429, 502, 503, 504]);

export type AttemptVerdict =
  | { readonly kind: 'sent'; readonly activityId: string | null }
  | { readonly kind: 'retry'; readonly delayMs: number; readonly httpStatus: number | null; readonly code: string | null }
  | { readonly kind: 'failed'; readonly failure: DeliveryFailure };

/** Decides what one send attempt means for its delivery; `attempt` counts this attempt (1 = first). */
export function judgeAttempt(result: SendResult, attempt: number, policy: RetryPolicy, now: Date, random: Random): AttemptVerdict {
  if (result.kind === 'accepted') return { kind: 'sent', activityId: result.activityId };
  const httpStatus = result.kind === 'rejected' ? result.httpStatus : null;
  const code = result.kind === 'rejected' ? result.code : null;
  const transient = result.kind === 'network_error' || TRANSIENT_STATUSES.has(result.httpStatus);
  if (!transient) return { kind: 'failed', failure: failureFor(reasonFor(httpStatus ?? 0, code), httpStatus, code) };
  if (attempt >= policy.maxAttempts) return { kind: 'failed', failure: failureFor('retries_exhausted', httpStatus, code) };
  const retryAfter = result.kind === 'rejected' ? parseRetryAfter(result.retryAfter, now) : undefined;
  const delayMs = retryAfter ?? backoffDelayMs(attempt, policy, random);
  return { kind: 'retry', delayMs, httpStatus, code };
}

const FORBIDDEN_CODES: Readonly<Record<string, FailureReason>> = {
  ConversationBlockedByUser: 'blocked_by_user',
  BotDisabledByAdmin: 'bot_disabled_by_admin',
  BotNotInConversationRoster: 'bot_not_in_conversation',
  ForbiddenOperationException: 'bot_not_in_conversation',
};

function reasonFor(httpStatus: number, code: string | null): FailureReason {
  if (httpStatus === 403) return (code && FORBIDDEN_CODES[code]) || 'forbidden';
  if (httpStatus === 404) return 'conversation_not_found';
  if (httpStatus === 401) return 'unauthorized';
  if (httpStatus >= 400 && httpStatus < 500) return 'rejected_by_connector';
  return 'connector_error';
}

function failureFor(reason: FailureReason, httpStatus: number | null, code: string | null): DeliveryFailure {
  return { reason, permanent: PERMANENT_REASONS.has(reason), httpStatus, code };
}
