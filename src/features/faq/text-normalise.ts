/** Matching looks at the first 1,000 characters only: enough for any real question, and bounded work for a paste. */
export const MAX_QUESTION_CHARS = 1000;

export type PreparedQuestion = { readonly text: string; readonly truncated: boolean };

/** A word of the prepared text: `folded` for matching, `start`/`end` to cut the raw span (slots keep the user's spelling). */
export type Token = { readonly folded: string; readonly start: number; readonly end: number };

const TAG = /<[^>]{0,200}>/g;
const SCRIPT = /<(script|style)\b[^>]{0,200}>[\s\S]{0,2000}?<\/\1\s*>/gi;
const MD_LINK_TARGET = /\]\((?:[^()\s]|\([^()\s]{0,100}\)){0,500}\)/g;
const URL = /\b(?:https?:\/\/|www\.)\S+/gi;
const ENTITY = /&(?:nbsp|amp|lt|gt|quot|#\d{1,5});/gi;
const IN_HOUSE = /\bin[\s-]+house\b/gi;
const SIGN_UP = /\bsign(?:ing|ed)?[\s-]+up\b/gi;
/** English phrasal verbs whose words mean nothing alone ("take" + "part"). */
const PHRASES: ReadonlyArray<[RegExp, string]> = [
  [/\btak(?:e|es|ing)[\s-]+part\b/gi, 'participate'],
  [/\btak(?:e|es|ing)[\s-]+place\b/gi, 'venue'],
];

/** HTML/markdown never reaches matching as structure; the cut happens before any regex sees a huge input. */
export function prepareQuestion(raw: string): PreparedQuestion {
  const bounded = raw.slice(0, MAX_QUESTION_CHARS * 4);
  const cleaned = bounded
    .replace(SCRIPT, ' ')
    .replace(MD_LINK_TARGET, ']')
    .replace(TAG, ' ')
    .replace(ENTITY, ' ')
    .replace(URL, ' ')
    .replace(IN_HOUSE, (m) => 'inhouse'.padEnd(m.length, ' '))
    .replace(SIGN_UP, (m) => 'signup'.padEnd(m.length, ' '))
    .replace(PHRASES[0]![0], (m) => PHRASES[0]![1].padEnd(m.length, ' '))
    .replace(PHRASES[1]![0], (m) => PHRASES[1]![1].padEnd(m.length, ' '))
    .replace(/\s+/g, ' ')
    .trim();
  const truncated = raw.length > MAX_QUESTION_CHARS || cleaned.length > MAX_QUESTION_CHARS;
  return { text: cleaned.slice(0, MAX_QUESTION_CHARS), truncated };
}

const UMLAUTS: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', ẞ: 'ss' };

/**
 * Chat spells umlauts out ("foerderung", "gebuehr"), so both spellings fold to the same form; accents are dropped
 * and letters repeated three times or more ("dankeee") collapse.
 */
export function foldWord(word: string): string {
  // Most chat words are plain ASCII: skip the Unicode work (foldWord was the matcher's top cost).
  const lower = word.toLowerCase();
  const folded = PLAIN_ASCII.test(lower) ? lower : lower.replace(/[äöüßẞ]/g, (c) => UMLAUTS[c] ?? c).normalize('NFD').replace(/\p{M}/gu, '');
  return TRIPLE.test(folded) ? folded.replace(TRIPLES, '$1') : folded;
}

const PLAIN_ASCII = /^[\t\n\r -~]*$/;
const TRIPLE = /(\p{L})\1{2}/u;
const TRIPLES = /(\p{L})\1{2,}/gu;

const WORD = /[\p{L}\p{N}]+/gu;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const start = m.index ?? 0;
    tokens.push({ folded: foldWord(m[0]), start, end: start + m[0].length });
  }
  return tokens;
}

const STOPWORD_LIST = `der die das den dem des ein eine einen einem einer eines und oder aber sondern ich du er sie es wir ihr
  mich mir dich dir uns euch sich mein meine meinen meinem meiner dein deine deinen unser unsere unseren unserem unserer
  euer eure ihre ihren ihrem ist sind bin bist seid war waren sein wird werden wirst wurde wurden worden hat haben habe
  hab hast hatte hatten kann koennen kannst koennte koennten muss muessen musst darf duerfen darfst soll sollen sollte
  will wollen moechte moechten mag zu zum zur im in an am auf aus bei beim mit nach von vom vor fuer ueber unter um bis
  durch gegen als wie was wer wann warum wieso weshalb welche welcher welches welchen welchem ob dass da denn doch ja
  nein nicht auch nur mal so sehr bitte eigentlich genau eben halt gibt gibts es man hier dort dann wenn also
  etwa einfach jetzt ueberhaupt ne nen nem n eigentlich denn diese dieser dieses diesen diesem jemand etwas alles
  bekommen bekomme bekommt kriegen kriege kriegt krieg erhalten erhaelt machen mache macht tun geht gehen gehe kommen
  komme kommt lassen lass laesst brauche brauch brauchen braucht trotzdem nochmal extra direkt kurz
  sowieso irgendwie ganze ganzen ganzes insgesamt gegangen geworden gemacht komm packen dran drin sagen sag wen wem ner reicht gehoert gehort
  hab moeglich moeglichkeit fertig naechste naechsten naechstes woher haette haetten wuerde wuerden waere waeren
  muesste gerne gern bzw usw zb etc dazu davon damit dafuer darueber daran wieder immer oft manchmal vielleicht
  wirklich echt ganz gar sonst nun neu neue neues neuen neuer arbeiten arbeite arbeitet finden finde findet kuemmern
  erklaer erklaere erklaeren bedeutet bedeutung versteht verstehen begriff
  woche wochen letzte letzten last receive losgehen losgeht beginnt anfangen eigene eigenen ende
  the a an and or but i you he she it we they me my our ours your us them their is are am was were be been being do does
  did have has had can could should would will shall may might must to of in on at for from with by about as what who
  when why how which that this these those there here any some just please so its it's i'm im get got take put make
  need needs use used run whole thing things exactly once want like know tell would available allowed possible able
  each every new next really meaning mean explain definition
  ihrer ihres seinem denen deren dessen derer jene jener jenes solche solcher solches ihm ihn ihnen seine seinen seinem seiner seines
  ihres unseres werde sei seien gewesen wollte wollten sollten muessten duerfte koennt muesst duerft sollst
  wohin womit worauf daher darum deshalb deswegen trotz waehrend wegen sowie sowohl weder zwar eher irgendwo
  irgendwann irgendwas irgendwer weiss weisst meinem meines
  worum wozu wofuer dient dienen statt
  if then than also too very into onto over under again ever yet only same such either neither nor not no yes during
  comes took happens become becomes becoming
  beachten beachte beachtet gelten gilt gelte gegeben gab nehmen nehme nimmt genommen stelle stellt legen lege legt
  sehen sehe sieht halten halte haelt bleiben bleibt bringen bringe bringt mitbringen einplanen planen klaeren
  klaere klaert geklaert helfen hilft suchen suche sucht zeigen zeigt kennen kenne kennt meinen meine meint denken
  denke glauben glaube hoffen hoffe erfahren informieren
  consider mind note bring plan keep see look find give go going matter help
  her hin rein raus herkommt herkommen ungefaehr circa konkret untereinander stimmt ahnung hilfe`;

export const STOPWORDS: ReadonlySet<string> = new Set(STOPWORD_LIST.split(/\s+/).filter(Boolean).map(foldWord));
