import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { KnowledgeBaseLoadResult } from '../../../../src/features/faq/index.ts';
import { classify, loadKnowledgeBase, openKnowledgeBaseStore, parseKnowledgeBase } from '../../../../src/features/faq/index.ts';
import { DEFAULT_RANKER_OPTIONS } from '../../../../src/features/faq/bm25-index.ts';
import { diskModelCache } from '../../../../src/features/faq/model-cache.ts';
import { trainOnWorker } from '../../../../src/features/faq/training-thread.ts';
import { tempFile } from '../../../support/temp-files.ts';

const DATA = new URL('../../../../data/faq.json', import.meta.url).pathname;
const raw = JSON.parse(await readFile(DATA, 'utf8')) as { entries: { id: string }[] };

function parsed(training: { q: string; expect: string }[]) {
  const kb = parseKnowledgeBase(raw, 'data/faq.json', undefined, { training });
  if (!kb.ok) throw new Error(kb.error.code);
  return kb.value;
}

describe('chat classifier', () => {
  it('trains deterministically: the same data gives the same weights and the same answers', () => {
    const training = [{ q: 'wer zahlt mir die bahnfahrt zum seminar', expect: 'offtopic' }, { q: 'was macht so ne lotsin den ganzen tag', expect: 'faq-02' }];
    const a = parsed(training);
    const b = parsed(training);
    expect(a.classifier.weights).toEqual(b.classifier.weights);
    expect(a.classifier.trainedOn).toBe(2);
  });

  it('skips training questions whose entry the knowledge base does not have, and counts them', () => {
    const kb = parsed([{ q: 'eine Frage zu einem gelöschten Eintrag', expect: 'faq-999' }, { q: 'kaffee?', expect: 'offtopic' }]);
    expect(kb.training).toEqual({ questions: 2, skipped: 1 });
    expect(kb.classifier.trainedOn).toBe(1);
  });

  it('learns off-topic questions from the labelled examples: with them a foreign question is sent away', () => {
    const q = 'Wie richte ich meine Signatur in Outlook ein?';
    const examples = ['wie ändere ich meine outlook signatur', 'outlook abwesenheit einrichten', 'signatur im mailprogramm anpassen', 'neues outlook postfach einrichten']
      .map((text) => ({ q: text, expect: 'offtopic' }));
    const trained = parsed(examples);
    expect(classify(trained, q).kind).toBe('offtopic');
    expect(trained.classifier.labels[trained.entries.length]).toBe('offtopic');
  });

  it('a broken training file is refused with its path and the field at fault', async () => {
    const bad = tempFile('faq-training-', 'training.json', JSON.stringify({ questions: [{ q: 'hallo', expect: 'Faq 01' }] }));
    const result = await loadKnowledgeBase(DATA, { trainingFile: bad });
    expect(result.ok).toBe(false);
    if (!result.ok && result.error.code === 'kb_invalid') {
      expect(result.error.path).toBe(bad);
      expect(result.error.issues[0]!.field).toBe('questions.0.expect');
    } else {
      throw new Error('expected kb_invalid');
    }
    const missing = await loadKnowledgeBase(DATA, { trainingFile: join(dirname(bad), 'nope.json') });
    expect(!missing.ok && missing.error.code).toBe('kb_unreadable');
  });

  it('the store reloads when the training file changes, and keeps the old model when the edit is broken', async () => {
    const kbPath = tempFile('faq-kb-', 'faq.json', JSON.stringify(raw));
    const trainingPath = join(dirname(kbPath), 'training.json');
    await writeFile(trainingPath, JSON.stringify({ questions: [] }));
    const store = await openKnowledgeBaseStore(kbPath, { trainingFile: trainingPath });
    if (!store.ok) throw new Error(store.error.code);
    expect(store.value.current().training.questions).toBe(0);
    const reports: KnowledgeBaseLoadResult[] = [];
    let heard!: () => void;
    const next = () => new Promise<void>((r) => { heard = r; });
    const watcher = store.value.watch((r) => { reports.push(r); heard(); }, { debounceMs: 30 });
    try {
      let wait = next();
      await writeFile(trainingPath, JSON.stringify({ questions: [{ q: 'wo parke ich beim seminar', expect: 'offtopic' }] }));
      await wait;
      expect(store.value.current().training.questions).toBe(1);
      wait = next();
      await writeFile(trainingPath, '{ "questions": [ ');
      await wait;
      expect(reports.at(-1)!.ok).toBe(false);
      expect(store.value.current().training.questions).toBe(1);
    } finally {
      watcher.close();
    }
  });

  it('accepts small-talk labels in the training file and refuses an unknown small-talk intent', async () => {
    const good = tempFile('faq-training-', 'training.json', JSON.stringify({ questions: [{ q: 'servus beinand', expect: 'smalltalk:greeting' }] }));
    const loaded = await loadKnowledgeBase(DATA, { trainingFile: good });
    expect(loaded.ok && loaded.value.training).toEqual({ questions: 1, skipped: 0 });
    const bad = tempFile('faq-training-', 'training.json', JSON.stringify({ questions: [{ q: 'lol', expect: 'smalltalk:joke' }] }));
    const refused = await loadKnowledgeBase(DATA, { trainingFile: bad });
    expect(!refused.ok && refused.error.code === 'kb_invalid' && refused.error.issues[0]!.field).toBe('questions.0.expect');
  });

  it('learns small talk from examples: with them an unknown greeting is small talk, not an FAQ guess', () => {
    const examples = ['grüß gott miteinander', 'servus zusammen', 'moin in die runde', 'hallo ihr lieben', 'guten morgen allerseits', 'moin allerseits']
      .map((q) => ({ q, expect: 'smalltalk:greeting' }));
    const q = 'moin in die runde, allerseits';
    expect(classify(parsed([]), q).kind).not.toBe('smalltalk');
    expect(classify(parsed(examples), q)).toEqual({ kind: 'smalltalk', intent: 'greeting' });
  });
});

describe('trained models on disk', () => {
  const training = [{ q: 'was macht so ne lotsin den ganzen tag', expect: 'faq-02' }, { q: 'wo parke ich beim seminar', expect: 'offtopic' }];

  it('a second process with the same data reads the model instead of training, and it answers the same', () => {
    const dir = dirname(tempFile('faq-models-', 'x', ''));
    const first = parseKnowledgeBase(raw, 'data/faq.json', undefined, { training: [...training, { q: 'erste Runde', expect: 'offtopic' }], modelCacheDir: dir });
    if (!first.ok) throw new Error(first.error.code);
    const files = readdirSync(dir).filter((n) => n.endsWith('.bin'));
    expect(files).toHaveLength(1);
    const key = files[0]!.slice('faq-model-'.length, -'.bin'.length);
    const stored = diskModelCache(dir).read(key);
    expect(stored?.weights).toEqual(first.value.classifier.weights);
    expect(stored?.labels).toEqual(first.value.classifier.labels);
    expect([...stored!.featureIndex.keys()]).toEqual([...first.value.classifier.featureIndex.keys()]);
  });

  it('a damaged or foreign file is ignored (and retrained), never used', () => {
    const dir = dirname(tempFile('faq-models-', 'x', ''));
    const kb = parseKnowledgeBase(raw, 'data/faq.json', undefined, { training: [...training, { q: 'zweite Runde', expect: 'offtopic' }], modelCacheDir: dir });
    if (!kb.ok) throw new Error(kb.error.code);
    const name = readdirSync(dir).find((n) => n.endsWith('.bin'))!;
    const key = name.slice('faq-model-'.length, -'.bin'.length);
    const path = join(dir, name);
    const bytes = readFileSync(path);
    writeFileSync(path, bytes.subarray(0, bytes.length - 8));
    expect(diskModelCache(dir).read(key)).toBeUndefined();
    writeFileSync(path, bytes);
    expect(diskModelCache(dir).read('0'.repeat(64))).toBeUndefined();
    writeFileSync(join(dir, `faq-model-${'0'.repeat(64)}.bin`), bytes);
    expect(diskModelCache(dir).read('0'.repeat(64))).toBeUndefined();
    writeFileSync(path, 'not a model');
    expect(diskModelCache(dir).read(key)).toBeUndefined();
  });

  it('a folder that cannot be written costs time, not the knowledge base, and is reported', () => {
    const file = tempFile('faq-models-', 'not-a-folder', 'x');
    const reports: string[] = [];
    const kb = parseKnowledgeBase(raw, 'data/faq.json', undefined, { training: [...training, { q: 'dritte Runde', expect: 'offtopic' }], modelCacheDir: join(file, 'models'), onCacheError: (m) => reports.push(m) });
    expect(kb.ok).toBe(true);
    expect(reports).toHaveLength(1);
    expect(reports[0]).toContain('faq model cache'.replace('faq', 'FAQ'));
  });
});

describe('training on a worker thread', () => {
  it('gives exactly the model the main thread trains from the same data', async () => {
    const training = [{ q: 'was macht so ne lotsin den ganzen tag', expect: 'faq-02' }, { q: 'wo parke ich beim seminar', expect: 'offtopic' }, { q: 'servus beinand', expect: 'smalltalk:greeting' }];
    const kb = parsed(training);
    const elsewhere = await trainOnWorker({ entries: kb.entries, questions: training, ranker: DEFAULT_RANKER_OPTIONS });
    expect(elsewhere.labels).toEqual(kb.classifier.labels);
    expect([...elsewhere.featureIndex.keys()]).toEqual([...kb.classifier.featureIndex.keys()]);
    expect(elsewhere.weights).toEqual(kb.classifier.weights);
  });

  it('loading keeps the event loop free while the classifier trains, and answers like the synchronous path', async () => {
    const all = (JSON.parse(await readFile(new URL('../../../../data/faq-training-questions.json', import.meta.url), 'utf8')) as { questions: { q: string; expect: string }[] }).questions;
    const training = tempFile('faq-training-', 'training.json', JSON.stringify({ questions: all.slice(0, 1200) }));
    let ticks = 0;
    const timer = setInterval(() => ticks++, 5);
    const started = performance.now();
    const loaded = await loadKnowledgeBase(DATA, { trainingFile: training });
    const elapsed = performance.now() - started;
    clearInterval(timer);
    if (!loaded.ok) throw new Error(loaded.error.code);
    // Training 1,200 questions takes a second or more; the timer must have kept firing through most of it.
    expect(ticks).toBeGreaterThan(elapsed / 5 / 4);
    const q = 'was macht eine lotsin nach dem kurs';
    expect(classify(loaded.value, q)).toEqual(classify(parsed(all.slice(0, 1200)), q));
  });
});
