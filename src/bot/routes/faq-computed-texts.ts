import type { InvalidInputCode } from '../../features/faq/index.ts';
import type { MunicipalityKind } from '../../features/programme/index.ts';
import type { Locale } from '../locale.ts';

/**
 * The sentences of computed answers (issue 4), German (formal "Sie") first and English second. They only put the
 * rules module's figures into words; each figure comes formatted from the caller (formatMoneyShort, population with
 * separators), so a rule change can never leave a stale number in a sentence.
 */
const both = <T>(de: T, en: NoInfer<T>) => ({ de, en });

const persons = { de: (n: number) => (n === 1 ? '1 Person' : `${n} Personen`), en: (n: number) => (n === 1 ? '1 person' : `${n} people`) };

const TABLE = {
  titlePlaces: both((where: string) => `Geförderte Digitallotsen: ${where}`, (where) => `Funded digital pilots: ${where}`),
  titlePlacesPopulation: both('Geförderte Digitallotsen nach Einwohnerzahl', 'Funded digital pilots by population'),
  titleCourse: both<(course: 'basis' | 'aufbau') => string>((course) => (course === 'basis' ? 'Kosten der Basisqualifizierung' : 'Kosten eines Aufbauprogramms'), (course) => (course === 'basis' ? 'Costs of the basic qualification' : 'Costs of an advanced programme')),
  titleInhouse: both('Förderung einer Inhouse-Schulung', 'Funding for in-house training'),
  subject: both<(kind: MunicipalityKind, name: string) => string>(
    (kind, name) => ({ gemeinde: `die Gemeinde ${name}`, stadt: `die Stadt ${name}`, landkreis: `den Landkreis ${name}`, stadtkreis: `den Stadtkreis ${name}` })[kind],
    (kind, name) => ({ gemeinde: `the municipality of ${name}`, stadt: `the town of ${name}`, landkreis: `the district (Landkreis) of ${name}`, stadtkreis: `the urban district (Stadtkreis) of ${name}` })[kind],
  ),
  subjectPopulation: both<(district: boolean, population: string) => string>(
    (district, p) => (district ? `einen Stadt- oder Landkreis mit ${p} Einwohnern` : `eine Stadt oder Gemeinde mit ${p} Einwohnern`),
    (district, p) => (district ? `an urban or rural district with ${p} inhabitants` : `a town or municipality with ${p} inhabitants`),
  ),
  placesFigure: both(
    (subject: string, n: number) => `Für ${subject} ${n === 1 ? 'wird' : 'werden'} **${persons.de(n)}** als Digitallotse oder Digitallotsin gefördert.`,
    (subject, n) => `For ${subject}, **${persons.en(n)}** can be funded as digital pilots.`,
  ),
  population: both(
    (name: string, population: string, date: string) => `${name} hat ${population} Einwohner (Stand ${date}, Statistisches Bundesamt).`,
    (name, population, date) => `${name} has ${population} inhabitants (as of ${date}, Federal Statistical Office).`,
  ),
  /** `min` is absent for a band that starts at 0 ("bis 175.000"). */
  band: both<(district: boolean, min: string | undefined, max: string | undefined, n: number) => string>(
    (district, min, max, n) =>
      `Regel: ${district ? 'Stadt- und Landkreise' : 'Städte und Gemeinden'} mit ${!max ? `ab ${min}` : min ? `${min} bis ${max}` : `bis zu ${max}`} Einwohnern – ${persons.de(n)}.`,
    (district, min, max, n) =>
      `Rule: ${district ? 'urban and rural districts' : 'towns and municipalities'} with ${!max ? `${min} or more` : min ? `${min} to ${max}` : `up to ${max}`} inhabitants – ${persons.en(n)}.`,
  ),
  periodSince: both((from: string) => `seit ${from}`, (from) => `since ${from}`),
  periodRange: both((from: string, to: string) => `${from} bis ${to}`, (from, to) => `${from} to ${to}`),
  /** `population` only when the question gave a number instead of a place (the place's own line says it otherwise). */
  noRule: both(
    (population?: string) => `Für Städte und Gemeinden über 130.000 Einwohner nennt die Quelle **keine Stufe**${population ? ` (gefragt: ${population} Einwohner)` : ''}. Eine Zahl kann ich deshalb nicht verbindlich nennen.`,
    (population) => `The source gives **no band** for towns above 130,000 inhabitants${population ? ` (asked: ${population})` : ''}. So I cannot give a binding number.`,
  ),
  noRuleHint: both(
    (n: number) => `Nach den Stufen für Stadt- und Landkreise wären es ${persons.de(n)} – das bestätigt aber keine Quelle.`,
    (n) => `The bands for urban and rural districts would give ${persons.en(n)} – but no source confirms this.`,
  ),
  twin: both(
    (name: string, asKind: MunicipalityKind, n: number | undefined) =>
      `${name} ist zugleich Stadt und Stadtkreis (gleicher Gemeindeschlüssel). Als ${asKind === 'stadtkreis' ? 'Stadtkreis' : 'Stadt'} gezählt ${n === undefined ? 'nennt die Quelle keine Stufe' : `sind es **${persons.de(n)}**`}.`,
    (name, asKind, n) =>
      `${name} is both a town and an urban district (same municipality key). Counted as ${asKind === 'stadtkreis' ? 'an urban district' : 'a town'}, ${n === undefined ? 'the source gives no band' : `it is **${persons.en(n)}**`}.`,
  ),
  twinWhich: both('Welche Zählung für Sie gilt, bestätigt der Städtetag.', 'The Städtetag confirms which count applies to you.'),
  voucherBasis: both(
    (perDay: string, days: number, total: string) => `Der Bildungs-Voucher übernimmt für die Basisqualifizierung **${perDay} pro Seminartag** – bei ${days} Tagen also **${total}**.`,
    (perDay, days, total) => `The education voucher covers **${perDay} per seminar day** of the basic qualification – **${total}** for the ${days} days.`,
  ),
  voucherAufbau: both(
    (perDay: string, days: number, total: string, typical: boolean) =>
      `Für ein Aufbauprogramm übernimmt der Voucher **höchstens ${perDay} pro Seminartag** – bei ${days === 1 ? '1 Tag' : `${days} Tagen`}${typical ? ' (diese Dauer nennt nur eine Pressemitteilung)' : ''} also höchstens **${total}**.`,
    (perDay, days, total, typical) =>
      `For an advanced programme the voucher covers **at most ${perDay} per seminar day** – at most **${total}** for ${days === 1 ? '1 day' : `${days} days`}${typical ? ' (only a press release states this duration)' : ''}.`,
  ),
  feeUnknown: both(
    'Die Seminargebühr selbst ist in unseren Quellen **nicht bestätigt**. Ihr Eigenanteil ist die Gebühr des Bildungsträgers abzüglich des Vouchers; die Gebühr nennt Ihnen der Bildungsträger (Verwaltungsschule des Gemeindetags oder VWA).',
    'The seminar fee itself is **not confirmed** by our sources. Your own share is the provider’s fee minus the voucher; the provider (Verwaltungsschule des Gemeindetags or VWA) tells you the fee.',
  ),
  feeKnown: both(
    (fee: string, voucher: string, own: string) => `Bei einer Gebühr von ${fee} übernimmt der Voucher ${voucher}; Ihr Eigenanteil beträgt **${own}**.`,
    (fee, voucher, own) => `With a fee of ${fee} the voucher covers ${voucher}; your own share is **${own}**.`,
  ),
  conditions: both<Record<string, string>>(
    {
      voucher_id_required: 'Ohne Bildungs-Voucher-ID bei der Anmeldung gilt der volle Preis.',
      contract_before_course_start: 'Der Weitergabevertrag muss vor Kursbeginn abgeschlossen sein.',
      aufbau_requires_basis: 'Ein Aufbauprogramm wird nur nach einer Basisqualifizierung gefördert.',
    },
    {
      voucher_id_required: 'Without the voucher ID at registration the full price applies.',
      contract_before_course_start: 'The transfer agreement must be concluded before the course starts.',
      aufbau_requires_basis: 'An advanced programme is funded only after the basic qualification.',
    },
  ),
  inhouseRule: both(
    (share: number, perDay: string, bodies: number, days: number) =>
      `Gefördert werden **${share} %** der zuwendungsfähigen Kosten, **höchstens ${perDay} pro Schulungstag** – für Zusammenschlüsse aus mindestens ${bodies} kommunalen Gebietskörperschaften, bis zu ${days} Schulungstage, einmal je Förderzeitraum.`,
    (share, perDay, bodies, days) =>
      `Funding covers **${share} %** of the eligible costs, **at most ${perDay} per training day** – for groups of at least ${bodies} local authorities, up to ${days} training days, once per funding period.`,
  ),
  inhouseMax: both(
    (days: number, max: string, costs: string) => `Bei ${days === 1 ? '1 Tag' : `${days} Tagen`} also **höchstens ${max}**; diesen Höchstbetrag erreichen Sie ab zuwendungsfähigen Kosten von ${costs}.`,
    (days, max, costs) => `For ${days === 1 ? '1 day' : `${days} days`} that is **at most ${max}**, reached from eligible costs of ${costs}.`,
  ),
  inhouseGrant: both(
    (costs: string, grant: string, own: string, capped: boolean) => `Bei Kosten von ${costs} beträgt der Zuschuss **${grant}**${capped ? ' (begrenzt durch den Tageshöchstsatz)' : ''}; Ihr Eigenanteil ${own}.`,
    (costs, grant, own, capped) => `With costs of ${costs} the grant is **${grant}**${capped ? ' (limited by the daily cap)' : ''}; your own share ${own}.`,
  ),
  contradictionIntro: both('Die Quellen widersprechen sich beim Tageshöchstsatz:', 'The sources contradict each other on the daily cap:'),
  capStatement: both(
    (perDay: string, period: string, sources: string, contradicted: boolean) => `${perDay} pro Tag (Förderzeitraum ab ${period}; ${sources}${contradicted ? '; von anderer Quelle widersprochen' : ''})`,
    (perDay, period, sources, contradicted) => `${perDay} per day (funding period from ${period}; ${sources}${contradicted ? '; contradicted by another source' : ''})`,
  ),
  fundingIntro: both((since: string) => `Widersprüchliche Angaben zur Förderung seit ${since}:`, (since) => `Contradicting statements about funding since ${since}:`),
  fundingStatements: both<Record<string, string>>(
    {
      municipalities_bear_full_costs: 'Laut einem Fachartikel tragen die Kommunen seitdem die Schulungskosten vollständig.',
      funding_continues: 'Laut Städtetag, service-bw und Kommune21 geht die Förderung weiter (neuer Förderzeitraum, Digitalakademie@bw für mindestens zwei Jahre gesichert).',
    },
    {
      municipalities_bear_full_costs: 'According to a trade article, municipalities have borne the full training costs since then.',
      funding_continues: 'According to the Städtetag, service-bw and Kommune21 the funding continues (new funding period, Digitalakademie@bw secured for at least two years).',
    },
  ),
  referTo: both(
    (org: string, unit: string, email: string) => `Den aktuellen Stand bestätigt Ihnen der ${org}, ${unit}: ${email}.`,
    (org, unit, email) => `The ${org}, ${unit}, confirms the current state: ${email}.`,
  ),
  ruleUnconfirmed: both('Diese Regel nennt nur eine Quelle ohne Bestätigung.', 'Only an unconfirmed source states this rule.'),
  invalid: both<(code: InvalidInputCode, value: string, min?: number, max?: number) => string>(
    (code, value, min, max) =>
      ({
        invalid_days: `Die Zahl der Tage (${value}) kann ich nicht rechnen; bitte nennen Sie mindestens ${min ?? 1} Tag.`,
        invalid_fee: `Den Betrag ${value} kann ich nicht rechnen.`,
        invalid_population: `Die Einwohnerzahl ${value} kann ich nicht rechnen.`,
        inhouse_too_many_days: `Eine Inhouse-Schulung wird für höchstens ${max} Schulungstage gefördert; Sie fragten nach ${value}.`,
        inhouse_too_few_bodies: `Gefördert werden Zusammenschlüsse aus mindestens ${min} kommunalen Gebietskörperschaften; Ausnahmen sind nach Prüfung durch den Städtetag möglich.`,
      })[code],
    (code, value, min, max) =>
      ({
        invalid_days: `I cannot compute with ${value} days; please give at least ${min ?? 1} day.`,
        invalid_fee: `I cannot compute with the amount ${value}.`,
        invalid_population: `I cannot compute with a population of ${value}.`,
        inhouse_too_many_days: `In-house training is funded for at most ${max} training days; you asked about ${value}.`,
        inhouse_too_few_bodies: `Groups of at least ${min} local authorities are funded; the Städtetag may allow exceptions after review.`,
      })[code],
  ),
  needsMunicipality: both(
    'Für welche Kommune? Schreiben Sie mir einfach den Namen, z. B. „Aidlingen“ oder „Landkreis Calw“.',
    'For which municipality? Just write its name, e.g. “Aidlingen” or “Landkreis Calw”.',
  ),
  municipalityUnknown: both(
    (query: string) => `„${query}“ habe ich unter den Städten, Gemeinden und Kreisen Baden-Württembergs nicht gefunden. Für welche Kommune? Schreiben Sie mir einfach den Namen, z. B. „Aidlingen“.`,
    (query) => `I did not find “${query}” among the towns, municipalities and districts of Baden-Württemberg. For which municipality? Just write its name, e.g. “Aidlingen”.`,
  ),
  ambiguousTitle: both((query: string) => `„${query}“ gibt es mehrfach`, (query) => `There are several places called “${query}”`),
  ambiguousText: both('Welche Kommune meinen Sie?', 'Which one do you mean?'),
  noFundingPeriod: both(
    (day: string) => `Für den ${day} ist kein Förderzeitraum hinterlegt; dazu kann ich nichts sagen. Bitte fragen Sie beim Städtetag nach.`,
    (day) => `No funding period is on record for ${day}, so I cannot say anything. Please ask the Städtetag.`,
  ),
};

export type ComputedTexts = { readonly [K in keyof typeof TABLE]: (typeof TABLE)[K]['de'] };

const byLocale = (locale: Locale): ComputedTexts => Object.fromEntries(Object.entries(TABLE).map(([key, entry]) => [key, entry[locale]])) as ComputedTexts;
const TEXTS: Record<Locale, ComputedTexts> = { de: byLocale('de'), en: byLocale('en') };

export const computedTexts = (locale: Locale): ComputedTexts => TEXTS[locale];
