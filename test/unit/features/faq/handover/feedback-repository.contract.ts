import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FeedbackRepository, FeedbackVote } from '../../../../../src/features/faq/index.ts';
import { berlin } from './ticket-fixtures.ts';

export type FeedbackRepoFactory = () => Promise<{ repo: FeedbackRepository; close: () => Promise<void> }>;

const vote = (overrides: Partial<FeedbackVote> = {}): FeedbackVote => ({
  answerId: 'ans-1',
  target: { kind: 'entry', entryId: 'faq-07' },
  personId: 'aad-anna',
  helpful: true,
  question: 'Was kostet die <i>Basis</i>?',
  at: berlin('2026-11-20T10:00'),
  ...overrides,
});

export function feedbackRepositoryContract(name: string, factory: FeedbackRepoFactory): void {
  describe(`${name}: FeedbackRepository contract`, () => {
    let repo: FeedbackRepository;
    let close: () => Promise<void>;
    beforeEach(async () => ({ repo, close } = await factory()));
    afterEach(() => close());

    it('👍 twice counts once; switching to 👎 replaces it; switching back again', async () => {
      expect(await repo.record(vote())).toBe('recorded');
      expect(await repo.record(vote({ at: berlin('2026-11-20T10:01') }))).toBe('unchanged');
      expect(await repo.summary()).toEqual([{ target: { kind: 'entry', entryId: 'faq-07' }, helpful: 1, notHelpful: 0, lastAt: berlin('2026-11-20T10:00') }]);
      expect(await repo.record(vote({ helpful: false, at: berlin('2026-11-20T10:02') }))).toBe('changed');
      expect(await repo.summary()).toEqual([{ target: { kind: 'entry', entryId: 'faq-07' }, helpful: 0, notHelpful: 1, lastAt: berlin('2026-11-20T10:02') }]);
      expect(await repo.record(vote({ helpful: true, at: berlin('2026-11-20T10:03') }))).toBe('changed');
      expect((await repo.summary())[0]).toMatchObject({ helpful: 1, notHelpful: 0 });
    });

    it('the same person on another answer message, and other people, count separately', async () => {
      await repo.record(vote());
      expect(await repo.record(vote({ answerId: 'ans-2' }))).toBe('recorded');
      expect(await repo.record(vote({ personId: 'aad-bernd', helpful: false }))).toBe('recorded');
      expect((await repo.summary())[0]).toMatchObject({ target: { kind: 'entry', entryId: 'faq-07' }, helpful: 2, notHelpful: 1 });
    });

    it('summary: one row per target, most "not helpful" first, computed answers by kind', async () => {
      await repo.record(vote({ answerId: 'a1', target: { kind: 'entry', entryId: 'faq-01' }, helpful: true }));
      await repo.record(vote({ answerId: 'a2', target: { kind: 'computed', computedKind: 'funded_places' }, helpful: false }));
      await repo.record(vote({ answerId: 'a3', target: { kind: 'computed', computedKind: 'funded_places' }, helpful: false }));
      await repo.record(vote({ answerId: 'a4', target: { kind: 'entry', entryId: 'faq-02' }, helpful: false }));
      await repo.record(vote({ answerId: 'a5', target: { kind: 'entry', entryId: 'faq-02' }, helpful: true }));
      const rows = await repo.summary();
      expect(rows.map((r) => [r.target, r.helpful, r.notHelpful])).toEqual([
        [{ kind: 'computed', computedKind: 'funded_places' }, 0, 2],
        [{ kind: 'entry', entryId: 'faq-02' }, 1, 1],
        [{ kind: 'entry', entryId: 'faq-01' }, 1, 0],
      ]);
    });

    it('no votes → an empty summary', async () => {
      expect(await repo.summary()).toEqual([]);
    });
  });
}
