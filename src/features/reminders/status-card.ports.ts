import type { AudienceBroadcastStatus } from './audience-broadcast.service.ts';

/**
 * The organiser's status card message: where it lives (the message the "Senden" click came from), who may refresh it
 * and in which language it was shown. Plain data, so any process's sender can update it later.
 */
export type StatusCardTarget = {
  readonly broadcastId: string;
  readonly serviceUrl: string;
  readonly conversationId: string;
  readonly conversationType: 'personal' | 'channel';
  readonly tenantId: string;
  readonly activityId: string;
  readonly userId: string;
  readonly locale: string;
  /** When the card was last shown by the click itself; the first push waits a full interval after it. */
  readonly savedAt: Date;
};

export interface StatusCardTargetStore {
  /** One per broadcast: a later "Senden" click on another message moves the card there. */
  save(target: StatusCardTarget): Promise<void>;
  findByBroadcastId(broadcastId: string): Promise<StatusCardTarget | undefined>;
}

/** Replaces the stored message with a status card for this status; throws when Teams refuses. */
export interface StatusCardPusher {
  push(target: StatusCardTarget, status: AudienceBroadcastStatus): Promise<void>;
}
