import { describe, expect, it } from 'vitest';
import { cardBytes } from '../../../../src/bot/cards/index.ts';
import { validateCard } from '../../../support/card-validator.ts';
import { cardGallery } from './card-gallery.ts';
import { actionDataFailures, elementsOf, LOCALES, textOf } from './card-fixtures.ts';

/** Teams refuses a message above about 28 KB; staying under 20 KB leaves room for the activity around the card. */
const SIZE_BUDGET = 20_000;

describe.each(LOCALES)('every card the bot sends (%s)', (locale) => {
  const gallery = cardGallery(locale);

  it.each(gallery)('$name parses with the adaptivecards library and the project rules, without errors or warnings', ({ card }) => {
    expect(validateCard(card).errors).toEqual([]);
  });

  it.each(gallery)('$name stays well under the Teams payload limit', ({ card }) => {
    expect(cardBytes(card)).toBeLessThan(SIZE_BUDGET);
  });

  it.each(gallery)("$name: every button's data parses with its verb's schema", ({ card }) => {
    const filled = { municipality: '08115001:gemeinde', department: 'Hauptamt', consent: 'true' };
    expect(actionDataFailures(card, filled)).toEqual([]);
  });

  it.each(gallery)('$name has at least one way on (a button or a link)', ({ card }) => {
    expect(elementsOf(card, 'Action.Execute').length + elementsOf(card, 'Action.OpenUrl').length).toBeGreaterThan(0);
  });
});

describe('German and English', () => {
  it('every card exists in both languages with different wording', () => {
    const [de, en] = LOCALES.map((locale) => cardGallery(locale));
    de!.forEach(({ name, card }, i) => {
      expect(en![i]!.name).toBe(name);
      if (!name.startsWith('notice')) expect(textOf(en![i]!.card), name).not.toBe(textOf(card));
    });
  });
});
