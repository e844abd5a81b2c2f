import { describe, expect, it } from 'vitest';
import { cardBytes } from '../../../../src/bot/cards/index.ts';
import { buildBroadcastMessageCard } from '../../../../src/bot/cards/broadcast-message.card.ts';
import { buildBroadcastPreviewCard } from '../../../../src/bot/cards/broadcast-preview.card.ts';
import { MAX_BROADCAST_TEXT_CHARS } from '../../../../src/features/reminders/audiences.ts';
import { validateCard } from '../../../support/card-validator.ts';
import { actionDataFailures, buttonTitles, elementsOf, LOCALES, textOf } from './card-fixtures.ts';
import { organiserCardGallery } from './organiser-card-gallery.ts';

const SIZE_BUDGET = 20_000;

describe.each(LOCALES)('every organiser and broadcast card (%s)', (locale) => {
  const gallery = organiserCardGallery(locale);

  it.each(gallery)('$name parses with the adaptivecards library and the project rules, without errors or warnings', ({ card }) => {
    expect(validateCard(card).errors).toEqual([]);
  });

  it.each(gallery)('$name stays well under the Teams payload limit', ({ card }) => {
    expect(cardBytes(card)).toBeLessThan(SIZE_BUDGET);
  });

  it.each(gallery)("$name: every button's data (with the inputs it sends) parses with its verb's schema", ({ card }) => {
    expect(actionDataFailures(card, { reason: 'Erkrankt', message: 'Hallo', audience: 'everyone' })).toEqual([]);
  });

  it.each(gallery)('$name has a way on', ({ card }) => {
    expect(buttonTitles(card).length).toBeGreaterThan(0);
  });
});

describe('German and English', () => {
  it('every card exists in both languages with different wording (the recipients’ card embedded in the preview stays German)', () => {
    const [de, en] = LOCALES.map((locale) => organiserCardGallery(locale));
    de!.forEach(({ name, card }, i) => {
      expect(en![i]!.name).toBe(name);
      expect(textOf(en![i]!.card), name).not.toBe(textOf(card));
    });
  });
});

describe('what the cards promise', () => {
  const gallery = new Map(organiserCardGallery('de').map(({ name, card }) => [name, card]));

  it('the status card is refreshed for the organiser and explains permanent failures', () => {
    const card = gallery.get('broadcast status finished with failures')!;
    expect(card.refresh).toMatchObject({ action: { verb: 'broadcast.status', data: { broadcastId: 'bc_1234567890' } }, userIds: ['29:1abcDEF-organiser'] });
    const text = textOf(card);
    expect(text).toMatch(/Gesendet\n95[\s\S]*Fehlgeschlagen\n5 \(davon 3 dauerhaft\)/);
    expect(text).toMatch(/Vom Empfänger blockiert\n2 – dauerhaft – wird nicht erneut gesendet[\s\S]*Teams überlastet, Versuche erschöpft\n2\n/);
    expect(text).toMatch(/An Fehlgeschlagene erneut senden \(2\)/);
    expect(text).toMatch(/Dauerhafte Fehler .* werden nicht erneut gesendet/);
  });

  it('a crowded session lists 60 participants and counts the rest; waiting-list order is shown', () => {
    const text = textOf(gallery.get('session admin crowded')!);
    expect(text).toMatch(/Teilnehmende \(130\)/);
    expect(text).toMatch(/… und 70 weitere/);
    expect(text).toMatch(/Teilnehmerin 20\nAidlingen · Hauptamt · Warteliste, Platz 1/);
    expect(text).toMatch(/keine Erinnerungen/);
  });

  it('the preview embeds the exact body of the recipients’ card and names at most 15 unreachable people', () => {
    const preview = gallery.get('broadcast preview')!;
    const message = gallery.get('broadcast message to a session')!;
    expect(JSON.stringify(preview)).toContain(JSON.stringify(message.body));
    expect(textOf(preview)).toMatch(/23 Personen: Person 1, .*Person 15 und 8 weitere/);
  });

  it('the form has a multiline message input capped at the maximum, and date/time inputs for later', () => {
    const form = gallery.get('broadcast form')!;
    expect(elementsOf(form, 'Input.Text').find((i) => i.id === 'message')).toMatchObject({ isMultiline: true, maxLength: MAX_BROADCAST_TEXT_CHARS, isRequired: true });
    expect(elementsOf(form, 'Input.Date').map((i) => i.id)).toEqual(['sendDate']);
    expect(elementsOf(form, 'Input.Time').map((i) => i.id)).toEqual(['sendTime']);
  });

  it('a maximal message of ordinary German text still fits a preview card', () => {
    const text = 'Bitte bringen Sie Ihren Dienstlaptop mit. Änderungen: Raum 2, Gebäude Süd. '.repeat(40).slice(0, MAX_BROADCAST_TEXT_CHARS);
    const message = buildBroadcastMessageCard({ title: 'T'.repeat(120), text, participants: true }, 'de');
    const values = { audience: 'everyone' as const, title: 'T'.repeat(120), message: text, schedule: 'now' as const, sendDate: '', sendTime: '' };
    const preview = buildBroadcastPreviewCard({ draftId: 'bc_1234567890', values, audienceText: 'Alle', reachable: 5, unreachable: [], message }, 'de');
    expect(cardBytes(preview)).toBeLessThan(SIZE_BUDGET);
  });
});
