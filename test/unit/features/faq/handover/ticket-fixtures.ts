import { answerTicket, claimTicket, closeTicket, markAddedToKnowledgeBase, openTicket } from '../../../../../src/features/faq/index.ts';
import type { Actor, Asker, NewTicket, OpenTicketInput, Ticket, TicketChange, TicketError } from '../../../../../src/features/faq/index.ts';
import { parseBerlinLocal } from '../../../../../src/features/shared/index.ts';
import type { Result } from '../../../../../src/features/shared/index.ts';

export const berlin = (local: string): Date => {
  const at = parseBerlinLocal(local);
  if (!at) throw new Error(`bad test date ${local}`);
  return at;
};

export const asker: Asker = { personId: 'aad-anna', name: 'Anna Amsel', tenantId: 'tenant-1' };
export const otherAsker: Asker = { personId: 'aad-bernd', name: 'Bernd Buch', tenantId: 'tenant-1' };
export const olga: Actor = { id: 'aad-olga', name: 'Olga Organisatorin' };
export const otto: Actor = { id: 'aad-otto', name: 'Otto Orga' };

/** Markup, an emoji and a line break: stored exactly as typed, escaped only by the bot when rendering. */
export const trickyQuestion = 'Zahlt <b>das Land</b> [hier](javascript:alert(1)) die Reisekosten? 🚆\nDanke & Gruß';

export function unwrap<T>(result: Result<T, TicketError>): T {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.error)}`);
  return result.value;
}

export function newTicket(overrides: Partial<OpenTicketInput> = {}, at = berlin('2026-11-20T09:00')): NewTicket {
  return unwrap(openTicket({ id: `tkt_${Math.random().toString(36).slice(2)}`, asker, question: 'Werden Reisekosten erstattet?', ...overrides }, at));
}

const next = (r: Result<TicketChange, TicketError>): Ticket => unwrap(r).ticket;

/** A ticket that went through every field: municipality, bot answer, claim, answer, close, knowledge base, card id. */
export function fullTicket(number: number, at = berlin('2026-11-20T09:00')): Ticket {
  const opened: Ticket = {
    ...newTicket({ question: trickyQuestion, municipality: { text: 'Gemeinde Weil im Schönbuch', ags: '08115051' }, botAnswer: { kind: 'entry', entryId: 'faq-07', kbVersion: 'abc123def456' } }, at),
    number,
    channelMessageId: '1700000000000',
  };
  const claimed = next(claimTicket(opened, olga, new Date(at.getTime() + 60_000)));
  const answered = next(answerTicket(claimed, otto, 'Nein, Reisekosten sind nicht Teil der Förderung.', new Date(at.getTime() + 120_000)));
  const closed = next(closeTicket(answered, olga, new Date(at.getTime() + 180_000)));
  return next(markAddedToKnowledgeBase(closed, olga, `faq-t-${number}`, new Date(at.getTime() + 240_000)));
}
