import { describe, expect, it } from 'vitest';
import { addBerlinDays, berlinLocalString, berlinOffsetMinutes, fromBerlinLocal, parseBerlinLocal } from '../../../../src/features/shared/index.ts';

describe('Berlin wall-clock time', () => {
  it.each([
    ['2026-01-15T09:00', '2026-01-15T08:00:00.000Z'],
    ['2026-07-15T09:00', '2026-07-15T07:00:00.000Z'],
    // autumn overlap 2026-10-25 02:30 happens twice: the earlier (CEST) is taken
    ['2026-10-25T02:30', '2026-10-25T00:30:00.000Z'],
    // spring gap 2026-03-29 02:30 does not exist: moved forward to 03:30 CEST
    ['2026-03-29T02:30', '2026-03-29T01:30:00.000Z'],
    ['2026-03-29T03:00', '2026-03-29T01:00:00.000Z'],
  ])('%s in Berlin is %s', (local, utc) => {
    expect(parseBerlinLocal(local)?.toISOString()).toBe(utc);
  });

  it('rejects impossible dates', () => {
    expect(parseBerlinLocal('2026-02-31T09:00')).toBeUndefined();
    expect(parseBerlinLocal('2026-13-01')).toBeUndefined();
    expect(parseBerlinLocal('gestern')).toBeUndefined();
  });

  it('keeps 09:00 when adding days across the DST change', () => {
    const start = fromBerlinLocal({ year: 2026, month: 3, day: 27, hour: 9 });
    const next = addBerlinDays(start, 3);
    expect(berlinLocalString(next)).toBe('2026-03-30T09:00');
    expect(next.getTime() - start.getTime()).toBe((3 * 24 - 1) * 3_600_000);
    expect(berlinLocalString(addBerlinDays(fromBerlinLocal({ year: 2026, month: 12, day: 10, hour: 14 }), -7, { hour: 9, minute: 0 }))).toBe('2026-12-03T09:00');
  });

  it('knows the offset', () => {
    expect(berlinOffsetMinutes(new Date('2026-01-01T12:00:00Z'))).toBe(60);
    expect(berlinOffsetMinutes(new Date('2026-06-01T12:00:00Z'))).toBe(120);
  });
});
