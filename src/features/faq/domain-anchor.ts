import { stem } from './light-stemmer.ts';
import { foldWord } from './text-normalise.ts';

/**
 * Terms only this programme's questions use: pilots, its courses, funding, the contract, the voucher, its events.
 * A question made of generic known words alone ("Wie viele Einwohner hat Freiburg?", "Wer ist für die
 * Digitalisierung der Schulen zuständig?") shares words with an entry without being about the programme, so it needs
 * stronger evidence before it is answered. Groups such as #municipality, #cost or #contact are generic on purpose.
 */
const ANCHOR_GROUPS = new Set(['#pilot', '#course', '#funding', '#register', '#basis', '#advanced', '#inhouse',
  '#contract', '#cancel', '#online', '#certificate', '#deadline', '#provider', '#network', '#organiser', '#identifier',
  '#retroactive', '#successor', '#forgot', '#skills', '#sofar', '#role', '#participate', '#everyone']);

const ANCHOR_WORDS = `programm programme qualifizierung qualifizierungsprogramm digitalakademie digilunch digi staedtetag
  vernetzung vernetzungsevent weitergabevertrag voucher gutschein seminar schulung lehrgang kurs zertifikat vwa
  grossstadt stufe groessenklasse einwohnerstufe
  verwaltungsschule bildungstraeger aufbauprogramm basisqualifizierung lotse lotsin navigator`;
const ANCHOR_STEMS = new Set(ANCHOR_WORDS.split(/\s+/).filter(Boolean).map((w) => stem(foldWord(w))));

export function isAnchorTerm(term: string): boolean {
  return ANCHOR_GROUPS.has(term) || ANCHOR_STEMS.has(term);
}
