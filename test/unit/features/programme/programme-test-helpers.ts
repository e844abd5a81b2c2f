import { tempFile as tempFileIn } from '../../../support/temp-files.ts';
import { parseBerlinLocal } from '../../../../src/features/shared/index.ts';

/** "2023-04-01T00:00" read as Europe/Berlin wall-clock time. */
export function berlin(local: string): Date {
  const at = parseBerlinLocal(local);
  if (!at) throw new Error(`bad test date ${local}`);
  return at;
}

/** Writes `text` to a fresh temp file and returns its path. */
export function tempFile(name: string, text: string): string {
  return tempFileIn('lotsenbot-programme-', name, text);
}
