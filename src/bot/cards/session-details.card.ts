import { checkOpenForEnrolment, isLive, type Enrolment, type Session, type SessionView } from '../../features/catalogue/index.ts';
import { VERBS } from '../actions.ts';
import { formatDate, formatDateTime, formatTimeRange } from '../format.ts';
import type { Locale } from '../locale.ts';
import type { CatalogueFilter } from './catalogue.card.ts';
import { button, expandCard, type AdaptiveCard, type ButtonVm, type CardRefresh } from './card-kit.ts';
import { cardTexts, type CardTexts } from './card-texts.ts';
import { courseSubtitle, feeText, placeText, seatsText, statusText, voucherText, type Fact } from './session-summary.ts';
import template from './templates/session-details.json' with { type: 'json' };

export interface SessionDetailsCardInput {
  view: SessionView;
  /** What the voucher covers for this course, in words from the programme rules. */
  voucherNote: string;
  now: Date;
  /** The person's enrolment in this session, if any: a live one replaces "Anmelden" with its status. */
  enrolment?: Enrolment;
  /** Waitlist position of that enrolment. */
  position?: number;
  /** Where "Zurück zur Übersicht" leads: the filter and page the person came from. */
  back?: CatalogueFilter & { page?: number };
  refresh?: CardRefresh;
}

/** Everything about one session; "Anmelden" only while registration is open and the person is not enrolled. */
export function buildSessionDetailsCard(input: SessionDetailsCardInput, locale: Locale): AdaptiveCard {
  const texts = cardTexts(locale);
  const { session, course, availability } = input.view;
  const open = checkOpenForEnrolment(session, input.now);
  const live = input.enrolment && isLive(input.enrolment.status) ? input.enrolment : undefined;
  const stateLine = open.ok ? undefined : closedLine(session, open.error.code, input.now, texts, locale);
  const facts: Fact[] = [
    { title: texts.factPlace, value: placeText(session, texts) },
    ...(session.onlineUrl && session.mode !== 'onsite' ? [{ title: texts.onlineAccess, value: session.onlineUrl }] : []),
    { title: texts.factProvider, value: session.provider },
    { title: texts.factSeats, value: seatsText(availability, texts) },
    { title: texts.factFee, value: feeText(session, texts, locale) },
    { title: texts.factVoucher, value: voucherText(input.voucherNote, texts) },
    { title: texts.registrationDeadline, value: formatDateTime(session.registrationDeadline, locale) },
    { title: texts.freeCancellationUntil, value: formatDateTime(session.cancellationDeadline, locale) },
  ];
  const buttons: ButtonVm[] = [
    ...(open.ok && !live ? [button(texts.enrolButton, { verb: VERBS.enrolForm, sessionId: session.id }, 'positive')] : []),
    ...(live ? [button(texts.mineButton, { verb: VERBS.mine })] : []),
    button(texts.backToCatalogue, { verb: VERBS.catalogue, ...input.back }),
  ];
  return expandCard(
    template,
    {
      title: course.title,
      subtitle: courseSubtitle(course, texts),
      hasState: stateLine !== undefined,
      stateLine: stateLine ?? '',
      hasEnrolment: live !== undefined,
      enrolmentLine: live ? texts.alreadyEnrolled(statusText(live, texts, locale, input.position)) : '',
      description: course.description,
      dayFacts: dayFacts(session, texts, locale),
      facts,
      showSample: session.sample,
      sampleNotice: texts.sampleNotice,
      buttons,
    },
    input.refresh,
  );
}

/** "Tag 1: Di, 08.12.2026, 09:00–16:30", or one "Termin" line for a one-day session. */
function dayFacts(session: Session, texts: CardTexts, locale: Locale): Fact[] {
  const line = (day: Session['days'][number]) => `${formatDate(day.start, locale)}, ${formatTimeRange(day)}`;
  if (session.days.length === 1) return [{ title: texts.factWhen, value: line(session.days[0]!) }];
  return session.days.map((day, i) => ({ title: texts.dayLabel(i + 1), value: line(day) }));
}

function closedLine(session: Session, code: string, now: Date, texts: CardTexts, locale: Locale): string {
  if (code === 'session_cancelled') return session.cancelledReason ? `${texts.stateCancelled} ${session.cancelledReason}` : texts.stateCancelled;
  if (code === 'registration_closed') return texts.stateRegistrationClosed(formatDateTime(session.registrationDeadline, locale));
  return now >= session.endsAt ? texts.stateOver : texts.stateStarted;
}
