import type { BotAnswerRef, FaqEntry, MunicipalityFacts } from '../../features/faq/index.ts';
import { VERBS } from '../actions.ts';
import type { Locale } from '../locale.ts';
import { button, expandCard, type AdaptiveCard } from './card-kit.ts';
import { cardTexts } from './card-texts.ts';
import { handoverButton } from './faq-answer.card.ts';
import template from './templates/faq-choices.json' with { type: 'json' };

export interface FaqClarifyCardInput {
  question: string;
  candidates: readonly FaqEntry[];
}

/** "Meinten Sie …?": the best entries as full-width buttons (each shows that answer), and the way to the team. */
export function buildFaqClarifyCard(input: FaqClarifyCardInput, locale: Locale): AdaptiveCard {
  const texts = cardTexts(locale);
  const answered: BotAnswerRef = { kind: 'suggestions', entryIds: input.candidates.map((e) => e.id) };
  return expandCard(template, {
    title: texts.faqDidYouMean,
    text: texts.faqDidYouMeanHint,
    choices: input.candidates.map((entry) => button(entry.question, { verb: VERBS.faqShow, entryId: entry.id, question: input.question })),
    buttons: [handoverButton(input.question, answered, texts)],
  });
}

export interface FaqMunicipalityCardInput {
  title: string;
  text: string;
  question: string;
  candidates: readonly MunicipalityFacts[];
}

/** A place name that exists several times: each candidate re-asks the computed question with its AGS. */
export function buildFaqMunicipalityCard(input: FaqMunicipalityCardInput, locale: Locale): AdaptiveCard {
  const texts = cardTexts(locale);
  const population = (n: number) => texts.faqInhabitants(n.toLocaleString(locale === 'de' ? 'de-DE' : 'en-GB'));
  const label = (m: MunicipalityFacts) =>
    m.kind === 'gemeinde' || m.kind === 'stadt' ? `${m.displayName} (${texts.faqKinds[m.kind]}, Landkreis ${m.kreisName}, ${population(m.population)})` : `${m.displayName} (${texts.faqKinds[m.kind]}, ${population(m.population)})`;
  return expandCard(template, {
    title: input.title,
    text: input.text,
    choices: input.candidates.map((m) => button(label(m), { verb: VERBS.faqPlaces, ags: m.ags, kind: m.kind, question: input.question })),
    buttons: [handoverButton(input.question, { kind: 'computed', computedKind: 'municipality_ambiguous' }, texts)],
  });
}
