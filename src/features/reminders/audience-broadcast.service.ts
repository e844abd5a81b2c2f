import { err, ok, type Clock, type Result } from '../shared/index.ts';
import { broadcastReference, scheduledBroadcastJob } from './audience-broadcast.job.ts';
import { checkDraft, type BroadcastDraftInput, type CheckedDraft, type DraftError } from './audience-broadcast.rules.ts';
import type { AudienceResolver } from './audience.resolver.ts';
import type { Audience, AudienceError, ResolvedAudience } from './audience.types.ts';
import type { BroadcastActivity, BroadcastSummary } from './broadcast.model.ts';
import type { DeliveryRepository } from './broadcast.ports.ts';
import type { BroadcastError, BroadcastService, RetryFailedResult } from './broadcast.service.ts';
import type { JobQueue } from './job-queue.ts';
import type { JobRepository } from './jobs.ports.ts';
import type { StatusCardTarget, StatusCardTargetStore } from './status-card.ports.ts';

export type AudienceBroadcastDeps = {
  readonly resolver: AudienceResolver;
  readonly broadcasts: BroadcastService;
  readonly deliveries: Pick<DeliveryRepository, 'findBroadcast'>;
  readonly queue: JobQueue;
  readonly jobs: Pick<JobRepository, 'findByReference'>;
  readonly clock: Clock;
  /** Where each broadcast's status card lives, so the sender can keep it current; without it the card refreshes on view only. */
  readonly statusCards?: Pick<StatusCardTargetStore, 'save'>;
};

export type AudienceBroadcastError =
  | DraftError
  | AudienceError
  /** Nobody in the audience has a personal chat with the bot (or nobody is in it at all). */
  | { readonly code: 'no_reachable_recipients'; readonly unreachable: number }
  | BroadcastError
  | { readonly code: 'already_started'; readonly broadcastId: string };

export type BroadcastPreview = { readonly draft: CheckedDraft; readonly resolved: ResolvedAudience };

export type SendRequest = {
  /** The preview's draft id: a second click on "Senden" finds the first broadcast instead of making another. */
  readonly broadcastId: string;
  readonly draft: BroadcastDraftInput;
  readonly audience: Audience;
  readonly createdBy: string;
  /** The message that will show the status card (the one clicked), when the client said which one it was. */
  readonly statusCard?: Omit<StatusCardTarget, 'broadcastId' | 'savedAt'>;
};

export type BroadcastQueued = {
  readonly broadcastId: string;
  readonly scheduled: boolean;
  readonly sendAt: Date;
  readonly recipients: number;
  readonly unreachable: number;
  /** False when this id had been sent or scheduled before (a repeated click). */
  readonly created: boolean;
};

export type AudienceBroadcastStatus =
  | { readonly state: 'scheduled'; readonly broadcastId: string; readonly sendAt: Date; readonly plannedRecipients: number }
  | { readonly state: 'started'; readonly broadcastId: string; readonly sendAt: Date; readonly cancelledAt: Date | null; readonly summary: BroadcastSummary }
  | { readonly state: 'not_sent'; readonly broadcastId: string; readonly sendAt: Date; readonly reason: 'cancelled' | 'no_reachable_recipients' | 'failed' };

/** The card recipients get, built by the bot from the checked draft and the audience. */
export type ComposeActivity = (draft: CheckedDraft, resolved: ResolvedAudience) => BroadcastActivity | Promise<BroadcastActivity>;

/**
 * An organiser's broadcast from draft to status: the draft is checked, the audience resolved now (preview and send
 * alike), then sent at once through the BroadcastService or kept as a durable job that resolves and sends at its time.
 */
export class AudienceBroadcastService {
  private readonly deps: AudienceBroadcastDeps;
  private readonly job;

  constructor(deps: AudienceBroadcastDeps) {
    this.deps = deps;
    this.job = scheduledBroadcastJob({ resolver: deps.resolver, broadcasts: deps.broadcasts });
  }

  /** For the one JobRunner of the process. */
  get jobDefinitions() {
    return [this.job] as const;
  }

  checkDraft(draft: BroadcastDraftInput): Result<CheckedDraft, DraftError> {
    return checkDraft(draft, this.deps.clock.now());
  }

  async preview(draft: BroadcastDraftInput, audience: Audience): Promise<Result<BroadcastPreview, AudienceBroadcastError>> {
    const checked = this.checkDraft(draft);
    if (!checked.ok) return checked;
    const resolved = await this.deps.resolver.resolve(audience);
    if (!resolved.ok) return resolved;
    if (resolved.value.recipients.length === 0) return err({ code: 'no_reachable_recipients', unreachable: resolved.value.unreachable.length });
    return ok({ draft: checked.value, resolved: resolved.value });
  }

  async send(request: SendRequest, compose: ComposeActivity): Promise<Result<BroadcastQueued, AudienceBroadcastError>> {
    const preview = await this.preview(request.draft, request.audience);
    if (!preview.ok) return preview;
    const { draft, resolved } = preview.value;
    const activity = await compose(draft, resolved);
    const counts = { recipients: resolved.recipients.length, unreachable: resolved.unreachable.length };
    // Before the deliveries exist: the sender may settle the first of them before this call returns.
    if (request.statusCard) await this.deps.statusCards?.save({ ...request.statusCard, broadcastId: request.broadcastId, savedAt: this.deps.clock.now() });
    if (!draft.sendAt) {
      const created = await this.deps.broadcasts.create({ broadcastId: request.broadcastId, activity, recipients: resolved.recipients, createdBy: request.createdBy });
      if (!created.ok) return created;
      return ok({ broadcastId: request.broadcastId, scheduled: false, sendAt: created.value.sendAt, ...counts, recipients: created.value.recipients, created: created.value.created });
    }
    const payload = { broadcastId: request.broadcastId, audience: request.audience, activity, createdBy: request.createdBy, plannedRecipients: counts.recipients };
    const reference = broadcastReference(request.broadcastId);
    const queued = await this.deps.queue.enqueue(this.job, payload, { runAt: draft.sendAt, reference, dedupeKey: reference });
    // The payload is built right here from parsed values: a schema failure is a bug, not a user error.
    if (!queued.ok) throw new Error(`scheduled broadcast payload rejected: ${queued.error.issues.join('; ')}`);
    return ok({ broadcastId: request.broadcastId, scheduled: true, sendAt: queued.value.job.runAt, ...counts, created: queued.value.created });
  }

  async status(broadcastId: string): Promise<Result<AudienceBroadcastStatus, AudienceBroadcastError>> {
    const broadcast = await this.deps.deliveries.findBroadcast(broadcastId);
    if (broadcast) {
      const summary = await this.deps.broadcasts.summary(broadcastId);
      if (!summary.ok) return summary;
      return ok({ state: 'started', broadcastId, sendAt: broadcast.sendAt, cancelledAt: broadcast.cancelledAt, summary: summary.value });
    }
    const job = await this.scheduledJob(broadcastId);
    if (!job) return err({ code: 'broadcast_not_found', broadcastId });
    if (job.status === 'pending' || job.status === 'running' || job.status === 'done') {
      const planned = (job.payload as { plannedRecipients?: unknown }).plannedRecipients;
      return ok({ state: 'scheduled', broadcastId, sendAt: job.runAt, plannedRecipients: typeof planned === 'number' ? planned : 0 });
    }
    const reason = job.status === 'cancelled' ? 'cancelled' : job.lastError?.startsWith('no_reachable_recipients') ? 'no_reachable_recipients' : 'failed';
    return ok({ state: 'not_sent', broadcastId, sendAt: job.runAt, reason });
  }

  /** Permanent failures (blocked, uninstalled, conversation gone) are never re-sent from here. */
  retryFailed(broadcastId: string): Promise<Result<RetryFailedResult, BroadcastError>> {
    return this.deps.broadcasts.retryFailed(broadcastId, { includePermanent: false });
  }

  /** A scheduled broadcast is called off entirely; a running one stops what has not gone out yet. */
  async cancel(broadcastId: string): Promise<Result<{ readonly scheduleCancelled: boolean; readonly deliveriesCancelled: number }, AudienceBroadcastError>> {
    if (await this.deps.deliveries.findBroadcast(broadcastId)) {
      const cancelled = await this.deps.broadcasts.cancel(broadcastId);
      return cancelled.ok ? ok({ scheduleCancelled: false, deliveriesCancelled: cancelled.value.cancelled }) : cancelled;
    }
    const job = await this.scheduledJob(broadcastId);
    if (!job) return err({ code: 'broadcast_not_found', broadcastId });
    const cancelled = await this.deps.queue.cancelByReference(broadcastReference(broadcastId));
    if (cancelled === 0 && job.status !== 'cancelled') return err({ code: 'already_started', broadcastId });
    return ok({ scheduleCancelled: true, deliveriesCancelled: 0 });
  }

  private async scheduledJob(broadcastId: string) {
    const jobs = await this.deps.jobs.findByReference(broadcastReference(broadcastId));
    return jobs.find((j) => j.type === this.job.type);
  }
}
