import type { TeamsAdapter } from '@microsoft/teams-ai';
import { JsonKnowledgeBaseWriter } from '../adapters/faq/json-knowledge-base.writer.ts';
import type { Database } from '../adapters/storage/database.ts';
import { KyselyFeedbackRepository } from '../adapters/storage/kysely-feedback.repository.ts';
import { KyselyHandoverChannelRepository, KyselyTicketRepository } from '../adapters/storage/kysely-ticket.repository.ts';
import type { FaqBotDeps } from '../bot/routes/faq-deps.ts';
import { adapterMessenger } from '../bot/routes/faq-proactive.ts';
import type { Config } from '../config.ts';
import { ComputedAnswerService, HandoverService, describeKnowledgeBaseError, openKnowledgeBaseStore, type KnowledgeBase, type Watcher } from '../features/faq/index.ts';
import type { MunicipalityDirectory, ProgrammeRules } from '../features/programme/index.ts';
import type { Clock } from '../features/shared/index.ts';
import type { Log } from '../logger.ts';

/** The knowledge base could not be loaded at start-up: the bot would answer nothing, so it does not start. */
export class FaqDataFileError extends Error {
  override name = 'FaqDataFileError';
}

type FaqParts = { config: Config; database: Database; rules: ProgrammeRules; directory: MunicipalityDirectory; clock: Clock; log: Log; adapter: () => TeamsAdapter };

/**
 * The FAQ (issue 4): the knowledge base from FAQ_FILE, watched so organisers' edits apply without a deploy (an invalid
 * edit keeps the previous answers and is logged), computed answers from the rules, tickets and votes in the store.
 */
export async function composeFaq(p: FaqParts): Promise<{ deps: FaqBotDeps; watcher: Watcher }> {
  const opened = await openKnowledgeBaseStore(p.config.faqFile, {
    ...(p.config.faqTrainingFile ? { trainingFile: p.config.faqTrainingFile } : {}),
    ...(p.config.faqModelCacheDir ? { modelCacheDir: p.config.faqModelCacheDir, onCacheError: (message: string) => p.log('warn', 'FAQ model cache not written; the next start trains again', { error: message }) } : {}),
  });
  if (!opened.ok) {
    throw new FaqDataFileError(`FAQ_FILE / FAQ_TRAINING_FILE: the knowledge base is not valid:\n${describeKnowledgeBaseError(opened.error)}`);
  }
  const knowledgeBase = opened.value;
  const loaded = (kb: KnowledgeBase) => ({ version: kb.version, entries: kb.entries.length, trainingQuestions: kb.training.questions, trainingSkipped: kb.training.skipped });
  if (knowledgeBase.current().training.skipped > 0) {
    p.log('warn', 'training questions name entries the knowledge base does not have; they are skipped', loaded(knowledgeBase.current()));
  }
  const watcher = knowledgeBase.watch((result) =>
    result.ok
      ? p.log('info', 'knowledge base reloaded', loaded(result.value))
      : p.log('warn', 'knowledge base file is invalid; the previous version keeps answering', { errors: describeKnowledgeBaseError(result.error) }),
  );
  const handover = new HandoverService({
    tickets: new KyselyTicketRepository(p.database),
    channel: new KyselyHandoverChannelRepository(p.database),
    knowledgeBase: new JsonKnowledgeBaseWriter(p.config.faqFile),
    clock: p.clock,
  });
  // The programme team's address as the rules data records it (facts: Städtetag BW, Stabsstelle Digitalisierung).
  const teamEmail = p.rules.fundingStatus.map((s) => s.recommendation.contact.email).find(Boolean) ?? 'digitallotsen@staedtetag-bw.de';
  const deps: FaqBotDeps = {
    knowledgeBase,
    computed: new ComputedAnswerService({ rules: p.rules, directory: p.directory }),
    handover,
    feedback: new KyselyFeedbackRepository(p.database),
    proactive: adapterMessenger(p.adapter, p.config.bot.appId),
    organiserIds: p.config.organiserIds,
    teamEmail,
  };
  return { deps, watcher };
}
