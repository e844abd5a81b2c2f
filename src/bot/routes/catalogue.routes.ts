import type { Application, TurnState } from '@microsoft/teams-ai';
import { CardFactory } from 'botbuilder';
import type { CourseType } from '../../features/catalogue/index.ts';
import { CatalogueActionSchema, SessionActionSchema, VERBS } from '../actions.ts';
import type { BotDeps } from '../bot-deps.ts';
import { onCardAction, type Card } from '../card-actions.ts';
import { buildCatalogueCard, type CatalogueFilter } from '../cards/catalogue.card.ts';
import { buildSessionDetailsCard } from '../cards/session-details.card.ts';
import { personOf } from '../identity.ts';
import { localeOf, type Locale } from '../locale.ts';
import { staleCard } from '../replies.ts';

const CATALOGUE_COMMAND = /^\s*(kurse?|termine?|katalog|angebote?|seminare?|veranstaltungen|courses?|catalog(ue)?|dates|sessions|events)\b/i;

/** Browsing: the catalogue card with filters and paging, and a session's details. */
export function registerCatalogueRoutes(app: Application<TurnState>, deps: BotDeps): void {
  app.message(CATALOGUE_COMMAND, async (context) => {
    const locale = localeOf(context.activity.locale, deps.defaultLocale);
    await context.sendActivity({ attachments: [CardFactory.adaptiveCard(await catalogueCard(deps, {}, locale))] });
  });

  onCardAction(app, deps, [VERBS.catalogue], CatalogueActionSchema, (data, { locale }) => catalogueCard(deps, data, locale), ({ locale }) =>
    catalogueCard(deps, {}, locale),
  );

  onCardAction(
    app,
    deps,
    [VERBS.details],
    SessionActionSchema,
    async (data, { context, locale }) => (await sessionCard(deps, data.sessionId, personOf(context).id, locale)) ?? staleCard(deps, locale),
    ({ locale }) => staleCard(deps, locale),
  );
}

export async function catalogueCard(deps: BotDeps, action: CatalogueFilter & { page?: number }, locale: Locale): Promise<Card> {
  const filter = { courseType: action.courseType, month: action.month, mode: action.mode, provider: action.provider };
  const [page, months, providers] = await Promise.all([deps.catalogue.browse({ ...filter, page: action.page }), deps.catalogue.months(), deps.catalogue.providers()]);
  return buildCatalogueCard(
    { page, filter, months, providers, voucherNote: (type: CourseType) => deps.voucherNote(type, locale), sample: deps.sampleCatalogue },
    locale,
  );
}

/** The session as this person sees it: with their own enrolment, if they have a live one. */
export async function sessionCard(deps: BotDeps, sessionId: string, personId: string, locale: Locale): Promise<Card | undefined> {
  const view = await deps.catalogue.details(sessionId);
  if (!view) return undefined;
  const mine = (await deps.enrolment.listMine(personId)).find((e) => e.sessionId === sessionId && ['confirmed', 'waitlisted', 'offered'].includes(e.status));
  const position = mine ? await deps.enrolment.waitlistPosition(mine) : undefined;
  return buildSessionDetailsCard(
    { view, voucherNote: deps.voucherNote(view.course.type, locale), now: deps.clock.now(), enrolment: mine, position },
    locale,
  );
}
