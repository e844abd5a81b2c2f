import { stem } from './light-stemmer.ts';
import { foldWord } from './text-normalise.ts';

/**
 * What else people in a town hall ask a chat bot: IT, personnel matters, the building, town services, small talk
 * topics. None of these words occurs in the knowledge base; a question that uses one is about something else, so
 * the word counts against the match like an unknown noun, however it is written (issue 4 names passwords; holiday
 * requests, parking and broken printers are the same kind). Travel and Bildungszeit are not here: they are
 * unconfirmed topics in data/faq.json and get their own hand-over. Compounds count by their first part
 * ("Druckerpatrone", "Passwortänderung").
 */
const WORDS = `
  passwort passwoerter kennwort password passwords ausgesperrt benutzerkonto
  drucker printer drucken druckt scanner kopierer laptop notebook rechner computer pc monitor bildschirm tastatur
  headset vpn wlan wifi outlook excel powerpoint sharepoint software installieren installation virus
  helpdesk telefonanlage handy smartphone diensthandy akku netzwerkkabel
  urlaub urlaubs urlaubstag urlaubstage urlaubsantrag gehalt gehaelter lohn besoldung eingruppierung entgelt
  gehaltsabrechnung ueberstunden gleitzeit zeiterfassung krankmeldung krankschreibung
  betriebsrat personalrat beurteilung befoerderung salary vacation holiday holidays payslip overtime sickness
  jobticket dienstrad verdient verdienen
  parkplatz parkplaetze parken parkhaus parkausweis tiefgarage parking kantine canteen kaffee kaffeemaschine coffee
  kueche aufzug heizung klimaanlage schluessel raumbuchung besprechungsraum
  personalausweis reisepass fuehrerschein bauantrag baugenehmigung muell muelltonne abfall wertstoffhof grundsteuer
  hundesteuer gewerbesteuer kita kindergarten wohnsitz ummelden hochzeit elterngeld kindergeld breitband
  wetter weather witz joke fussball football bundesliga rezept recipe pizza restaurant kino gedicht poem
`;

const FORMS = new Set(WORDS.split(/\s+/).filter(Boolean).map(foldWord));
/** Stems of four letters or fewer say too little ("headset" and "heads" both stem to "head"). */
const STEMS = new Set([...FORMS].map(stem).filter((x) => x.length >= 5));
/** First parts long enough to recognise a compound by ("parkplatz" in "parkplatzsuche"); short ones ("pc") only alone. */
const PREFIXES = [...FORMS].filter((w) => w.length >= 6);

export function isOfftopicWord(folded: string): boolean {
  if (FORMS.has(folded) || STEMS.has(stem(folded))) return true;
  return folded.length > 8 && PREFIXES.some((p) => folded.startsWith(p));
}
