import { compareFeedbackSummary } from '../../features/faq/index.ts';
import type { FeedbackOutcome, FeedbackRepository, FeedbackSummaryRow, FeedbackTarget, FeedbackVote } from '../../features/faq/index.ts';
import type { Database } from './database.ts';

const targetColumns = (t: FeedbackTarget) =>
  t.kind === 'entry' ? { target_kind: 'entry', target_id: t.entryId } : { target_kind: 'computed', target_id: t.computedKind };

const targetOf = (kind: string, id: string): FeedbackTarget => (kind === 'entry' ? { kind: 'entry', entryId: id } : { kind: 'computed', computedKind: id });

export class KyselyFeedbackRepository implements FeedbackRepository {
  private readonly store: Database;

  constructor(store: Database) {
    this.store = store;
  }

  /** Read and write in one serial unit, so two fast clicks of the same person cannot both count as a first vote. */
  record(vote: FeedbackVote): Promise<FeedbackOutcome> {
    const helpful = vote.helpful ? 1 : 0;
    const at = vote.at.toISOString();
    return this.store.transact(async (trx) => {
      const existing = await trx
        .selectFrom('feedback')
        .select('helpful')
        .where('answer_id', '=', vote.answerId)
        .where('person_id', '=', vote.personId)
        .executeTakeFirst();
      if (existing?.helpful === helpful) return 'unchanged';
      if (existing) {
        await trx
          .updateTable('feedback')
          .set({ helpful, ...targetColumns(vote.target), question: vote.question, updated_at: at })
          .where('answer_id', '=', vote.answerId)
          .where('person_id', '=', vote.personId)
          .execute();
        return 'changed';
      }
      await trx
        .insertInto('feedback')
        .values({ answer_id: vote.answerId, person_id: vote.personId, ...targetColumns(vote.target), helpful, question: vote.question, created_at: at, updated_at: at })
        .execute();
      return 'recorded';
    });
  }

  async summary(): Promise<FeedbackSummaryRow[]> {
    const rows = await this.store.db
      .selectFrom('feedback')
      .select((eb) => [
        'target_kind',
        'target_id',
        eb.fn.sum<number>('helpful').as('helpful'),
        eb.fn.countAll<number>().as('total'),
        eb.fn.max('updated_at').as('last_at'),
      ])
      .groupBy(['target_kind', 'target_id'])
      .execute();
    return rows
      .map((r) => {
        const helpful = Number(r.helpful);
        return { target: targetOf(r.target_kind, r.target_id), helpful, notHelpful: Number(r.total) - helpful, lastAt: new Date(r.last_at) };
      })
      .sort(compareFeedbackSummary);
  }
}
