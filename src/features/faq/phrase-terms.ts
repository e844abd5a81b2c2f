import { foldWord } from './text-normalise.ts';

/**
 * Terms that only a phrase carries, added to the words' own terms.
 *
 * What kind of answer a question asks for, from its question words: "Was ist der Weitergabevertrag?" wants the
 * definition entry, "Wer muss ihn unterschreiben?" the one about the parties, "Bis wann …?" the deadlines. The
 * question words themselves are stop words (every entry has them); these phrase terms carry their meaning instead,
 * and the knowledge base's own questions teach the ranker which entry answers which kind.
 */
const QUESTION_TYPES: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(?:was (?:ist|sind|bedeutet|bedeuten|heisst|meint|versteht man|genau ist|hat es mit)|worum geht|what (?:is|are|does \S+(?: \S+)? mean)|what's|whats|erklaer|explain)\b/, '#q-define'],
  [/\b(?:wer|wen|wem|who|whom)\b/, '#q-who'],
  [/\b(?:wann|when)\b/, '#q-when'],
  [/\b(?:warum|wieso|weshalb|wozu|wofuer|dient|why|what for|used for)\b/, '#q-purpose'],
  [/\b(?:was passiert|was ist wenn|was wenn|was nun|was tun|what happens|what if)\b/, '#q-consequence'],
  [/\b(?:wie (?:gehe|geht|laeuft|funktioniert|mache|macht|melde|werde|wird|kann|bekomme|bekommen|beantrage|schliesse|schliessen|komme|kommen)|how (?:do|does|can|is))\b/, '#q-how'],
];

/** Phrases whose words mean something else alone: "Lotse werden" is taking part, "was kommt nach dem Grundkurs" the advanced courses. */
const PHRASE_CONCEPTS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(?:(?:digital)?lots\w*|pilot\w*|navigator\w*) (?:zu )?werden\b|\bbecom(?:e|ing) (?:an? )?(?:digital |municipal )?(?:pilot|guide|navigator)/, '#participate'],
  [/\b(?:bis wann|by when|until when|wie lange (?:noch|habe ich|haben wir))\b/, '#deadline'],
  [/\b(?:was kommt (?:danach|nach|im anschluss)|what comes (?:after|next)|nach (?:dem|der) (?:grundkurs|grundlehrgang|basis\w*)|after the basic)\b/, '#advanced'],
  // "Wie viele Tage …" asks how long, not how many of something (the count entries answer "wie viele Lotsen").
  [/\b(?:wie ?viele (?:\w+)?tage|how many (?:\w+ )?days)\b/, '#duration'],
  // "Null Ahnung von Technik": "Ahnung" alone is a stop word ("keine Ahnung, wo …").
  [/\b(?:keine|null|kaum|wenig|nicht viel) ahnung von\b|\bno idea about (?:it|tech|computers)\b/, '#skills'],
  // "Was macht ein Lotse …" asks for the role; "machen" alone is a stop word.
  [/\b(?:was (?:macht|mache|machen) (?:man|ein|eine|so ein|so eine|der|die|unser|unsere)|what does (?:a|an|the|one) \w+(?: \w+)? do)\b/, '#role'],
];

export function questionTypeTerms(text: string): string[] {
  const folded = foldWord(text);
  return [...QUESTION_TYPES, ...PHRASE_CONCEPTS].filter(([re]) => re.test(folded)).map(([, term]) => term);
}

/**
 * Phrases in which a word's group is not the topic: "In welcher Stadt ist das Seminar?" asks where, and the town
 * (#municipality) would pull the question to the entry about towns training together. The word's term is replaced
 * (or dropped).
 */
const REFRAMES: ReadonlyArray<readonly [RegExp, string, string | undefined]> = [
  [/\b(?:in welche[rnm]? (?:stadt|staedten?|gemeinden?)|(?:which|what) (?:city|cities|town|towns)|in which (?:city|town))\b/, '#municipality', '#place'],
  // "Wo krieg ich die her?" is "woher": where something comes from, not where a seminar is held.
  [/\bwo\b(?:\s+\S+){0,6}?\s+her(?:kommt|kommen|bekomm\w*|krieg\w*)?\b/, '#place', undefined],
];

/** Terms of the words, with the terms of reframing phrases swapped in. */
export function reframe(text: string, terms: readonly string[]): string[] {
  const out = [...terms];
  const folded = foldWord(text);
  for (const [re, from, to] of REFRAMES) {
    const at = out.indexOf(from);
    if (at >= 0 && re.test(folded)) out.splice(at, 1, ...(to ? [to] : []));
  }
  return out;
}
