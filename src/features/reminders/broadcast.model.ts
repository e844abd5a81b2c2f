import { z } from 'zod';

/** Where a message goes: one stored conversation reference (1:1 chat, group chat or channel). */
export const RecipientSchema = z.object({
  userKey: z.string().trim().min(1),
  tenantId: z.string().trim().min(1),
  serviceUrl: z.url({ protocol: /^https?$/ }),
  conversationId: z.string().trim().min(1),
});
export type Recipient = z.infer<typeof RecipientSchema>;

/**
 * A Bot Framework activity built by the bot (cards live in src/bot); the domain only insists on a JSON object that
 * carries something to read, so an empty broadcast is refused before anyone is bothered.
 */
export const BroadcastActivitySchema = z.record(z.string(), z.unknown());
export type BroadcastActivity = z.infer<typeof BroadcastActivitySchema>;

export function isEmptyActivity(activity: BroadcastActivity): boolean {
  const text = typeof activity.text === 'string' ? activity.text.trim() : '';
  const attachments = Array.isArray(activity.attachments) ? activity.attachments : [];
  return text === '' && attachments.length === 0;
}

export const DELIVERY_STATUSES = ['pending', 'sending', 'sent', 'failed', 'cancelled'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/**
 * Why a delivery failed. The first five are "permanent": the recipient cannot receive bot messages until they act
 * (Teams' "Status codes from bot conversational APIs": 403 ConversationBlockedByUser, BotDisabledByAdmin,
 * BotNotInConversationRoster, ForbiddenOperationException; 404 ConversationNotFound) — retrying only spams the API.
 */
export const FAILURE_REASONS = [
  'blocked_by_user',
  'bot_disabled_by_admin',
  'bot_not_in_conversation',
  'conversation_not_found',
  'forbidden',
  'retries_exhausted',
  'unauthorized',
  'rejected_by_connector',
  'connector_error',
  'broadcast_missing',
] as const;
export type FailureReason = (typeof FAILURE_REASONS)[number];

export const PERMANENT_REASONS: ReadonlySet<FailureReason> = new Set([
  'blocked_by_user',
  'bot_disabled_by_admin',
  'bot_not_in_conversation',
  'conversation_not_found',
  'forbidden',
]);

export type DeliveryFailure = {
  readonly reason: FailureReason;
  readonly permanent: boolean;
  /** Last HTTP status and Teams error code seen, for the organiser's "why" and for support. */
  readonly httpStatus: number | null;
  readonly code: string | null;
};

export type Delivery = {
  /** Also the idempotency key of every attempt, so the same delivery is recognisable across retries and restarts. */
  readonly id: string;
  readonly broadcastId: string;
  readonly recipient: Recipient;
  readonly status: DeliveryStatus;
  readonly attempts: number;
  readonly nextAttemptAt: Date;
  readonly leaseUntil: Date | null;
  readonly sentAt: Date | null;
  readonly failure: DeliveryFailure | null;
};

export type Broadcast = {
  readonly id: string;
  readonly activity: BroadcastActivity;
  readonly createdBy: string;
  readonly createdAt: Date;
  readonly sendAt: Date;
  readonly recipientCount: number;
  readonly cancelledAt: Date | null;
};

/** Counts as the organiser's status card shows them. */
export type BroadcastSummary = {
  readonly broadcastId: string;
  readonly total: number;
  /** Not yet sent, including those waiting for a retry and those on the wire right now. */
  readonly pending: number;
  readonly sending: number;
  readonly sent: number;
  readonly cancelled: number;
  readonly failed: {
    readonly total: number;
    /** Would be re-sent by "retry failed". */
    readonly retryable: number;
    /** Skipped by "retry failed" unless the organiser explicitly includes them. */
    readonly permanent: number;
    readonly byReason: Readonly<Partial<Record<FailureReason, number>>>;
  };
  readonly finished: boolean;
};
