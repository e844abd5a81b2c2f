import { both } from './bilingual-labels.ts';

/**
 * Labels of the enrolment form, its result, my enrolments and the cancel confirmation.
 * Read through cardTexts(locale) in card-texts.ts.
 */
export const ENROLMENT_LABELS = {
  // enrolment-form.card
  formTitle: both('Anmeldung', 'Enrolment'),
  formIntro: both('Bitte ergänzen Sie Ihre Angaben. Felder mit * sind Pflichtfelder.', 'Please add your details. Fields marked * are required.'),
  municipalityLabel: both('Ihre Kommune *', 'Your municipality *'),
  municipalityPlaceholder: both('Namen eintippen, z. B. Aidlingen', 'Type a name, e.g. Aidlingen'),
  municipalityTextLabel: both('Kommune nicht gefunden? Name eingeben', 'Municipality not found? Enter its name'),
  municipalityTextPlaceholder: both('z. B. Aidlingen (Landkreis Böblingen)', 'e.g. Aidlingen (Landkreis Böblingen)'),
  departmentLabel: both('Dienststelle / Fachbereich', 'Department'),
  departmentPlaceholder: both('z. B. Hauptamt', 'e.g. Hauptamt (central services)'),
  departmentError: both('Bitte geben Sie Ihre Dienststelle an (mindestens 2 Zeichen).', 'Please enter your department (at least 2 characters).'),
  roleLabel: both('Funktion (optional)', 'Role (optional)'),
  rolePlaceholder: both('z. B. Sachbearbeitung Digitalisierung', 'e.g. digitalisation officer'),
  voucherIdLabel: both('Bildungs-Voucher-ID (optional)', 'Voucher ID (optional)'),
  voucherIdPlaceholder: both('beginnt mit dem 8-stelligen Gemeindeschlüssel', 'starts with the 8-digit municipality key'),
  voucherIdHint: both('Ohne Voucher-ID wird der volle Preis berechnet.', 'Without a voucher ID the full price is charged.'),
  basisCompletedTitle: both('Basisqualifizierung bereits abgeschlossen', 'Basic qualification already completed'),
  consentLabel: both('Einwilligung', 'Consent'),
  consentTitle: both(
    'Ich bin einverstanden, dass mein Name, meine Kommune und meine Dienststelle für diese Anmeldung gespeichert werden.',
    'I agree that my name, municipality and department are stored for this enrolment.',
  ),
  consentError: both('Ohne Ihre Einwilligung können wir Sie nicht anmelden.', 'We cannot enrol you without your consent.'),
  backToDetails: both('Zurück', 'Back'),

  // enrolment-result.card
  confirmedTitle: both('Sie sind angemeldet', 'You are enrolled'),
  existingNote: both('Sie waren für diesen Termin bereits angemeldet; das ist Ihre bestehende Anmeldung.', 'You had already enrolled for this session; this is your existing enrolment.'),
  quoteTitle: both('Ihre Kosten', 'Your costs'),
  quoteFee: both('Gebühr', 'Fee'),
  quoteVoucher: both('Voucher', 'Voucher'),
  quoteOwnShare: both('Eigenanteil', 'Own share'),
  quoteRule: both((version: string) => `Regelstand: ${version}`, (version) => `Rules: ${version}`),
  quoteSources: both((titles: string) => `Quellen: ${titles}`, (titles) => `Sources: ${titles}`),
  quoteNotes: both<Partial<Record<string, string>>>(
    {
      no_voucher_id: 'Ohne Bildungs-Voucher-ID gilt der volle Preis.',
      aufbau_requires_basis: 'Ein Aufbauprogramm wird nur nach abgeschlossener Basisqualifizierung gefördert.',
      no_individual_voucher: 'Für diese Veranstaltung gibt es keinen persönlichen Voucher.',
      no_funding_period: 'Für diesen Zeitraum ist keine Förderung hinterlegt; bitte fragen Sie beim Städtetag nach.',
    },
    {
      no_voucher_id: 'Without a voucher ID the full price applies.',
      aufbau_requires_basis: 'An advanced programme is funded only after the basic qualification.',
      no_individual_voucher: 'There is no personal voucher for this event.',
      no_funding_period: 'No funding is on record for this period; please ask the Städtetag.',
    },
  ),
  addToCalendar: both('Zum Kalender hinzufügen', 'Add to calendar'),
  waitlistedTitle: both('Sie stehen auf der Warteliste', 'You are on the waiting list'),
  waitlistedPosition: both((position: number) => `Sie sind auf Platz ${position} der Warteliste.`, (position) => `You are number ${position} on the waiting list.`),
  waitlistedNext: both(
    (hours: number) => `Wird ein Platz frei, bieten wir ihn Ihnen hier im Chat an. Sie haben dann ${hours} Stunden Zeit, ihn anzunehmen.`,
    (hours) => `If a seat becomes free, we offer it to you here in the chat. You then have ${hours} hours to accept it.`,
  ),
  leaveWaitlist: both('Warteliste verlassen', 'Leave the waiting list'),
  offeredTitle: both('Ein Platz ist für Sie frei', 'A seat is free for you'),
  offeredText: both(
    (until: string) => `Bitte nehmen Sie ihn bis ${until} an. Danach geht er an die nächste Person auf der Warteliste.`,
    (until) => `Please accept it by ${until}. After that it goes to the next person on the waiting list.`,
  ),
  acceptOffer: both('Platz annehmen', 'Accept seat'),
  declineOffer: both('Ablehnen', 'Decline'),
  declinedTitle: both('Anmeldung nicht möglich', 'Enrolment not possible'),
  whatNext: both('So geht es weiter', 'What you can do'),
  tryAgain: both('Formular erneut öffnen', 'Open the form again'),

  // my-enrolments.card + cancel-confirm.card
  mineTitle: both('Meine Anmeldungen', 'My enrolments'),
  mineEmpty: both('Sie haben keine aktuellen Anmeldungen.', 'You have no current enrolments.'),
  mineEmptyHint: both('Im Katalog finden Sie alle Kurse und Termine.', 'The catalogue lists all courses and dates.'),
  mineEarlier: both((n: number) => `Frühere und beendete Anmeldungen (${n})`, (n) => `Earlier and ended enrolments (${n})`),
  cancelButton: both('Abmelden', 'Cancel enrolment'),
  cancelDeadlinePassed: both(
    (deadline: string) => `Die kostenlose Abmeldung war bis ${deadline} möglich. Bitte wenden Sie sich an den Anbieter.`,
    (deadline) => `Free cancellation was possible until ${deadline}. Please contact the provider.`,
  ),
  cancelConfirmTitle: both('Wirklich abmelden?', 'Really cancel?'),
  cancelConfirmSeat: both('Ihr Platz wird freigegeben und der nächsten Person auf der Warteliste angeboten.', 'Your seat is released and offered to the next person on the waiting list.'),
  cancelConfirmWaitlist: both('Sie verlassen die Warteliste.', 'You leave the waiting list.'),
  cancelConfirmOffer: both('Sie geben den angebotenen Platz zurück.', 'You give back the seat offered to you.'),
  cancelConfirmYes: both('Ja, abmelden', 'Yes, cancel'),
  cancelConfirmNo: both('Nein, zurück', 'No, go back'),
};
