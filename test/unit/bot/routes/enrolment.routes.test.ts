import { afterEach, describe, expect, it } from 'vitest';
import { VERBS } from '../../../../src/bot/actions.ts';
import { alice, bob, execute, search } from '../../../support/activities.ts';
import { cardText, startTestBot } from '../../../support/bot-harness.ts';

type Bot = Awaited<ReturnType<typeof startTestBot>>;
let t: Bot;
afterEach(async () => t?.cleanup());

const SESSION = 'basis-2026-12-karlsruhe';
const form = { sessionId: SESSION, municipality: '08115001:gemeinde', department: 'Hauptamt', consent: 'true' };
const stored = () => t.bot.database.db.selectFrom('enrolments').selectAll().execute();

describe('enrolment inside the card', () => {
  it('opens the form with the Data.Query type-ahead and answers the search', async () => {
    t = await startTestBot();
    const card = await t.invokeCard(execute(VERBS.enrolForm, { sessionId: SESSION }));
    expect(JSON.stringify(card)).toContain('"dataset":"municipalities"');
    expect(cardText(card)).toContain('Basisqualifizierung');
    const replies = await t.send(search('municipalities', 'schwäb'));
    const body = (replies.find((r) => r.type === 'invokeResponse')?.value as { body: { value: { results: Array<{ title: string; value: string }> } } }).body;
    expect(body.value.results.map((r) => r.title)).toEqual(expect.arrayContaining([expect.stringMatching(/^Schwäbisch Gmünd/), expect.stringMatching(/^Schwäbisch Hall/)]));
    expect(body.value.results[0]!.value).toMatch(/^\d{8}:(gemeinde|stadt|landkreis|stadtkreis)$/);
  });

  it('confirms with the quote and a calendar link; a second click returns the same enrolment', async () => {
    t = await startTestBot();
    const card = await t.invokeCard(execute(VERBS.enrolSubmit, { ...form, voucherId: '08115001-X1' }));
    const text = cardText(card);
    expect(text).toContain('Sie sind angemeldet');
    expect(text).toMatch(/Voucher[\s\S]*300,00\s€/);
    expect(text).toMatch(/Eigenanteil[\s\S]*390,00\s€/);
    expect(JSON.stringify(card)).toMatch(/https:\/\/lotsenbot\.example\.test\/api\/calendar\/enr_[\w-]+\.ics\?sig=/);
    const again = await t.invokeCard(execute(VERBS.enrolSubmit, { ...form, voucherId: '08115001-X1' }));
    expect(cardText(again)).toContain('bereits angemeldet');
    const rows = await stored();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ person_id: alice.aadObjectId, municipality_ags: '08115001', voucher_id: '08115001-X1', status: 'confirmed', rule_version: '2023-04/voucher_basis' });
  });

  it('resolves a typed municipality, and asks when the name is ambiguous', async () => {
    t = await startTestBot();
    const { municipality: _m, ...typed } = form;
    const ambiguous = await t.invokeCard(execute(VERBS.enrolSubmit, { ...typed, municipalityText: 'Altdorf' }));
    expect(cardText(ambiguous)).toMatch(/mehrfach: .*Altdorf/);
    const choices = JSON.stringify(ambiguous).match(/"value":"\d{8}:gemeinde"/g) ?? [];
    expect(choices.length).toBeGreaterThanOrEqual(2);
    expect(await stored()).toHaveLength(0);
    const ok = await t.invokeCard(execute(VERBS.enrolSubmit, { ...typed, municipalityText: 'schwaebisch gmuend' }));
    expect(cardText(ok)).toContain('Sie sind angemeldet');
    expect((await stored())[0]!.municipality_name).toBe('Schwäbisch Gmünd');
  });

  it.each([
    ['a voucher of another municipality', { voucherId: '08336010-1' }, /gehört nicht zu der gewählten Kommune \(sie beginnt mit dem Schlüssel von Böllen\)/],
    ['a malformed voucher', { voucherId: 'ABC' }, /8-stelligen Amtlichen Gemeindeschlüssel/],
    ['no consent', { consent: 'false' }, /Einwilligung/],
    ['a missing department', { department: '' }, /Pflichtfelder/],
  ])('re-shows the form with the reason for %s and stores nothing', async (_name, change, reason) => {
    t = await startTestBot();
    const card = await t.invokeCard(execute(VERBS.enrolSubmit, { ...form, ...change }));
    expect(cardText(card)).toMatch(reason);
    expect(JSON.stringify(card)).toContain(VERBS.enrolSubmit);
    expect(await stored()).toHaveLength(0);
  });

  it('declines with the deadline once registration has closed, and a forged session id gets the current state', async () => {
    t = await startTestBot({ now: '2026-12-01T00:00' });
    expect(cardText(await t.invokeCard(execute(VERBS.enrolSubmit, form)))).toMatch(/Anmeldeschluss war Montag, 30\. November 2026 um 23:59/);
    expect(cardText(await t.invokeCard(execute(VERBS.enrolSubmit, { ...form, sessionId: 'x-forged' })))).toMatch(/gibt es nicht/);
    expect(cardText(await t.invokeCard(execute(VERBS.enrolSubmit, { sessionId: '../etc', department: 'x' })))).toMatch(/nicht mehr aktuell/);
    expect(await stored()).toHaveLength(0);
  });
});

describe('my enrolments', () => {
  async function enrolled() {
    t = await startTestBot();
    await t.invokeCard(execute(VERBS.enrolSubmit, form));
    return (await stored())[0]!.id;
  }

  it('lists, asks once more before cancelling, then cancels', async () => {
    const id = await enrolled();
    const mine = await t.invokeCard(execute(VERBS.mine, {}));
    expect(cardText(mine)).toContain('Meine Anmeldungen');
    expect(JSON.stringify(mine)).toContain(id);
    const confirm = await t.invokeCard(execute(VERBS.cancel, { enrolmentId: id }));
    expect(cardText(confirm)).toContain('Wirklich abmelden?');
    expect((await stored())[0]!.status).toBe('confirmed');
    expect(cardText(await t.invokeCard(execute(VERBS.cancel, { enrolmentId: id, confirmed: true })))).toContain('Sie sind abgemeldet');
    expect((await stored())[0]!.status).toBe('cancelled');
  });

  it("refuses another person's enrolment id without revealing it, and changes nothing", async () => {
    const id = await enrolled();
    for (const verb of [VERBS.cancel, VERBS.acceptOffer, VERBS.declineOffer]) {
      const card = await t.invokeCard(execute(verb, { enrolmentId: id, confirmed: true }, { from: bob }));
      expect(cardText(card)).toMatch(/nicht gefunden|kein Platzangebot/);
      expect(cardText(card)).not.toContain('Hauptamt');
    }
    expect((await stored())[0]!.status).toBe('confirmed');
  });

  it('respects the self-cancellation deadline', async () => {
    const id = await enrolled();
    t.clock.set(new Date('2026-12-02T12:00:00Z'));
    expect(cardText(await t.invokeCard(execute(VERBS.cancel, { enrolmentId: id, confirmed: true })))).toMatch(/kostenfreie Abmeldung war bis/);
    expect((await stored())[0]!.status).toBe('confirmed');
  });
});
