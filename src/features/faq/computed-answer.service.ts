import type { MunicipalityDirectory, ProgrammeRules } from '../programme/index.ts';
import type { ComputedAnswer, ComputedAnswerOptions } from './computed-answer.types.ts';
import { answerCourseQuote } from './computed-course-quote.ts';
import { answerFundedPlaces } from './computed-funded-places.ts';
import { answerInhouseQuote } from './computed-inhouse-quote.ts';
import type { ComputedQuestion } from './computed-question.classifier.ts';

export type ComputedAnswerDeps = Readonly<{ rules: ProgrammeRules; directory: MunicipalityDirectory }>;

/**
 * Answers the questions that need a figure from the rules module (issue 4), never from a text: funded places for a
 * municipality or a population, what Basis/Aufbau cost the municipality, the Inhouse grant. Returns codes and numbers
 * only; the bot writes the sentences. Every figure carries its rule, period and sources, and the doubts the sources
 * leave (contested funding after 01.04.2023, contradicting Inhouse caps, unknown seminar fees) as hand-over reasons.
 */
export class ComputedAnswerService {
  private readonly deps: ComputedAnswerDeps;

  constructor(deps: ComputedAnswerDeps) {
    this.deps = deps;
  }

  answer(question: ComputedQuestion, at: Date, options: ComputedAnswerOptions = {}): ComputedAnswer {
    switch (question.intent) {
      case 'funded_places':
        return answerFundedPlaces(this.deps, question, at);
      case 'course_quote':
        return answerCourseQuote(this.deps.rules, question.courseType, at, options);
      case 'inhouse_quote':
        return answerInhouseQuote(this.deps.rules, question, at, options);
    }
  }
}
