import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { message } from '../../support/activities.ts';
import { cardText } from '../../support/bot-harness.ts';
import { validateCard } from '../../support/card-validator.ts';
import { startHttpBot } from '../../support/http-bot.ts';

/** One server for the whole file: these tests only read (no votes, no tickets), so they cannot disturb each other. */
let h: Awaited<ReturnType<typeof startHttpBot>>;
beforeAll(async () => {
  h = await startHttpBot();
});
afterAll(async () => h?.close());

const KB = JSON.parse(readFileSync('data/faq.json', 'utf8')) as { entries: Array<{ id: string; question: string; answer: string }> };
let next = 0;

/** Posts a message like Teams does and returns the card the bot replied with through the connector. */
async function ask(text: string, locale = 'de-DE') {
  const id = `incoming-${++next}`;
  const before = h.connector.calls.length;
  const response = await h.post({ ...message(text, { locale }), id } as Record<string, unknown>);
  expect(response.status).toBe(200);
  const replies = h.connector.calls.slice(before);
  expect(replies).toHaveLength(1);
  expect(replies[0]).toMatchObject({ method: 'POST', conversationId: 'a:personal-29:alice', activityId: id });
  const card = (replies[0]!.body.attachments as Array<{ content: Record<string, unknown> }> | undefined)?.[0]?.content;
  expect(card, `no card for "${text}": ${JSON.stringify(replies[0]!.body).slice(0, 300)}`).toBeDefined();
  expect(validateCard(card).errors).toEqual([]);
  return { card: card!, text: cardText(card).replace(/\u00a0/g, ' ') };
}

describe('knowledge-base questions over HTTP', () => {
  it.each(['faq-01', 'faq-05', 'faq-12', 'faq-18', 'faq-25', 'faq-33'])('%s: its own question is answered with its answer text, exactly', async (id) => {
    const entry = KB.entries.find((e) => e.id === id)!;
    const { card } = await ask(entry.question);
    const blocks = JSON.stringify(card);
    expect(blocks).toContain(JSON.stringify(entry.answer));
  });
});

describe('computed questions over HTTP: real municipalities around each threshold (Destatis 31.12.2024)', () => {
  it.each([
    ['Aidlingen', 'die Gemeinde Aidlingen', '9.302', 1],
    ['Walzbachtal', 'die Gemeinde Walzbachtal', '9.904', 1],
    ['Dettingen an der Erms', 'die Gemeinde Dettingen an der Erms', '9.993', 1],
    ['Blumberg', 'die Stadt Blumberg', '10.003', 2],
    ['Schwaikheim', 'die Gemeinde Schwaikheim', '10.028', 2],
    ['Winnenden', 'die Stadt Winnenden', '29.876', 2],
    ['Bretten', 'die Stadt Bretten', '30.274', 3],
    ['Ulm', 'die Stadt Ulm', '129.882', 3],
    ['den Landkreis Emmendingen', 'den Landkreis Emmendingen', '169.787', 4],
    ['den Landkreis Waldshut', 'den Landkreis Waldshut', '171.579', 4],
    ['den Zollernalbkreis', 'den Landkreis Zollernalbkreis', '193.326', 5],
    ['den Enzkreis', 'den Landkreis Enzkreis', '199.745', 5],
  ])('"… für %s" → %s (%s inhabitants): %i', async (place, subject, population, places) => {
    const { text } = await ask(`Wie viele Lotsen werden für ${place} gefördert?`);
    expect(text).toContain(`Für ${subject} ${places === 1 ? 'wird **1 Person**' : `werden **${places} Personen**`} als Digitallotse oder Digitallotsin gefördert.`);
    expect(text).toContain(`${population} Einwohner`);
    expect(text).toContain('S6: service-bw');
    expect(text).toContain('seit 01.04.2023');
  });

  it('Ulm counts as a town (3) and as a Stadtkreis (4): both are said', async () => {
    const { text } = await ask('Wie viele Lotsen werden für Ulm gefördert?');
    expect(text).toContain('Als Stadtkreis gezählt sind es **4 Personen**');
    expect(text).toContain('Welche Zählung für Sie gilt, bestätigt der Städtetag.');
  });

  it.each(['Heidelberg', 'Heilbronn'])('%s (over 130,000): no rule is invented, the hand-over is offered', async (city) => {
    const { text, card } = await ask(`Wie viele Lotsen werden für ${city} gefördert?`);
    expect(text).toContain('**keine Stufe**');
    expect(text).not.toMatch(/Für die Stadt \w+ werden/);
    expect(JSON.stringify(card)).toContain('"verb":"faq.handover"');
  });

  it.each([
    ['9.999 Einwohner', '1 Person'],
    ['10.000 Einwohner', '2 Personen'],
    ['12.000 Einwohner', '2 Personen'],
    ['30.000 Einwohner', '2 Personen'],
    ['30.001 Einwohner', '3 Personen'],
    ['130.000 Einwohner', '3 Personen'],
  ])('a town with %s → %s', async (population, expected) => {
    const { text } = await ask(`Wie viele Lotsen werden für ${population} gefördert?`);
    expect(text).toContain(`eine Stadt oder Gemeinde mit ${population}n`);
    expect(text).toContain(`**${expected}**`);
  });

  it('130.001 inhabitants → no band in the source', async () => {
    expect((await ask('Wie viele Lotsen werden für 130.001 Einwohner gefördert?')).text).toContain('**keine Stufe** (gefragt: 130.001 Einwohner)');
  });

  it.each([
    ['175.000', '4 Personen'],
    ['175.001', '5 Personen'],
  ])('a district with %s inhabitants → %s', async (population, expected) => {
    const { text } = await ask(`Wie viele Lotsen bekommt ein Landkreis mit ${population} Einwohnern?`);
    expect(text).toContain(`einen Stadt- oder Landkreis mit ${population} Einwohnern`);
    expect(text).toContain(`**${expected}**`);
  });

  it('the Basisqualifizierung: 100 € per day × 3 = 300 €, the fee itself unconfirmed', async () => {
    const { text } = await ask('Was zahlen wir für die Basisqualifizierung?');
    expect(text).toContain('**100 € pro Seminartag** – bei 3 Tagen also **300 €**');
    expect(text).toContain('Seminargebühr selbst ist in unseren Quellen **nicht bestätigt**');
  });

  it('an Inhouse training of 3 days: 50 %, at most 1,700 €/day → at most 5,100 €, and the 1,100 € of 2022', async () => {
    const { text } = await ask('Wie viel bekommen wir für eine Inhouse-Schulung mit 3 Tagen?');
    expect(text).toContain('**50 %**');
    expect(text).toContain('**höchstens 1.700 € pro Schulungstag**');
    expect(text).toContain('**höchstens 5.100 €**');
    expect(text).toContain('1.100 € pro Tag (Förderzeitraum ab 03/2022; P3; von anderer Quelle widersprochen)');
  });

  it('in English for an English client', async () => {
    const { text } = await ask('How many pilots are funded for Bretten?', 'en-US');
    expect(text).toContain('For the town of Bretten, **3 people** can be funded');
    expect(text).toContain('30,274 inhabitants');
  });
});
