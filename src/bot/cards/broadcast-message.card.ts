import type { Course, Session } from '../../features/catalogue/index.ts';
import { VERBS } from '../actions.ts';
import type { Locale } from '../locale.ts';
import { button, expandCard, type AdaptiveCard } from './card-kit.ts';
import { broadcastTexts } from './broadcast-texts.card.ts';
import { cardTexts } from './card-texts.ts';
import { placeText, whenText } from './session-summary.ts';
import template from './templates/broadcast-message.json' with { type: 'json' };

export interface BroadcastMessageCardInput {
  /** Empty: the programme's default title. */
  title: string;
  /** The organiser's markdown, as checked (Teams renders bold, italics, lists and links in a TextBlock). */
  text: string;
  /** For session audiences: which session this is about. */
  session?: { session: Session; course: Course };
  /** People addressed as participants get "Meine Anmeldungen"; everyone else the catalogue. */
  participants: boolean;
}

/** What each recipient gets in their personal chat: title, the organiser's text, the session line, the sender. */
export function buildBroadcastMessageCard(input: BroadcastMessageCardInput, locale: Locale): AdaptiveCard {
  const texts = broadcastTexts(locale);
  const labels = cardTexts(locale);
  const s = input.session;
  return expandCard(template, {
    title: input.title || texts.defaultMessageTitle,
    text: input.text,
    hasSession: s !== undefined,
    sessionLabel: texts.messageSession,
    sessionLine: s ? `${s.course.title} · ${whenText(s.session, labels, locale)} · ${placeText(s.session, labels)}` : '',
    from: texts.messageFrom,
    buttons: [input.participants ? button(labels.mineButton, { verb: VERBS.mine }) : button(labels.catalogueButton, { verb: VERBS.catalogue })],
  });
}
