import type { Sleep } from './timing.ts';

/**
 * The loop behind the job runner and the outbox relay: run a round, go again at once while rounds come back full,
 * otherwise sleep for the poll interval; `stop` wakes a sleeping loop and waits for the round in hand.
 */
export class PollingLoop {
  private readonly deps: {
    round: () => Promise<{ claimed: number }>;
    batchSize: number;
    pollIntervalMs: number;
    sleep: Sleep;
    onError: (error: unknown) => void;
  };
  private running: Promise<void> | undefined;
  private stopping = false;
  private wakeUp: (() => void) | undefined;

  constructor(deps: PollingLoop['deps']) {
    this.deps = deps;
  }

  start(): void {
    this.stopping = false;
    this.running ??= this.loop().finally(() => (this.running = undefined));
  }

  async stop(): Promise<void> {
    this.stopping = true;
    this.wakeUp?.();
    await this.running;
  }

  private async loop(): Promise<void> {
    while (!this.stopping) {
      const report = await this.deps.round().catch((error: unknown) => {
        this.deps.onError(error);
        return undefined;
      });
      if (this.stopping) break;
      if (report && report.claimed === this.deps.batchSize) continue;
      await new Promise<void>((resolve) => {
        this.wakeUp = resolve;
        void this.deps.sleep(this.deps.pollIntervalMs).then(resolve);
      });
      this.wakeUp = undefined;
    }
  }
}
