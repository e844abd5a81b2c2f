import { boundedEditDistance } from './edit-distance.ts';
import { stem } from './light-stemmer.ts';
import { conceptForms, conceptOf, isGroupForm } from './synonyms.ts';
import { isOfftopicWord } from './offtopic-vocabulary.ts';
import { questionTypeTerms, reframe } from './phrase-terms.ts';
import { STOPWORDS, tokenize } from './text-normalise.ts';
import type { Token } from './text-normalise.ts';

/**
 * Turns words into ranking terms: synonym group ("#cost") or stem, German compounds split against the vocabulary
 * ("digitallotsenschulung" → #pilot #course), typos corrected to the nearest known stem. Unknown words stay as
 * "?stem" so the matcher can tell how much of a question it did not understand.
 */
export type Lexicon = {
  readonly termOfStem: ReadonlyMap<string, string>;
  /** Folded surface words (not stems: short stems make typo matches far too loose) with their term, bucketed by first letter. */
  readonly fuzzyPool: ReadonlyMap<string, ReadonlyArray<readonly [string, string]>>;
  readonly cache: Map<string, readonly string[]>;
};

export type AnalyserOptions = { readonly synonyms: boolean; readonly compounds: boolean; readonly fuzzy: boolean; readonly questionTypes: boolean };
export const DEFAULT_ANALYSER_OPTIONS: AnalyserOptions = { synonyms: true, compounds: true, fuzzy: true, questionTypes: true };

const CACHE_LIMIT = 5000;

export function buildLexicon(texts: Iterable<string>, options: AnalyserOptions = DEFAULT_ANALYSER_OPTIONS): Lexicon {
  const concepts = options.synonyms ? conceptForms() : new Map<string, string>();
  const termOfStem = new Map<string, string>(concepts);
  const fuzzyPool = new Map<string, string>();
  for (const text of texts) {
    for (const { folded } of tokenize(text)) {
      if (STOPWORDS.has(folded) || folded.length < 2) continue;
      const s = stem(folded);
      const concept = options.synonyms ? conceptOf(folded) : undefined;
      if (!termOfStem.has(s)) termOfStem.set(s, concept ?? s);
      if (folded.length >= 5 && !/\d/.test(folded)) fuzzyPool.set(folded, concept ?? termOfStem.get(s)!);
    }
  }
  for (const [form, concept] of concepts) if (form.length >= 5) fuzzyPool.set(form, concept);
  const buckets = new Map<string, [string, string][]>();
  for (const [word, term] of fuzzyPool) {
    const bucket = buckets.get(word[0]!) ?? [];
    bucket.push([word, term]);
    buckets.set(word[0]!, bucket);
  }
  return { termOfStem, fuzzyPool: buckets, cache: new Map() };
}

function knownTerm(lex: Lexicon, folded: string): string | undefined {
  return lex.termOfStem.get(folded) ?? lex.termOfStem.get(stem(folded));
}

const LINKING = /(?:es|en|s|n|e)$/;
/** Shorter parts produce nonsense splits of unknown words ("erstattet" → "erst" + "attet"); group words may be short ("amt"). */
const MIN_PART = 5;
const isConcept = (lex: Lexicon, part: string) => lex.termOfStem.get(part)?.startsWith('#') === true;

function partTerm(lex: Lexicon, part: string, last: boolean): string | undefined {
  const direct = part.length >= MIN_PART || isConcept(lex, part) ? knownTerm(lex, part) : undefined;
  if (direct || last) return direct;
  const bare = part.replace(LINKING, '');
  return bare !== part && (bare.length >= MIN_PART || isConcept(lex, bare)) ? knownTerm(lex, bare) : undefined;
}

/** Fewest known parts that spell the word, or undefined; the word itself never counts as its own part. */
export function splitCompound(lex: Lexicon, word: string): string[] | undefined {
  if (word.length < 7 || word.length > 40) return undefined;
  const best: (string[] | undefined)[] = [[]];
  for (let i = 3; i <= word.length; i++) {
    for (let j = 0; j <= i - 3; j++) {
      const prev = best[j];
      if (!prev || (j === 0 && i === word.length)) continue;
      const term = partTerm(lex, word.slice(j, i), i === word.length);
      if (term && (!best[i] || prev.length + 1 < best[i]!.length)) best[i] = [...prev, term];
    }
  }
  const parts = best[word.length];
  return parts && parts.length >= 2 ? parts : undefined;
}

/**
 * A compound with one part from a synonym group ("Seminarraum", "Lotsenausweis"): that group's term and the rest
 * as an unknown word, so the topic is found and the unknown rest still lowers the confidence. Other known parts
 * are not trusted here: a word seen once in an answer ("Sitz") says little about "Gemeinderatssitzung".
 */
function partialCompound(lex: Lexicon, word: string): string[] | undefined {
  if (word.length < 9 || word.length > 40) return undefined;
  const concept = (part: string) => (isConcept(lex, part) ? lex.termOfStem.get(part) : undefined) ?? (isConcept(lex, stem(part)) ? lex.termOfStem.get(stem(part)) : undefined);
  for (let cut = 4; cut <= word.length - 4; cut++) {
    const head = concept(word.slice(cut));
    if (head) return [`?${stem(word.slice(0, cut))}`, head];
  }
  for (let cut = word.length - 4; cut >= 4; cut--) {
    const part = word.slice(0, cut);
    const modifier = concept(part) ?? concept(part.replace(LINKING, ''));
    if (modifier) return [modifier, `?${stem(word.slice(cut))}`];
  }
  return undefined;
}

function maxEdits(length: number): number {
  if (length >= 9) return 2;
  return length >= 5 ? 1 : 0;
}

/** Short words a letter apart are often both real ("Wetter", "weiter"): below this length only group words are targets. */
const SHORT_TYPO = 7;

/** Term of the nearest known word within the typo budget; same first letter, as chat typos rarely hit it. */
export function correctTypo(lex: Lexicon, word: string): string | undefined {
  const max = maxEdits(word.length);
  if (max === 0) return undefined;
  let best: string | undefined;
  let bestDistance = max + 1;
  for (const [candidate, term] of lex.fuzzyPool.get(word[0]!) ?? []) {
    if (Math.abs(candidate.length - word.length) > max) continue;
    if (word.length < SHORT_TYPO && !term.startsWith('#')) continue;
    const d = boundedEditDistance(word, candidate, Math.min(max, bestDistance));
    if (d < bestDistance) {
      bestDistance = d;
      best = term;
    }
  }
  return best;
}

/** The whole programme is in Baden-Württemberg: naming it says nothing about which entry is meant. */
const CONTEXT_WORDS = new Set(['baden', 'wuerttemberg', 'wuerttembergs', 'badenwuerttemberg', 'bw']);

function analyseUncached(lex: Lexicon, folded: string, options: AnalyserOptions): readonly string[] {
  // A stop word joins a group only when the group lists it ("viele"), not through a shared stem ("statt" ~ "states").
  if ((STOPWORDS.has(folded) && !isGroupForm(folded)) || CONTEXT_WORDS.has(folded)) return [];
  if (options.synonyms && isOfftopicWord(folded)) return [`!${stem(folded)}`];
  const concept = options.synonyms ? conceptOf(folded) : undefined;
  if (concept) return [concept];
  if (folded.length < 2) return [];
  const whole = lex.termOfStem.get(stem(folded));
  const parts = options.compounds ? splitCompound(lex, folded) : undefined;
  if (whole) return parts ? [whole, ...parts] : [whole];
  if (parts) return parts;
  const corrected = options.fuzzy && !/\d/.test(folded) ? correctTypo(lex, folded) : undefined;
  if (corrected) return [corrected];
  return (options.compounds && partialCompound(lex, folded)) || [`?${stem(folded)}`];
}

/** Terms of one folded word; [] for stop words. Memoised per lexicon (bounded). */
export function analyseWord(lex: Lexicon, folded: string, options: AnalyserOptions = DEFAULT_ANALYSER_OPTIONS): readonly string[] {
  const key = `${options.synonyms ? 1 : 0}${options.compounds ? 1 : 0}${options.fuzzy ? 1 : 0}${folded}`;
  const hit = lex.cache.get(key);
  if (hit) return hit;
  const terms = analyseUncached(lex, folded, options);
  if (lex.cache.size >= CACHE_LIMIT) lex.cache.clear();
  lex.cache.set(key, terms);
  return terms;
}

/**
 * An unknown word capitalised inside a sentence is a German noun ("Passwort", "Breitbandausbau"): the strongest sign
 * that a question is about something else. It is marked "!stem"; other unknown words (verbs, fillers, English) "?stem".
 */
function isInnerCapital(text: string, tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  return i > 0 && /\p{Lu}/u.test(text[t.start]!) && !/[.!?:;"„“(–-]/.test(text.slice(tokens[i - 1]!.end, t.start));
}

/** "IT" written in capitals is the noun (IT skills, the IT department), not the English stop word "it". */
const IT_TERMS = ['#skills'];

export function analyseText(lex: Lexicon, text: string, options: AnalyserOptions = DEFAULT_ANALYSER_OPTIONS): string[] {
  const tokens = tokenize(text);
  const words = tokens.flatMap((t, i) => {
    if (options.synonyms && text.slice(t.start, t.end) === 'IT') return IT_TERMS;
    const terms = analyseWord(lex, t.folded, options);
    return isInnerCapital(text, tokens, i) ? terms.map((x) => (x.startsWith('?') ? `!${x.slice(1)}` : x)) : terms;
  });
  return options.questionTypes ? [...reframe(text, words), ...questionTypeTerms(text)] : words;
}
