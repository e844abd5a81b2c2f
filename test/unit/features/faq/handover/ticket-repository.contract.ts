import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { claimTicket } from '../../../../../src/features/faq/index.ts';
import type { Ticket, TicketRepository } from '../../../../../src/features/faq/index.ts';
import { asker, berlin, fullTicket, newTicket, olga, otherAsker, trickyQuestion, unwrap } from './ticket-fixtures.ts';

export type TicketRepoFactory = () => Promise<{ repo: TicketRepository; close: () => Promise<void> }>;

/** What the service relies on, checked against the fake and the SQLite repository alike. */
export function ticketRepositoryContract(name: string, factory: TicketRepoFactory): void {
  describe(`${name}: TicketRepository contract`, () => {
    let repo: TicketRepository;
    let close: () => Promise<void>;
    beforeEach(async () => ({ repo, close } = await factory()));
    afterEach(() => close());

    it('insert numbers tickets 1, 2, 3 and returns what it stored', async () => {
      const numbers: number[] = [];
      for (let i = 0; i < 3; i++) numbers.push((await repo.insert(newTicket())).number);
      expect(numbers).toEqual([1, 2, 3]);
    });

    it('a ticket with every field comes back equal, the question byte for byte', async () => {
      const { number: _n, ...draft } = fullTicket(1);
      const stored = await repo.insert(draft);
      const found = await repo.findById(stored.id);
      expect(found).toEqual(stored);
      expect(found?.question).toBe(trickyQuestion);
      expect(found?.history.map((e) => e.type)).toEqual(['opened', 'claimed', 'answered', 'closed', 'added_to_knowledge_base']);
    });

    it.each([
      { kind: 'suggestions', entryIds: ['faq-01', 'faq-02', 'faq-03'] },
      { kind: 'computed', computedKind: 'funded_places' },
      { kind: 'none', reason: 'offtopic' },
      { kind: 'none' },
    ] as const)('bot answer %o round-trips', async (botAnswer) => {
      const stored = await repo.insert(newTicket({ botAnswer }));
      expect((await repo.findById(stored.id))?.botAnswer).toEqual(botAnswer);
    });

    it('an unknown id → undefined', async () => {
      expect(await repo.findById('tkt_missing')).toBeUndefined();
    });

    it('update saves with the expected version and refuses a stale one, leaving the row as it was', async () => {
      const stored = await repo.insert(newTicket());
      const claimed = unwrap(claimTicket(stored, olga, berlin('2026-11-20T09:05'))).ticket;
      expect(await repo.update(claimed, stored.version)).toBe(true);
      const stale: Ticket = { ...claimed, status: 'closed', version: claimed.version + 1 };
      expect(await repo.update(stale, stored.version)).toBe(false);
      expect(await repo.findById(stored.id)).toEqual(claimed);
    });

    it('update of an unknown ticket → false', async () => {
      const ghost = { ...newTicket(), number: 99 };
      expect(await repo.update(ghost, 1)).toBe(false);
    });

    it('listByAsker: only that person, newest first, limited', async () => {
      const first = await repo.insert(newTicket({}, berlin('2026-11-01T10:00')));
      await repo.insert(newTicket({ asker: otherAsker }, berlin('2026-11-02T10:00')));
      const third = await repo.insert(newTicket({}, berlin('2026-11-03T10:00')));
      const fourth = await repo.insert(newTicket({}, berlin('2026-11-04T10:00')));
      expect((await repo.listByAsker(asker.personId, 10)).map((t) => t.id)).toEqual([fourth.id, third.id, first.id]);
      expect((await repo.listByAsker(asker.personId, 2)).map((t) => t.id)).toEqual([fourth.id, third.id]);
      expect(await repo.listByAsker('aad-nobody', 10)).toEqual([]);
    });

    it('listByStatus: the wanted statuses, oldest first, limited', async () => {
      const a = await repo.insert(newTicket({}, berlin('2026-11-01T10:00')));
      const b = await repo.insert(newTicket({}, berlin('2026-11-02T10:00')));
      const c = await repo.insert(newTicket({}, berlin('2026-11-03T10:00')));
      const claimed = unwrap(claimTicket(b, olga, berlin('2026-11-03T11:00'))).ticket;
      await repo.update(claimed, b.version);
      expect((await repo.listByStatus(['open'], 10)).map((t) => t.id)).toEqual([a.id, c.id]);
      expect((await repo.listByStatus(['open', 'claimed'], 10)).map((t) => t.id)).toEqual([a.id, b.id, c.id]);
      expect((await repo.listByStatus(['open', 'claimed'], 1)).map((t) => t.id)).toEqual([a.id]);
      expect(await repo.listByStatus(['closed'], 10)).toEqual([]);
      expect(await repo.listByStatus([], 10)).toEqual([]);
    });
  });
}
