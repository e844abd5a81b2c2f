import { describe, expect, it } from 'vitest';
import { VERBS } from '../../../../src/bot/actions.ts';
import { buildHelpCard, buildNoticeCard, buildWelcomeCard, cardTexts, noticeButtons } from '../../../../src/bot/cards/index.ts';
import { buttonTitles, elementsOf, textOf } from './card-fixtures.ts';

describe('welcome and help cards', () => {
  it('tell what the bot can do, the typed commands and an example question', () => {
    for (const card of [buildWelcomeCard('de'), buildHelpCard('de')]) {
      const text = textOf(card);
      for (const expected of ['Kurse und Termine', 'Anmelden', 'Meine Anmeldungen', 'Fragen zu Förderung und Kosten', 'Frage an das Team', '„kurse“', '„meine anmeldungen“', '„hilfe“']) {
        expect(text).toContain(expected);
      }
      expect(text).toContain('Fragen Sie einfach: „Wie viele Lotsen werden für unsere Gemeinde gefördert?“');
    }
  });

  it('lead to the catalogue and to "Meine Anmeldungen"', () => {
    expect(elementsOf(buildWelcomeCard('de'), 'Action.Execute').map((a) => a.verb)).toEqual([VERBS.catalogue, VERBS.mine, VERBS.help]);
    expect(elementsOf(buildHelpCard('de'), 'Action.Execute').map((a) => a.verb)).toEqual([VERBS.catalogue, VERBS.mine]);
  });

  it('greet only on the welcome card', () => {
    expect(textOf(buildWelcomeCard('de'))).toContain('Willkommen beim Lotsenbot');
    expect(textOf(buildHelpCard('de'))).not.toContain('Willkommen');
  });

  it('show the English commands to an English client', () => {
    const text = textOf(buildHelpCard('en'));
    expect(text).toContain('“courses”');
    expect(text).toContain('“my enrolments”');
    expect(text).toContain('Just ask: “How many pilots are funded for our municipality?”');
  });
});

describe('notice card', () => {
  it('shows title, paragraphs and the buttons the route passes, links as links', () => {
    const card = buildNoticeCard(
      { title: 'Diese Karte ist nicht mehr aktuell', text: 'Der Termin ist ausgebucht.\n\nSie können sich auf die Warteliste setzen.', tone: 'warning', buttons: [noticeButtons('de').mine, { title: 'Städtetag', url: 'https://www.staedtetag-bw.de/' }] },
      'de',
    );
    expect(elementsOf(card, 'TextBlock').map((t) => t.text)).toEqual(['Diese Karte ist nicht mehr aktuell', 'Der Termin ist ausgebucht.', 'Sie können sich auf die Warteliste setzen.']);
    expect(buttonTitles(card)).toEqual(['Meine Anmeldungen']);
    expect(elementsOf(card, 'Action.OpenUrl').map((a) => a.url)).toEqual(['https://www.staedtetag-bw.de/']);
  });

  it.each([
    ['info', 'emphasis', 'Default'],
    ['warning', 'warning', 'Warning'],
    ['error', 'attention', 'Attention'],
  ] as const)('looks like %s', (tone, style, color) => {
    const card = buildNoticeCard({ title: 'Titel', text: 'Text', tone }, 'de');
    expect(card.body[0]).toMatchObject({ type: 'Container', style });
    expect(elementsOf(card, 'TextBlock')[0]).toMatchObject({ color });
  });

  it('has no buttons unless given some', () => {
    expect(buildNoticeCard({ title: 'Titel', text: 'Text' }, 'de').actions).toEqual([]);
  });

  it('labels the standard buttons in the person’s language', () => {
    expect(noticeButtons('en').catalogue).toEqual({ title: 'Courses and dates', data: { verb: VERBS.catalogue } });
  });
});

describe('card texts', () => {
  it('has every label in German and English, none empty', () => {
    const de = cardTexts('de');
    const en = cardTexts('en');
    expect(Object.keys(en)).toEqual(Object.keys(de));
    const empty = (texts: object) => Object.entries(texts).filter(([, v]) => typeof v === 'string' && v.trim() === '').map(([k]) => k);
    expect(empty(de)).toEqual([]);
    expect(empty(en)).toEqual([]);
  });
});
