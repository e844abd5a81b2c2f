import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

const dirs: string[] = [];

// Registered once per test file that imports this module: its temp folders go when the file is done.
afterAll(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Writes `text` to `name` in a fresh temp folder (removed after the test file) and returns the path. */
export function tempFile(prefix: string, name: string, text: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(dir);
  const path = join(dir, name);
  writeFileSync(path, text, 'utf8');
  return path;
}
