import type { Locale } from '../locale.ts';

/**
 * One label in German (formal "Sie") and English, side by side so a translation gap is visible in review. The English
 * entry gets exactly the German entry's type: a missing key or a function with other parameters does not compile.
 */
export const both = <T>(de: T, en: NoInfer<T>) => ({ de, en });

export type LabelTable = Record<string, { de: unknown; en: unknown }>;

/** What a card builder reads: every label of a table, in one locale. */
export type Labels<T extends LabelTable> = { readonly [K in keyof T]: T[K]['de'] };

/** The table picked apart once per locale, so a lookup at send time is one property read. */
export function labelsByLocale<T extends LabelTable>(table: T): Record<Locale, Labels<T>> {
  const pick = (locale: Locale) => Object.fromEntries(Object.entries(table).map(([key, entry]) => [key, entry[locale]])) as Labels<T>;
  return { de: pick('de'), en: pick('en') };
}
