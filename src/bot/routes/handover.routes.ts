import type { Application, TurnState } from '@microsoft/teams-ai';
import type { TurnContext } from 'botbuilder';
import { describeKnowledgeBaseError, type Ticket, type TicketError } from '../../features/faq/index.ts';
import { FaqHandoverSchema, MyQuestionsSchema, TicketActionSchema, TicketAnswerSchema, VERBS } from '../actions.ts';
import type { BotDeps } from '../bot-deps.ts';
import { onCardAction, type Card, type CardActionContext } from '../card-actions.ts';
import { buildNoticeCard, buildTicketListCard, cardTexts, noticeButtons } from '../cards/index.ts';
import { faqTexts, ticketErrorText } from '../faq-texts.ts';
import { personOf } from '../identity.ts';
import { localeOf, type Locale } from '../locale.ts';
import { cardMessage, refusalCard } from '../replies.ts';
import { channelOf } from './faq-proactive.ts';
import { questionAsTyped } from './faq.routes.ts';
import { handOver, inChannel, isOrganiserHere, notifyAsker, ticketCard, updateChannelCard } from './faq-tickets.ts';

const SETUP_COMMAND = /^\s*setup\s+(übergabe|uebergabe|handover|hand-over)\s*[.!]*\s*$/i;
const RELOAD_COMMAND = /^\s*(faq\s+neu\s+laden|faq\s+reload|reload\s+faq)\s*[.!]*\s*$/i;
const ASK_COMMAND = /^\s*(frage\s+an\s+das\s+team|frage\s+ans\s+team|ask\s+the\s+team)(?![\p{L}\p{N}])/iu;
const MY_QUESTIONS_COMMAND = /^\s*(meine\s+fragen|my\s+questions)\s*[.!?]*\s*$/i;

/**
 * Hand-over ("ask an expert"): organisers set up their channel and reload the knowledge base; people hand a question
 * over (button or "frage an das team: …") and see its status; tickets are worked on in the channel's cards.
 */
export function registerHandoverRoutes(app: Application<TurnState>, deps: BotDeps): void {
  const localeIn = (context: TurnContext) => localeOf(context.activity.locale, deps.defaultLocale);

  app.message(command(SETUP_COMMAND), async (context) => context.sendActivity(await setUp(deps, context, localeIn(context))).then(() => undefined));
  app.message(command(RELOAD_COMMAND), async (context) => context.sendActivity(await reload(deps, context, localeIn(context))).then(() => undefined));
  app.message(command(MY_QUESTIONS_COMMAND), async (context) => context.sendActivity(cardMessage(await myQuestions(deps, context, localeIn(context)))).then(() => undefined));
  app.message(command(ASK_COMMAND), async (context) => {
    const locale = localeIn(context);
    const typed = commandText(questionAsTyped(context.activity.text, '')).replace(ASK_COMMAND, '').replace(/^\s*[:：,-]?\s*/, '');
    // Nothing but emoji or punctuation is no question either: the team could not answer it.
    const question = typed.trim();
    const text = /[\p{L}\p{N}]/u.test(question) ? await handOver(deps, context, question, { kind: 'none', reason: 'command' }, locale) : faqTexts(locale).askEmpty;
    await context.sendActivity(text);
  });

  onCardAction(app, deps, [VERBS.faqHandover], FaqHandoverSchema, async (data, { context, locale }) => {
    const text = await handOver(deps, context, data.question, data.answered, locale);
    return buildNoticeCard({ title: faqTexts(locale).ticketOpenedTitle, text, tone: 'info', buttons: [myQuestionsButton(locale)] }, locale);
  }, ({ locale }) => refusalCard(locale, faqTexts(locale).staleTicket));
  onCardAction(app, deps, [VERBS.myQuestions], MyQuestionsSchema, (_data, { context, locale }) => myQuestions(deps, context, locale), ({ locale }) => refusalCard(locale, faqTexts(locale).staleTicket));

  const invalid = ({ locale }: CardActionContext) => refusalCard(locale, faqTexts(locale).staleTicket);
  onCardAction(app, deps, [VERBS.ticketClaim, VERBS.ticketRelease, VERBS.ticketClose, VERBS.ticketToKnowledgeBase], TicketActionSchema, (data, ctx) =>
    asOrganiser(deps, ctx, () => act(deps, ctx, data.ticketId, data.verb)), invalid);
  onCardAction(app, deps, [VERBS.ticketAnswer], TicketAnswerSchema, (data, ctx) => asOrganiser(deps, ctx, () => answer(deps, ctx, data.ticketId, data.answerText)), invalid);
}

/**
 * In a channel people write "@Lotsenbot setup übergabe": teams-ai removes the mention it has an entity for; a
 * mention without one, or the name typed with "@", is removed here so the command is still recognised.
 */
const commandText = (text: string | undefined): string => (text ?? '').replace(/<at>[^<]*<\/at>/gi, ' ').replace(/^\s*@lotsenbot\b/i, ' ');

const command = (pattern: RegExp) => async (context: TurnContext) => context.activity.type === 'message' && pattern.test(commandText(context.activity.text));

/**
 * Only organisers (ORGANISER_AAD_IDS) set up the channel. With none configured, the first setup is allowed, logged as
 * a warning, and from then on only a setup inside that channel can move it: nobody outside can divert the questions.
 */
async function setUp(deps: BotDeps, context: TurnContext, locale: Locale): Promise<string> {
  const texts = faqTexts(locale);
  const a = context.activity;
  if (a.conversation?.conversationType !== 'channel') return texts.setupNotChannel;
  const person = personOf(context);
  const current = await deps.faq.handover.channel();
  const listed = deps.faq.organiserIds.includes(person.id);
  const firstOrSame = deps.faq.organiserIds.length === 0 && (!current || inChannel(context, current));
  if (!listed && !firstOrSame) {
    deps.log('warn', 'hand-over setup refused', { by: person.id, conversation: a.conversation.id });
    return texts.notOrganiser;
  }
  if (!listed) deps.log('warn', 'hand-over channel set up without ORGANISER_AAD_IDS: allowed because none was configured yet', { by: person.id, conversation: a.conversation.id });
  const channelData = (a.channelData ?? {}) as { team?: { id?: string }; channel?: { id?: string }; tenant?: { id?: string } };
  await deps.faq.handover.configureChannel(
    {
      serviceUrl: a.serviceUrl,
      conversationId: channelOf(a.conversation.id),
      tenantId: a.conversation.tenantId ?? channelData.tenant?.id ?? 'unknown',
      teamId: channelData.team?.id,
      channelId: channelData.channel?.id,
      botId: a.recipient?.id,
    },
    { id: person.id, name: person.name },
  );
  return texts.setupDone;
}

async function reload(deps: BotDeps, context: TurnContext, locale: Locale): Promise<string> {
  const texts = faqTexts(locale);
  if (!(await isOrganiserHere(deps, context))) return texts.notOrganiser;
  const result = await deps.faq.knowledgeBase.reload();
  if (result.ok) return texts.reloaded(result.value.version, result.value.entries.length);
  deps.log('warn', 'knowledge base reload refused', { errors: describeKnowledgeBaseError(result.error) });
  return texts.reloadFailed(deps.faq.knowledgeBase.current().version, describeKnowledgeBaseError(result.error));
}

async function myQuestions(deps: BotDeps, context: TurnContext, locale: Locale): Promise<Card> {
  const tickets = await deps.faq.handover.listByAsker(personOf(context).id, 10);
  return buildTicketListCard({ tickets, refresh: { verb: VERBS.myQuestions, userIds: [context.activity.from.id] } }, locale);
}

const myQuestionsButton = (locale: Locale) => ({ title: cardTexts(locale).myQuestionsButton, data: { verb: VERBS.myQuestions } });

async function asOrganiser(deps: BotDeps, ctx: CardActionContext, work: () => Promise<Card>): Promise<Card> {
  if (await isOrganiserHere(deps, ctx.context)) return work();
  deps.log('warn', 'ticket action by a non-organiser refused', { by: personOf(ctx.context).id, conversation: ctx.context.activity.conversation?.id });
  return refusalCard(ctx.locale, faqTexts(ctx.locale).notOrganiser);
}

type TicketVerb = typeof VERBS.ticketClaim | typeof VERBS.ticketRelease | typeof VERBS.ticketClose | typeof VERBS.ticketToKnowledgeBase;

async function act(deps: BotDeps, ctx: CardActionContext, ticketId: string, verb: TicketVerb): Promise<Card> {
  const by = actor(ctx);
  const handover = deps.faq.handover;
  if (verb === VERBS.ticketClaim) return settle(deps, ctx, ticketId, await handover.claim(ticketId, by));
  if (verb === VERBS.ticketRelease) return settle(deps, ctx, ticketId, await handover.release(ticketId, by));
  if (verb === VERBS.ticketClose) {
    const closed = await handover.close(ticketId, by);
    const notes = closed.ok && closed.value.notice && !(await notifyAsker(deps, closed.value.notice)) ? [faqTexts(deps.defaultLocale).notDelivered] : [];
    return settle(deps, ctx, ticketId, closed.ok ? { ok: true, value: closed.value.ticket } : closed, notes);
  }
  const added = await handover.addToKnowledgeBase(ticketId, by);
  if (!added.ok) return settle(deps, ctx, ticketId, added);
  const reloaded = await deps.faq.knowledgeBase.reload();
  const version = reloaded.ok ? reloaded.value.version : added.value.kbVersion;
  return settle(deps, ctx, ticketId, { ok: true, value: added.value.ticket }, [faqTexts(deps.defaultLocale).kbAdded(added.value.entry.id, version)]);
}

async function answer(deps: BotDeps, ctx: CardActionContext, ticketId: string, text: string): Promise<Card> {
  const result = await deps.faq.handover.answer(ticketId, actor(ctx), text);
  if (!result.ok) return settle(deps, ctx, ticketId, result, [], text);
  const delivered = !result.value.notice || (await notifyAsker(deps, result.value.notice));
  return settle(deps, ctx, ticketId, { ok: true, value: result.value.ticket }, delivered ? [] : [faqTexts(deps.defaultLocale).notDelivered]);
}

/** The card after the action: the new state for everyone in the channel, or the current state with the refusal. */
async function settle(deps: BotDeps, ctx: CardActionContext, ticketId: string, result: { ok: true; value: Ticket } | { ok: false; error: TicketError }, notes: string[] = [], draft?: string): Promise<Card> {
  if (result.ok) {
    const card = ticketCard(deps, result.value, { notes });
    await updateChannelCard(deps, result.value, card);
    return card;
  }
  const current = await deps.faq.handover.get(ticketId);
  const error = ticketErrorText(result.error, deps.defaultLocale);
  if (!current.ok) return buildNoticeCard({ title: cardTexts(ctx.locale).ticketStatusLabel, text: error, tone: 'warning', buttons: [noticeButtons(ctx.locale).help] }, ctx.locale);
  return ticketCard(deps, current.value, { error, ...(draft !== undefined ? { draft } : {}) });
}

const actor = (ctx: CardActionContext) => {
  const person = personOf(ctx.context);
  return { id: person.id, name: person.name };
};
