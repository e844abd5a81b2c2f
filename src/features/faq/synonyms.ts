import { stem } from './light-stemmer.ts';
import { foldWord } from './text-normalise.ts';

/**
 * Words that mean the same thing to someone asking about the programme, German and English. Each group becomes one
 * term ("#cost") for ranking, so "Gebühr", "kostet" and "fees" find the same entries. Kept in code, not in
 * data/faq.json: this is language knowledge, the entries' own `keywords` carry the topic knowledge.
 */
export const SYNONYM_GROUPS: Readonly<Record<string, readonly string[]>> = {
  pilot: ['lotse', 'lotsen', 'lotsin', 'lotsinnen', 'digitallotse', 'digitallotsen', 'digitallotsin', 'digitallotsinnen',
    'navigator', 'navigatoren', 'pilot', 'pilots', 'digitalpilot', 'lotsenrolle', 'lotsenstelle'],
  course: ['seminar', 'seminare', 'kurs', 'kurse', 'schulung', 'schulungen', 'lehrgang', 'lehrgaenge', 'fortbildung',
    'weiterbildung', 'training', 'trainings', 'course', 'courses', 'qualifizierung', 'qualifikation', 'ausbildung',
    'qualification', 'seminars', 'session', 'sessions', 'lotsenkurs', 'lotsenkurse', 'lotsenschulung', 'digitallotsenschulung'],
  cost: ['kosten', 'kostet', 'kostest', 'gebuehr', 'gebuehren', 'teilnahmegebuehr', 'teilnahmegebuehren', 'seminargebuehr',
    'seminargebuehren', 'kursgebuehr', 'preis', 'preise', 'zahlen', 'bezahlen', 'zahlt', 'bezahlt', 'teuer', 'cost',
    'costs', 'price', 'fee', 'fees', 'pay', 'paid', 'eigenanteil', 'expensive'],
  // Voucher/Gutschein share the funding group: measured on the bench's dev split, top1 0.980 vs 0.973 as a group of their own.
  funding: ['voucher', 'gutschein', 'gutscheine', 'bildungsvoucher', 'foerderung', 'foerderungen', 'foerdern', 'gefoerdert', 'foerdert', 'foerderfaehig', 'foerderbetrag',
    'foerdersatz', 'zuschuss', 'zuschuesse', 'bezuschusst', 'funding', 'funded', 'fund', 'subsidy', 'subsidies',
    'subsidised', 'subsidized', 'grant', 'landesfoerderung', 'unterstuetzt', 'unterstuetzung'],
  register: ['platz', 'plaetze', 'seat', 'seats', 'melde', 'meldet', 'melden', 'angemeldet', 'anmeldest', 'anmeldung', 'anmelden', 'anmeldungen', 'registrieren', 'registrierung', 'buchen', 'buchung',
    'einschreiben', 'register', 'registration', 'registering', 'signup', 'enrol', 'enroll', 'enrolment'],
  basis: ['basisqualifizierung', 'basiskurs', 'basisschulung', 'basisseminar', 'grundkurs', 'grundlehrgang',
    'grundqualifizierung', 'basic', 'basis'],
  advanced: ['aufbauprogramm', 'aufbauprogramme', 'aufbauschulung', 'aufbauschulungen', 'aufbaukurs', 'aufbaukurse',
    'aufbauseminar', 'advanced', 'vertiefung', 'weiterfuehrend', 'weiterfuehrende'],
  inhouse: ['inhouse', 'inhouseschulung', 'inhouseschulungen'],
  contract: ['weitergabevertrag', 'vertrag', 'vertraege', 'contract', 'agreement', 'agreements'],
  municipality: ['arbeitgeber', 'dienstherr', 'employer', 'kommune', 'kommunen', 'gemeinde', 'gemeinden', 'stadt', 'staedte', 'municipality', 'municipalities',
    'town', 'towns', 'city', 'cities'],
  district: ['landkreis', 'landkreise', 'kreis', 'kreise', 'stadtkreis', 'stadtkreise', 'landratsamt', 'district',
    'districts', 'county'],
  cancel: ['krank', 'krankheit', 'erkrankt', 'verhindert', 'sick', 'ill', 'absage', 'stornieren', 'storniere', 'stornierung', 'storno', 'abmelden', 'abmeldung', 'absagen', 'ruecktritt',
    'cancel', 'cancellation', 'cancelled', 'canceled'],
  online: ['online', 'virtuell', 'webinar', 'webinare', 'hybrid', 'remote', 'remotely', 'videokonferenz'],
  certificate: ['zertifikat', 'teilnahmebestaetigung', 'bescheinigung', 'urkunde', 'teilnahmenachweis', 'nachweis',
    'certificate', 'certification'],
  deadline: ['frist', 'fristen', 'anmeldeschluss', 'deadline', 'deadlines', 'stichtag', 'spaetestens', 'antragsfrist'],
  place: ['place', 'ort', 'orte', 'standort', 'standorte', 'wo', 'location', 'locations', 'where', 'venue'],
  content: ['inhalt', 'inhalte', 'thema', 'themen', 'lernt', 'lernen', 'lehrplan', 'agenda', 'content', 'contents',
    'topic', 'topics', 'curriculum', 'learn', 'covered', 'cover', 'inhaltlich'],
  participate: ['teilnehmen', 'teilnahme', 'mitmachen', 'participate', 'join', 'eligible', 'berechtigt', 'zielgruppe'],
  person: ['sachbearbeiter', 'sachbearbeiterin', 'person', 'personen', 'leute', 'mitarbeiter', 'mitarbeitende', 'mitarbeiterin', 'beschaeftigte', 'people',
    'staff', 'employee', 'employees', 'kollegen', 'kolleginnen', 'kollegin', 'kollege'],
  leader: ['fuehrungskraft', 'fuehrungskraefte', 'buergermeister', 'buergermeisterin', 'amtsleiter', 'amtsleiterin',
    'amtsleitung', 'chef', 'chefin', 'mayor', 'manager', 'managers', 'leitung'],
  network: ['vernetzung', 'vernetzungsevent', 'vernetzungsevents', 'netzwerktreffen', 'treffen', 'netzwerk',
    'networking', 'event', 'events', 'meetup', 'vernetzungstreffen', 'vernetzungsveranstaltung'],
  contact: ['kontakt', 'ansprechpartner', 'ansprechpartnerin', 'ansprechperson', 'contact', 'mailadresse', 'email'],
  provider: ['bildungstraeger', 'anbieter', 'provider', 'providers', 'organisation', 'organisations', 'institution',
    'institutions', 'deliver', 'delivers', 'durchfuehren', 'durchgefuehrt', 'anbieten', 'angeboten', 'offer', 'offers',
    'offered', 'bildungseinrichtung', 'bildungseinrichtungen',
    'bildungspartner'],
  day: ['tag', 'tage', 'tagen', 'seminartag', 'schulungstag', 'day', 'days'],
  state: ['bundesland', 'bundeslaender', 'laender', 'states', 'state'],
  still: ['aktuell', 'weiterhin', 'still', 'currently', 'ausgelaufen', 'eingestellt', 'laeuft', 'running', 'ongoing'],
  before: ['vorher', 'bevor', 'zuerst', 'before', 'first', 'vorab', 'reihenfolge', 'order'],
  choose: ['waehlen', 'auswaehlen', 'aussuchen', 'pick', 'choose', 'select', 'zusammenstellen'],
  retroactive: ['nachtraeglich', 'rueckwirkend', 'nachhinein', 'retroactive', 'retroactively', 'afterwards',
    'stattgefunden', 'vorbei', 'vergangen', 'vergangene'],
  successor: ['besetzen', 'nachbesetzung', 'neubesetzung', 'nachfolger', 'nachfolgerin', 'ersatz', 'replacement', 'successor', 'nachbesetzen'],
  forgot: ['vergessen', 'fehlt', 'forgot', 'forget', 'missing', 'vergisst'],
  several: ['mehrere', 'several', 'multiple', 'zwei'],
  without: ['ohne', 'without'],
  organiser: ['steckt', 'hinter', 'beteiligt', 'involved', 'traeger', 'initiator', 'initiatoren', 'organisiert', 'organisator', 'veranstalter', 'runs', 'organises',
    'organizes', 'organiser', 'organizer', 'behind', 'dahinter', 'verantwortlich'],
  myself: ['selbst', 'selber', 'privat', 'myself', 'personally', 'persoenlich'],
  count: ['anzahl', 'zahl', 'viele', 'wieviele', 'many', 'number', 'obergrenze', 'hoechstzahl'],
  amount: ['viel', 'wieviel', 'much', 'hoehe', 'hoch', 'betrag', 'summe', 'amount'],
  role: ['aufgabe', 'aufgaben', 'rolle', 'taetigkeit', 'taetigkeiten', 'job', 'role', 'duties', 'tasks', 'alltag'],
  everyone: ['jeder', 'jede', 'jedem', 'jeden', 'alle', 'allen', 'everyone', 'anyone', 'everybody', 'anybody'],
  structure: ['aufgebaut', 'struktur', 'bestandteile', 'teile', 'structure', 'structured', 'together',
    'ablauf'],
  leave: ['gekuendigt', 'kuendigung', 'verlassen', 'ausgeschieden', 'rente', 'ruhestand', 'quit', 'left', 'leaves',
    'gewechselt', 'weg'],
  sofar: ['bereits', 'bisher', 'bislang', 'schon', 'mittlerweile', 'inzwischen', 'already'],
  duration: ['dauer', 'dauert', 'dauern', 'lange', 'lang', 'duration', 'long', 'zeitaufwand'],
  conclude: ['abschliessen', 'abgeschlossen', 'schliessen', 'schliesst', 'schliesse', 'abschluss', 'conclude',
    'concluded', 'sign', 'signed', 'unterschreiben', 'unterschrieben', 'unterzeichnen'],
  joint: ['zusammen', 'gemeinsam', 'gemeinsame', 'zusammenschluss', 'zusammenschluesse', 'interkommunal',
    'interkommunale', 'kooperation', 'joint', 'jointly', 'nachbargemeinde', 'nachbargemeinden', 'nachbarkommune',
    'nachbarkommunen', 'nachbarstadt'],
  similar: ['aehnlich', 'aehnliche', 'aehnliches', 'vergleichbar', 'vergleichbare', 'similar', 'comparable', 'sowas'],
  department: ['amt', 'aemter', 'fachbereich', 'fachbereiche', 'abteilung', 'fachamt', 'referat', 'department',
    'ordnungsamt', 'bauamt', 'hauptamt', 'standesamt', 'buergeramt', 'sozialamt', 'jugendamt', 'personalamt',
    'rechnungsamt', 'kaemmerei', 'stadtkasse', 'bauhof'],
  apply: ['beantragen', 'beantragt', 'antrag', 'antraege', 'apply', 'application', 'antragstellung'],
  skills: ['itler', 'itlerin', 'informatiker', 'kenntnisse', 'vorkenntnisse', 'programmieren', 'programmierkenntnisse', 'coding', 'code',
    'skills', 'wissen'],
};

const conceptByForm = new Map<string, string>();
for (const [concept, words] of Object.entries(SYNONYM_GROUPS)) {
  for (const word of words) {
    const folded = foldWord(word);
    conceptByForm.set(folded, `#${concept}`);
    if (!conceptByForm.has(stem(folded))) conceptByForm.set(stem(folded), `#${concept}`);
  }
}

/** The group term of a folded word (looked up as written, then by its stem), or undefined. */
export function conceptOf(folded: string): string | undefined {
  return conceptByForm.get(folded) ?? conceptByForm.get(stem(folded));
}

export function conceptForms(): ReadonlyMap<string, string> {
  return conceptByForm;
}
