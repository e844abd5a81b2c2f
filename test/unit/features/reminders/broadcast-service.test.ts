import { describe, expect, it } from 'vitest';
import { BroadcastService } from '../../../../src/features/reminders/index.ts';
import { ManualClock } from '../../../../src/features/shared/index.ts';
import { recipient } from './delivery-repository.contract.ts';
import { InMemoryDeliveryRepository } from './in-memory-delivery.repository.ts';

const T0 = '2026-12-01T08:00:00.000Z';
const message = { type: 'message', text: 'Die Basisqualifizierung in Stuttgart beginnt am Montag.' };

function setup() {
  const deliveries = new InMemoryDeliveryRepository();
  const clock = new ManualClock(T0);
  let n = 0;
  let queued = 0;
  const service = new BroadcastService({ deliveries, clock, newId: (p) => `${p}-${++n}`, onQueued: () => queued++ });
  return { service, deliveries, clock, queued: () => queued };
}

describe('BroadcastService.create', () => {
  it('stores one delivery per recipient and wakes the sender', async () => {
    const { service, deliveries, queued } = setup();
    const result = await service.create({ broadcastId: 'b1', activity: message, recipients: [recipient(1), recipient(2)], createdBy: 'org-1' });
    expect(result).toEqual({ ok: true, value: { broadcastId: 'b1', recipients: 2, sendAt: new Date(T0), created: true } });
    expect(deliveries.rows.size).toBe(2);
    expect(queued()).toBe(1);
  });

  it('is idempotent: confirming twice creates nothing new', async () => {
    const { service, deliveries, queued } = setup();
    const input = { broadcastId: 'b1', activity: message, recipients: [recipient(1)], createdBy: 'org-1' };
    await service.create(input);
    const again = await service.create({ ...input, recipients: [recipient(1), recipient(2)] });
    expect(again).toMatchObject({ ok: true, value: { created: false, recipients: 1 } });
    expect(deliveries.rows.size).toBe(1);
    expect(queued()).toBe(1);
  });

  it('sends once to a person who appears twice in the audience', async () => {
    const { service, deliveries } = setup();
    await service.create({ broadcastId: 'b1', activity: message, recipients: [recipient(1), recipient(1), recipient(2)], createdBy: 'org-1' });
    expect(deliveries.rows.size).toBe(2);
  });

  it('accepts an Adaptive Card without text and a schedule in the future', async () => {
    const { service } = setup();
    const card = { type: 'message', attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: {} }] };
    const sendAt = new Date('2026-12-02T08:00:00.000Z');
    expect(await service.create({ broadcastId: 'b1', activity: card, recipients: [recipient(1)], createdBy: 'o', sendAt })).toMatchObject({ ok: true, value: { sendAt } });
  });

  it.each([
    ['a string instead of an activity', { activity: 'Hallo' }, { code: 'invalid_message' }],
    ['an activity without text or card', { activity: { type: 'message', text: '   ' } }, { code: 'empty_message' }],
    ['an empty attachment list', { activity: { type: 'message', attachments: [] } }, { code: 'empty_message' }],
    ['an audience of zero', { recipients: [] }, { code: 'no_recipients' }],
    ['a recipient without conversation', { recipients: [recipient(1), { ...recipient(2), conversationId: '' }] }, { code: 'invalid_recipient', index: 1 }],
    ['a recipient with a non-HTTP service URL', { recipients: [{ ...recipient(1), serviceUrl: 'javascript:alert(1)' }] }, { code: 'invalid_recipient', index: 0 }],
    ['a schedule in the past', { sendAt: new Date('2026-12-01T07:59:59.999Z') }, { code: 'schedule_in_past' }],
  ])('refuses %s and stores nothing', async (_label, override, error) => {
    const { service, deliveries, queued } = setup();
    const result = await service.create({ broadcastId: 'b1', activity: message, recipients: [recipient(1)], createdBy: 'o', ...override });
    expect(result).toMatchObject({ ok: false, error });
    expect(deliveries.broadcasts.size + deliveries.rows.size + queued()).toBe(0);
  });
});

describe('BroadcastService status, retry and cancel', () => {
  async function withFailures() {
    const ctx = setup();
    await ctx.service.create({ broadcastId: 'b1', activity: message, recipients: [1, 2, 3, 4].map((n) => recipient(n)), createdBy: 'o' });
    const [d1, d2, d3] = [...ctx.deliveries.rows.keys()];
    const now = ctx.clock.now();
    await ctx.deliveries.claim([d1!, d2!, d3!], 'w', now, new Date(now.getTime() + 1000));
    await ctx.deliveries.settle(
      [
        { id: d1!, kind: 'sent', activityId: null },
        { id: d2!, kind: 'failed', failure: { reason: 'blocked_by_user', permanent: true, httpStatus: 403, code: 'ConversationBlockedByUser' } },
        { id: d3!, kind: 'failed', failure: { reason: 'retries_exhausted', permanent: false, httpStatus: 503, code: null } },
      ],
      'w',
      now,
    );
    return ctx;
  }

  it('summarises pending, sent and failed by reason, separating permanent failures', async () => {
    const { service } = await withFailures();
    expect(await service.summary('b1')).toEqual({
      ok: true,
      value: {
        broadcastId: 'b1',
        total: 4,
        pending: 1,
        sending: 0,
        sent: 1,
        cancelled: 0,
        failed: { total: 2, retryable: 1, permanent: 1, byReason: { blocked_by_user: 1, retries_exhausted: 1 } },
        finished: false,
      },
    });
  });

  it('re-queues only retryable failures unless permanent ones are explicitly included', async () => {
    const { service } = await withFailures();
    expect(await service.retryFailed('b1', { includePermanent: false })).toEqual({ ok: true, value: { requeued: 1, permanentSkipped: 1 } });
    expect(await service.retryFailed('b1', { includePermanent: true })).toEqual({ ok: true, value: { requeued: 1, permanentSkipped: 0 } });
    expect(await service.summary('b1')).toMatchObject({ ok: true, value: { pending: 3, failed: { total: 0 } } });
  });

  it('cancels what has not been sent', async () => {
    const { service } = await withFailures();
    expect(await service.cancel('b1')).toEqual({ ok: true, value: { cancelled: 1 } });
    expect(await service.summary('b1')).toMatchObject({ ok: true, value: { pending: 0, cancelled: 1, finished: true } });
  });

  it.each(['summary', 'retryFailed', 'cancel'] as const)('%s answers broadcast_not_found for an unknown id', async (method) => {
    const { service } = setup();
    const result = method === 'retryFailed' ? await service.retryFailed('nope', { includePermanent: false }) : await service[method]('nope');
    expect(result).toEqual({ ok: false, error: { code: 'broadcast_not_found', broadcastId: 'nope' } });
  });
});
