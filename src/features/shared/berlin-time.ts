/**
 * Europe/Berlin wall-clock time <-> instants, with DST handled by Intl (no library).
 * Sessions, deadlines and reminders are planned in Berlin local time and stored as UTC instants.
 */
export const BERLIN = 'Europe/Berlin';

const partsFormatter = new Intl.DateTimeFormat('en-GB', {
  timeZone: BERLIN,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

export type LocalParts = { year: number; month: number; day: number; hour: number; minute: number; second: number };

export function berlinParts(instant: Date): LocalParts {
  const p: Record<string, number> = {};
  for (const part of partsFormatter.formatToParts(instant)) {
    if (part.type !== 'literal') p[part.type] = Number(part.value);
  }
  return { year: p.year!, month: p.month!, day: p.day!, hour: p.hour!, minute: p.minute!, second: p.second! };
}

/** Offset of Berlin from UTC at this instant, in minutes (60 in winter, 120 in summer). */
export function berlinOffsetMinutes(instant: Date): number {
  const p = berlinParts(instant);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

/**
 * The instant at which Berlin's clocks show this local time. Berlin is UTC+1 or UTC+2, so one of the two
 * candidates matches; in the autumn overlap both do and the earlier is taken; in the spring gap (02:00–03:00
 * on the last Sunday of March) neither does, and the winter offset moves the time forward by the gap.
 */
export function fromBerlinLocal(local: { year: number; month: number; day: number; hour?: number; minute?: number }): Date {
  const naive = Date.UTC(local.year, local.month - 1, local.day, local.hour ?? 0, local.minute ?? 0);
  const summer = new Date(naive - 120 * 60_000);
  if (sameLocal(summer, local)) return summer;
  return new Date(naive - 60 * 60_000);
}

function sameLocal(instant: Date, local: { year: number; month: number; day: number; hour?: number; minute?: number }): boolean {
  const p = berlinParts(instant);
  return p.year === local.year && p.month === local.month && p.day === local.day && p.hour === (local.hour ?? 0) && p.minute === (local.minute ?? 0);
}

/** Parses "2026-12-03T09:00" (no offset) as Berlin wall-clock time. */
export function parseBerlinLocal(text: string): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?$/.exec(text);
  if (!m) return undefined;
  const [year, month, day, hour, minute] = [m[1], m[2], m[3], m[4] ?? '0', m[5] ?? '0'].map(Number) as [number, number, number, number, number];
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59) return undefined;
  const result = fromBerlinLocal({ year, month, day, hour, minute });
  if (berlinParts(result).month !== month) return undefined; // 2026-02-31 and the like
  return result;
}

/** "2026-12-03" in Berlin. */
export function berlinDate(instant: Date): string {
  const p = berlinParts(instant);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}`;
}

/** "2026-12-03T09:00" in Berlin. */
export function berlinLocalString(instant: Date): string {
  const p = berlinParts(instant);
  return `${berlinDate(instant)}T${pad(p.hour)}:${pad(p.minute)}`;
}

/** Adds whole calendar days in Berlin, keeping the wall-clock time (so 09:00 stays 09:00 across DST). */
export function addBerlinDays(instant: Date, days: number, at?: { hour: number; minute: number }): Date {
  const p = berlinParts(instant);
  const shifted = new Date(Date.UTC(p.year, p.month - 1, p.day + days));
  return fromBerlinLocal({
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: at?.hour ?? p.hour,
    minute: at?.minute ?? p.minute,
  });
}

const pad = (n: number): string => String(n).padStart(2, '0');
