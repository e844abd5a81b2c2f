import { Worker } from 'node:worker_threads';
import type { ChatClassifier } from './chat-classifier.ts';
import type { TrainingReply, TrainingRequest } from './training.worker.ts';

/** Trains the chat classifier on a worker thread (training.worker.ts) and rebuilds the model from its reply. */
export function trainOnWorker(request: TrainingRequest): Promise<ChatClassifier> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./training.worker.ts', import.meta.url), { workerData: request });
    let settled = false;
    worker.once('message', (reply: TrainingReply) => {
      settled = true;
      resolve({
        labels: reply.labels,
        featureIndex: new Map(reply.features.map((f, i) => [f, i])),
        weights: reply.weights,
        options: reply.options,
        trainedOn: reply.trainedOn,
      });
    });
    worker.once('error', (e) => {
      settled = true;
      reject(e);
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`FAQ training thread stopped with code ${code} before it replied`));
    });
  });
}
