import type { Clock } from '../shared/index.ts';
import type { Delivery } from './broadcast.model.ts';
import type { ActivityNotifier, DeliveryRepository } from './broadcast.ports.ts';
import { DEFAULT_RETRY_POLICY, type AttemptVerdict, type RetryPolicy } from './retry.policy.ts';
import { TEAMS_SEND_RATES, type SendRateConfig } from './send-rate-limiter.ts';
import type { Random, Sleep } from './timing.ts';

export type DispatcherOptions = {
  readonly rates: SendRateConfig;
  readonly retry: RetryPolicy;
  /**
   * Messages between the start of their HTTP call and their stored outcome, across all tenants. A crash can leave
   * at most this many delivered-but-not-marked (the only duplicates possible); it must also cover
   * rate × (round trip + flushIntervalMs) or it caps throughput.
   */
  readonly maxInFlight: number;
  /** How long a claim holds; must exceed claimAheadMs plus the notifier's HTTP timeout. */
  readonly leaseMs: number;
  /** How far ahead, in ms of each tenant's send rate, deliveries are claimed so tokens never wait for the store. */
  readonly claimAheadMs: number;
  /**
   * Outcomes and new claims are written together at this cadence, in one commit. SQLite fsyncs block the event loop
   * (2–50 ms measured here), so commits must follow a timer, not the message rate.
   */
  readonly flushIntervalMs: number;
  /** Shortest pause between launch rounds while busy. */
  readonly tickMs: number;
  readonly pollIntervalMs: number;
  readonly batchPerTenant: number;
};

export const DEFAULT_DISPATCHER_OPTIONS: DispatcherOptions = {
  rates: TEAMS_SEND_RATES,
  retry: DEFAULT_RETRY_POLICY,
  maxInFlight: 32,
  leaseMs: 60_000,
  claimAheadMs: 500,
  flushIntervalMs: 50,
  tickMs: 5,
  pollIntervalMs: 500,
  batchPerTenant: 200,
};

/** One answered attempt; `at` is when the answer came, the base of a retry's delay. */
export type DeliveryOutcome = { readonly delivery: Delivery; readonly verdict: AttemptVerdict; readonly at: Date };

export type DispatcherDeps = {
  readonly deliveries: DeliveryRepository;
  readonly notifier: ActivityNotifier;
  readonly clock: Clock;
  readonly sleep: Sleep;
  readonly random: Random;
  readonly workerId: string;
  readonly options?: Partial<DispatcherOptions>;
  /** Each settled attempt, e.g. to refresh the organiser's status card. */
  readonly onOutcome?: (outcome: DeliveryOutcome) => void;
  /** Broken infrastructure (store down): the delivery stays claimed and is taken up again after its lease. */
  readonly onError?: (error: unknown, deliveryId: string | null) => void;
};
