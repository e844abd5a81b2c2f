import { VERBS } from '../actions.ts';
import type { Locale } from '../locale.ts';
import { button, expandCard, type AdaptiveCard } from './card-kit.ts';
import { cardTexts, type CardTexts } from './card-texts.ts';
import template from './templates/overview.json' with { type: 'json' };

/** Sent once when the app is installed (personal chat, team or group chat): what the bot can do. */
export function buildWelcomeCard(locale: Locale): AdaptiveCard {
  const texts = cardTexts(locale);
  return expandCard(template, {
    ...overviewOf(texts),
    title: texts.welcomeTitle,
    hasIntro: true,
    intro: texts.welcomeIntro,
    buttons: [button(texts.catalogueButton, { verb: VERBS.catalogue }, 'positive'), button(texts.mineButton, { verb: VERBS.mine }), button(texts.helpButton, { verb: VERBS.help })],
  });
}

/** The capabilities, typed commands and an example question; shared with help.card, which shows the same overview. */
export function overviewOf(texts: CardTexts) {
  return {
    capabilities: texts.capabilities,
    commandsTitle: texts.commandsTitle,
    commands: texts.commands.map((c) => ({ title: texts.quoted(c.command), value: c.text })),
    askExample: texts.askExample,
  };
}
