import type { Application, TurnState } from '@microsoft/teams-ai';
import type { TurnContext } from 'botbuilder';
import { classify, type ComputedQuestion } from '../../features/faq/index.ts';
import { MINUTE_MS, newId } from '../../features/shared/index.ts';
import { FaqFeedbackSchema, FaqPlacesSchema, FaqShowSchema, VERBS, type FaqFeedbackAction } from '../actions.ts';
import type { BotDeps } from '../bot-deps.ts';
import { onCardAction, type Card, type CardActionContext } from '../card-actions.ts';
import { buildNoticeCard, cardTexts, noticeButtons } from '../cards/index.ts';
import { personOf } from '../identity.ts';
import { localeOf } from '../locale.ts';
import { classifyMessage, MAX_MESSAGE_LENGTH } from '../message-input.ts';
import { staleCard } from '../replies.ts';
import { textsFor } from '../texts.ts';
import { computedReply, entryCard, replyTo, toActivity, toCard, type Asked, type FaqReply } from './faq-replies.ts';

/** UI state between two messages: "Für welche Kommune?" was asked, the next message may be the name. */
type FaqConversationState = { faqPendingMunicipality?: { kreis: boolean; until: string } };

const PENDING_MS = 15 * MINUTE_MS;

/**
 * The FAQ: every message no command took goes through the classifier (STYLE.md habit 11: register this last), and
 * the answer cards' buttons: another entry from "Meinten Sie …?", a municipality picked by its AGS, 👍/👎.
 */
export function registerFaqRoutes(app: Application<TurnState>, deps: BotDeps): void {
  onCardAction(app, deps, [VERBS.faqShow], FaqShowSchema, (data, { locale }) => {
    const entry = deps.faq.knowledgeBase.current().entries.find((e) => e.id === data.entryId);
    return entry ? entryCard(deps, entry, data.question, newId('ans'), locale) : staleCard(deps, locale);
  }, ({ locale }) => staleCard(deps, locale));

  onCardAction(app, deps, [VERBS.faqPlaces], FaqPlacesSchema, (data, { locale }) => {
    const computed: ComputedQuestion = { kind: 'computed', intent: 'funded_places', municipalityQuery: data.ags, ...(isDistrict(data.kind) ? { kreis: true } : {}) };
    return toCard(computedReply(deps, computed, data.question, locale, { answerId: newId('ans') }), locale);
  }, ({ locale }) => staleCard(deps, locale));

  onCardAction(app, deps, [VERBS.faqFeedback], FaqFeedbackSchema, (data, ctx) => vote(deps, data, ctx), ({ locale }) => staleCard(deps, locale));

  app.message(
    async (context) => context.activity.type === 'message' && context.activity.value === undefined,
    async (context, state) => {
      await context.sendActivity(toActivity(await answer(deps, context, state.conversation as FaqConversationState)));
    },
  );
}

async function answer(deps: BotDeps, context: TurnContext, conversation: FaqConversationState): Promise<FaqReply> {
  const locale = localeOf(context.activity.locale, deps.defaultLocale);
  const input = classifyMessage(context.activity.text);
  if (input.kind !== 'text') return { kind: 'text', text: textsFor(locale).emptyMessage };
  // "/reboot" is a command the bot does not have, not a question about the programme.
  if (input.text.startsWith('/')) return { kind: 'text', text: textsFor(locale).unknown };
  // The manifest's "frage" command: "frage Was kostet …" asks "Was kostet …".
  const text = input.text.replace(/^(frage|question)\b\s*:?\s*/i, '');
  if (!/[\p{L}\p{N}]/u.test(text)) return { kind: 'text', text: textsFor(locale).askPrompt };
  const asked: Asked = { text, question: questionAsTyped(context.activity.text, text) };
  const classification = classify(deps.faq.knowledgeBase.current(), asked.text);
  const pending = takePending(deps, conversation);
  if (pending && (classification.kind === 'offtopic' || classification.kind === 'clarify')) {
    const reply = computedReply(deps, { kind: 'computed', intent: 'funded_places', municipalityQuery: asked.text, ...(pending.kreis ? { kreis: true } : {}) }, asked.question, locale, { answerId: newId('ans') });
    if (reply.kind === 'card') return reply;
  }
  const reply = replyTo(deps, classification, asked, locale);
  if (reply.kind === 'text' && reply.pendingMunicipality) {
    conversation.faqPendingMunicipality = { kreis: reply.pendingMunicipality.kreis, until: new Date(deps.clock.now().getTime() + PENDING_MS).toISOString() };
  }
  return reply;
}

/** One use, and only for a while: an old "Für welche Kommune?" must not swallow a later question. */
function takePending(deps: BotDeps, conversation: FaqConversationState): { kreis: boolean } | undefined {
  const pending = conversation.faqPendingMunicipality;
  if (!pending) return undefined;
  delete conversation.faqPendingMunicipality;
  return Date.parse(pending.until) > deps.clock.now().getTime() ? pending : undefined;
}

/**
 * The question as the person typed it, for a ticket: only the bot's @mention is removed. Markup stays (organisers see
 * it as plain text); Teams' HTML escapes are undone so "<b>" shows as typed, not as "&lt;b&gt;".
 */
export function questionAsTyped(raw: string | undefined, fallback: string): string {
  const text = (raw ?? '')
    .replace(/<at>[^<]*<\/at>/gi, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/[ \t]+/g, ' ')
    .trim();
  return text && text.length <= MAX_MESSAGE_LENGTH ? text : fallback;
}

/** 👍/👎: one vote per person and answer (a second click changes nothing, switching replaces it); the card says thanks. */
async function vote(deps: BotDeps, data: FaqFeedbackAction, ctx: CardActionContext): Promise<Card> {
  const { about } = data;
  const target =
    about.kind === 'entry' ? { kind: 'entry' as const, entryId: about.entryId } : { kind: 'computed' as const, computedKind: deps.faq.computed.answer(about.computed, deps.clock.now()).kind };
  await deps.faq.feedback.record({ answerId: data.answerId, target, personId: personOf(ctx.context).id, helpful: data.helpful, question: data.question, at: deps.clock.now() });
  const frame = { answerId: data.answerId, voted: true };
  if (about.kind === 'computed') return toCard(computedReply(deps, about.computed, data.question, ctx.locale, frame), ctx.locale);
  const entry = deps.faq.knowledgeBase.current().entries.find((e) => e.id === about.entryId);
  if (entry) return entryCard(deps, entry, data.question, data.answerId, ctx.locale, true);
  return buildNoticeCard({ title: cardTexts(ctx.locale).faqThanks, text: cardTexts(ctx.locale).faqHandoverHint, buttons: [noticeButtons(ctx.locale).help] }, ctx.locale);
}

const isDistrict = (kind: string): boolean => kind === 'landkreis' || kind === 'stadtkreis';
