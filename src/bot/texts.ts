import type { EnrolmentError, EnrolmentErrorCode } from '../features/catalogue/index.ts';
import type { Locale } from './locale.ts';

/**
 * Every reply the bot writes, German (formal "Sie") first, English second, and the one table that maps the
 * domain's result codes to what a person reads (STYLE.md habit 5). Card labels live in cards/card-texts.ts.
 */
const when = (date: Date | undefined, locale: Locale): string =>
  date
    ? new Intl.DateTimeFormat(locale === 'de' ? 'de-DE' : 'en-GB', { timeZone: 'Europe/Berlin', dateStyle: 'full', timeStyle: 'short' }).format(date)
    : '';

type ErrorText = (e: EnrolmentError, locale: Locale) => string;

const de: Record<EnrolmentErrorCode, (e: EnrolmentError) => string> = {
  invalid_request: () => 'Die Angaben waren unvollständig. Bitte prüfen Sie das Formular und senden Sie es erneut.',
  session_not_found: () => 'Diesen Termin gibt es nicht (mehr). Bitte wählen Sie einen Termin aus der aktuellen Übersicht.',
  session_cancelled: () => 'Dieser Termin wurde abgesagt. Bitte wählen Sie einen anderen Termin.',
  session_started: () => 'Dieser Termin hat bereits begonnen; eine Anmeldung oder Änderung ist nicht mehr möglich.',
  registration_closed: (e) => `Der Anmeldeschluss war ${when(e.deadline, 'de')}. Bitte wählen Sie einen späteren Termin oder wenden Sie sich an den Bildungsträger.`,
  unknown_municipality: () => 'Diese Kommune kennen wir nicht. Bitte wählen Sie Ihre Stadt, Gemeinde oder Ihren Landkreis aus der Liste.',
  voucher_invalid_format: () => 'Die Bildungs-Voucher-ID ist ungültig: Sie beginnt mit dem 8-stelligen Amtlichen Gemeindeschlüssel Ihrer Kommune. Lassen Sie das Feld leer, wenn Sie noch keine ID haben.',
  voucher_wrong_municipality: (e) => `Die Bildungs-Voucher-ID gehört nicht zu der gewählten Kommune${e.detail ? ` (sie beginnt mit dem Schlüssel von ${e.detail})` : ''}. Bitte prüfen Sie Kommune und ID.`,
  consent_required: () => 'Für die Anmeldung brauchen wir Ihre Einwilligung, Name, Kommune und Dienststelle zu speichern.',
  enrolment_not_found: () => 'Diese Anmeldung haben wir nicht gefunden. Unter „Meine Anmeldungen“ sehen Sie Ihren aktuellen Stand.',
  cancellation_deadline_passed: (e) => `Eine kostenfreie Abmeldung war bis ${when(e.deadline, 'de')} möglich. Bitte wenden Sie sich direkt an den Bildungsträger.`,
  not_offered: () => 'Für diese Anmeldung liegt kein Platzangebot vor. Unter „Meine Anmeldungen“ sehen Sie Ihren aktuellen Stand.',
  offer_expired: (e) => `Das Platzangebot ist ${e.deadline ? `am ${when(e.deadline, 'de')} ` : ''}abgelaufen; der Platz ging an die nächste Person auf der Warteliste.`,
  session_full: () => 'Der Termin ist inzwischen ausgebucht. Sie bleiben auf der Warteliste.',
};

const en: Record<EnrolmentErrorCode, (e: EnrolmentError) => string> = {
  invalid_request: () => 'Some details were missing. Please check the form and send it again.',
  session_not_found: () => 'This session does not exist (any more). Please pick one from the current list.',
  session_cancelled: () => 'This session has been cancelled. Please choose another date.',
  session_started: () => 'This session has already started; enrolments can no longer be made or changed.',
  registration_closed: (e) => `Registration closed on ${when(e.deadline, 'en')}. Please choose a later date or contact the provider.`,
  unknown_municipality: () => 'We do not know this municipality. Please pick your town, municipality or district from the list.',
  voucher_invalid_format: () => 'The voucher ID is not valid: it starts with the 8-digit official municipality key (AGS). Leave it empty if you do not have one yet.',
  voucher_wrong_municipality: (e) => `The voucher ID does not belong to the selected municipality${e.detail ? ` (it starts with the key of ${e.detail})` : ''}. Please check both.`,
  consent_required: () => 'To enrol you, we need your consent to store your name, municipality and department.',
  enrolment_not_found: () => 'We could not find this enrolment. "My enrolments" shows your current state.',
  cancellation_deadline_passed: (e) => `Free cancellation was possible until ${when(e.deadline, 'en')}. Please contact the provider directly.`,
  not_offered: () => 'There is no seat offer for this enrolment. "My enrolments" shows your current state.',
  offer_expired: (e) => `The seat offer expired${e.deadline ? ` on ${when(e.deadline, 'en')}` : ''}; the seat went to the next person on the waitlist.`,
  session_full: () => 'The session is fully booked by now. You stay on the waitlist.',
};

export const enrolmentErrorText: ErrorText = (e, locale) => (locale === 'de' ? de : en)[e.code](e);

export const TEXTS = {
  de: {
    emptyMessage: 'Ihre Nachricht war leer. Schreiben Sie mir Ihre Frage oder „hilfe“, um zu sehen, was ich kann.',
    askPrompt: 'Was möchten Sie wissen? Schreiben Sie Ihre Frage direkt dazu, z. B. „frage Wie viele Lotsen werden für unsere Gemeinde gefördert?“',
    emojiOnly: 'Danke! Mit Emojis allein kann ich leider nichts anfangen. Schreiben Sie mir Ihre Frage in Worten, z. B. „Welche Kurse gibt es im Januar?“',
    tooLong: (n: number) => `Ihre Nachricht ist mit ${n.toLocaleString('de-DE')} Zeichen zu lang für mich. Bitte fassen Sie Ihre Frage in höchstens 2.000 Zeichen zusammen.`,
    unknown: 'Das habe ich leider nicht verstanden. Schreiben Sie „kurse“ für Termine, „meine anmeldungen“ für Ihre Anmeldungen oder „hilfe“ für alles Weitere.',
    staleTitle: 'Nicht mehr aktuell',
    staleCard: 'Diese Karte ist nicht mehr aktuell. Unter „Meine Anmeldungen“ und in der Kursübersicht sehen Sie den aktuellen Stand.',
    refusalTitle: 'Das hat nicht geklappt',
    cancelledTitle: 'Abmeldung bestätigt',
    cancelledText: 'Sie sind abgemeldet. Ihr Platz wird der nächsten Person auf der Warteliste angeboten.',
    declinedTitle: 'Platz freigegeben',
    declinedText: 'Sie haben das Platzangebot abgelehnt. Der Platz geht an die nächste Person auf der Warteliste.',
    ambiguousIn: (names: string) => `Diesen Namen gibt es mehrfach: ${names}. Bitte wählen Sie Ihre Kommune aus der Liste oder ergänzen Sie den Landkreis.`,
    invalidAction: 'Mit dieser Schaltfläche stimmt etwas nicht. Hier ist der aktuelle Stand.',
    internalError: 'Da ist bei uns etwas schiefgegangen. Ihre Daten sind unverändert. Bitte versuchen Sie es gleich noch einmal.',
    municipalityAmbiguous: 'Diesen Namen gibt es mehrfach. Bitte wählen Sie Ihre Kommune aus der Liste.',
    municipalityMissing: 'Bitte wählen Sie Ihre Kommune aus der Liste oder geben Sie ihren Namen ein.',
    formIncomplete: 'Bitte füllen Sie die Pflichtfelder aus: Kommune, Dienststelle und Einwilligung.',
  },
  en: {
    emptyMessage: 'Your message was empty. Send me your question, or "help" to see what I can do.',
    askPrompt: 'What would you like to know? Add your question right after it, e.g. "question How many pilots are funded for our municipality?"',
    emojiOnly: 'Thanks! I cannot do much with emoji alone, though. Please write your question in words, e.g. "Which courses are there in January?"',
    tooLong: (n: number) => `Your message has ${n.toLocaleString('en-GB')} characters, which is too long for me. Please keep your question under 2,000 characters.`,
    unknown: 'Sorry, I did not understand that. Write "courses" for dates, "my enrolments" for your enrolments or "help" for everything else.',
    staleTitle: 'Out of date',
    staleCard: 'This card is out of date. "My enrolments" and the course list show the current state.',
    refusalTitle: 'That did not work',
    cancelledTitle: 'Cancellation confirmed',
    cancelledText: 'You are no longer enrolled. Your seat is offered to the next person on the waitlist.',
    declinedTitle: 'Seat released',
    declinedText: 'You declined the seat offer. The seat goes to the next person on the waitlist.',
    ambiguousIn: (names: string) => `There are several places with this name: ${names}. Please pick yours from the list or add the district.`,
    invalidAction: 'Something is wrong with this button. Here is the current state.',
    internalError: 'Something went wrong on our side. Your data is unchanged. Please try again in a moment.',
    municipalityAmbiguous: 'There are several places with this name. Please pick yours from the list.',
    municipalityMissing: 'Please pick your municipality from the list or type its name.',
    formIncomplete: 'Please fill in the required fields: municipality, department and consent.',
  },
} as const satisfies Record<Locale, Record<string, unknown>>;

export type Texts = (typeof TEXTS)['de'];
export const textsFor = (locale: Locale): Texts => TEXTS[locale] as Texts;
