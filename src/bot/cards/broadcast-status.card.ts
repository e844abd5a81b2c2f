import type { AudienceBroadcastStatus } from '../../features/reminders/audiences.ts';
import { PERMANENT_REASONS, type BroadcastSummary, type FailureReason } from '../../features/reminders/index.ts';
import { VERBS } from '../actions.ts';
import { formatDateTime } from '../format.ts';
import type { Locale } from '../locale.ts';
import { broadcastTexts, type BroadcastTexts } from './broadcast-texts.card.ts';
import { button, expandCard, type AdaptiveCard, type ButtonVm } from './card-kit.ts';
import { organiserTexts } from './organiser-texts.card.ts';
import template from './templates/broadcast-status.json' with { type: 'json' };

export interface BroadcastStatusCardInput {
  status: AudienceBroadcastStatus;
  /** What the last click did ("3 werden erneut versucht …"), shown above the counts. */
  notice?: { text: string; tone: 'info' | 'warning' };
  /** Teams refreshes the card for these users (the organiser) whenever they look at it. */
  refreshUserIds: string[];
}

/** Pending / sent / failed by reason, refreshed on view, with retry and stop where they make sense. */
export function buildBroadcastStatusCard(input: BroadcastStatusCardInput, locale: Locale): AdaptiveCard {
  const texts = broadcastTexts(locale);
  const { status } = input;
  const summary = status.state === 'started' ? status.summary : undefined;
  const failures = summary ? failureFacts(summary, texts) : [];
  return expandCard(
    template,
    {
      title: texts.statusTitle,
      stateLine: stateLine(status, texts, locale),
      hasNotice: Boolean(input.notice),
      notice: input.notice?.text ?? '',
      noticeStyle: input.notice?.tone === 'warning' ? 'warning' : 'emphasis',
      hasFacts: summary !== undefined,
      facts: summary ? countFacts(summary, texts) : [],
      hasFailures: failures.length > 0,
      failuresTitle: texts.failuresTitle,
      failures,
      hasPermanent: (summary?.failed.permanent ?? 0) > 0,
      permanentNote: texts.permanentNote,
      buttons: buttons(status, texts, locale),
    },
    { verb: VERBS.broadcastStatus, data: { broadcastId: status.broadcastId }, userIds: input.refreshUserIds },
  );
}

function stateLine(status: AudienceBroadcastStatus, texts: BroadcastTexts, locale: Locale): string {
  if (status.state === 'scheduled') return texts.statusScheduled(formatDateTime(status.sendAt, locale), status.plannedRecipients);
  if (status.state === 'not_sent') return texts.notSent[status.reason];
  if (status.cancelledAt) return texts.statusStopped(formatDateTime(status.cancelledAt, locale));
  const since = formatDateTime(status.sendAt, locale);
  return status.summary.finished ? texts.statusFinished(since) : texts.statusSending(since);
}

function countFacts(s: BroadcastSummary, texts: BroadcastTexts) {
  const facts = [
    { title: texts.factTotal, value: String(s.total) },
    { title: texts.factPending, value: String(s.pending) },
    { title: texts.factSent, value: String(s.sent) },
    { title: texts.factFailed, value: texts.failedCount(s.failed.total, s.failed.permanent) },
  ];
  if (s.cancelled > 0) facts.push({ title: texts.factStopped, value: String(s.cancelled) });
  return facts;
}

function failureFacts(s: BroadcastSummary, texts: BroadcastTexts) {
  return (Object.entries(s.failed.byReason) as Array<[FailureReason, number]>)
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([reason, n]) => ({ title: texts.failureReasons[reason], value: PERMANENT_REASONS.has(reason) ? `${n} – ${texts.permanentMark}` : String(n) }));
}

function buttons(status: AudienceBroadcastStatus, texts: BroadcastTexts, locale: Locale): ButtonVm[] {
  const id = status.broadcastId;
  const refresh = button(texts.refreshButton, { verb: VERBS.broadcastStatus, broadcastId: id });
  const menu = button(organiserTexts(locale).backToMenu, { verb: VERBS.organiserMenu });
  if (status.state === 'scheduled') return [refresh, button(texts.cancelScheduleButton, { verb: VERBS.broadcastCancel, broadcastId: id }, 'destructive'), menu];
  if (status.state === 'not_sent') return [button(organiserTexts(locale).menuBroadcast, { verb: VERBS.broadcastForm }), menu];
  const out = [refresh];
  if (status.summary.failed.retryable > 0) out.push(button(texts.retryButton(status.summary.failed.retryable), { verb: VERBS.broadcastRetry, broadcastId: id }, 'positive'));
  if (status.summary.pending > 0 && !status.cancelledAt) out.push(button(texts.stopButton, { verb: VERBS.broadcastCancel, broadcastId: id }, 'destructive'));
  return [...out, menu];
}
