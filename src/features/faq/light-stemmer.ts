/**
 * A light suffix stripper for German and English chat words, after CISTEM (Weissweiler & Fraser 2017): umlauts lose
 * their dots ("Verträge" and "Vertrag", "Städte" and "Stadt" meet), the participle "ge-" goes ("gefördert",
 * "fördern"; "angemeldet", "anmelden"), nominal endings go ("Anmeldung", "anmelden"; "Lotsin", "Lotse"), then
 * CISTEM's -em/-er/-nd and -t/-e/-s/-n loop. Over-stemming is cheap here because synonyms and compounds are
 * resolved on top of it. Input is already folded (ä → ae), so the umlaut step works on the folded pairs.
 */
const SEPARABLE_PARTICIPLE = /^(an|ab|auf|aus|ein|mit|nach|vor|zu|zurueck|teil|weiter|fest|statt)ge(.{4,})$/;

export function stem(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  let w = word.replace(/([aou])e/g, '$1');
  if (w.length >= 7 && w.startsWith('ge')) w = w.slice(2);
  else w = w.replace(SEPARABLE_PARTICIPLE, '$1$2');
  w = nominalEnding(w);
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

/** "-ung(en)", "-innen"/"-in", "-heit"/"-keit": the noun and its verb or base noun share one stem. */
function nominalEnding(w: string): string {
  if (w.length > 6 && /ungen$/.test(w)) return w.slice(0, -5);
  if (w.length > 5 && /ung$/.test(w)) return w.slice(0, -3);
  if (w.length > 7 && /innen$/.test(w)) return w.slice(0, -5);
  if (w.length > 5 && /[^aeiou]in$/.test(w)) return w.slice(0, -2);
  if (w.length > 7 && /[hk]eit(?:en)?$/.test(w)) return w.replace(/[hk]eit(?:en)?$/, '');
  return w;
}
