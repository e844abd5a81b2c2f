import type { MunicipalityDirectory } from '../programme/index.ts';
import { loadMunicipalityDirectory } from '../programme/index.ts';
import { boundedEditDistance } from './edit-distance.ts';

/**
 * The names a computed question's place slot may hold: every town, municipality and district of the Destatis
 * directory, also by its short form ("Esslingen" for "Esslingen am Neckar", "Lahr" for "Lahr/Schwarzwald").
 * A span that is none of them ("Größe", "Baden-Württemberg") is not a place, however it is capitalised.
 */
export type PlaceNames = {
  readonly has: (key: string) => boolean;
  /** A name within a typo or two of the key (long keys only), for a span the question clearly puts in place position. */
  readonly near: (key: string) => boolean;
};

const UMLAUT_PLAIN: Readonly<Record<string, string>> = { ä: 'a', ö: 'o', ü: 'u', ß: 'ss' };

/** Compact folded key, written the way the directory's search folds names: umlauts as a/ae, "Sankt" as "St". */
export function placeKey(text: string): string {
  return text
    .toLocaleLowerCase('de-DE')
    .replace(/[äöüß]/g, (c) => UMLAUT_PLAIN[c] ?? c)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/([aou])e/g, '$1')
    .replace(/\bsankt\b/g, 'st')
    .replace(/[^a-z0-9]+/g, '');
}

const QUALIFIER = /\s(?:im|am|an der|an den|ob der|ob|bei|unter|in|vor der)\s|\s*[/(]/;

function keysOf(displayName: string): string[] {
  const keys = [placeKey(displayName)];
  const short = displayName.split(QUALIFIER)[0];
  if (short && short !== displayName && short.length >= 4) keys.push(placeKey(short));
  return keys;
}

export function placeNamesOf(directory: MunicipalityDirectory): PlaceNames {
  const keys = new Set(directory.all().flatMap((m) => keysOf(m.displayName)));
  const byFirst = new Map<string, string[]>();
  for (const key of keys) byFirst.set(key[0]!, [...(byFirst.get(key[0]!) ?? []), key]);
  return {
    has: (key) => keys.has(key),
    near: (key) => {
      const budget = key.length >= 9 ? 2 : key.length >= 6 ? 1 : 0;
      if (budget === 0) return false;
      return (byFirst.get(key[0]!) ?? []).some((k) => Math.abs(k.length - key.length) <= budget && boundedEditDistance(key, k, budget) <= budget);
    },
  };
}

let defaultNames: PlaceNames | undefined;

/** The project's directory, read once on the first question that needs it (the CSV is parsed and cached there). */
export function defaultPlaceNames(): PlaceNames {
  defaultNames ??= placeNamesOf(loadMunicipalityDirectory());
  return defaultNames;
}
