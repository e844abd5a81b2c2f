import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { VERBS } from '../../../../src/bot/actions.ts';
import { classify } from '../../../../src/features/faq/index.ts';
import { MINUTE_MS } from '../../../../src/features/shared/index.ts';
import { bob, execute, message } from '../../../support/activities.ts';
import { cardOf, cardText, startTestBot } from '../../../support/bot-harness.ts';
import { validateCard } from '../../../support/card-validator.ts';

type Bot = Awaited<ReturnType<typeof startTestBot>>;
let t: Bot;
afterEach(async () => t?.cleanup());

const KB = JSON.parse(readFileSync('data/faq.json', 'utf8')) as { entries: Array<{ id: string; question: string; answer: string; sources: string[] }> };
const entry = (id: string) => KB.entries.find((e) => e.id === id)!;
/** Intl puts a no-break space between amount and €; people read a space. */
const plain = (s: string) => s.replace(/\u00a0/g, ' ');

async function reply(text: string, options: Parameters<typeof message>[1] = {}) {
  const replies = (await t.send(message(text, options))).filter((r) => r.type === 'message');
  expect(replies).toHaveLength(1);
  const card = cardOf(replies[0]);
  if (card) expect(validateCard(card).errors).toEqual([]);
  return { text: replies[0]!.text, card, shown: plain(card ? cardText(card) : String(replies[0]!.text)) };
}

type Action = { verb: string; data: Record<string, unknown>; title: string };
const actionsOf = (card: unknown): Action[] => {
  const found: Action[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (node && typeof node === 'object') {
      const n = node as Record<string, unknown>;
      if (n.type === 'Action.Execute') found.push({ verb: String(n.verb), data: n.data as Record<string, unknown>, title: String(n.title) });
      for (const [k, v] of Object.entries(n)) if (k !== 'data' && k !== 'fallback') walk(v);
    }
  };
  walk(card);
  return found;
};
const click = async (action: Action, options: Parameters<typeof execute>[2] = {}) => {
  const card = await t.invokeCard(execute(action.verb, action.data, options));
  expect(validateCard(card).errors).toEqual([]);
  return card;
};

describe('knowledge-base answers', () => {
  it.each(['faq-01', 'faq-03', 'faq-18'])('answers %s\'s own question with its answer text exactly, its sources and the date', async (id) => {
    t = await startTestBot();
    const { card, shown } = await reply(entry(id).question);
    expect(JSON.stringify(card)).toContain(JSON.stringify(entry(id).answer));
    for (const url of entry(id).sources.filter((s) => s.startsWith('http'))) expect(shown).toContain(`](${url})`);
    expect(shown).toContain('Stand: ');
    expect(shown).toContain('Hat das geholfen?');
    expect(actionsOf(card).map((a) => a.verb)).toEqual([VERBS.faqFeedback, VERBS.faqFeedback, VERBS.faqHandover]);
  });

  it('counts 👍 once per person and answer, replaces it with 👎, and thanks on the card', async () => {
    t = await startTestBot();
    const { card } = await reply(entry('faq-03').question);
    const [up, down] = actionsOf(card);
    const votes = () => t.bot.database.db.selectFrom('feedback').selectAll().execute();
    expect(cardText(await click(up!))).toContain('Danke für Ihre Rückmeldung');
    const again = await click(up!);
    expect(cardText(again)).toContain('Danke für Ihre Rückmeldung');
    expect(cardText(again)).toContain(entry('faq-03').answer);
    expect(await votes()).toMatchObject([{ helpful: 1, target_kind: 'entry', target_id: 'faq-03', person_id: 'aad-alice' }]);
    await click(down!);
    expect(await votes()).toMatchObject([{ helpful: 0 }]);
    await click(up!, { from: bob });
    expect(await votes()).toHaveLength(2);
  });

  it('shows an entry picked from "Meinten Sie …?", and a forged entry id gets the current state', async () => {
    t = await startTestBot();
    // The matcher keeps improving (a colleague tunes it): pick whichever of these vague questions it still clarifies.
    const kb = t.bot.deps.faq.knowledgeBase.current();
    const vague = ['Förderung?', 'Seminare', 'Kosten Termine Förderung', 'Kosten Voucher Vertrag Termin'].find((q) => classify(kb, q).kind === 'clarify');
    expect(vague, 'none of the vague questions gets "Meinten Sie …?" any more: pick a new one').toBeDefined();
    const expected = classify(kb, vague!) as Extract<ReturnType<typeof classify>, { kind: 'clarify' }>;
    const { card, shown } = await reply(vague!);
    expect(shown).toContain('Meinten Sie');
    const choices = actionsOf(card).filter((a) => a.verb === VERBS.faqShow);
    expect(choices.map((c) => c.data.entryId)).toEqual(expected.candidates.map((e) => e.id));
    expect(actionsOf(card).at(-1)!.verb).toBe(VERBS.faqHandover);
    const shownEntry = KB.entries.find((e) => e.id === choices[0]!.data.entryId)!;
    expect(cardText(await click(choices[0]!))).toContain(shownEntry.answer);
    expect(cardText(await click({ ...choices[0]!, data: { ...choices[0]!.data, entryId: 'faq-999' } }))).toContain('nicht mehr aktuell');
    expect(cardText(await click({ ...choices[0]!, data: { verb: VERBS.faqShow } }))).toContain('nicht mehr aktuell');
  });
});

describe('small talk and off-topic', () => {
  it.each([
    ['hallo', /Hallo! Ich bin der Lotsenbot.*„kurse“/],
    ['Moin!', /Hallo! Ich bin der Lotsenbot/],
    ['danke', /Gern geschehen/],
    ['Tschüss', /Tschüss und einen schönen Tag/],
  ])('"%s" gets a short friendly text, never an FAQ card', async (text, expected) => {
    t = await startTestBot();
    const answer = await reply(text);
    expect(answer.card).toBeUndefined();
    expect(answer.text).toMatch(expected);
  });

  it.each([
    ['Werden Reisekosten erstattet?', 'Reise- und Übernachtungskosten'],
    ['Bekomme ich Bildungszeit für die Schulung?', 'Bildungszeit'],
    ['Mein Passwort für das Behördenkonto funktioniert nicht', 'außerhalb dessen, was ich weiß'],
  ])('"%s" is outside what the bot knows: said politely, with the hand-over', async (text, expected) => {
    t = await startTestBot();
    const { card, shown } = await reply(text);
    expect(shown).toContain(expected);
    expect(actionsOf(card).map((a) => a.verb)).toEqual([VERBS.faqHandover, VERBS.help]);
    expect(actionsOf(card)[0]!.data).toMatchObject({ question: text, answered: { kind: 'none' } });
  });

  it('an unknown slash command is not a question', async () => {
    t = await startTestBot();
    expect((await reply('/reboot now')).text).toMatch(/nicht verstanden/);
  });

  it('understands the manifest\'s "frage" command in front of a question, and asks for one when it is alone', async () => {
    t = await startTestBot();
    expect((await reply('frage Was zahlen wir für die Basisqualifizierung?')).shown).toContain('**300 €**');
    expect((await reply('Frage: Wie viele Lotsen werden für Gemeinde Aidlingen gefördert?')).shown).toContain('**1 Person**');
    expect((await reply('frage')).text).toMatch(/Was möchten Sie wissen\?/);
  });
});

describe('computed answers', () => {
  it.each([
    ['Wie viele Lotsen werden für Gemeinde Aidlingen gefördert?', ['Für die Gemeinde Aidlingen wird **1 Person**', '9.302 Einwohner', '1 bis 9.999 Einwohnern', 'seit 01.04.2023', 'S6: service-bw']],
    ['Wie viele Lotsen werden für 12.000 Einwohner gefördert?', ['eine Stadt oder Gemeinde mit 12.000 Einwohnern werden **2 Personen**', '10.000 bis 30.000']],
    ['Was zahlen wir für die Basisqualifizierung?', ['**100 € pro Seminartag**', '**300 €**', 'Seminargebühr selbst ist in unseren Quellen **nicht bestätigt**', 'Ohne Bildungs-Voucher-ID']],
    ['Wie viel bekommen wir für eine Inhouse-Schulung mit 3 Tagen?', ['**50 %**', '**höchstens 1.700 € pro Schulungstag**', '**höchstens 5.100 €**', '1.100 € pro Tag (Förderzeitraum ab 03/2022; P3', 'S7b']],
    ['Wie viele Lotsen bekommt Heidelberg?', ['**keine Stufe**', '155.756 Einwohner', 'wären es 4 Personen – das bestätigt aber keine Quelle', 'Als Stadtkreis gezählt sind es **4 Personen**']],
  ])('"%s" is answered from the rules module', async (question, expected) => {
    t = await startTestBot();
    const { card, shown } = await reply(question);
    for (const part of expected) expect(shown).toContain(part);
    expect(shown).toContain('Widersprüchliche Angaben zur Förderung seit 01.04.2023');
    expect(shown).toContain('digitallotsen@staedtetag-bw.de');
    expect(actionsOf(card).at(-1)).toMatchObject({ verb: VERBS.faqHandover, data: { answered: { kind: 'computed' } } });
  });

  it('answers in English for an English client', async () => {
    t = await startTestBot();
    const { shown } = await reply('How many pilots are funded for Aidlingen?', { locale: 'en-GB' });
    expect(shown).toContain('For the municipality of Aidlingen, **1 person** can be funded');
    expect(shown).toContain('9,302 inhabitants');
  });

  it('offers the candidates of an ambiguous name and answers the one picked by its AGS', async () => {
    t = await startTestBot();
    const { card, shown } = await reply('Wie viele Lotsen für Altdorf?');
    expect(shown).toContain('„Altdorf“ gibt es mehrfach');
    const picks = actionsOf(card).filter((a) => a.verb === VERBS.faqPlaces);
    expect(picks.map((p) => p.data.ags)).toEqual(['08115002', '08116005']);
    const answered = plain(cardText(await click(picks[1]!)));
    expect(answered).toContain('Für die Gemeinde Altdorf wird **1 Person**');
    expect(answered).toContain('1.713 Einwohner');
    expect(cardText(await click({ ...picks[0]!, data: { ...picks[0]!.data, ags: 'DROP TABLE' } }))).toContain('nicht mehr aktuell');
  });

  /**
   * The classifier only asks for figures when the question names a place or a population, so the rules module's
   * needs_municipality is stood in for by a fake that answers it once, then hands over to the real service.
   */
  function needsMunicipalityOnce() {
    const real = t.bot.deps.faq.computed;
    let asked = false;
    t.bot.deps.faq.computed = {
      answer: (question, at, options) => {
        if (asked) return real.answer(question, at, options);
        asked = true;
        return { kind: 'needs_municipality' };
      },
    };
  }

  it('asks "Für welche Kommune?" and reads the next message as the name, once', async () => {
    t = await startTestBot();
    needsMunicipalityOnce();
    expect((await reply('Wie viele Lotsen werden für Gemeinde Aidlingen gefördert?')).text).toMatch(/^Für welche Kommune\?/);
    expect((await reply('Aidlingen')).shown).toContain('Für die Gemeinde Aidlingen wird **1 Person**');
    expect((await reply('Aidlingen')).shown).toContain('außerhalb dessen, was ich weiß');
  });

  it('forgets the pending question after 15 minutes', async () => {
    t = await startTestBot();
    needsMunicipalityOnce();
    await reply('Wie viele Lotsen werden für Gemeinde Aidlingen gefördert?');
    t.clock.advance(16 * MINUTE_MS);
    expect((await reply('Aidlingen')).shown).toContain('außerhalb dessen, was ich weiß');
  });

  it('a question asked while the bot waits for a name is answered as a question', async () => {
    t = await startTestBot();
    needsMunicipalityOnce();
    await reply('Wie viele Lotsen werden für Gemeinde Aidlingen gefördert?');
    expect((await reply('Was zahlen wir für die Basisqualifizierung?')).shown).toContain('**300 €**');
  });

  it('records a vote on a computed answer by its kind and rebuilds the card with the thanks', async () => {
    t = await startTestBot();
    const { card } = await reply('Wie viele Lotsen werden für Gemeinde Aidlingen gefördert?');
    const after = plain(cardText(await click(actionsOf(card)[1]!)));
    expect(after).toContain('Danke für Ihre Rückmeldung');
    expect(after).toContain('**1 Person**');
    expect(await t.bot.database.db.selectFrom('feedback').selectAll().execute()).toMatchObject([{ helpful: 0, target_kind: 'computed', target_id: 'funded_places' }]);
  });

  it('refuses forged vote data and stores nothing', async () => {
    t = await startTestBot();
    const forged = await click({ verb: VERBS.faqFeedback, title: '', data: { verb: VERBS.faqFeedback, answerId: 'ans_x', helpful: true, question: 'q', about: { kind: 'computed', computed: { intent: 'launch_missiles' } } } });
    expect(cardText(forged)).toContain('nicht mehr aktuell');
    expect(await t.bot.database.db.selectFrom('feedback').selectAll().execute()).toHaveLength(0);
  });
});

describe('the knowledge base changes without a deploy', () => {
  it('answers from an edited FAQ_FILE once the watcher has reloaded it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lotsenbot-kb-'));
    try {
      const file = join(dir, 'faq.json');
      copyFileSync('data/faq.json', file);
      t = await startTestBot({ env: { FAQ_FILE: file } });
      const before = t.bot.deps.faq.knowledgeBase.current().version;
      const edited = JSON.parse(readFileSync(file, 'utf8')) as typeof KB;
      edited.entries.find((e) => e.id === 'faq-03')!.answer = 'Alle Beschäftigten der Kommunen dürfen teilnehmen (geänderter Text).';
      writeFileSync(file, JSON.stringify(edited, null, 2));
      // The reload retrains the classifier on a worker thread (seconds); the previous version answers meanwhile.
      expect((await reply(entry('faq-03').question)).shown).not.toContain('(geänderter Text)');
      await expect.poll(() => t.bot.deps.faq.knowledgeBase.current().version, { timeout: 40_000, interval: 200 }).not.toBe(before);
      expect((await reply(entry('faq-03').question)).shown).toContain('(geänderter Text)');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
