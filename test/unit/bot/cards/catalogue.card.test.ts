import { describe, expect, it } from 'vitest';
import { CatalogueActionSchema, FILTER_ALL, VERBS } from '../../../../src/bot/actions.ts';
import { buildCatalogueCard, cardBytes, type CatalogueCardInput } from '../../../../src/bot/cards/index.ts';
import type { SessionView } from '../../../../src/features/catalogue/index.ts';
import { validateCard } from '../../../support/card-validator.ts';
import { buttonTitles, catalogue, elementsOf, inputValues, textOf, viewOf, voucherNote } from './card-fixtures.ts';

const input = (items: SessionView[], overrides: Partial<CatalogueCardInput> = {}): CatalogueCardInput => ({
  page: { items, page: 1, pageCount: 1, total: items.length },
  filter: {},
  months: ['2026-12', '2027-01'],
  providers: ['VWA Baden-Württemberg', 'Verwaltungsschule des Gemeindetags Baden-Württemberg'],
  voucherNote,
  sample: false,
  ...overrides,
});

/** The text of the one session block whose title matches. */
function block(items: SessionView[], title: string, locale: 'de' | 'en' = 'de'): string {
  const card = buildCatalogueCard(input(items), locale);
  const container = elementsOf(card, 'Container').find((c) => JSON.stringify(c).includes(title));
  if (!container) throw new Error(`no block for ${title}`);
  return JSON.stringify(container);
}

describe('catalogue card: one block per session', () => {
  const basis = viewOf('basis-2026-12-karlsruhe');
  const full = viewOf('basis-2027-01-stuttgart', { confirmed: 18, waiting: 3 });
  const lunch = viewOf('digilunch-2026-12');
  const items = [basis, full, lunch];

  it('shows dates in Berlin time, place, provider, seats left, fee and what the voucher covers', () => {
    const text = block(items, 'Karlsruhe');
    expect(text).toContain('Di, 08.12.2026 – Do, 10.12.2026, 09:00–16:30, letzter Tag bis 15:00');
    expect(text).toContain('Haus der Gemeinden, Karlsruhe');
    expect(text).toContain('Verwaltungsschule des Gemeindetags Baden-Württemberg');
    expect(text).toContain('12 von 20 Plätzen frei');
    expect(text).toMatch(/690,00\s€/);
    expect(text).toContain('100 € pro Tag = 300 €');
  });

  it('shows "Warteliste" with the number waiting for a full session, and no seat count', () => {
    const text = block(items, 'Stuttgart');
    expect(text).toContain('Warteliste (3 wartend)');
    expect(text).not.toContain('Plätzen frei');
  });

  it('shows "unbegrenzt", "Online", "kostenfrei" and no voucher for the Digi-Lunch', () => {
    const text = block(items, 'digilunch-2026-12');
    expect(text).toContain('unbegrenzt');
    expect(text).not.toContain('Plätzen frei');
    expect(text).toContain('"Online"');
    expect(text).toContain('kostenfrei');
    expect(text).toContain('Mi, 16.12.2026, 12:00–13:00');
  });

  it('says it in English for an English client', () => {
    const card = buildCatalogueCard(input(items), 'en');
    const text = textOf(card);
    expect(text).toContain('12 of 20 seats free');
    expect(text).toContain('Waiting list (3 waiting)');
    expect(text).toContain('€690.00');
    expect(text).toContain('Tue, 8 Dec 2026 – Thu, 10 Dec 2026, 09:00–16:30, last day until 15:00');
  });

  it('gives every session a Details button that carries its id', () => {
    const card = buildCatalogueCard(input(items), 'de');
    const details = elementsOf(card, 'Action.Execute').filter((a) => a.verb === VERBS.details);
    expect(details.map((a) => (a.data as { sessionId: string }).sessionId)).toEqual(items.map((v) => v.session.id));
  });
});

describe('catalogue card: filter', () => {
  it('offers course type, month, place and provider, each with "alle" first, the current filter pre-selected', () => {
    const card = buildCatalogueCard(input([], { filter: { courseType: 'aufbau', mode: 'online' } }), 'de');
    const sets = elementsOf(card, 'Input.ChoiceSet');
    expect(sets.map((s) => s.id)).toEqual(['courseType', 'month', 'mode', 'provider']);
    for (const set of sets) expect((set.choices as Array<{ title: string; value: string }>)[0]).toEqual({ title: 'alle', value: FILTER_ALL });
    expect(sets.map((s) => s.value)).toEqual(['aufbau', FILTER_ALL, 'online', FILTER_ALL]);
    expect((sets[1]!.choices as Array<{ title: string }>).map((c) => c.title)).toEqual(['alle', 'Dezember 2026', 'Januar 2027']);
  });

  it('sends the chosen filter with "Filtern", and "alle" means no filter', () => {
    const card = buildCatalogueCard(input([]), 'de');
    const filter = elementsOf(card, 'Action.Execute').find((a) => a.title === 'Filtern')!;
    expect(filter.associatedInputs).toBe('auto');
    const sent = { ...inputValues(card, { month: '2027-01' }), ...(filter.data as object) };
    expect(CatalogueActionSchema.parse(sent)).toEqual({ verb: VERBS.catalogue, courseType: undefined, month: '2027-01', mode: undefined, provider: undefined });
  });

  it('keeps a filter value the choices no longer offer selectable, instead of an empty box', () => {
    const card = buildCatalogueCard(input([], { filter: { month: '2026-11' } }), 'de');
    const month = elementsOf(card, 'Input.ChoiceSet').find((s) => s.id === 'month')!;
    expect((month.choices as Array<{ value: string }>).map((c) => c.value)).toContain('2026-11');
    expect(validateCard(card).errors).toEqual([]);
  });
});

describe('catalogue card: paging, sample notice, empty state, refresh', () => {
  const items = [viewOf('basis-2026-12-karlsruhe')];
  const paged = (page: number) => buildCatalogueCard(input(items, { page: { items, page, pageCount: 3, total: 14 }, filter: { courseType: 'basis' } }), 'de');

  it.each([
    [1, ['Nächste Seite']],
    [2, ['Vorherige Seite', 'Nächste Seite']],
    [3, ['Vorherige Seite']],
  ])('page %i of 3 has %j, keeping the filter', (page, expected) => {
    const card = paged(page);
    const paging = elementsOf(card, 'Action.Execute').filter((a) => a.verb === VERBS.catalogue && a.title !== 'Filtern');
    expect(paging.map((a) => a.title)).toEqual(expected);
    for (const action of paging) expect(action.data).toMatchObject({ courseType: 'basis', page: expect.any(Number) });
    expect(textOf(card)).toContain(`Seite ${page} von 3`);
  });

  it('has no paging and no page line when everything fits on one page', () => {
    const card = buildCatalogueCard(input(items), 'de');
    expect(buttonTitles(card)).not.toContain('Nächste Seite');
    expect(textOf(card)).not.toContain('Seite 1 von 1');
  });

  it('says so when the catalogue is sample data, and only then', () => {
    expect(textOf(buildCatalogueCard(input(items, { sample: true }), 'de'))).toContain('Beispieldaten');
    expect(textOf(buildCatalogueCard(input(items, { sample: false }), 'de'))).not.toContain('Beispieldaten');
  });

  it('shows "Keine Termine für diese Auswahl" and no session blocks when nothing matches', () => {
    const card = buildCatalogueCard(input([], { filter: { courseType: 'inhouse' } }), 'de');
    expect(textOf(card)).toContain('Keine Termine für diese Auswahl');
    expect(buttonTitles(card)).not.toContain('Details');
  });

  it('carries a refresh only when the route asks for one', () => {
    expect(buildCatalogueCard(input(items), 'de').refresh).toBeUndefined();
    const card = buildCatalogueCard(input(items, { refresh: { verb: VERBS.catalogue, data: { page: 1 }, userIds: ['29:abc'] } }), 'de');
    expect(card.refresh).toEqual({ action: { type: 'Action.Execute', verb: VERBS.catalogue, data: { page: 1, verb: VERBS.catalogue } }, userIds: ['29:abc'] });
  });

  it('refuses a refresh for more users than Teams refreshes (a bug in the route)', () => {
    const userIds = Array.from({ length: 61 }, (_, i) => `29:${i}`);
    expect(() => buildCatalogueCard(input(items, { refresh: { verb: VERBS.catalogue, userIds } }), 'de')).toThrow(RangeError);
  });
});

describe('catalogue card: size', () => {
  it("fits Teams' ~28 KB even with the largest page the catalogue service serves (20 sessions)", () => {
    const all = catalogue.sessions.map((s) => viewOf(s.id));
    const items = [...all, ...all].slice(0, 20);
    const card = buildCatalogueCard(input(items, { page: { items, page: 2, pageCount: 3, total: 60 }, sample: true }), 'de');
    expect(cardBytes(card)).toBeLessThan(26_000);
    expect(validateCard(card).errors).toEqual([]);
  });
});
