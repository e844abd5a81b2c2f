/**
 * A light suffix stripper for German and English chat words, in the spirit of CISTEM (Weissweiler & Fraser 2017):
 * it conflates inflections ("Lotsen", "Lotse"; "gefördert", "fördern"; "funded", "funding") without a dictionary.
 * Over-stemming is cheap here because synonyms and compounds are resolved on top of it. Input is already folded.
 */
export function stem(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  let w = word;
  if (w.length > 6 && w.endsWith('ungen')) w = w.slice(0, -2);
  if (w.length > 6 && w.endsWith('innen')) w = w.slice(0, -5);
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 5 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  while (w.length > 4) {
    if (w.length > 5 && /(?:em|er|nd)$/.test(w)) w = w.slice(0, -2);
    else if (/[tesn]$/.test(w)) w = w.slice(0, -1);
    else break;
  }
  return w;
}
