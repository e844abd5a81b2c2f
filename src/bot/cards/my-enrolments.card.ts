import { checkSelfCancellation, isLive, type Course, type Enrolment, type Session } from '../../features/catalogue/index.ts';
import { VERBS } from '../actions.ts';
import { formatDate, formatDateTime } from '../format.ts';
import type { Locale } from '../locale.ts';
import { button, expandCard, type AdaptiveCard, type ButtonVm, type CardRefresh, type LinkVm } from './card-kit.ts';
import { cardTexts, type CardTexts } from './card-texts.ts';
import { placeText, statusText, whenText } from './session-summary.ts';
import template from './templates/my-enrolments.json' with { type: 'json' };

export interface MyEnrolmentItem {
  enrolment: Enrolment;
  session: Session;
  course: Course;
  /** Waitlist position, for waitlisted enrolments. */
  position?: number;
  /** The .ics link, for confirmed enrolments. */
  calendarUrl?: string;
}

export interface MyEnrolmentsCardInput {
  items: MyEnrolmentItem[];
  now: Date;
  refresh?: CardRefresh;
}

/** Earlier enrolments are listed in one collapsed block; beyond this many the oldest are left out to keep the card small. */
const MAX_EARLIER = 10;

/** The person's enrolments: upcoming live ones first with their actions, the rest collapsed. */
export function buildMyEnrolmentsCard(input: MyEnrolmentsCardInput, locale: Locale): AdaptiveCard {
  const texts = cardTexts(locale);
  const isCurrent = (i: MyEnrolmentItem) => isLive(i.enrolment.status) && input.now < i.session.endsAt;
  const byStart = (a: MyEnrolmentItem, b: MyEnrolmentItem) => a.session.startsAt.getTime() - b.session.startsAt.getTime();
  const current = input.items.filter(isCurrent).sort(byStart);
  const earlier = input.items.filter((i) => !isCurrent(i)).sort((a, b) => byStart(b, a));
  return expandCard(
    template,
    {
      title: texts.mineTitle,
      isEmpty: current.length === 0,
      emptyTitle: texts.mineEmpty,
      emptyHint: texts.mineEmptyHint,
      current: current.map((item) => currentView(item, input.now, texts, locale)),
      hasEarlier: earlier.length > 0,
      earlierToggle: texts.mineEarlier(earlier.length),
      earlier: earlier.slice(0, MAX_EARLIER).map((item) => earlierLine(item, texts, locale)),
      footerButtons: [button(texts.catalogueButton, { verb: VERBS.catalogue })],
    },
    input.refresh,
  );
}

function currentView(item: MyEnrolmentItem, now: Date, texts: CardTexts, locale: Locale) {
  const { enrolment, session } = item;
  const enrolmentId = enrolment.id;
  const cancellable = checkSelfCancellation(enrolment, session, now);
  const buttons: ButtonVm[] = [];
  if (enrolment.status === 'offered') {
    buttons.push(button(texts.acceptOffer, { verb: VERBS.acceptOffer, enrolmentId }, 'positive'));
    buttons.push(button(texts.declineOffer, { verb: VERBS.declineOffer, enrolmentId }, 'destructive'));
  } else if (cancellable.ok) {
    buttons.push(button(enrolment.status === 'waitlisted' ? texts.leaveWaitlist : texts.cancelButton, { verb: VERBS.cancel, enrolmentId }));
  }
  // Details is always there, so the item's button row is never empty.
  buttons.push(button(texts.detailsButton, { verb: VERBS.details, sessionId: session.id }));
  const note =
    !cancellable.ok && cancellable.error.code === 'cancellation_deadline_passed' ? texts.cancelDeadlinePassed(formatDateTime(session.cancellationDeadline, locale)) : '';
  const calendar: LinkVm | undefined = enrolment.status === 'confirmed' && item.calendarUrl ? { title: texts.addToCalendar, url: item.calendarUrl } : undefined;
  return {
    title: item.course.title,
    when: whenText(session, texts, locale),
    place: placeText(session, texts),
    status: statusText(enrolment, texts, locale, item.position),
    statusColor: enrolment.status === 'confirmed' ? 'Good' : 'Warning',
    hasNote: note !== '',
    note,
    hasCalendar: calendar !== undefined,
    calendar,
    buttons,
  };
}

/** "Basisqualifizierung … – Di, 08.12.2026 – Abgemeldet". */
function earlierLine(item: MyEnrolmentItem, texts: CardTexts, locale: Locale): string {
  return `${item.course.title} – ${formatDate(item.session.startsAt, locale)} – ${statusText(item.enrolment, texts, locale, item.position)}`;
}
