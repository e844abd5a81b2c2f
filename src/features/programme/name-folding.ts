/**
 * Folds a place name the way people type it: case, umlauts written as ä or ae or a, ß as ss, accents,
 * punctuation ("Eislingen/Fils", "St. Leon-Rot", "Wernau (Neckar)") all map to the same key.
 * Both the directory and the query go through the same fold, so "ue" inside a name ("Neuenstadt") stays consistent.
 */
export function foldName(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/ä/g, 'a')
    .replace(/ö/g, 'o')
    .replace(/ü/g, 'u')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ae/g, 'a')
    .replace(/oe/g, 'o')
    .replace(/ue/g, 'u')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .map((token) => ABBREVIATIONS.get(token) ?? token)
    .join(' ');
}

// Destatis writes "St. Georgen"; people also write "Sankt Georgen".
const ABBREVIATIONS = new Map([['sankt', 'st']]);

export const tokensOf = (folded: string): string[] => (folded === '' ? [] : folded.split(' '));
export const compactOf = (folded: string): string => folded.replace(/ /g, '');

/** What the words around a name say about the body meant. */
export type KindHint = 'municipality' | 'district' | 'stadtkreis';

// Folded forms: "Bürgermeisteramt" → "burgermeisteramt", "Große Kreisstadt" → "grosse kreisstadt".
const HINT_WORDS = new Map<string, KindHint>([
  ...['stadt', 'gemeinde', 'kommune', 'stadtverwaltung', 'gemeindeverwaltung', 'rathaus', 'burgermeisteramt', 'grosse', 'kreisstadt', 'universitatsstadt', 'landeshauptstadt'].map((w) => [w, 'municipality'] as const),
  ...['lra', 'landratsamt', 'landkreis', 'landkreises', 'lk', 'lkr', 'kreis', 'kreises', 'kreisverwaltung'].map((w) => [w, 'district'] as const),
  ['stadtkreis', 'stadtkreis'],
]);
const FILLER_WORDS = new Set(['des', 'der', 'die', 'das', 'von']);

export type ParsedQuery = Readonly<{
  /** The folded query without leading hint words ("Landratsamt Böblingen" → "boblingen"). */
  leading: string;
  leadingHint?: KindHint;
  /** Also without trailing hint words ("Böblingen, Landkreis" → "boblingen"). */
  stripped: string;
  hint?: KindHint;
}>;

/** Splits hint words ("LRA", "Stadt", "Gemeinde", "Kreis", …) off either end; at least one word always stays. */
export function parseQuery(query: string): ParsedQuery {
  const tokens = tokensOf(foldName(query));
  const hints: KindHint[] = [];
  let start = 0;
  while (tokens.length - start > 1 && isHintOrFiller(tokens[start]!)) collect(tokens[start++]!, hints);
  const leadingHints = [...hints];
  let end = tokens.length;
  while (end - start > 1 && isHintOrFiller(tokens[end - 1]!)) collect(tokens[--end]!, hints);
  const leadingHint = strongest(leadingHints);
  const hint = strongest(hints);
  return {
    leading: tokens.slice(start).join(' '),
    ...(leadingHint ? { leadingHint } : {}),
    stripped: tokens.slice(start, end).join(' '),
    ...(hint ? { hint } : {}),
  };
}

const isHintOrFiller = (token: string): boolean => HINT_WORDS.has(token) || FILLER_WORDS.has(token);

function collect(token: string, hints: KindHint[]): void {
  const hint = HINT_WORDS.get(token);
  if (hint) hints.push(hint);
}

// "Stadtkreis" is the most specific word, then any Kreis word, then the municipal ones.
function strongest(hints: readonly KindHint[]): KindHint | undefined {
  for (const candidate of ['stadtkreis', 'district', 'municipality'] as const) if (hints.includes(candidate)) return candidate;
  return undefined;
}
