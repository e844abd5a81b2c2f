import type { Course, SeatCounts, Session } from '../../features/catalogue/index.ts';
import { VERBS } from '../actions.ts';
import type { Locale } from '../locale.ts';
import { button, expandCard, type AdaptiveCard, type ButtonVm } from './card-kit.ts';
import { cardTexts } from './card-texts.ts';
import { organiserTexts } from './organiser-texts.card.ts';
import { courseSubtitle, placeText, whenText } from './session-summary.ts';
import template from './templates/organiser-sessions.json' with { type: 'json' };

/** A session as organisers see it in lists: with its live counts (never stored, STYLE.md habit 6). */
export interface OrganiserSessionRow {
  session: Session;
  course: Course;
  counts: SeatCounts;
}

export interface OrganiserSessionsCardInput {
  rows: OrganiserSessionRow[];
  page: number;
  pageCount: number;
}

/** The upcoming sessions, cancelled ones marked, each with confirmed / waiting / open offers and "Verwalten". */
export function buildOrganiserSessionsCard(input: OrganiserSessionsCardInput, locale: Locale): AdaptiveCard {
  const texts = organiserTexts(locale);
  const labels = cardTexts(locale);
  const paging: ButtonVm[] = [];
  if (input.page > 1) paging.push(button(labels.previousPage, { verb: VERBS.organiserSessions, page: input.page - 1 }));
  if (input.page < input.pageCount) paging.push(button(labels.nextPage, { verb: VERBS.organiserSessions, page: input.page + 1 }));
  return expandCard(template, {
    title: texts.sessionsTitle,
    isEmpty: input.rows.length === 0,
    emptyText: texts.sessionsEmpty,
    items: input.rows.map(({ session, course, counts }) => ({
      title: `${course.title} · ${courseSubtitle(course, labels)}`,
      cancelled: session.status === 'cancelled',
      cancelledBadge: texts.cancelledBadge,
      when: `${whenText(session, labels, locale)} · ${placeText(session, labels)}`,
      counts: texts.counts(counts.confirmed, session.capacity, counts.waiting, counts.liveOffers),
      manage: button(texts.manageButton, { verb: VERBS.organiserSession, sessionId: session.id }),
    })),
    showPageLine: input.pageCount > 1,
    pageLine: labels.pageOf(input.page, input.pageCount),
    buttons: [...paging, button(texts.backToMenu, { verb: VERBS.organiserMenu })],
  });
}
