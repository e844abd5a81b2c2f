import type { PlaceNames } from './place-names.ts';
import { placeKey } from './place-names.ts';
import type { Token } from './text-normalise.ts';

/**
 * The place a "how many pilots" question names, in the user's own spelling ("Schwäbisch Gmünd", "St. Georgen",
 * "dettingen an der erms", "Rems-Murr-Kreis"), for the directory to resolve. Only spans the directory knows count:
 * the longest such span wins; a misspelt name is accepted only where the sentence puts a place ("für Pforzhiem").
 */
export type SlotWords = {
  /** Words that never start or end a name: question words, fillers, numbers, group words ("Gemeinde"). */
  readonly isIntentWord: (folded: string) => boolean;
  /** Words after which a place follows: "für", "in", "Gemeinde", "bekommt". */
  readonly isAnchor: (t: Token) => boolean;
  readonly isArticle: (folded: string) => boolean;
};

const MAX_NAME_WORDS = 6;
/** Conjunctions and common nouns that are also place names (Weil am Rhein, Au, Rot an der Rot): only capitalised. */
const COMMON_WORD_NAMES = new Set(['weil', 'au', 'rot', 'berg', 'wald', 'lauf', 'rust', 'murr', 'hausen', 'neuhausen', 'dorf']);

function plausibleEdge(text: string, t: Token, words: SlotWords, last = false): boolean {
  if (words.isIntentWord(t.folded)) return last && t.folded === 'kreis';
  return !COMMON_WORD_NAMES.has(t.folded) || /\p{Lu}/u.test(text[t.start]!);
}

function knownSpan(text: string, tokens: readonly Token[], places: PlaceNames, words: SlotWords): [number, number] | undefined {
  let best: [number, number] | undefined;
  for (let i = 0; i < tokens.length; i++) {
    if (!plausibleEdge(text, tokens[i]!, words)) continue;
    for (let j = Math.min(tokens.length - 1, i + MAX_NAME_WORDS - 1); j >= i; j--) {
      if (best && j - i <= best[1] - best[0]) break;
      if (!plausibleEdge(text, tokens[j]!, words, j > i)) continue;
      if (places.has(placeKey(text.slice(tokens[i]!.start, tokens[j]!.end)))) best = [i, j];
    }
  }
  return best;
}

/** A run of name-like words right after an anchor ("für", "Gemeinde") whose key is a typo away from a known name. */
function misspeltSpan(text: string, tokens: readonly Token[], places: PlaceNames, words: SlotWords): [number, number] | undefined {
  for (let i = 1; i < tokens.length; i++) {
    let a = i - 1;
    while (a > 0 && words.isArticle(tokens[a]!.folded)) a -= 1;
    if (!words.isAnchor(tokens[a]!) || words.isIntentWord(tokens[i]!.folded)) continue;
    let j = i;
    while (j + 1 < tokens.length && j - i < 2 && !words.isIntentWord(tokens[j + 1]!.folded)) j += 1;
    if (places.near(placeKey(text.slice(tokens[i]!.start, tokens[j]!.end)))) return [i, j];
  }
  return undefined;
}

export function placeSpan(text: string, tokens: readonly Token[], places: PlaceNames, words: SlotWords): string | undefined {
  const span = knownSpan(text, tokens, places, words) ?? misspeltSpan(text, tokens, places, words);
  return span ? text.slice(tokens[span[0]]!.start, tokens[span[1]]!.end) : undefined;
}
