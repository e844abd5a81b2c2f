import { foldWord } from './text-normalise.ts';

export type NumberUnit = 'population' | 'euro' | 'days';
export type NumberMention = { readonly value: number; readonly start: number; readonly end: number; readonly unit?: NumberUnit };

const WORD_NUMBERS: Readonly<Record<string, number>> = {
  ein: 1, eine: 1, einen: 1, einem: 1, einer: 1, eins: 1, one: 1, a: 1, zwei: 2, two: 2, drei: 3, three: 3, vier: 4,
  four: 4, fuenf: 5, five: 5, sechs: 6, six: 6, sieben: 7, seven: 7, acht: 8, eight: 8, neun: 9, nine: 9, zehn: 10,
  ten: 10, elf: 11, zwoelf: 12, zwanzig: 20, dreissig: 30, vierzig: 40, fuenfzig: 50, hundert: 100,
};

/** "12.000", "12 000", "12,000" (thousands), "12,5" (German decimal), "12k", "12 Tsd.", "1,2 Mio", "zwölftausend". */
const NUMERIC = /(\d{1,3}(?:(?:[.,]|\s(?=\d{3}\b))\d{3})+|\d+)(?:[.,](\d{1,2}))?(?![\d.,]?\d)(?:\s?(k|tsd\.?|tausend|mio\.?|million(?:en)?)\b)?/giu;
const WORD_THOUSANDS = /\b(\p{L}+?)tausend\b/giu;
const DAY_WORD = /\b(\p{L}+?)-?(?:taegig|taegige[nrs]?)\b|\b(\p{L}+)\s*-?\s*(?:tage?n?|days?)\b/giu;
const DATE = /\b\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})?\b/g;
const SCALE: Readonly<Record<string, number>> = { k: 1e3, tsd: 1e3, tausend: 1e3, mio: 1e6, million: 1e6, millionen: 1e6 };

const POPULATION_AFTER = /^\s*(?:einwohner\p{L}*|ew\b|einw\b|bewohner\p{L}*|inhabitants|residents|people|buerger\p{L}*)/iu;
const POPULATION_BEFORE = /(?:population of|einwohnerzahl(?: von)?|population)\s*$/iu;
const EURO_AFTER = /^\s*(?:€|euro\b|eur\b)/iu;
const EURO_BEFORE = /(?:€|eur)\s*$/iu;
const DAYS_AFTER = /^\s*-?\s*(?:tage?n?\b|taegig|days?\b|tag\b)/iu;

function unitOf(text: string, start: number, end: number): NumberUnit | undefined {
  const after = text.slice(end, end + 20);
  const before = text.slice(Math.max(0, start - 20), start);
  if (POPULATION_AFTER.test(after) || POPULATION_BEFORE.test(before)) return 'population';
  if (EURO_AFTER.test(after) || EURO_BEFORE.test(before)) return 'euro';
  if (DAYS_AFTER.test(after)) return 'days';
  return undefined;
}

function numericValue(integer: string, decimals: string | undefined, scale: string | undefined): number {
  const base = Number(integer.replace(/[.,\s]/g, '')) + (decimals ? Number(`0.${decimals}`) : 0);
  const factor = scale ? SCALE[scale.toLowerCase().replace('.', '')] ?? 1 : 1;
  return Math.round(base * factor * 100) / 100;
}

function wordValue(word: string): number | undefined {
  const w = foldWord(word);
  if (WORD_NUMBERS[w] !== undefined) return WORD_NUMBERS[w];
  const teen = /^(drei|vier|fuenf|sech|sieb|acht|neun)zehn$/.exec(w);
  return teen ? (WORD_NUMBERS[teen[1] === 'sech' ? 'sechs' : teen[1] === 'sieb' ? 'sieben' : teen[1]!] ?? 0) + 10 : undefined;
}

/** Numbers in a question, folded text positions; the unit comes from the words around each number. */
export function extractNumbers(text: string): NumberMention[] {
  const folded = text
    .replace(/[äöüÄÖÜß]/g, (c) => ({ ä: 'a', ö: 'o', ü: 'u', Ä: 'A', Ö: 'O', Ü: 'U', ß: 's' })[c] ?? c)
    .replace(DATE, (d) => ' '.repeat(d.length));
  const mentions: NumberMention[] = [];
  for (const m of folded.matchAll(NUMERIC)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const unit = unitOf(folded, start, end);
    mentions.push({ value: numericValue(m[1]!, m[2], m[3]), start, end, ...(unit ? { unit } : {}) });
  }
  const lower = foldWord(text);
  for (const m of lower.matchAll(WORD_THOUSANDS)) {
    const v = wordValue(m[1]!);
    if (v === undefined) continue;
    // Positions refer to the folded text here ("zwölf" → "zwoelf"); only value and unit are used downstream.
    const start = m.index ?? 0;
    const unit = unitOf(lower, start, start + m[0].length);
    mentions.push({ value: v * 1000, start, end: start + m[0].length, ...(unit ? { unit } : {}) });
  }
  return mentions;
}

/** Day counts written as words or compounds: "drei Tage", "dreitägige", "ein Tag", "2-day". */
export function extractDays(text: string): number | undefined {
  const numeric = extractNumbers(text).find((n) => n.unit === 'days');
  if (numeric) return numeric.value;
  for (const m of foldWord(text).matchAll(DAY_WORD)) {
    const v = wordValue((m[1] ?? m[2])!);
    if (v !== undefined) return v;
  }
  return undefined;
}
