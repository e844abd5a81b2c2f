import { beforeEach, describe, expect, it } from 'vitest';
import { HandoverService } from '../../../../../src/features/faq/index.ts';
import type { Ticket, TicketRepository } from '../../../../../src/features/faq/index.ts';
import { ManualClock, MINUTE_MS } from '../../../../../src/features/shared/index.ts';
import { FakeKnowledgeBaseWriter, InMemoryChannelRepository, InMemoryTicketRepository } from './in-memory-handover.ts';
import { asker, berlin, olga, otherAsker, otto, trickyQuestion, unwrap } from './ticket-fixtures.ts';

let tickets: InMemoryTicketRepository;
let writer: FakeKnowledgeBaseWriter;
let clock: ManualClock;
let service: HandoverService;
let seq: number;

beforeEach(() => {
  tickets = new InMemoryTicketRepository();
  writer = new FakeKnowledgeBaseWriter();
  clock = new ManualClock(berlin('2026-11-20T09:00'));
  seq = 0;
  service = new HandoverService({ tickets, channel: new InMemoryChannelRepository(), knowledgeBase: writer, clock, newId: (p) => `${p}_${++seq}` });
});

const openOne = async (question = trickyQuestion): Promise<Ticket> =>
  unwrap(await service.open({ asker, question, municipality: { text: 'Ulm' }, botAnswer: { kind: 'none', reason: 'offtopic' } }));

describe('HandoverService: the lifecycle with what goes back to the asker', () => {
  it('open → claim → answer (notice for the asker) → close (no second notice)', async () => {
    const ticket = await openOne();
    expect(ticket).toMatchObject({ id: 'tkt_1', number: 1, status: 'open', question: trickyQuestion, asker });

    clock.advance(MINUTE_MS);
    expect(unwrap(await service.claim(ticket.id, olga))).toMatchObject({ status: 'claimed', claimedBy: olga });

    clock.advance(MINUTE_MS);
    const answered = unwrap(await service.answer(ticket.id, olga, 'Reisekosten werden nicht gefördert.'));
    expect(answered.notice).toEqual({
      kind: 'answered',
      to: asker,
      ticketId: ticket.id,
      number: 1,
      question: trickyQuestion,
      answer: { text: 'Reisekosten werden nicht gefördert.', by: olga, at: berlin('2026-11-20T09:02') },
    });

    const closed = unwrap(await service.close(ticket.id, otto));
    expect(closed.ticket).toMatchObject({ status: 'closed', closed: { resolution: 'answered', by: otto } });
    expect(closed.notice).toBeUndefined();
    expect(unwrap(await service.get(ticket.id)).history.map((e) => e.type)).toEqual(['opened', 'claimed', 'answered', 'closed']);
  });

  it('the same answer twice (a retried invoke) notifies the asker once', async () => {
    const ticket = await openOne();
    expect(unwrap(await service.answer(ticket.id, olga, 'Ja.')).notice).toBeDefined();
    expect(unwrap(await service.answer(ticket.id, olga, 'Ja.')).notice).toBeUndefined();
  });

  it('closing without an answer tells the asker', async () => {
    const ticket = await openOne();
    const { notice } = unwrap(await service.close(ticket.id, otto));
    expect(notice).toEqual({ kind: 'closed_without_answer', to: asker, ticketId: ticket.id, number: 1, question: trickyQuestion, closedBy: otto });
  });

  it('release gives a claimed ticket back', async () => {
    const ticket = await openOne();
    await service.claim(ticket.id, olga);
    expect(unwrap(await service.release(ticket.id, olga)).status).toBe('open');
    expect(await service.release(ticket.id, olga)).toMatchObject({ ok: false, error: { code: 'not_claimed_by_you' } });
  });

  it('the card id is kept for updating the card in place', async () => {
    const ticket = await openOne();
    expect(unwrap(await service.attachChannelMessage(ticket.id, 'activity-9')).channelMessageId).toBe('activity-9');
  });
});

describe('HandoverService: rejections', () => {
  it('an empty question opens no ticket', async () => {
    expect(await service.open({ asker, question: ' ' })).toMatchObject({ ok: false, error: { code: 'question_empty' } });
    expect(await service.listByAsker(asker.personId)).toEqual([]);
  });

  it.each([
    ['get', (id: string) => service.get(id)],
    ['claim', (id: string) => service.claim(id, olga)],
    ['release', (id: string) => service.release(id, olga)],
    ['answer', (id: string) => service.answer(id, olga, 'x')],
    ['close', (id: string) => service.close(id, olga)],
    ['attachChannelMessage', (id: string) => service.attachChannelMessage(id, 'a')],
    ['addToKnowledgeBase', (id: string) => service.addToKnowledgeBase(id, olga)],
  ])('%s of an unknown ticket → ticket_not_found', async (_name, call) => {
    expect(await call('tkt_missing')).toEqual({ ok: false, error: { code: 'ticket_not_found', ticketId: 'tkt_missing' } });
  });

  it('a claim that loses the race to a colleague is decided again on the fresh ticket', async () => {
    const ticket = await openOne();
    // Otto's claim lands between Olga's read and her write.
    tickets.beforeUpdate = () => void tickets.update({ ...ticket, status: 'claimed', claimedBy: otto, version: ticket.version + 1 }, ticket.version);
    expect(await service.claim(ticket.id, olga)).toMatchObject({ ok: false, error: { code: 'already_claimed_by_other', claimedBy: otto } });
  });

  it('a store that never accepts the write → concurrent_update, not an endless loop', async () => {
    const ticket = await openOne();
    const stubborn: TicketRepository = { ...bind(tickets), update: async () => false };
    const racing = new HandoverService({ tickets: stubborn, channel: new InMemoryChannelRepository(), knowledgeBase: writer, clock });
    expect(await racing.claim(ticket.id, olga)).toEqual({ ok: false, error: { code: 'concurrent_update', ticketId: ticket.id } });
  });
});

describe('HandoverService: the asker sees the status, organisers see what waits', () => {
  it('listByAsker: own tickets, newest first; listOpen: open and claimed, oldest first', async () => {
    const first = await openOne('Erste Frage?');
    clock.advance(MINUTE_MS);
    const second = await openOne('Zweite Frage?');
    clock.advance(MINUTE_MS);
    unwrap(await service.open({ asker: otherAsker, question: 'Andere Person?' }));
    await service.claim(second.id, olga);
    await service.close(first.id, olga);
    expect((await service.listByAsker(asker.personId)).map((t) => [t.number, t.status])).toEqual([[2, 'claimed'], [1, 'closed']]);
    expect((await service.listOpen()).map((t) => t.number)).toEqual([2, 3]);
  });
});

describe('HandoverService: a good answer goes to the knowledge base', () => {
  it('writes faq-t-<number> dated today (Berlin) and notes it on the ticket; a second time is refused', async () => {
    const ticket = await openOne();
    await service.answer(ticket.id, olga, 'Reisekosten trägt die Kommune.');
    clock.set(berlin('2026-11-21T00:30'));
    const added = unwrap(await service.addToKnowledgeBase(ticket.id, olga, { question: 'Werden Reisekosten gefördert?', sources: ['https://example.org/a'] }));
    expect(added.entry).toEqual({
      id: 'faq-t-1',
      question: 'Werden Reisekosten gefördert?',
      answer: 'Reisekosten trägt die Kommune.',
      sources: ['https://example.org/a'],
      factsDate: '2026-11-21',
      handOver: false,
      keywords: [],
      alternativeQuestions: [],
    });
    expect(added.ticket).toMatchObject({ knowledgeBaseEntryId: 'faq-t-1' });
    expect(added.ticket.history.at(-1)).toMatchObject({ type: 'added_to_knowledge_base', by: olga, entryId: 'faq-t-1' });
    expect(writer.entries).toHaveLength(1);
    expect(await service.addToKnowledgeBase(ticket.id, otto)).toMatchObject({ ok: false, error: { code: 'already_in_knowledge_base', entryId: 'faq-t-1' } });
  });

  it('an unanswered ticket → ticket_not_answered; nothing written', async () => {
    const ticket = await openOne();
    expect(await service.addToKnowledgeBase(ticket.id, olga, { answer: 'Trotzdem?' })).toMatchObject({ ok: false, error: { code: 'ticket_not_answered' } });
    expect(writer.entries).toEqual([]);
  });

  it('a draft the schema refuses (question too short) → knowledge_base_rejected with the field', async () => {
    const ticket = await openOne();
    await service.answer(ticket.id, olga, 'Ja.');
    const result = await service.addToKnowledgeBase(ticket.id, olga, { question: 'ab' });
    expect(result).toMatchObject({ ok: false, error: { code: 'knowledge_base_rejected', reason: 'kb_entry_invalid', problems: [expect.stringContaining('question')] } });
  });

  it('the writer refusing the file → knowledge_base_rejected, the ticket unmarked', async () => {
    const ticket = await openOne();
    await service.answer(ticket.id, olga, 'Ja.');
    writer.failWith = { code: 'kb_invalid', path: 'data/faq.json', problems: ['broken'] };
    expect(await service.addToKnowledgeBase(ticket.id, olga)).toMatchObject({ ok: false, error: { code: 'knowledge_base_rejected', reason: 'kb_invalid', problems: ['broken'] } });
    expect(unwrap(await service.get(ticket.id))).not.toHaveProperty('knowledgeBaseEntryId');
  });
});

describe('HandoverService: the organisers\' channel', () => {
  it('is unset at first, then set with who and when', async () => {
    expect(await service.channel()).toBeUndefined();
    const reference = { serviceUrl: 'https://smba.example/emea/', conversationId: '19:abc@thread.tacv2', tenantId: 'tenant-1', teamId: '19:team', channelId: '19:abc@thread.tacv2' };
    const set = await service.configureChannel(reference, olga);
    expect(set).toEqual({ ...reference, configuredBy: olga, configuredAt: berlin('2026-11-20T09:00') });
    expect(await service.channel()).toEqual(set);
  });
});

function bind(repo: InMemoryTicketRepository): TicketRepository {
  return {
    insert: (t) => repo.insert(t),
    findById: (id) => repo.findById(id),
    update: (t, v) => repo.update(t, v),
    listByAsker: (p, l) => repo.listByAsker(p, l),
    listByStatus: (s, l) => repo.listByStatus(s, l),
  };
}
