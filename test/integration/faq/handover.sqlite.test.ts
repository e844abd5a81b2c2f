import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/adapters/storage/database.ts';
import type { Database } from '../../../src/adapters/storage/database.ts';
import { KyselyFeedbackRepository } from '../../../src/adapters/storage/kysely-feedback.repository.ts';
import { KyselyHandoverChannelRepository, KyselyTicketRepository } from '../../../src/adapters/storage/kysely-ticket.repository.ts';
import { HandoverService, MAX_TICKET_ANSWER_CHARS } from '../../../src/features/faq/index.ts';
import type { TicketErrorCode } from '../../../src/features/faq/index.ts';
import { ManualClock, MINUTE_MS } from '../../../src/features/shared/index.ts';
import { tempStore } from '../../support/temp-store.ts';
import { FakeKnowledgeBaseWriter } from '../../unit/features/faq/handover/in-memory-handover.ts';
import { asker, berlin, olga, otto, trickyQuestion, unwrap } from '../../unit/features/faq/handover/ticket-fixtures.ts';

let store: Database;
let url: string;
let cleanup: () => Promise<void>;
let clock: ManualClock;

const serviceOn = (db: Database) =>
  new HandoverService({ tickets: new KyselyTicketRepository(db), channel: new KyselyHandoverChannelRepository(db), knowledgeBase: new FakeKnowledgeBaseWriter(), clock });

beforeEach(async () => {
  ({ store, url, cleanup } = await tempStore());
  clock = new ManualClock(berlin('2026-11-20T09:00'));
});
afterEach(() => cleanup());

describe('hand-over on the real SQLite store', () => {
  it('lifecycle: open → claim → answer → close, each step stored with its event', async () => {
    const service = serviceOn(store);
    const ticket = unwrap(await service.open({ asker, question: trickyQuestion, municipality: { text: 'Ulm', ags: '08421000' }, botAnswer: { kind: 'computed', computedKind: 'no_rule' } }));
    unwrap(await service.attachChannelMessage(ticket.id, '1732000000000'));
    clock.advance(MINUTE_MS);
    unwrap(await service.claim(ticket.id, olga));
    clock.advance(MINUTE_MS);
    const { notice } = unwrap(await service.answer(ticket.id, otto, 'Bitte wenden Sie sich an den Städtetag.'));
    expect(notice).toMatchObject({ kind: 'answered', to: asker, number: 1, answer: { by: otto } });
    clock.advance(MINUTE_MS);
    unwrap(await service.close(ticket.id, olga));
    const stored = unwrap(await service.get(ticket.id));
    expect(stored).toMatchObject({ status: 'closed', question: trickyQuestion, claimedBy: olga, answer: { by: otto }, closed: { by: olga, resolution: 'answered' }, channelMessageId: '1732000000000', version: 5 });
    expect(stored.history.map((e) => [e.type, e.at.toISOString()])).toEqual([
      ['opened', '2026-11-20T08:00:00.000Z'],
      ['claimed', '2026-11-20T08:01:00.000Z'],
      ['answered', '2026-11-20T08:02:00.000Z'],
      ['closed', '2026-11-20T08:03:00.000Z'],
    ]);
  });

  it('every rejection, with nothing stored by it', async () => {
    const service = serviceOn(store);
    const codes: TicketErrorCode[] = [];
    const rejected = async (pending: Promise<{ ok: boolean; error?: { code: TicketErrorCode } }>) => {
      const result = await pending;
      expect(result.ok).toBe(false);
      codes.push(result.error!.code);
    };
    await rejected(service.open({ asker, question: '' }));
    await rejected(service.open({ asker, question: 'x'.repeat(6_001) }));
    await rejected(service.claim('tkt_missing', olga));
    const ticket = unwrap(await service.open({ asker, question: 'Frage?' }));
    await rejected(service.release(ticket.id, olga));
    unwrap(await service.claim(ticket.id, olga));
    await rejected(service.claim(ticket.id, otto));
    await rejected(service.release(ticket.id, otto));
    await rejected(service.answer(ticket.id, olga, '   '));
    await rejected(service.answer(ticket.id, olga, 'a'.repeat(MAX_TICKET_ANSWER_CHARS + 1)));
    await rejected(service.addToKnowledgeBase(ticket.id, olga));
    unwrap(await service.answer(ticket.id, otto, 'Antwort.'));
    await rejected(service.claim(ticket.id, otto));
    unwrap(await service.close(ticket.id, olga));
    await rejected(service.close(ticket.id, olga));
    await rejected(service.answer(ticket.id, olga, 'Noch was.'));
    expect(codes).toEqual([
      'question_empty',
      'question_too_long',
      'ticket_not_found',
      'not_claimed_by_you',
      'already_claimed_by_other',
      'not_claimed_by_you',
      'answer_empty',
      'answer_too_long',
      'ticket_not_answered',
      'already_answered',
      'already_closed',
      'already_closed',
    ]);
    expect((await service.listByAsker(asker.personId)).map((t) => [t.number, t.status, t.history.length])).toEqual([[1, 'closed', 4]]);
  });

  it('two organisers claim at the same moment: exactly one gets it, the other is told who', async () => {
    const service = serviceOn(store);
    const ticket = unwrap(await service.open({ asker, question: 'Frage?' }));
    const [a, b] = await Promise.all([service.claim(ticket.id, olga), service.claim(ticket.id, otto)]);
    expect([a.ok, b.ok].filter(Boolean)).toHaveLength(1);
    const loser = a.ok ? b : a;
    expect(loser).toMatchObject({ ok: false, error: { code: 'already_claimed_by_other' } });
    expect(unwrap(await service.get(ticket.id)).history.filter((e) => e.type === 'claimed')).toHaveLength(1);
  });

  it('tickets, the channel and feedback survive closing and reopening the store', async () => {
    const before = serviceOn(store);
    const first = unwrap(await before.open({ asker, question: trickyQuestion }));
    unwrap(await before.answer(first.id, olga, 'Ja.'));
    const second = unwrap(await before.open({ asker, question: 'Zweite Frage?' }));
    const channel = await before.configureChannel({ serviceUrl: 'https://smba.example/emea/', conversationId: '19:orga@thread.tacv2', tenantId: 'tenant-1', teamId: '19:team@thread.tacv2', channelId: '19:orga@thread.tacv2', botId: '28:bot' }, olga);
    const vote = { answerId: 'ans-1', target: { kind: 'entry', entryId: 'faq-07' }, personId: asker.personId, helpful: false, question: 'Kosten?', at: clock.now() } as const;
    expect(await new KyselyFeedbackRepository(store).record(vote)).toBe('recorded');
    await store.close();

    store = await openDatabase(url);
    const after = serviceOn(store);
    expect(unwrap(await after.get(first.id))).toMatchObject({ status: 'answered', question: trickyQuestion, answer: { text: 'Ja.', by: olga } });
    expect((await after.listByAsker(asker.personId)).map((t) => t.id)).toEqual([second.id, first.id]);
    expect(await after.channel()).toEqual(channel);
    expect(await new KyselyFeedbackRepository(store).record(vote)).toBe('unchanged');
    const third = unwrap(await after.open({ asker, question: 'Dritte?' }));
    expect(third.number).toBe(3);
    await store.close();
  });

  it('setting the channel again replaces it', async () => {
    const service = serviceOn(store);
    await service.configureChannel({ serviceUrl: 'https://a.example/', conversationId: 'c1', tenantId: 't' }, olga);
    clock.advance(MINUTE_MS);
    const second = await service.configureChannel({ serviceUrl: 'https://b.example/', conversationId: 'c2', tenantId: 't' }, otto);
    expect(await service.channel()).toEqual(second);
    expect(second).toMatchObject({ conversationId: 'c2', configuredBy: otto, configuredAt: berlin('2026-11-20T09:01') });
  });
});
