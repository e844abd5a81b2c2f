import { parentPort, workerData } from 'node:worker_threads';
import type { RankerOptions } from './bm25-index.ts';
import { buildFaqIndex } from './bm25-index.ts';
import type { ChatClassifierOptions, LabelledQuestion } from './chat-classifier.ts';
import { trainChatClassifier } from './chat-classifier.ts';
import type { FaqEntry } from './knowledge-base.schema.ts';

/**
 * Trains the chat classifier off the main thread (training-thread.ts starts it): a reload after an organiser's edit
 * takes seconds of training, and the bot keeps answering with the previous knowledge base meanwhile. The lexicon is
 * rebuilt here from the same entries and options, so the features are the ones the main thread would compute.
 */
export type TrainingRequest = {
  readonly entries: readonly FaqEntry[];
  readonly questions: readonly LabelledQuestion[];
  readonly ranker: RankerOptions;
  readonly options?: ChatClassifierOptions;
};

export type TrainingReply = {
  readonly labels: readonly string[];
  readonly features: readonly string[];
  readonly weights: Float64Array;
  readonly trainedOn: number;
  readonly options: ChatClassifierOptions;
};

const request = workerData as TrainingRequest;
const index = buildFaqIndex(request.entries, request.ranker);
const model = trainChatClassifier({
  lexicon: index.lexicon,
  analyser: index.options.analyser,
  entries: request.entries,
  questions: request.questions,
  ...(request.options ? { options: request.options } : {}),
});
const reply: TrainingReply = { labels: model.labels, features: [...model.featureIndex.keys()], weights: model.weights, trainedOn: model.trainedOn, options: model.options };
parentPort!.postMessage(reply, [model.weights.buffer as ArrayBuffer]);
