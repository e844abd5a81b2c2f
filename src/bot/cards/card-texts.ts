import type { Locale } from '../locale.ts';
import { labelsByLocale } from './bilingual-labels.ts';
import type { Labels } from './bilingual-labels.ts';
import { CATALOGUE_LABELS } from './catalogue-texts.card.ts';
import { ENROLMENT_LABELS } from './enrolment-texts.card.ts';
import { FAQ_LABELS } from './faq-texts.card.ts';
import { HELP_LABELS } from './help-texts.card.ts';
import { REMINDER_LABELS } from './reminder-texts.card.ts';

/**
 * Every label on the participant-facing cards, one table per card group (each German first, English second; see
 * bilingual-labels.ts), joined here so builders and routes get all of them from cardTexts(locale). Replies outside
 * cards live in ../texts.ts.
 */
const TABLE = { ...CATALOGUE_LABELS, ...ENROLMENT_LABELS, ...HELP_LABELS, ...FAQ_LABELS, ...REMINDER_LABELS };

type Groups = [typeof CATALOGUE_LABELS, typeof ENROLMENT_LABELS, typeof HELP_LABELS, typeof FAQ_LABELS, typeof REMINDER_LABELS];
type SharedKey<T extends readonly object[], Seen extends PropertyKey = never> = T extends readonly [infer H, ...infer R extends readonly object[]]
  ? Extract<keyof H, Seen> | SharedKey<R, Seen | keyof H>
  : never;
// The spread lets a later group silently win over an earlier one with the same label; this names such a label at
// compile time ("Property 'x' is missing"), as the duplicate key in one table did.
const _noLabelInTwoGroups: Record<SharedKey<Groups>, never> = {};

export type CardTexts = Labels<typeof TABLE>;

const TEXTS: Record<Locale, CardTexts> = labelsByLocale(TABLE);

export const cardTexts = (locale: Locale): CardTexts => TEXTS[locale];
