import type { Cents } from '../shared/index.ts';
import { euros } from '../shared/index.ts';
import { extractDays, extractNumbers } from './number-parser.ts';
import type { PlaceNames } from './place-names.ts';
import { defaultPlaceNames } from './place-names.ts';
import type { SlotWords } from './place-slot.ts';
import { placeSpan } from './place-slot.ts';
import { conceptOf } from './synonyms.ts';
import { foldWord, STOPWORDS, tokenize } from './text-normalise.ts';
import type { Token } from './text-normalise.ts';

export type CourseType = 'basis' | 'aufbau';

/** Questions answered from the rules module (figures), not from a knowledge-base text. Slots are raw, unresolved. */
export type ComputedQuestion =
  | { readonly kind: 'computed'; readonly intent: 'funded_places'; readonly municipalityQuery?: string; readonly population?: number; readonly kreis?: boolean }
  | { readonly kind: 'computed'; readonly intent: 'course_quote'; readonly courseType: CourseType }
  | { readonly kind: 'computed'; readonly intent: 'inhouse_quote'; readonly days?: number; readonly costCents?: Cents };

const HOW_MANY = /\b(?:wie ?viele?|wv|anzahl|how many|number of|zahl der)\b/;
/** "schon", "bisher": the question is about pilots trained so far (an FAQ entry), not about funded places. */
const SO_FAR = /\b(?:bisher|bislang|schon|bereits|mittlerweile|inzwischen|ausgebildet\w*|trained|so far|already|exist\w*)\b/;
const FUNDED = /\b(?:gefoerdert|foerder\w*|bekomm\w*|krieg\w*|erhalt\w*|erhaelt|zusteh\w*|stehen|steht|duerf\w*|darf|schick\w*|funded|get|gets|allowed|eligible|entitled|receive\w*|send)\b/;
const PLACE_WORDS = new Set(['plaetze', 'platz', 'places', 'stellen', 'voucher', 'lotsenplaetze', 'seats', 'spots']);
/** Words that can sit between the intent and the place name without being part of it. */
const FILLER = new Set(['maximal', 'max', 'hoechstens', 'insgesamt', 'ungefaehr', 'mindestens', 'momentan', 'derzeit',
  'zurzeit', 'pro', 'je', 'per', 'stehen', 'steht', 'zu', 'ausbilden', 'qualifizieren', 'schicken', 'lassen',
  'gefoerdert', 'foerdern', 'funded', 'get', 'gets', 'receive', 'allowed', 'eligible', 'entitled', 'does', 'do', 'viele',
  'viel', 'wieviele', 'wieviel', 'many', 'much', 'how', 'number', 'anzahl', 'zahl', 'einwohner', 'einwohnern', 'ew',
  'inhabitants', 'residents', 'population', 'mit', 'with', 'foerderfaehig', 'foerderfaehige', 'gefoerderte',
  'gefoerderter', 'gefoerderten', 'place', 'ca', 'rund', 'about', 'around', 'denn', 'wv', 'dort', 'da', 'gibts',
  'lotsen', 'send', 'knapp', 'etwa', 'fast', 'ueber', 'unter']);
const ANCHORS = new Set(['fuer', 'in', 'bei', 'von', 'aus', 'for', 'of', 'bekommt', 'kriegt', 'erhaelt', 'hat', 'get',
  'gets', 'does', 'darf', 'kann', 'can']);
const ARTICLES = new Set(['der', 'die', 'das', 'den', 'dem', 'the', 'a', 'an', 'unsere', 'unser', 'ein', 'eine', 'einen']);
const PLACE_KIND = new Set(['#municipality', '#district']);
/**
 * A size given as a bound ("über 130.000 Einwohner", "below 10k") names a size class, not a population: which figure
 * applies is the rule table's answer (the text entries), since a bound can span several classes.
 */
const BOUND_BEFORE = /\b(?:ueber|mehr als|oberhalb(?: von)?|jenseits(?: von)?|ab|unter|weniger als|unterhalb(?: von)?|bis|above|over|more than|below|under|less than|up to)\s*$/;
/** "1.600 Lotsen", "580 Teilnehmende": a count of people, not the municipality's population. */
const PEOPLE_AFTER = /^\s*(?:lots\w*|digitallots\w*|pilots?|navigator\w*|teilnehm\w*|personen|leute|participants|people trained)\b/;
/**
 * The course fee as it concerns the asker: "Was zahlen wir …", "Eigenanteil", "nach Abzug vom Voucher". Without it the
 * question is about the rule ("Zahlt das Land die Basis komplett?", "How much of the fee does the state cover?"), which
 * the funding entries answer with the same figures and their conditions.
 */
const OWN_SHARE = /\b(?:eigenanteil\w*|eigenbeteiligung|eigene[nr]? anteil|own share|our share|nach abzug|abzueglich|unterm strich|netto|rechne\w*|(?:mit|nach|inkl|inklusive) (?:dem |der |unserem |unserer )?(?:voucher|gutschein|foerderung|zuschuss)|after (?:the )?(?:voucher|funding|subsidy|grant)|kostet uns|kosten uns|cost us|costs us|fuer uns|for us|(?:zahlen|bezahlen|blechen|tragen) wir|wir (?:\w+ )?(?:zahlen|bezahlen|tragen)|muessen wir|do we pay|we pay|we have to pay|will we pay|would we pay)\b/;
/** The full price ("ohne Förderung", "zum vollen Preis") is the fees entry's question, not a quote with the voucher. */
const FULL_PRICE = /\b(?:ohne (?:\w+ )?(?:foerderung|zuschuss|voucher|gutschein|bezuschussung)|voll\w* preis|full price|regulaer\w*|brutto|without (?:the |any )?(?:voucher|funding|subsidy|grant))\b/;
/** "1.100 oder 1.700 Euro?": two figures set against each other ask which one is right, not for a quote. */
const ALTERNATIVE_FIGURES = /\d[\d.,]*\s*(?:€|euro|eur)?\s*(?:oder|or|bzw|vs|und einmal|statt|instead of)\.?\s*(?:von\s*)?\d/;
/** A cost the asker gives ("für 4.200 Euro", "costing 5000 EUR", "Kosten 2.500 €"), not a figure quoted from the rules. */
const GIVEN_COST = /(?:\b(?:fuer|for|at|zu|kostet|kosten|costing|cost|costs|preis|angebot|rechnung|betraegt|betragen)\s*(?:ca\.?\s*|rund\s*|je\s*)?(?:€|eur\s*)?\d|\d[\d.,]*\s*(?:€|euro|eur)\s*(?:kosten|kostet|cost|costs))/;

function isIntentWord(folded: string): boolean {
  if (FILLER.has(folded) || PLACE_WORDS.has(folded) || STOPWORDS.has(folded) || /^\d|tausend$/.test(folded)) return true;
  const concept = conceptOf(folded);
  return concept !== undefined && concept !== '#place';
}

const SLOT_WORDS: SlotWords = {
  isIntentWord,
  isAnchor: (t) => ANCHORS.has(t.folded) || PLACE_KIND.has(conceptOf(t.folded) ?? ''),
  isArticle: (folded) => ARTICLES.has(folded),
};

const isDistrict = (t: Token) => conceptOf(t.folded) === '#district' || (t.folded.length > 6 && t.folded.endsWith('kreis'));

/**
 * "How many" plus pilots as the subject; people or places ("Mitarbeiter", "Plätze") only with a funding verb, so
 * "Wie viele Mitarbeiter hat das Landratsamt?" stays an ordinary question.
 */
function asksForFundedPlaces(folded: string, tokens: readonly Token[]): boolean {
  if (!HOW_MANY.test(folded) || (SO_FAR.test(folded) && !FUNDED.test(folded))) return false;
  if (tokens.some((t) => conceptOf(t.folded) === '#pilot')) return true;
  const people = tokens.some((t) => conceptOf(t.folded) === '#person' || PLACE_WORDS.has(t.folded));
  return people && FUNDED.test(folded);
}

function fundedPlaces(text: string, folded: string, tokens: readonly Token[], places: () => PlaceNames): ComputedQuestion | undefined {
  if (!asksForFundedPlaces(folded, tokens)) return undefined;
  const numbers = extractNumbers(text).filter((n) => n.unit === 'population' || (n.unit === undefined && n.value >= 100));
  if (numbers.some((n) => BOUND_BEFORE.test(foldWord(text.slice(Math.max(0, n.start - 16), n.start))))) return undefined;
  const population = numbers.find((n) => !PEOPLE_AFTER.test(foldWord(text.slice(n.end, n.end + 24))))?.value;
  const municipalityQuery = placeSpan(text, tokens, places(), SLOT_WORDS);
  if (population === undefined && municipalityQuery === undefined) return undefined;
  const kreis = tokens.some(isDistrict) || /\bkreis\b/i.test(municipalityQuery ?? '');
  return {
    kind: 'computed',
    intent: 'funded_places',
    ...(municipalityQuery !== undefined ? { municipalityQuery } : {}),
    ...(population !== undefined ? { population: Math.round(population) } : {}),
    ...(kreis ? { kreis: true } : {}),
  };
}

function quote(text: string, folded: string, tokens: readonly Token[]): ComputedQuestion | undefined {
  const concepts = new Set(tokens.map((t) => conceptOf(t.folded)));
  if (concepts.has('#cancel') || ALTERNATIVE_FIGURES.test(folded)) return undefined;
  if (concepts.has('#inhouse')) {
    const days = extractDays(text);
    // With the days given, an amount beside them is the cost; alone it must read as one ("für 4.200 Euro"), not as a
    // figure quoted from the rules ("Inhouse-Förderung 1.700 Euro pro Tag?").
    const cost = days !== undefined || GIVEN_COST.test(folded) ? extractNumbers(text).find((n) => n.unit === 'euro') : undefined;
    if (days === undefined && cost === undefined) return undefined;
    return {
      kind: 'computed',
      intent: 'inhouse_quote',
      ...(days !== undefined ? { days } : {}),
      ...(cost !== undefined ? { costCents: euros(cost.value) } : {}),
    };
  }
  if (!concepts.has('#cost') || !OWN_SHARE.test(folded) || FULL_PRICE.test(folded)) return undefined;
  if (concepts.has('#advanced')) return { kind: 'computed', intent: 'course_quote', courseType: 'aufbau' };
  if (concepts.has('#basis')) return { kind: 'computed', intent: 'course_quote', courseType: 'basis' };
  return undefined;
}

/**
 * A question that needs a computed figure, with its slots; undefined when the question is for the text answers.
 * `places` is asked only for a "how many pilots" question (it loads the municipality directory on first use).
 */
export function detectComputedQuestion(text: string, places: () => PlaceNames = defaultPlaceNames): ComputedQuestion | undefined {
  const tokens = tokenize(text);
  const folded = foldWord(text);
  return fundedPlaces(text, folded, tokens, places) ?? quote(text, folded, tokens);
}
