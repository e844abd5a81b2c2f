import type { Application, TurnState } from '@microsoft/teams-ai';
import type { TurnContext } from 'botbuilder';
import type { Enrolment } from '../../features/catalogue/index.ts';
import { EnrolmentActionSchema, PlainActionSchema, VERBS, type EnrolmentAction } from '../actions.ts';
import type { BotDeps } from '../bot-deps.ts';
import { onCardAction, type Card, type CardActionContext } from '../card-actions.ts';
import { buildCancelConfirmCard, buildMyEnrolmentsCard, type MyEnrolmentItem } from '../cards/index.ts';
import { personOf } from '../identity.ts';
import { localeOf, type Locale } from '../locale.ts';
import { cardMessage, infoCard, refusalCard, staleCard } from '../replies.ts';
import { enrolmentErrorText, textsFor } from '../texts.ts';
import { registerEnrolmentFormRoutes, resultCard } from './enrolment-form.routes.ts';

const MINE_COMMAND = /^\s*(meine\s+(anmeldungen|kurse|termine|buchungen)|anmeldungen|my\s+(enrol?ments?|registrations?|courses|bookings))\b/i;

/** The person's own enrolments: list, cancel (asked once more), accept or decline a seat offer. */
export function registerEnrolmentRoutes(app: Application<TurnState>, deps: BotDeps): void {
  registerEnrolmentFormRoutes(app, deps);

  app.message(MINE_COMMAND, async (context) => {
    await context.sendActivity(cardMessage(await myEnrolmentsCard(deps, context, localeOf(context.activity.locale, deps.defaultLocale))));
  });
  onCardAction(app, deps, [VERBS.mine], PlainActionSchema, (_data, { context, locale }) => myEnrolmentsCard(deps, context, locale), ({ locale }) => staleCard(deps, locale));

  onCardAction(app, deps, [VERBS.cancel, VERBS.acceptOffer, VERBS.declineOffer], EnrolmentActionSchema, (data, ctx) => act(deps, data, ctx), ({ locale }) => staleCard(deps, locale));
}

async function act(deps: BotDeps, data: EnrolmentAction, ctx: CardActionContext): Promise<Card> {
  const texts = textsFor(ctx.locale);
  const by = { enrolmentId: data.enrolmentId, personId: personOf(ctx.context).id };
  if (data.verb === VERBS.cancel && !data.confirmed) {
    const found = await deps.enrolment.get(by);
    if (!found.ok) return refusalCard(ctx.locale, enrolmentErrorText(found.error, ctx.locale));
    const view = await deps.catalogue.details(found.value.sessionId);
    if (!view) return staleCard(deps, ctx.locale);
    return buildCancelConfirmCard({ enrolment: found.value, session: view.session, course: view.course, position: await deps.enrolment.waitlistPosition(found.value) }, ctx.locale);
  }
  if (data.verb === VERBS.cancel) {
    const done = await deps.enrolment.cancel(by);
    return done.ok ? infoCard(ctx.locale, texts.cancelledTitle, texts.cancelledText) : refusalCard(ctx.locale, enrolmentErrorText(done.error, ctx.locale));
  }
  if (data.verb === VERBS.declineOffer) {
    const done = await deps.enrolment.declineOffer(by);
    return done.ok ? infoCard(ctx.locale, texts.declinedTitle, texts.declinedText) : refusalCard(ctx.locale, enrolmentErrorText(done.error, ctx.locale));
  }
  const done = await deps.enrolment.acceptOffer(by);
  if (!done.ok) return refusalCard(ctx.locale, enrolmentErrorText(done.error, ctx.locale));
  return resultCard(deps, ctx.locale, { enrolment: done.value.enrolment, existing: false });
}

export async function myEnrolmentsCard(deps: BotDeps, context: TurnContext, locale: Locale): Promise<Card> {
  const person = personOf(context);
  const items = (await Promise.all((await deps.enrolment.listMine(person.id)).map((e) => itemOf(deps, e)))).filter((i): i is MyEnrolmentItem => i !== undefined);
  return buildMyEnrolmentsCard({ items, now: deps.clock.now(), refresh: { verb: VERBS.mine, userIds: [context.activity.from.id] } }, locale);
}

async function itemOf(deps: BotDeps, enrolment: Enrolment): Promise<MyEnrolmentItem | undefined> {
  const view = await deps.catalogue.details(enrolment.sessionId);
  if (!view) return undefined;
  const position = await deps.enrolment.waitlistPosition(enrolment);
  return { enrolment, session: view.session, course: view.course, position, calendarUrl: deps.calendarLinks.urlFor(enrolment.id) };
}
