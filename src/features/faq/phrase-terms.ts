import { foldWord } from './text-normalise.ts';

/**
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

export function questionTypeTerms(text: string): string[] {
  const folded = foldWord(text);
  return QUESTION_TYPES.filter(([re]) => re.test(folded)).map(([, term]) => term);
}
