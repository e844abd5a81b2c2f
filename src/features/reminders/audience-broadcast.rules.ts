import { err, ok, parseBerlinLocal, type Result } from '../shared/index.ts';

/**
 * Teams accepts messages up to about 28 KB; a broadcast card carries the text once plus its frame, and the organiser's
 * preview carries it three times (shown, and in the two halves of the confirm button). 2,000 characters keep every
 * one of them far below that, and are about one screen on a phone.
 */
export const MAX_BROADCAST_TEXT_CHARS = 2_000;
export const MAX_BROADCAST_TITLE_CHARS = 120;

/** "later" comes from an Input.Date ("2026-12-03") and an Input.Time ("09:00"), read as Berlin wall-clock time. */
export type BroadcastSchedule = { readonly kind: 'now' } | { readonly kind: 'later'; readonly date: string; readonly time: string };

export type BroadcastDraftInput = { readonly title: string; readonly text: string; readonly schedule: BroadcastSchedule };

/** A draft that may be sent: trimmed text, `sendAt` only for a later time. An empty title means "no title". */
export type CheckedDraft = { readonly title: string; readonly text: string; readonly sendAt?: Date };

export type DraftError =
  | { readonly code: 'empty_message' }
  | { readonly code: 'message_too_long'; readonly length: number; readonly max: number }
  | { readonly code: 'title_too_long'; readonly length: number; readonly max: number }
  | { readonly code: 'invalid_schedule'; readonly date: string; readonly time: string }
  | { readonly code: 'schedule_in_past'; readonly sendAt: Date; readonly now: Date };

/** Characters as people count them: an umlaut or an emoji is one, whatever its UTF-16 length. */
export const charLength = (text: string): number => [...text].length;

export function checkDraft(input: BroadcastDraftInput, now: Date): Result<CheckedDraft, DraftError> {
  const text = input.text.replace(/\r\n?/g, '\n').trim();
  const title = input.title.replace(/\s+/g, ' ').trim();
  if (text === '') return err({ code: 'empty_message' });
  if (charLength(text) > MAX_BROADCAST_TEXT_CHARS) return err({ code: 'message_too_long', length: charLength(text), max: MAX_BROADCAST_TEXT_CHARS });
  if (charLength(title) > MAX_BROADCAST_TITLE_CHARS) return err({ code: 'title_too_long', length: charLength(title), max: MAX_BROADCAST_TITLE_CHARS });
  if (input.schedule.kind === 'now') return ok({ title, text });
  const { date, time } = input.schedule;
  const sendAt = /^\d{4}-\d{2}-\d{2}$/.test(date.trim()) && /^\d{2}:\d{2}$/.test(time.trim()) ? parseBerlinLocal(`${date.trim()}T${time.trim()}`) : undefined;
  if (!sendAt) return err({ code: 'invalid_schedule', date, time });
  if (sendAt.getTime() < now.getTime()) return err({ code: 'schedule_in_past', sendAt, now });
  return ok({ title, text, sendAt });
}
