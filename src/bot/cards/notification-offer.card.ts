import type { Course, Enrolment, Session } from '../../features/catalogue/index.ts';
import { VERBS } from '../actions.ts';
import { formatDateTime } from '../format.ts';
import type { Locale } from '../locale.ts';
import { button, type AdaptiveCard } from './card-kit.ts';
import { cardTexts } from './card-texts.ts';
import { expandNotification } from './notification-layout.card.ts';

export interface OfferCardInput {
  enrolment: Enrolment;
  session: Session;
  course: Course;
  expiresAt: Date;
}

/** A seat from the waitlist, held until `expiresAt`: accept or decline right in the chat. */
export function buildSeatOfferedCard(input: OfferCardInput, locale: Locale): AdaptiveCard {
  const texts = cardTexts(locale);
  const { enrolment } = input;
  return expandNotification(
    {
      tone: 'accent',
      headline: texts.offeredTitle,
      lines: [texts.offeredText(formatDateTime(input.expiresAt, locale))],
      session: input.session,
      course: input.course,
      buttons: [
        button(texts.acceptOffer, { verb: VERBS.acceptOffer, enrolmentId: enrolment.id }, 'positive'),
        button(texts.declineOffer, { verb: VERBS.declineOffer, enrolmentId: enrolment.id }, 'destructive'),
        button(texts.mineButton, { verb: VERBS.mine }),
      ],
    },
    texts,
    locale,
  );
}

/** The offer ran out unanswered; the seat has gone to the next person. */
export function buildOfferExpiredCard(input: OfferCardInput, locale: Locale): AdaptiveCard {
  const texts = cardTexts(locale);
  return expandNotification(
    {
      tone: 'warning',
      headline: texts.offerExpiredTitle,
      lines: [texts.offerExpiredText(formatDateTime(input.expiresAt, locale))],
      session: input.session,
      course: input.course,
      next: texts.offerExpiredNext,
      buttons: [button(texts.catalogueButton, { verb: VERBS.catalogue }), button(texts.mineButton, { verb: VERBS.mine })],
    },
    texts,
    locale,
  );
}
