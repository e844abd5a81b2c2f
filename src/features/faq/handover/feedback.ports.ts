/** What a "Hat das geholfen?" vote is about: a knowledge-base entry, or a computed answer by its kind. */
export type FeedbackTarget =
  | Readonly<{ kind: 'entry'; entryId: string }>
  | Readonly<{ kind: 'computed'; computedKind: string }>;

export type FeedbackVote = Readonly<{
  /**
   * Identifies the answer message the buttons belong to (the id the bot put into the card's action data). One vote per
   * person and answer message: 👍 twice counts once, switching to 👎 replaces the vote.
   */
  answerId: string;
  target: FeedbackTarget;
  personId: string;
  helpful: boolean;
  /** The question as the person typed it, for organisers improving the knowledge base. */
  question: string;
  at: Date;
}>;

/** 'recorded': a first vote; 'changed': the person switched 👍/👎; 'unchanged': the same vote again. */
export type FeedbackOutcome = 'recorded' | 'changed' | 'unchanged';

export type FeedbackSummaryRow = Readonly<{ target: FeedbackTarget; helpful: number; notHelpful: number; lastAt: Date }>;

export interface FeedbackRepository {
  record(vote: FeedbackVote): Promise<FeedbackOutcome>;
  /** One row per target, the most "not helpful" votes first: where the knowledge base needs work. */
  summary(): Promise<FeedbackSummaryRow[]>;
}

/** Stable text key of a target, e.g. for storage: "entry:faq-07", "computed:funded_places". */
export const feedbackTargetKey = (target: FeedbackTarget): string =>
  target.kind === 'entry' ? `entry:${target.entryId}` : `computed:${target.computedKind}`;

/** The summary's order: most "not helpful" first, then most votes, then by key (stable across stores). */
export function compareFeedbackSummary(a: FeedbackSummaryRow, b: FeedbackSummaryRow): number {
  const total = (r: FeedbackSummaryRow) => r.helpful + r.notHelpful;
  return b.notHelpful - a.notHelpful || total(b) - total(a) || feedbackTargetKey(a.target).localeCompare(feedbackTargetKey(b.target));
}
