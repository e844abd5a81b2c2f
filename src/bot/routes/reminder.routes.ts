import type { Application, TurnState } from '@microsoft/teams-ai';
import { isLive } from '../../features/catalogue/index.ts';
import type { BroadcastActivity, Notice, NoticeComposer } from '../../features/reminders/index.ts';
import { CantAttendSchema, VERBS, type CantAttendAction } from '../actions.ts';
import type { BotDeps } from '../bot-deps.ts';
import type { CalendarLinks } from '../calendar-links.ts';
import { onCardAction, type Card, type CardActionContext } from '../card-actions.ts';
import { ADAPTIVE_CARD_CONTENT_TYPE, buildCantAttendCard, buildNotificationCard } from '../cards/index.ts';
import { personOf } from '../identity.ts';
import { localeOf, type Locale } from '../locale.ts';
import { refusalCard, staleCard } from '../replies.ts';
import { enrolmentErrorText } from '../texts.ts';

/** "Ich kann nicht teilnehmen" on a reminder or a moved-session notice: confirm, then cancel and free the seat. */
export function registerReminderRoutes(app: Application<TurnState>, deps: BotDeps): void {
  onCardAction(app, deps, [VERBS.cantAttend], CantAttendSchema, (data, ctx) => cantAttend(deps, data, ctx), ({ locale }) => staleCard(deps, locale));
}

async function cantAttend(deps: BotDeps, data: CantAttendAction, ctx: CardActionContext): Promise<Card> {
  const by = { enrolmentId: data.enrolmentId, personId: personOf(ctx.context).id };
  const found = await deps.enrolment.get(by);
  if (!found.ok) return refusalCard(ctx.locale, enrolmentErrorText(found.error, ctx.locale));
  const view = await deps.catalogue.details(found.value.sessionId);
  if (!view) return staleCard(deps, ctx.locale);
  const card = (outcome: Parameters<typeof buildCantAttendCard>[0]['outcome'], enrolment = found.value) =>
    buildCantAttendCard({ outcome, enrolment, session: view.session, course: view.course }, ctx.locale);
  const now = deps.clock.now();
  if (!isLive(found.value.status)) return card('not_enrolled');
  if (now >= view.session.startsAt) return card('started');
  // Told before asking: after the deadline the provider charges the seat, so only they can release it.
  if (found.value.status === 'confirmed' && now >= view.session.cancellationDeadline) return card('too_late');
  if (!data.confirmed) return card('confirm');
  const done = await deps.enrolment.cancel(by);
  if (!done.ok) return refusalCard(ctx.locale, enrolmentErrorText(done.error, ctx.locale));
  return card('done', done.value.enrolment);
}

/** The bot's half of proactive notices: the card for a notice, in the language the person's client last used. */
export function noticeComposer(deps: { calendarLinks: CalendarLinks; defaultLocale: Locale }): NoticeComposer {
  return {
    compose: (notice: Notice, clientLocale: string | undefined): BroadcastActivity => {
      const locale = localeOf(clientLocale, deps.defaultLocale);
      const card = buildNotificationCard(notice, calendarUrl(deps.calendarLinks, notice), locale);
      return { type: 'message', summary: headlineOf(card), attachments: [{ contentType: ADAPTIVE_CARD_CONTENT_TYPE, content: card }] };
    },
  };
}

/** A moved session gets a link that differs from the old one, so no client serves the old file from its cache. */
function calendarUrl(links: CalendarLinks, notice: Notice): string {
  const url = links.urlFor(notice.enrolment.id);
  return notice.kind === 'session_moved' ? `${url}&v=${Math.floor(notice.session.startsAt.getTime() / 1000)}` : url;
}

/** Teams shows `summary` in the notification toast instead of "sent a card". */
function headlineOf(card: Card): string {
  const first = card.body[0] as { items?: Array<{ text?: unknown }> } | undefined;
  const text = first?.items?.[0]?.text;
  return typeof text === 'string' ? text : '';
}
