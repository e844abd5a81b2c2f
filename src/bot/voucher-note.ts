import { resolveRule, type ProgrammeRules } from '../features/programme/index.ts';
import { formatEuro } from '../features/shared/index.ts';
import type { Locale } from './locale.ts';

/** What the voucher covers for a course type, from the rules in force today; the card only shows it. */
export function voucherNote(rules: ProgrammeRules, courseType: string, at: Date, locale: Locale): string {
  const de = locale === 'de';
  if (courseType === 'basis') {
    const rule = resolveRule(rules, 'voucher_basis', at);
    if (!rule.ok) return de ? 'Förderung derzeit nicht belegt' : 'Funding currently not confirmed';
    const { centsPerDay, days } = rule.value.params;
    return de
      ? `Voucher: ${formatEuro(centsPerDay, 'de')} pro Tag (${days} Tage = ${formatEuro(centsPerDay * days, 'de')})`
      : `Voucher: ${formatEuro(centsPerDay, 'en')} per day (${days} days = ${formatEuro(centsPerDay * days, 'en')})`;
  }
  if (courseType === 'aufbau') {
    const rule = resolveRule(rules, 'voucher_aufbau', at);
    if (!rule.ok) return de ? 'Förderung derzeit nicht belegt' : 'Funding currently not confirmed';
    const perDay = formatEuro(rule.value.params.maxCentsPerDay, locale);
    return de ? `Voucher: bis ${perDay} pro Tag, nach einer Basisqualifizierung` : `Voucher: up to ${perDay} per day, after a Basisqualifizierung`;
  }
  if (courseType === 'inhouse') {
    const rule = resolveRule(rules, 'inhouse', at);
    if (!rule.ok) return de ? 'Förderung derzeit nicht belegt' : 'Funding currently not confirmed';
    const { sharePercent, maxCentsPerDay } = rule.value.params;
    return de
      ? `Zuschuss an den Zusammenschluss: ${sharePercent} % der Kosten, höchstens ${formatEuro(maxCentsPerDay, 'de')} pro Tag`
      : `Grant to the group of municipalities: ${sharePercent} % of costs, at most ${formatEuro(maxCentsPerDay, 'en')} per day`;
  }
  return de ? 'Kein Voucher nötig' : 'No voucher needed';
}
