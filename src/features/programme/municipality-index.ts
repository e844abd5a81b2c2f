import { editDistance } from './edit-distance.ts';
import { compactOf, foldName, tokensOf } from './name-folding.ts';
import type { Municipality } from './municipality.types.ts';

/** A municipality with its normalised keys, computed once at load so every lookup is a scan of plain strings. */
export type IndexEntry = Readonly<{
  municipality: Municipality;
  /** Folded display name without spaces: "schwabischgmund". */
  key: string;
  /** Folded Destatis name without spaces: "schwabischgmundstadt". */
  officialKey: string;
  tokens: readonly string[];
  /** Compact keys from each word on: "schwabischgmund", "gmund" (type-ahead on any word). */
  suffixKeys: readonly string[];
  /** The official key and every run of words: "freiburg", "freiburgim", …, "breisgau" (typos in part of a name). */
  typoKeys: readonly string[];
}>;

export type Candidate = Readonly<{ entry: IndexEntry; score: number }>;

export function indexEntry(municipality: Municipality): IndexEntry {
  const tokens = tokensOf(foldName(municipality.displayName));
  const officialKey = compactOf(foldName(municipality.name));
  const typoKeys: string[] = [officialKey];
  for (let from = 0; from < tokens.length; from++) {
    for (let to = from + 1; to <= tokens.length; to++) typoKeys.push(tokens.slice(from, to).join(''));
  }
  return {
    municipality,
    key: tokens.join(''),
    officialKey,
    tokens,
    suffixKeys: tokens.map((_, i) => tokens.slice(i).join('')),
    typoKeys,
  };
}

/** Same name (score 0), or a name that starts with the query's words (score 1): "Neuhausen" → "Neuhausen ob Eck". */
export function matchWholeName(entries: readonly IndexEntry[], folded: string): Candidate[] {
  const q = compactOf(folded);
  const words = tokensOf(folded);
  if (q === '') return [];
  const found: Candidate[] = [];
  for (const entry of entries) {
    if (entry.key === q || entry.officialKey === q) found.push({ entry, score: 0 });
    else if (words.length < entry.tokens.length && words.every((w, i) => entry.tokens[i] === w)) found.push({ entry, score: 1 });
  }
  return found;
}

/** Every query word begins a word of the name, in order: "Gmünd", "Freiburg i. Br.", "Schw. Gmünd". */
export function matchWordPrefixes(entries: readonly IndexEntry[], folded: string): Candidate[] {
  const words = tokensOf(folded);
  if (words.length === 0) return [];
  return entries.filter((entry) => wordsInOrder(words, entry.tokens)).map((entry) => ({ entry, score: 2 }));
}

function wordsInOrder(words: readonly string[], tokens: readonly string[]): boolean {
  let t = 0;
  for (const word of words) {
    while (t < tokens.length && !tokens[t]!.startsWith(word)) t++;
    if (t === tokens.length) return false;
    t++;
  }
  return true;
}

/** The name begins with the query typed without spaces: "SchwäbischGm". */
export function matchCompactPrefix(entries: readonly IndexEntry[], folded: string): Candidate[] {
  const q = compactOf(folded);
  if (q.length < 3) return [];
  return entries.filter((entry) => entry.key.startsWith(q)).map((entry) => ({ entry, score: 3 }));
}

// One typo in a short name, two in a long one; names under 5 letters are too short to guess at.
const allowedTypos = (length: number): number => (length < 5 ? 0 : length < 9 ? 1 : 2);

/** Names (or runs of their words) within one or two typos; only the closest are kept. */
export function matchTypos(entries: readonly IndexEntry[], folded: string): Candidate[] {
  const q = compactOf(folded);
  const max = allowedTypos(q.length);
  if (max === 0) return [];
  let best = max + 1;
  const found: Candidate[] = [];
  for (const entry of entries) {
    let distance = max + 1;
    for (const key of entry.typoKeys) {
      if (Math.abs(key.length - q.length) <= max) distance = Math.min(distance, editDistance(q, key, max));
    }
    if (distance > max || distance > best) continue;
    if (distance < best) {
      best = distance;
      found.length = 0;
    }
    found.push({ entry, score: 10 + distance });
  }
  return found;
}
