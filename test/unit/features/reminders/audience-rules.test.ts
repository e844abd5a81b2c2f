import { describe, expect, it } from 'vitest';
import { MAX_BROADCAST_TEXT_CHARS, checkDraft, type BroadcastSchedule } from '../../../../src/features/reminders/audiences.ts';
import { parseBerlinLocal } from '../../../../src/features/shared/index.ts';

const at = (local: string) => parseBerlinLocal(local)!;
const NOW = at('2026-11-21T10:00');
const now: BroadcastSchedule = { kind: 'now' };
const later = (date: string, time: string): BroadcastSchedule => ({ kind: 'later', date, time });

describe('checkDraft (a broadcast before anyone is written to)', () => {
  it('trims the text, normalises line breaks and keeps the markdown', () => {
    expect(checkDraft({ title: '  Neue  Termine ', text: '\r\n**Wichtig:** Raum 2\r\n- Laptop mitbringen\n', schedule: now }, NOW)).toEqual({
      ok: true,
      value: { title: 'Neue Termine', text: '**Wichtig:** Raum 2\n- Laptop mitbringen' },
    });
  });

  it.each([
    ['empty', ''],
    ['spaces only', '   '],
    ['line breaks and tabs only', '\n\t\r\n '],
  ])('refuses an empty message (%s)', (_name, text) => {
    expect(checkDraft({ title: 'Titel', text, schedule: now }, NOW)).toEqual({ ok: false, error: { code: 'empty_message' } });
  });

  it.each([
    [MAX_BROADCAST_TEXT_CHARS - 1, true],
    [MAX_BROADCAST_TEXT_CHARS, true],
    [MAX_BROADCAST_TEXT_CHARS + 1, false],
  ])('a message of %i characters is accepted: %s', (length, accepted) => {
    const result = checkDraft({ title: '', text: 'ä'.repeat(length), schedule: now }, NOW);
    expect(result.ok).toBe(accepted);
    if (!result.ok) expect(result.error).toEqual({ code: 'message_too_long', length, max: MAX_BROADCAST_TEXT_CHARS });
  });

  it('counts an emoji as one character, as people do', () => {
    expect(checkDraft({ title: '', text: '🎉'.repeat(MAX_BROADCAST_TEXT_CHARS), schedule: now }, NOW).ok).toBe(true);
  });

  it.each([
    [120, true],
    [121, false],
  ])('a title of %i characters is accepted: %s', (length, accepted) => {
    expect(checkDraft({ title: 'T'.repeat(length), text: 'Hallo', schedule: now }, NOW).ok).toBe(accepted);
  });

  it.each([
    ['a minute later', '2026-11-21', '10:01', at('2026-11-21T10:01')],
    ['exactly now', '2026-11-21', '10:00', NOW],
    ['next week at 09:00', '2026-11-28', '09:00', at('2026-11-28T09:00')],
    ['after the spring DST change, in Berlin time', '2027-03-29', '09:00', new Date('2027-03-29T07:00:00Z')],
    ['before it, in winter time', '2027-03-27', '09:00', new Date('2027-03-27T08:00:00Z')],
  ])('schedules %s', (_name, date, time, sendAt) => {
    expect(checkDraft({ title: '', text: 'Hallo', schedule: later(date, time) }, NOW)).toEqual({ ok: true, value: { title: '', text: 'Hallo', sendAt } });
  });

  it.each([
    ['a minute ago', '2026-11-21', '09:59'],
    ['yesterday', '2026-11-20', '12:00'],
  ])('refuses a time in the past (%s)', (_name, date, time) => {
    expect(checkDraft({ title: '', text: 'Hallo', schedule: later(date, time) }, NOW)).toMatchObject({ ok: false, error: { code: 'schedule_in_past', now: NOW } });
  });

  it.each([
    ['no date', '', '09:00'],
    ['no time', '2026-12-01', ''],
    ['31 February', '2027-02-31', '09:00'],
    ['month 13', '2026-13-01', '09:00'],
    ['hour 25', '2026-12-01', '25:00'],
    ['words', 'morgen', 'früh'],
    ['a time without leading zero', '2026-12-01', '9:00'],
  ])('refuses an unreadable schedule (%s)', (_name, date, time) => {
    expect(checkDraft({ title: '', text: 'Hallo', schedule: later(date, time) }, NOW)).toEqual({ ok: false, error: { code: 'invalid_schedule', date, time } });
  });
});
