import { VERBS } from '../actions.ts';
import type { Locale } from '../locale.ts';
import { button, expandCard, type AdaptiveCard } from './card-kit.ts';
import { cardTexts } from './card-texts.ts';
import template from './templates/overview.json' with { type: 'json' };
import { overviewOf } from './welcome.card.ts';

/** Answer to "hilfe"/"help" and to unknown commands: the welcome's overview without the greeting. */
export function buildHelpCard(locale: Locale): AdaptiveCard {
  const texts = cardTexts(locale);
  return expandCard(template, {
    ...overviewOf(texts),
    title: texts.helpTitle,
    hasIntro: false,
    intro: '',
    buttons: [button(texts.catalogueButton, { verb: VERBS.catalogue }, 'positive'), button(texts.mineButton, { verb: VERBS.mine })],
  });
}
