import type { Application, TurnState } from '@microsoft/teams-ai';
import type { TurnContext } from 'botbuilder';
import { z } from 'zod';
import { VERBS } from '../actions.ts';
import type { BotDeps } from '../bot-deps.ts';
import { onCardAction, type Card, type CardActionContext } from '../card-actions.ts';
import { buildNoticeCard, noticeButtons, type NoticeButton } from '../cards/notice.card.ts';
import { buildOrganiserSessionsCard } from '../cards/organiser-sessions.card.ts';
import { organiserTexts } from '../cards/organiser-texts.card.ts';
import { personOf } from '../identity.ts';
import { localeOf, type Locale } from '../locale.ts';
import { cardMessage } from '../replies.ts';

const SESSIONS_PER_PAGE = 6;

/**
 * Every organiser card action goes through here: the person is checked first, then the data is parsed. A forged or
 * replayed organiser button from anyone else gets the same polite refusal, and nothing runs.
 */
export function onOrganiserAction<S extends z.ZodType>(
  app: Application<TurnState>,
  deps: BotDeps,
  verbs: string[],
  schema: S,
  handler: (data: z.infer<S>, ctx: CardActionContext) => Promise<Card> | Card,
): void {
  const guarded = async (raw: unknown, ctx: CardActionContext): Promise<Card> => {
    if (!(await deps.organiser.isOrganiser(ctx.context))) {
      deps.log('warn', 'organiser action refused', { verb: (raw as { verb?: unknown } | null)?.verb, person: personOf(ctx.context).id });
      return organiserOnlyCard(ctx.locale);
    }
    const parsed = schema.safeParse(raw);
    if (!parsed.success) return organiserNotice(ctx.locale, organiserTexts(ctx.locale).invalidAction);
    return handler(parsed.data, ctx);
  };
  onCardAction(app, deps, verbs, z.unknown(), guarded, ({ locale }) => organiserNotice(locale, organiserTexts(locale).invalidAction));
}

/** A message command for organisers only; anyone else gets the refusal card. */
export function onOrganiserCommand(app: Application<TurnState>, deps: BotDeps, command: RegExp, reply: (context: TurnContext, locale: Locale) => Promise<Card>): void {
  app.message(command, async (context) => {
    const locale = localeOf(context.activity.locale, deps.defaultLocale);
    const allowed = await deps.organiser.isOrganiser(context);
    if (!allowed) deps.log('warn', 'organiser command refused', { person: personOf(context).id });
    await context.sendActivity(cardMessage(allowed ? await reply(context, locale) : organiserOnlyCard(locale)));
  });
}

export async function sessionsCard(deps: BotDeps, locale: Locale, page = 1): Promise<Card> {
  const rows = await deps.organiser.sessions.upcoming();
  const pageCount = Math.max(1, Math.ceil(rows.length / SESSIONS_PER_PAGE));
  const current = Math.min(Math.max(1, page), pageCount);
  return buildOrganiserSessionsCard({ rows: rows.slice((current - 1) * SESSIONS_PER_PAGE, current * SESSIONS_PER_PAGE), page: current, pageCount }, locale);
}

/** A session id that no longer (or never) exists: say so, with the way to the current list. */
export function sessionGoneCard(locale: Locale): Card {
  const texts = organiserTexts(locale);
  return organiserNotice(locale, texts.unknownSession, [{ title: texts.backToSessions, data: { verb: VERBS.organiserSessions } }]);
}

/** Input.Time sends "09:00" (some clients "09:00:00"); anything else stays as typed and fails the check after. */
export const clockTime = (value: string): string => {
  const m = /^(\d{1,2}):(\d{2})(?::\d{2})?$/.exec(value.trim());
  return m ? `${m[1]!.padStart(2, '0')}:${m[2]}` : value.trim();
};

export function organiserOnlyCard(locale: Locale): Card {
  const texts = organiserTexts(locale);
  const b = noticeButtons(locale);
  return buildNoticeCard({ title: texts.organiserOnlyTitle, text: texts.organiserOnlyText, tone: 'warning', buttons: [b.catalogue, b.mine] }, locale);
}

/** A short organiser-facing answer with the way back (to the menu unless other buttons are given). */
export function organiserNotice(locale: Locale, text: string, buttons?: NoticeButton[], title?: string, tone: 'info' | 'warning' = 'warning'): Card {
  const texts = organiserTexts(locale);
  return buildNoticeCard({ title: title ?? texts.menuTitle, text, tone, buttons: buttons ?? [{ title: texts.backToMenu, data: { verb: VERBS.organiserMenu } }] }, locale);
}
