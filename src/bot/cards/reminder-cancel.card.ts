import type { Course, Enrolment, Session } from '../../features/catalogue/index.ts';
import { VERBS } from '../actions.ts';
import { formatDateTime } from '../format.ts';
import type { Locale } from '../locale.ts';
import { button, type AdaptiveCard } from './card-kit.ts';
import { cardTexts } from './card-texts.ts';
import { expandNotification } from './notification-layout.card.ts';
import { statusText } from './session-summary.ts';

export interface CantAttendCardInput {
  /**
   * confirm: asks once more; done: cancelled; too_late: after the free-cancellation deadline (nothing changed);
   * started: the session has begun; not_enrolled: already cancelled or no longer live.
   */
  outcome: 'confirm' | 'done' | 'too_late' | 'started' | 'not_enrolled';
  enrolment: Enrolment;
  session: Session;
  course: Course;
}

/** The answers to "Ich kann nicht teilnehmen" on a reminder. */
export function buildCantAttendCard(input: CantAttendCardInput, locale: Locale): AdaptiveCard {
  const texts = cardTexts(locale);
  const { enrolment, session, course } = input;
  const mine = button(texts.mineButton, { verb: VERBS.mine });
  const base = { session, course };
  switch (input.outcome) {
    case 'confirm':
      return expandNotification(
        {
          ...base,
          tone: 'warning',
          headline: texts.cantAttendTitle,
          lines: [texts.cantAttendConsequence],
          buttons: [button(texts.cancelConfirmYes, { verb: VERBS.cantAttend, enrolmentId: enrolment.id, confirmed: true }, 'destructive'), button(texts.cancelConfirmNo, { verb: VERBS.mine })],
        },
        texts,
        locale,
      );
    case 'done':
      return expandNotification({ ...base, tone: 'good', headline: texts.cantAttendDoneTitle, lines: [texts.cantAttendDone], buttons: [mine, button(texts.catalogueButton, { verb: VERBS.catalogue })] }, texts, locale);
    case 'too_late':
    case 'started': {
      const line = input.outcome === 'too_late' ? texts.cantAttendTooLate(formatDateTime(session.cancellationDeadline, locale), session.provider) : texts.cantAttendStarted(session.provider);
      return expandNotification({ ...base, tone: 'attention', headline: texts.cantAttendTooLateTitle, lines: [line], buttons: [mine] }, texts, locale);
    }
    case 'not_enrolled':
      return expandNotification({ ...base, tone: 'emphasis', headline: texts.notEnrolledTitle, lines: [texts.notEnrolledText(statusText(enrolment, texts, locale))], buttons: [mine] }, texts, locale);
  }
}
