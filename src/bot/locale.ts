export type Locale = 'de' | 'en';

/** German first: only a client that says English gets English. */
export function localeOf(activityLocale: string | undefined, fallback: Locale): Locale {
  if (!activityLocale) return fallback;
  const lang = activityLocale.toLowerCase();
  if (lang.startsWith('en')) return 'en';
  if (lang.startsWith('de')) return 'de';
  return fallback;
}
