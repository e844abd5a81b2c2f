import { stem } from './light-stemmer.ts';
import { SYNONYM_GROUPS } from './synonym-groups.ts';
import { foldWord } from './text-normalise.ts';

export { SYNONYM_GROUPS } from './synonym-groups.ts';

const conceptByForm = new Map<string, string>();
const listedForms = new Set<string>();
for (const [concept, words] of Object.entries(SYNONYM_GROUPS)) {
  for (const word of words) {
    const folded = foldWord(word);
    listedForms.add(folded);
    conceptByForm.set(folded, `#${concept}`);
    if (!conceptByForm.has(stem(folded))) conceptByForm.set(stem(folded), `#${concept}`);
  }
}

/** The group term of a folded word (looked up as written, then by its stem), or undefined. */
export function conceptOf(folded: string): string | undefined {
  return conceptByForm.get(folded) ?? conceptByForm.get(stem(folded));
}

/** Whether the word is written out in a group (not only reached through its stem). */
export const isGroupForm = (folded: string): boolean => listedForms.has(folded);

export function conceptForms(): ReadonlyMap<string, string> {
  return conceptByForm;
}
