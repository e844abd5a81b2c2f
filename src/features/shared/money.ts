/** Money is integer cents everywhere; only the UI formats it. */
export type Cents = number;

export const euros = (amount: number): Cents => Math.round(amount * 100);

export function assertCents(value: number): Cents {
  if (!Number.isSafeInteger(value)) throw new RangeError(`not an integer amount of cents: ${value}`);
  return value;
}

const formatters = new Map<string, Intl.NumberFormat>();

/** "1.700,00 €" (de) or "€1,700.00" (en). */
export function formatEuro(cents: Cents, locale: 'de' | 'en' = 'de'): string {
  let f = formatters.get(locale);
  if (!f) {
    f = new Intl.NumberFormat(locale === 'de' ? 'de-DE' : 'en-GB', { style: 'currency', currency: 'EUR' });
    formatters.set(locale, f);
  }
  return f.format(cents / 100);
}
