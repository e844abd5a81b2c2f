import { describe, expect, it } from 'vitest';
import { DEFAULT_RETRY_POLICY, backoffDelayMs, judgeAttempt, parseRetryAfter, type SendResult } from '../../../../src/features/reminders/index.ts';

const NOW = new Date('2026-12-01T08:00:00.000Z');
const rejected = (httpStatus: number, code: string | null = null, retryAfter: string | null = null): SendResult => ({ kind: 'rejected', httpStatus, code, retryAfter });
const half = () => 0.5;

describe('parseRetryAfter', () => {
  it.each([
    ['0', 0],
    ['1', 1_000],
    [' 120 ', 120_000],
    ['Tue, 01 Dec 2026 08:00:05 GMT', 5_000],
    ['Tue, 01 Dec 2026 07:59:00 GMT', 0],
  ])('reads %j as %i ms', (header, ms) => {
    expect(parseRetryAfter(header, NOW)).toBe(ms);
  });

  it.each([null, undefined, '', '-1', '1.5', 'soon', '2026-12-01'])('ignores %j', (header) => {
    expect(parseRetryAfter(header, NOW)).toBeUndefined();
  });
});

describe('backoffDelayMs (exponential, full jitter)', () => {
  it.each([
    [1, 500],
    [2, 1_000],
    [3, 2_000],
    [6, 16_000],
    [20, 60_000],
  ])('attempt %i waits at most %i ms, at least 0', (attempt, ceiling) => {
    expect(backoffDelayMs(attempt, DEFAULT_RETRY_POLICY, () => 0)).toBe(0);
    expect(backoffDelayMs(attempt, DEFAULT_RETRY_POLICY, () => 0.999999)).toBe(Math.floor(0.999999 * ceiling));
    expect(backoffDelayMs(attempt, DEFAULT_RETRY_POLICY, half)).toBe(ceiling / 2);
  });
});

describe('judgeAttempt', () => {
  it('counts a 2xx as sent with the connector\'s activity id', () => {
    expect(judgeAttempt({ kind: 'accepted', activityId: 'a1' }, 1, DEFAULT_RETRY_POLICY, NOW, half)).toEqual({ kind: 'sent', activityId: 'a1' });
  });

  it.each([412, 429, 502, 503, 504])('retries %i with backoff', (status) => {
    expect(judgeAttempt(rejected(status), 2, DEFAULT_RETRY_POLICY, NOW, half)).toEqual({ kind: 'retry', delayMs: 500, httpStatus: status, code: null });
  });

  it('honours Retry-After on a 429, in seconds and as an HTTP date', () => {
    expect(judgeAttempt(rejected(429, 'Throttled', '3'), 1, DEFAULT_RETRY_POLICY, NOW, half)).toMatchObject({ kind: 'retry', delayMs: 3_000 });
    expect(judgeAttempt(rejected(429, 'Throttled', 'Tue, 01 Dec 2026 08:00:10 GMT'), 1, DEFAULT_RETRY_POLICY, NOW, half)).toMatchObject({ delayMs: 10_000 });
  });

  it('retries a network error (no answer at all)', () => {
    expect(judgeAttempt({ kind: 'network_error', message: 'ECONNRESET' }, 1, DEFAULT_RETRY_POLICY, NOW, half)).toMatchObject({ kind: 'retry', httpStatus: null });
  });

  it('gives up after the last allowed attempt and says why', () => {
    expect(judgeAttempt(rejected(503), 6, DEFAULT_RETRY_POLICY, NOW, half)).toEqual({
      kind: 'failed',
      failure: { reason: 'retries_exhausted', permanent: false, httpStatus: 503, code: null },
    });
  });

  it.each([
    [403, 'ConversationBlockedByUser', 'blocked_by_user', true],
    [403, 'BotDisabledByAdmin', 'bot_disabled_by_admin', true],
    [403, 'BotNotInConversationRoster', 'bot_not_in_conversation', true],
    [403, 'ForbiddenOperationException', 'bot_not_in_conversation', true],
    [403, null, 'forbidden', true],
    [404, 'ConversationNotFound', 'conversation_not_found', true],
    [401, 'BotNotRegistered', 'unauthorized', false],
    [400, 'BadArgument', 'rejected_by_connector', false],
    [413, 'MessageSizeTooBig', 'rejected_by_connector', false],
    [500, 'ServiceError', 'connector_error', false],
  ])('does not retry %i %s: %s (permanent: %s)', (status, code, reason, permanent) => {
    expect(judgeAttempt(rejected(status, code, '1'), 1, DEFAULT_RETRY_POLICY, NOW, half)).toEqual({
      kind: 'failed',
      failure: { reason, permanent, httpStatus: status, code },
    });
  });
});
