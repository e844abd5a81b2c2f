import { z } from 'zod';
import { err, ok } from '../shared/index.ts';
import type { AudienceResolver } from './audience.resolver.ts';
import { AudienceSchema } from './audience.types.ts';
import { BroadcastActivitySchema } from './broadcast.model.ts';
import type { BroadcastService } from './broadcast.service.ts';
import { defineJob } from './job.model.ts';

export const SCHEDULED_BROADCAST_JOB = 'broadcast.scheduled';

export const ScheduledBroadcastPayloadSchema = z.object({
  broadcastId: z.string().min(1).max(100),
  audience: AudienceSchema,
  /** The exact message the organiser previewed. */
  activity: BroadcastActivitySchema,
  createdBy: z.string().min(1),
  /** How many were reachable when it was scheduled, for the status card until it runs. */
  plannedRecipients: z.number().int().min(0),
});
export type ScheduledBroadcastPayload = z.infer<typeof ScheduledBroadcastPayloadSchema>;

/** Every scheduled broadcast's job shares this reference scheme, so its status and cancellation find it. */
export const broadcastReference = (broadcastId: string): string => `broadcast:${broadcastId}`;

/**
 * At the planned time the audience is resolved again — whoever cancelled meanwhile is not written to, whoever enrolled
 * meanwhile is — and the broadcast is created; the dispatcher sends it from there. Creating is idempotent by the
 * broadcast id, so a run repeated after a crash creates nothing twice.
 */
export function scheduledBroadcastJob(deps: { resolver: AudienceResolver; broadcasts: BroadcastService }) {
  return defineJob({
    type: SCHEDULED_BROADCAST_JOB,
    payload: ScheduledBroadcastPayloadSchema,
    maxAttempts: 5,
    async handle(payload) {
      const resolved = await deps.resolver.resolve(payload.audience);
      if (!resolved.ok) return err({ code: resolved.error.code, retryable: false });
      if (resolved.value.recipients.length === 0) return err({ code: 'no_reachable_recipients', retryable: false });
      const created = await deps.broadcasts.create({
        broadcastId: payload.broadcastId,
        activity: payload.activity,
        recipients: resolved.value.recipients,
        createdBy: payload.createdBy,
      });
      return created.ok ? ok(undefined) : err({ code: created.error.code, retryable: false });
    },
  });
}
