import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { Recipient } from '../../src/features/reminders/index.ts';
import { startConnectorSimulator, type AcceptedMessage, type SimulatorOptions, type SimulatorStats } from './connector-simulator.ts';

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** What a simulator in a worker thread reports back (accepted messages without their bodies). */
export type SimulatorReport = {
  stats: SimulatorStats;
  accepted: Array<Omit<AcceptedMessage, 'activity'>>;
  duplicates: number;
  forbidden: string[];
};

export interface RemoteConnectorSimulator {
  readonly serviceUrl: string;
  register(recipients: Iterable<Pick<Recipient, 'conversationId' | 'tenantId'>>): Promise<void>;
  report(): Promise<SimulatorReport>;
  close(): Promise<void>;
}

type Request = { id: number; op: 'register'; conversations: Array<[string, string]> } | { id: number; op: 'url' | 'report' | 'close' };

/**
 * The simulator on its own event loop, like the real connector on another machine: the bot's synchronous SQLite
 * commits then cannot delay (and bunch up) the arrival times it counts against the limits.
 */
export async function startConnectorSimulatorInWorker(options: SimulatorOptions = {}): Promise<RemoteConnectorSimulator> {
  const { forbiddenConversations, ...rest } = options;
  const worker = new Worker(new URL(import.meta.url), {
    workerData: { connectorSimulator: { ...rest, forbiddenConversations: forbiddenConversations ? [...forbiddenConversations] : undefined } },
  });
  const pending = new Map<number, (value: unknown) => void>();
  let next = 0;
  worker.on('message', (m: { id: number; value: unknown }) => pending.get(m.id)?.(m.value));
  const call = <T>(request: DistributiveOmit<Request, 'id'>): Promise<T> =>
    new Promise((resolve) => {
      const id = ++next;
      pending.set(id, (value) => resolve(value as T));
      worker.postMessage({ ...request, id });
    });
  const serviceUrl = await call<string>({ op: 'url' });
  return {
    serviceUrl,
    register: (recipients) => call({ op: 'register', conversations: [...recipients].map((r) => [r.conversationId, r.tenantId]) }),
    report: () => call<SimulatorReport>({ op: 'report' }),
    close: async () => {
      await call({ op: 'close' });
      await worker.terminate();
    },
  };
}

if (!isMainThread && (workerData as { connectorSimulator?: SimulatorOptions } | null)?.connectorSimulator) {
  const sim = await startConnectorSimulator((workerData as { connectorSimulator: SimulatorOptions }).connectorSimulator);
  parentPort!.on('message', async (request: Request) => {
    const answer = (value: unknown) => parentPort!.postMessage({ id: request.id, value });
    if (request.op === 'url') return answer(sim.serviceUrl);
    if (request.op === 'register') {
      sim.register(request.conversations.map(([conversationId, tenantId]) => ({ conversationId, tenantId })));
      return answer(null);
    }
    if (request.op === 'close') {
      await sim.close();
      return answer(null);
    }
    const accepted = sim.accepted.map(({ activity: _activity, ...rest }) => rest);
    answer({ stats: { ...sim.stats }, accepted, duplicates: sim.duplicates(), forbidden: [...sim.forbiddenConversations()] } satisfies SimulatorReport);
  });
}
