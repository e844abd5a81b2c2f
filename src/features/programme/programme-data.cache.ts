import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ProgrammeDataError } from './programme-data.error.ts';

/**
 * A loader that reads and parses a product data file once per resolved path; later calls with the same path return
 * the same object. A read or parse failure throws and caches nothing.
 */
export function loadOncePerPath<T>(parse: (text: string, path: string) => T): (file: string | URL) => T {
  const cache = new Map<string, T>();
  return (file) => {
    const path = file instanceof URL ? fileURLToPath(file) : resolve(file);
    const cached = cache.get(path);
    if (cached) return cached;
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (error) {
      throw new ProgrammeDataError(path, [`cannot read the file: ${(error as Error).message}`]);
    }
    const loaded = parse(text, path);
    cache.set(path, loaded);
    return loaded;
  };
}
