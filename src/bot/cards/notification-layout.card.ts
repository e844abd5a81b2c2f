import type { Course, Session } from '../../features/catalogue/index.ts';
import type { Locale } from '../locale.ts';
import { expandCard, type AdaptiveCard, type ButtonVm, type LinkVm } from './card-kit.ts';
import type { CardTexts } from './card-texts.ts';
import { courseSubtitle, listFacts, type Fact } from './session-summary.ts';
import template from './templates/notification.json' with { type: 'json' };

/**
 * The one layout of every message the bot sends on its own (reminders, seat offers, cancellations, moves) and of
 * the answers to their buttons: what happened, the session it is about, what to do next.
 */
export interface NotificationView {
  tone: 'good' | 'warning' | 'attention' | 'accent' | 'emphasis';
  headline: string;
  lines: string[];
  session: Session;
  course: Course;
  /** Facts after the session's when/where/provider. */
  extraFacts?: Fact[];
  next?: string;
  links?: LinkVm[];
  buttons: ButtonVm[];
}

export function expandNotification(view: NotificationView, texts: CardTexts, locale: Locale): AdaptiveCard {
  return expandCard(template, {
    tone: view.tone,
    headline: view.headline,
    lines: view.lines,
    courseTitle: view.course.title,
    subtitle: courseSubtitle(view.course, texts),
    facts: [...listFacts(view.session, texts, locale), ...(view.extraFacts ?? [])],
    hasNext: Boolean(view.next),
    next: view.next ?? '',
    links: view.links ?? [],
    buttons: view.buttons,
  });
}

/** Online and hybrid sessions get their access link as a button of its own. */
export function onlineLinks(session: Session, texts: CardTexts): LinkVm[] {
  return session.mode !== 'onsite' && session.onlineUrl ? [{ title: texts.openOnlineAccess, url: session.onlineUrl }] : [];
}
