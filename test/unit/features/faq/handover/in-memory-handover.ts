import { compareFeedbackSummary, feedbackTargetKey } from '../../../../../src/features/faq/index.ts';
import type {
  FaqEntry,
  FeedbackOutcome,
  FeedbackRepository,
  FeedbackSummaryRow,
  FeedbackVote,
  HandoverChannel,
  HandoverChannelRepository,
  KnowledgeBaseWriteError,
  KnowledgeBaseWriter,
  NewTicket,
  Ticket,
  TicketRepository,
  TicketStatus,
} from '../../../../../src/features/faq/index.ts';
import { err, ok } from '../../../../../src/features/shared/index.ts';
import type { Result } from '../../../../../src/features/shared/index.ts';

/** Fakes that implement the hand-over ports; the contracts check they behave like the SQLite repositories. */
export class InMemoryTicketRepository implements TicketRepository {
  private readonly rows = new Map<string, Ticket>();
  /** Lets a test change the stored ticket between the service's read and its write. */
  beforeUpdate?: () => void;

  async insert(ticket: NewTicket): Promise<Ticket> {
    const stored: Ticket = { ...ticket, number: this.rows.size + 1 };
    this.rows.set(stored.id, structuredClone(stored));
    return stored;
  }

  async findById(id: string): Promise<Ticket | undefined> {
    const row = this.rows.get(id);
    return row && structuredClone(row);
  }

  async update(ticket: Ticket, expectedVersion: number): Promise<boolean> {
    const hook = this.beforeUpdate;
    this.beforeUpdate = undefined;
    hook?.();
    if (this.rows.get(ticket.id)?.version !== expectedVersion) return false;
    this.rows.set(ticket.id, structuredClone(ticket));
    return true;
  }

  async listByAsker(personId: string, limit: number): Promise<Ticket[]> {
    return [...this.rows.values()]
      .filter((t) => t.asker.personId === personId)
      .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || b.number - a.number)
      .slice(0, limit)
      .map((t) => structuredClone(t));
  }

  async listByStatus(statuses: readonly TicketStatus[], limit: number): Promise<Ticket[]> {
    return [...this.rows.values()]
      .filter((t) => statuses.includes(t.status))
      .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.number - b.number)
      .slice(0, limit)
      .map((t) => structuredClone(t));
  }
}

export class InMemoryChannelRepository implements HandoverChannelRepository {
  private channel: HandoverChannel | undefined;
  async get(): Promise<HandoverChannel | undefined> {
    return this.channel;
  }
  async set(channel: HandoverChannel): Promise<void> {
    this.channel = channel;
  }
}

export class InMemoryFeedbackRepository implements FeedbackRepository {
  private readonly votes = new Map<string, FeedbackVote>();

  async record(vote: FeedbackVote): Promise<FeedbackOutcome> {
    const key = `${vote.answerId}\u0000${vote.personId}`;
    const existing = this.votes.get(key);
    if (existing?.helpful === vote.helpful) return 'unchanged';
    this.votes.set(key, vote);
    return existing ? 'changed' : 'recorded';
  }

  async summary(): Promise<FeedbackSummaryRow[]> {
    const rows = new Map<string, { target: FeedbackVote['target']; helpful: number; notHelpful: number; lastAt: Date }>();
    for (const vote of this.votes.values()) {
      const key = feedbackTargetKey(vote.target);
      const row = rows.get(key) ?? { target: vote.target, helpful: 0, notHelpful: 0, lastAt: vote.at };
      if (vote.helpful) row.helpful += 1;
      else row.notHelpful += 1;
      if (vote.at > row.lastAt) row.lastAt = vote.at;
      rows.set(key, row);
    }
    return [...rows.values()].sort(compareFeedbackSummary);
  }
}

/** Keeps appended entries in memory and refuses duplicate ids, like the JSON writer. */
export class FakeKnowledgeBaseWriter implements KnowledgeBaseWriter {
  readonly entries: FaqEntry[] = [];
  failWith?: KnowledgeBaseWriteError;

  async append(entry: FaqEntry): Promise<Result<{ entryId: string; version: string }, KnowledgeBaseWriteError>> {
    if (this.failWith) return err(this.failWith);
    if (this.entries.some((e) => e.id === entry.id)) return err({ code: 'kb_duplicate_id', path: 'memory', entryId: entry.id });
    this.entries.push(entry);
    return ok({ entryId: entry.id, version: `v${this.entries.length}` });
  }
}
