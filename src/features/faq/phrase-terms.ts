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
];

export function questionTypeTerms(text: string): string[] {
  const folded = foldWord(text);
  return [...QUESTION_TYPES, ...PHRASE_CONCEPTS].filter(([re]) => re.test(folded)).map(([, term]) => term);
}
