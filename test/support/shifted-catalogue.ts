import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SAMPLE_CATALOGUE_PATH } from '../../src/features/catalogue/index.ts';

const DAY_MS = 86_400_000;

/**
 * The sample catalogue moved by whole weeks so that its first session starts about three weeks after `now`: a test
 * that runs the real bot on the real clock stays valid after the sample's dates have passed.
 */
export function writeShiftedCatalogue(dir: string, now: Date = new Date()): string {
  const file = JSON.parse(readFileSync(SAMPLE_CATALOGUE_PATH, 'utf8')) as { sessions: Array<Record<string, unknown> & { days: Array<{ date: string }> }> };
  const first = Math.min(...file.sessions.flatMap((s) => s.days.map((d) => Date.parse(`${d.date}T00:00:00Z`))));
  const weeks = Math.ceil((now.getTime() + 21 * DAY_MS - first) / (7 * DAY_MS));
  const shift = (text: string) => new Date(Date.parse(`${text.slice(0, 10)}T00:00:00Z`) + weeks * 7 * DAY_MS).toISOString().slice(0, 10) + text.slice(10);
  for (const session of file.sessions) {
    for (const day of session.days) day.date = shift(day.date);
    session.registrationDeadline = shift(String(session.registrationDeadline));
    session.cancellationDeadline = shift(String(session.cancellationDeadline));
  }
  const path = join(dir, 'catalogue.json');
  writeFileSync(path, JSON.stringify(file, null, 2));
  return path;
}
