import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { ChatClassifier } from './chat-classifier.ts';

/**
 * Trained classifiers on disk, so that a restart, a second instance or each test worker does not train the same model
 * again (a few seconds on a few thousand questions). A file is named by the key of everything the model depends on:
 * the training data and options (given by the caller) and the source of this folder, so changed matching code never
 * reads a model trained by the old code. A file that does not match its key or its own header is ignored and
 * retrained; a cache that cannot be written costs time, never an answer.
 */
export type ModelCache = {
  read(key: string): ChatClassifier | undefined;
  write(key: string, model: ChatClassifier): void;
};

const FORMAT = 1;
const FILES_KEPT = 8;

const Header = z.strictObject({
  format: z.literal(FORMAT),
  key: z.string().regex(/^[0-9a-f]{64}$/),
  labels: z.array(z.string()).min(1),
  features: z.array(z.string()),
  trainedOn: z.number().int().min(0),
  options: z.strictObject({ epochs: z.number(), learningRate: z.number(), l2: z.number(), charWeight: z.number(), mix: z.number() }),
});

let sourceFingerprint: string | undefined;

/** SHA-256 over the source files of the FAQ feature: features, analyser and trainer all live here. */
export function codeFingerprint(): string {
  if (sourceFingerprint) return sourceFingerprint;
  const folder = dirname(fileURLToPath(import.meta.url));
  const hash = createHash('sha256');
  for (const name of readdirSync(folder).filter((n) => n.endsWith('.ts')).sort()) hash.update(name).update(readFileSync(join(folder, name)));
  return (sourceFingerprint = hash.digest('hex'));
}

export function diskModelCache(dir: string, onError: (message: string) => void = () => {}): ModelCache {
  const file = (key: string) => join(dir, `faq-model-${key}.bin`);
  return {
    read(key) {
      let bytes: Buffer;
      try {
        bytes = readFileSync(file(key));
      } catch {
        return undefined;
      }
      return decode(bytes, key);
    },
    write(key, model) {
      try {
        mkdirSync(dir, { recursive: true });
        const temporary = `${file(key)}.${process.pid}-${Math.random().toString(36).slice(2)}.tmp`;
        writeFileSync(temporary, encode(key, model));
        renameSync(temporary, file(key));
        prune(dir);
      } catch (e) {
        onError(`FAQ model cache ${dir}: ${(e as Error).message}`);
      }
    },
  };
}

/** Layout: header length (uint32 LE), the JSON header, zero padding to a multiple of 8, then the weights (float64 LE). */
function encode(key: string, model: ChatClassifier): Buffer {
  const features = [...model.featureIndex.keys()];
  const header = Buffer.from(JSON.stringify({ format: FORMAT, key, labels: model.labels, features, trainedOn: model.trainedOn, options: model.options }));
  const start = Math.ceil((4 + header.length) / 8) * 8;
  const out = Buffer.alloc(start + model.weights.byteLength);
  out.writeUInt32LE(header.length, 0);
  header.copy(out, 4);
  Buffer.from(model.weights.buffer, model.weights.byteOffset, model.weights.byteLength).copy(out, start);
  return out;
}

function decode(bytes: Buffer, key: string): ChatClassifier | undefined {
  if (bytes.length < 4) return undefined;
  const length = bytes.readUInt32LE(0);
  if (4 + length > bytes.length) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(bytes.subarray(4, 4 + length).toString('utf8'));
  } catch {
    return undefined;
  }
  const header = Header.safeParse(json);
  if (!header.success || header.data.key !== key) return undefined;
  const { labels, features, trainedOn, options } = header.data;
  const start = Math.ceil((4 + length) / 8) * 8;
  if (bytes.length - start !== features.length * labels.length * 8) return undefined;
  const weights = new Float64Array(features.length * labels.length);
  Buffer.from(weights.buffer).set(bytes.subarray(start));
  return { labels, featureIndex: new Map(features.map((f, i) => [f, i])), weights, options, trainedOn };
}

function prune(dir: string): void {
  const files = readdirSync(dir)
    .filter((n) => n.startsWith('faq-model-') && n.endsWith('.bin'))
    .map((n) => ({ path: join(dir, n), at: statSync(join(dir, n)).mtimeMs }))
    .sort((a, b) => b.at - a.at);
  for (const old of files.slice(FILES_KEPT)) rmSync(old.path, { force: true });
}
