import { VERBS } from '../actions.ts';
import type { Locale } from '../locale.ts';
import { button, expandCard, type AdaptiveCard } from './card-kit.ts';
import { organiserTexts } from './organiser-texts.card.ts';
import template from './templates/organiser-menu.json' with { type: 'json' };

export interface OrganiserMenuCardInput {
  upcomingSessions: number;
}

/** "Organisation": the way into sessions and broadcasts. Only ever sent to organisers; the routes check every click. */
export function buildOrganiserMenuCard(input: OrganiserMenuCardInput, locale: Locale): AdaptiveCard {
  const texts = organiserTexts(locale);
  return expandCard(template, {
    title: texts.menuTitle,
    intro: texts.menuIntro,
    upcoming: texts.menuUpcoming(input.upcomingSessions),
    buttons: [button(texts.menuSessions, { verb: VERBS.organiserSessions }, 'positive'), button(texts.menuBroadcast, { verb: VERBS.broadcastForm })],
  });
}
