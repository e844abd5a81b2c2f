import type { AudienceMember } from '../../features/reminders/audiences.ts';
import { VERBS } from '../actions.ts';
import { formatDateTime } from '../format.ts';
import type { Locale } from '../locale.ts';
import type { BroadcastDraftValues } from './broadcast-form.card.ts';
import { broadcastTexts } from './broadcast-texts.card.ts';
import { button, expandCard, type AdaptiveCard } from './card-kit.ts';
import template from './templates/broadcast-preview.json' with { type: 'json' };

/** Names listed on the preview; the rest is counted, so a large audience keeps the card small. */
const MAX_UNREACHABLE_NAMES = 15;

export interface BroadcastPreviewCardInput {
  /** Sent with "Senden": the same id on a second click finds the first broadcast. */
  draftId: string;
  values: BroadcastDraftValues;
  audienceText: string;
  reachable: number;
  unreachable: readonly AudienceMember[];
  sendAt?: Date;
  /** Exactly the card the recipients will get. */
  message: AdaptiveCard;
}

/** The card as recipients will see it, how many are reachable now, who is not, and when it goes out. */
export function buildBroadcastPreviewCard(input: BroadcastPreviewCardInput, locale: Locale): AdaptiveCard {
  const texts = broadcastTexts(locale);
  const { values, unreachable } = input;
  const facts = [
    { title: texts.factAudience, value: input.audienceText },
    { title: texts.factReachable, value: texts.persons(input.reachable) },
  ];
  if (unreachable.length > 0) facts.push({ title: texts.factUnreachable, value: `${texts.persons(unreachable.length)}: ${unreachableNames(unreachable, locale)}` });
  facts.push({ title: texts.factSchedule, value: input.sendAt ? texts.sendLater(formatDateTime(input.sendAt, locale)) : texts.sendImmediately });
  const sendTitle = input.sendAt ? texts.scheduleButton : texts.sendNowButton(input.reachable);
  return expandCard(template, {
    title: texts.previewTitle,
    facts,
    hasUnreachable: unreachable.length > 0,
    unreachableHint: texts.unreachableHint,
    previewLabel: texts.previewLabel,
    message: { body: input.message.body, actions: input.message.actions ?? [] },
    buttons: [
      button(sendTitle, { ...values, verb: VERBS.broadcastSend, draftId: input.draftId }, 'positive'),
      button(texts.editButton, { ...values, verb: VERBS.broadcastForm }),
      button(texts.discardButton, { verb: VERBS.organiserMenu }),
    ],
  });
}

function unreachableNames(people: readonly AudienceMember[], locale: Locale): string {
  const names = people.slice(0, MAX_UNREACHABLE_NAMES).map((p) => p.name || p.personId);
  return broadcastTexts(locale).unreachableNames(names.join(', '), people.length - names.length);
}
