import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { KnowledgeBaseLoadResult } from '../../../../src/features/faq/index.ts';
import { classify, loadKnowledgeBase, openKnowledgeBaseStore, parseKnowledgeBase } from '../../../../src/features/faq/index.ts';
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
    expect(trained.classifier.labels.at(-1)).toBe('offtopic');
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
});
