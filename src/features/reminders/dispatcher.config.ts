import type { Clock } from '../shared/index.ts';
import type { Delivery } from './broadcast.model.ts';
import type { ActivityNotifier, DeliveryRepository } from './broadcast.ports.ts';
import { DEFAULT_RETRY_POLICY, type AttemptVerdict, type RetryPolicy } from './retry.policy.ts';
import { TEAMS_SEND_RATES, type SendRateConfig } from './send-rate-limiter.ts';
import type { Random, Sleep } from './timing.ts';

export type DispatcherOptions = {
  readonly rates: SendRateConfig;
  readonly retry: RetryPolicy;
  /** Sends on the wire at once, across all tenants: enough to keep every tenant's bucket busy despite latency. */
  readonly maxInFlight: number;
  /** How long a claimed delivery stays ours; must exceed the notifier's HTTP timeout. */
  readonly leaseMs: number;
  readonly pollIntervalMs: number;
  readonly batchPerTenant: number;
};

export const DEFAULT_DISPATCHER_OPTIONS: DispatcherOptions = {
  rates: TEAMS_SEND_RATES,
  retry: DEFAULT_RETRY_POLICY,
  maxInFlight: 32,
  leaseMs: 60_000,
  pollIntervalMs: 500,
  batchPerTenant: 200,
};

export type DeliveryOutcome = { readonly delivery: Delivery; readonly verdict: AttemptVerdict };

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
