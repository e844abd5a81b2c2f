import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatDaySpan, formatMoney, formatMoneyShort, formatMonth, formatTime } from '../../../../src/bot/format.ts';
import type { SessionDay } from '../../../../src/features/catalogue/index.ts';
import { at } from './card-fixtures.ts';

const day = (date: string, from: string, to: string): SessionDay => ({ start: at(`${date}T${from}`), end: at(`${date}T${to}`) });
const nbsp = (s: string) => s.replace(/\u00a0/g, ' ');

describe('format (Europe/Berlin, de/en)', () => {
  it.each([
    ['2026-12-08T09:00', 'de', 'Di, 08.12.2026'],
    ['2026-12-08T09:00', 'en', 'Tue, 8 Dec 2026'],
    ['2027-03-28T01:30', 'de', 'So, 28.03.2027'],
    ['2027-03-28T03:30', 'de', 'So, 28.03.2027'],
    ['2026-12-31T23:59', 'de', 'Do, 31.12.2026'],
  ] as const)('dates %s (%s) as %s, in Berlin whatever the server zone', (local, locale, expected) => {
    expect(formatDate(at(local), locale)).toBe(expected);
  });

  it('gives Berlin wall-clock times on both sides of the March change', () => {
    expect(formatTime(at('2027-03-28T01:30'))).toBe('01:30');
    expect(formatTime(at('2027-03-28T03:30'))).toBe('03:30');
    expect(at('2027-03-28T03:30').toISOString()).toBe('2027-03-28T01:30:00.000Z');
  });

  it('writes date and time with "Uhr" in German only', () => {
    expect(formatDateTime(at('2026-11-30T23:59'), 'de')).toBe('Mo, 30.11.2026, 23:59 Uhr');
    expect(formatDateTime(at('2026-11-30T23:59'), 'en')).toBe('Mon, 30 Nov 2026, 23:59');
  });

  it.each([
    [[day('2026-12-08', '09:00', '16:30'), day('2026-12-09', '09:00', '16:30'), day('2026-12-10', '09:00', '16:30')], 'Di, 08.12.2026 – Do, 10.12.2026', { kind: 'same', range: '09:00–16:30' }],
    [[day('2026-12-08', '09:00', '16:30'), day('2026-12-09', '09:00', '15:00')], 'Di, 08.12.2026 – Mi, 09.12.2026', { kind: 'last_day_ends', range: '09:00–16:30', lastEnd: '15:00' }],
    [[day('2026-12-08', '09:00', '12:00'), day('2026-12-10', '13:00', '16:00')], 'Di, 08.12.2026, Do, 10.12.2026', { kind: 'varies' }],
    [[day('2026-12-16', '12:00', '13:00')], 'Mi, 16.12.2026', { kind: 'same', range: '12:00–13:00' }],
    [[day('2027-03-27', '09:00', '16:00'), day('2027-03-28', '09:00', '16:00')], 'Sa, 27.03.2027 – So, 28.03.2027', { kind: 'same', range: '09:00–16:00' }],
  ])('summarises the days of a session', (days, dates, times) => {
    expect(formatDaySpan(days, 'de')).toEqual({ dates, times });
  });

  it('formats money as people read it', () => {
    expect(nbsp(formatMoney(69_000, 'de'))).toBe('690,00 €');
    expect(formatMoney(69_000, 'en')).toBe('€690.00');
    expect(nbsp(formatMoneyShort(170_000, 'de'))).toBe('1.700 €');
    expect(nbsp(formatMoneyShort(1_250, 'de'))).toBe('12,50 €');
  });

  it('names months', () => {
    expect(formatMonth('2027-03', 'de')).toBe('März 2027');
    expect(formatMonth('2027-03', 'en')).toBe('March 2027');
  });
});
