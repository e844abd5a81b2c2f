import type { Application, TurnState } from '@microsoft/teams-ai';
import { CardFactory } from 'botbuilder';
import type { z } from 'zod';
import type { Audience, AudienceSubject, BroadcastDraftInput, CheckedDraft, ResolvedAudience } from '../../features/reminders/audiences.ts';
import type { BroadcastActivity } from '../../features/reminders/index.ts';
import { err, newId, ok, type Result } from '../../features/shared/index.ts';
import { BroadcastActionSchema, BroadcastDraftSchema, BroadcastSendSchema, VERBS, type BroadcastDraftData } from '../actions.ts';
import type { BotDeps } from '../bot-deps.ts';
import { statusCardMessageOf } from '../broadcast-status-pusher.ts';
import type { Card, CardActionContext } from '../card-actions.ts';
import { cardBytes } from '../cards/card-kit.ts';
import { buildBroadcastFormCard, type BroadcastDraftValues } from '../cards/broadcast-form.card.ts';
import { buildBroadcastMessageCard } from '../cards/broadcast-message.card.ts';
import { buildBroadcastPreviewCard } from '../cards/broadcast-preview.card.ts';
import { buildBroadcastStatusCard } from '../cards/broadcast-status.card.ts';
import { broadcastErrorText, broadcastTexts, type BroadcastErrorLike, type BroadcastFormError } from '../cards/broadcast-texts.card.ts';
import { formatDateTime } from '../format.ts';
import { personOf } from '../identity.ts';
import type { Locale } from '../locale.ts';
import { clockTime, onOrganiserAction, onOrganiserCommand, organiserNotice } from './organiser-common.routes.ts';

const BROADCAST_COMMAND = /^\s*(rundnachricht|rundschreiben|broadcast|ankündigung|announcement)\s*[.!?]*\s*$/i;
/** Teams refuses messages above about 28 KB; the preview carries the text several times (shown and in its buttons). */
const MAX_PREVIEW_BYTES = 26_000;

/** The broadcast card: form → preview (recipients resolved now) → send or schedule → status, retry, stop. */
export function registerBroadcastRoutes(app: Application<TurnState>, deps: BotDeps): void {
  onOrganiserCommand(app, deps, BROADCAST_COMMAND, (_context, locale) => formCard(deps, locale, {}));
  onOrganiserAction(app, deps, [VERBS.broadcastForm, VERBS.broadcastPreview], BroadcastDraftSchema, (data, ctx) =>
    data.verb === VERBS.broadcastForm ? formCard(deps, ctx.locale, valuesOf(data)) : preview(deps, ctx, valuesOf(data)),
  );
  onOrganiserAction(app, deps, [VERBS.broadcastSend], BroadcastSendSchema, (data, ctx) => send(deps, ctx, data.draftId, valuesOf(data)));
  onOrganiserAction(app, deps, [VERBS.broadcastStatus, VERBS.broadcastRetry, VERBS.broadcastCancel], BroadcastActionSchema, (data, ctx) => act(deps, ctx, data));
}

async function formCard(deps: BotDeps, locale: Locale, values: Partial<BroadcastDraftValues>, error?: BroadcastErrorLike): Promise<Card> {
  const [sessions, courses] = await Promise.all([deps.organiser.sessions.upcoming(), deps.organiser.sessions.courses()]);
  const open = sessions.filter((r) => r.session.status !== 'cancelled' || r.session.id === values.sessionId);
  return buildBroadcastFormCard(
    { values, sessions: open, courses, districts: deps.organiser.districts.list(), now: deps.clock.now(), error: error && broadcastErrorText(error, locale) },
    locale,
  );
}

async function preview(deps: BotDeps, ctx: CardActionContext, values: BroadcastDraftValues): Promise<Card> {
  const audience = audienceOf(values);
  if (!audience.ok) return formCard(deps, ctx.locale, values, audience.error);
  const result = await deps.organiser.broadcasts.preview(draftOf(values), audience.value);
  if (!result.ok) return formCard(deps, ctx.locale, values, result.error);
  const { draft, resolved } = result.value;
  const card = buildBroadcastPreviewCard(
    {
      draftId: newId('bc'),
      values,
      audienceText: audienceText(resolved.subject, resolved.audience, ctx.locale),
      reachable: resolved.recipients.length,
      unreachable: resolved.unreachable,
      sendAt: draft.sendAt,
      message: await messageCard(deps, draft, resolved),
    },
    ctx.locale,
  );
  return cardBytes(card) > MAX_PREVIEW_BYTES ? formCard(deps, ctx.locale, values, { code: 'card_too_large' }) : card;
}

/** Everything is checked again here: the card may be old, forged, or the audience may have changed since the preview. */
async function send(deps: BotDeps, ctx: CardActionContext, draftId: string, values: BroadcastDraftValues): Promise<Card> {
  const audience = audienceOf(values);
  if (!audience.ok) return formCard(deps, ctx.locale, values, audience.error);
  const createdBy = personOf(ctx.context).id;
  const cardMessage = statusCardMessageOf(ctx.context, ctx.locale);
  const sent = await deps.organiser.broadcasts.send({ broadcastId: draftId, draft: draftOf(values), audience: audience.value, createdBy, statusCard: cardMessage }, (draft, resolved) =>
    messageActivity(deps, draft, resolved),
  );
  if (!sent.ok) return formCard(deps, ctx.locale, values, sent.error);
  const { broadcastId, scheduled, recipients, unreachable, created } = sent.value;
  deps.log('info', scheduled ? 'broadcast scheduled' : 'broadcast queued', { broadcastId, recipients, unreachable, created, by: createdBy, audience: audience.value.kind });
  return statusCard(deps, ctx, broadcastId);
}

async function act(deps: BotDeps, ctx: CardActionContext, data: z.infer<typeof BroadcastActionSchema>): Promise<Card> {
  const texts = broadcastTexts(ctx.locale);
  const service = deps.organiser.broadcasts;
  if (data.verb === VERBS.broadcastStatus) return statusCard(deps, ctx, data.broadcastId);
  if (data.verb === VERBS.broadcastRetry) {
    const retried = await service.retryFailed(data.broadcastId);
    if (!retried.ok) return organiserNotice(ctx.locale, broadcastErrorText(retried.error, ctx.locale));
    deps.log('info', 'broadcast failures re-queued', { broadcastId: data.broadcastId, ...retried.value });
    return statusCard(deps, ctx, data.broadcastId, { text: texts.retried(retried.value.requeued, retried.value.permanentSkipped), tone: 'info' });
  }
  const cancelled = await service.cancel(data.broadcastId);
  if (!cancelled.ok) {
    if (cancelled.error.code === 'broadcast_not_found') return organiserNotice(ctx.locale, broadcastErrorText(cancelled.error, ctx.locale));
    return statusCard(deps, ctx, data.broadcastId, { text: broadcastErrorText(cancelled.error, ctx.locale), tone: 'warning' });
  }
  const { scheduleCancelled, deliveriesCancelled } = cancelled.value;
  return statusCard(deps, ctx, data.broadcastId, { text: scheduleCancelled ? texts.scheduleCancelled : texts.stopped(deliveriesCancelled), tone: 'info' });
}

async function statusCard(deps: BotDeps, ctx: CardActionContext, broadcastId: string, notice?: { text: string; tone: 'info' | 'warning' }): Promise<Card> {
  const status = await deps.organiser.broadcasts.status(broadcastId);
  if (!status.ok) return organiserNotice(ctx.locale, broadcastErrorText(status.error, ctx.locale));
  return buildBroadcastStatusCard({ status: status.value, notice, refreshUserIds: [ctx.context.activity.from.id] }, ctx.locale);
}

/** Recipients read the programme's language; the preview shows exactly this card. */
async function messageCard(deps: BotDeps, draft: CheckedDraft, resolved: ResolvedAudience) {
  const subject = resolved.subject;
  const view = subject.kind === 'session' ? await deps.catalogue.details(subject.sessionId) : undefined;
  const participants = subject.kind === 'session' || subject.kind === 'course';
  return buildBroadcastMessageCard({ title: draft.title, text: draft.text, session: view && { session: view.session, course: view.course }, participants }, deps.defaultLocale);
}

async function messageActivity(deps: BotDeps, draft: CheckedDraft, resolved: ResolvedAudience): Promise<BroadcastActivity> {
  const card = await messageCard(deps, draft, resolved);
  const summary = draft.title || broadcastTexts(deps.defaultLocale).defaultMessageTitle;
  // Plain JSON: the activity is stored with the broadcast and sent later, possibly by another process.
  return JSON.parse(JSON.stringify({ type: 'message', summary, attachments: [CardFactory.adaptiveCard(card)] })) as BroadcastActivity;
}

function valuesOf(data: BroadcastDraftData | z.infer<typeof BroadcastSendSchema>): BroadcastDraftValues {
  const { audience, sessionId, courseId, kreis, title, message, schedule, sendDate, sendTime } = data;
  return { audience, sessionId, courseId, kreis, title, message, schedule, sendDate: sendDate.trim(), sendTime: sendTime ? clockTime(sendTime) : '' };
}

const draftOf = (v: BroadcastDraftValues): BroadcastDraftInput => ({
  title: v.title,
  text: v.message,
  schedule: v.schedule === 'later' ? { kind: 'later', date: v.sendDate, time: v.sendTime } : { kind: 'now' },
});

/** The form shows every selector at once; only the one the chosen audience needs must be filled. */
function audienceOf(v: BroadcastDraftValues): Result<Audience, BroadcastFormError> {
  switch (v.audience) {
    case undefined:
      return err({ code: 'missing_audience' });
    case 'session_confirmed':
    case 'session_waitlisted':
      return v.sessionId ? ok({ kind: v.audience, sessionId: v.sessionId }) : err({ code: 'missing_session' });
    case 'course':
      return v.courseId ? ok({ kind: 'course', courseId: v.courseId }) : err({ code: 'missing_course' });
    case 'kreis':
      return v.kreis ? ok({ kind: 'kreis', kreisAgs: v.kreis }) : err({ code: 'missing_kreis' });
    case 'everyone':
      return ok({ kind: 'everyone' });
  }
}

function audienceText(subject: AudienceSubject, audience: Audience, locale: Locale): string {
  const texts = broadcastTexts(locale);
  switch (subject.kind) {
    case 'session':
      return texts.audienceSession(audience.kind === 'session_waitlisted' ? 'waitlisted' : 'confirmed', subject.title, formatDateTime(subject.startsAt, locale));
    case 'course':
      return texts.audienceCourse(subject.title);
    case 'everyone':
      return texts.audienceEveryone;
    case 'kreis':
      return texts.audienceKreis(texts.kreisChoice(subject.name, subject.districtKind));
  }
}
