import type { SessionDay } from '../features/catalogue/index.ts';
import { berlinParts, formatEuro, type Cents } from '../features/shared/index.ts';
import type { Locale } from './locale.ts';

/**
 * Dates, times and money as people in Baden-Württemberg read them, always in Europe/Berlin whatever the server's
 * zone. Built by hand rather than with Intl's weekday/month names: de-DE writes "Di." with a dot and en-GB's output
 * shifted between ICU versions, and a card must not change wording with the Node build.
 */

const WEEKDAYS: Record<Locale, readonly string[]> = {
  de: ['So', 'Mo', 'Di', 'Mi', 'Do', 'Fr', 'Sa'],
  en: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
};
const MONTHS: Record<Locale, readonly string[]> = {
  de: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

const pad = (n: number): string => String(n).padStart(2, '0');

/** "Di, 08.12.2026" / "Tue, 8 Dec 2026". */
export function formatDate(instant: Date, locale: Locale): string {
  const p = berlinParts(instant);
  const weekday = WEEKDAYS[locale][new Date(Date.UTC(p.year, p.month - 1, p.day)).getUTCDay()]!;
  if (locale === 'de') return `${weekday}, ${pad(p.day)}.${pad(p.month)}.${p.year}`;
  return `${weekday}, ${p.day} ${MONTHS.en[p.month - 1]!.slice(0, 3)} ${p.year}`;
}

/** "09:00" (24-hour clock in both languages). */
export function formatTime(instant: Date): string {
  const p = berlinParts(instant);
  return `${pad(p.hour)}:${pad(p.minute)}`;
}

/** "Mo, 30.11.2026, 23:59 Uhr" / "Mon, 30 Nov 2026, 23:59". */
export function formatDateTime(instant: Date, locale: Locale): string {
  return `${formatDate(instant, locale)}, ${formatTime(instant)}${locale === 'de' ? ' Uhr' : ''}`;
}

/** "Dezember 2026" from "2026-12". */
export function formatMonth(month: string, locale: Locale): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return `${MONTHS[locale][m - 1] ?? month} ${year}`;
}

/** "690,00 €" / "€690.00". */
export function formatMoney(cents: Cents, locale: Locale): string {
  return formatEuro(cents, locale);
}

/** Whole euros without decimals, for rule amounts: "100 €" / "€100"; "12,50 €" stays exact. */
export function formatMoneyShort(cents: Cents, locale: Locale): string {
  if (cents % 100 !== 0) return formatEuro(cents, locale);
  return new Intl.NumberFormat(locale === 'de' ? 'de-DE' : 'en-GB', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(cents / 100);
}

/** "09:00–16:30". */
export function formatTimeRange(day: SessionDay): string {
  return `${formatTime(day.start)}–${formatTime(day.end)}`;
}

export type DaySpan = { dates: string; times: TimesSummary };
/** How the daily times read in one line: all equal, only the last day ends differently, or too varied. */
export type TimesSummary = { kind: 'same'; range: string } | { kind: 'last_day_ends'; range: string; lastEnd: string } | { kind: 'varies' };

/**
 * The dates of a session in one line: "Di, 08.12.2026 – Do, 10.12.2026" for consecutive days, "Mi, 16.12.2026" for
 * one day, and each date listed when the days are not consecutive.
 */
export function formatDaySpan(days: readonly SessionDay[], locale: Locale): DaySpan {
  const first = days[0]!;
  const last = days[days.length - 1]!;
  const dates =
    days.length === 1
      ? formatDate(first.start, locale)
      : consecutive(days)
        ? `${formatDate(first.start, locale)} – ${formatDate(last.start, locale)}`
        : days.map((d) => formatDate(d.start, locale)).join(', ');
  return { dates, times: summariseTimes(days) };
}

function summariseTimes(days: readonly SessionDay[]): TimesSummary {
  const ranges = days.map(formatTimeRange);
  const first = ranges[0]!;
  if (ranges.every((r) => r === first)) return { kind: 'same', range: first };
  const head = ranges.slice(0, -1);
  const last = days[days.length - 1]!;
  if (head.every((r) => r === first) && formatTime(last.start) === formatTime(days[0]!.start)) {
    return { kind: 'last_day_ends', range: first, lastEnd: formatTime(last.end) };
  }
  return { kind: 'varies' };
}

function consecutive(days: readonly SessionDay[]): boolean {
  return days.every((d, i) => {
    if (i === 0) return true;
    const a = berlinParts(days[i - 1]!.start);
    const b = berlinParts(d.start);
    return Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day) === 86_400_000;
  });
}
