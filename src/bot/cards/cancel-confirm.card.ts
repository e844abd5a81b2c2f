import type { Course, Enrolment, Session } from '../../features/catalogue/index.ts';
import { VERBS } from '../actions.ts';
import type { Locale } from '../locale.ts';
import { button, expandCard, type AdaptiveCard, type CardRefresh } from './card-kit.ts';
import { cardTexts } from './card-texts.ts';
import { listFacts, statusText } from './session-summary.ts';
import template from './templates/cancel-confirm.json' with { type: 'json' };

export interface CancelConfirmCardInput {
  enrolment: Enrolment;
  session: Session;
  course: Course;
  /** Waitlist position, for waitlisted enrolments. */
  position?: number;
  refresh?: CardRefresh;
}

/** "Wirklich abmelden?": the cancel button of "Meine Anmeldungen" asks once more; only this card sends confirmed: true. */
export function buildCancelConfirmCard(input: CancelConfirmCardInput, locale: Locale): AdaptiveCard {
  const texts = cardTexts(locale);
  const { enrolment, session, course } = input;
  const consequence =
    enrolment.status === 'waitlisted' ? texts.cancelConfirmWaitlist : enrolment.status === 'offered' ? texts.cancelConfirmOffer : texts.cancelConfirmSeat;
  return expandCard(
    template,
    {
      title: texts.cancelConfirmTitle,
      courseTitle: course.title,
      facts: [...listFacts(session, texts, locale), { title: texts.factStatus, value: statusText(enrolment, texts, locale, input.position) }],
      consequence,
      buttons: [
        button(texts.cancelConfirmYes, { verb: VERBS.cancel, enrolmentId: enrolment.id, confirmed: true }, 'destructive'),
        button(texts.cancelConfirmNo, { verb: VERBS.mine }),
      ],
    },
    input.refresh,
  );
}
