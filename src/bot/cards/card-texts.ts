import type { CourseType, SessionMode } from '../../features/catalogue/index.ts';
import type { Locale } from '../locale.ts';

/**
 * Every label on every card, German (formal "Sie") first and English second, side by side so a translation gap is
 * visible in review. `both` gives the English entry exactly the German entry's type: a missing key or a function
 * with other parameters does not compile. Replies outside cards live in ../texts.ts.
 */
const both = <T>(de: T, en: NoInfer<T>) => ({ de, en });

const TABLE = {
  // shared
  catalogueButton: both('Kurse und Termine', 'Courses and dates'),
  mineButton: both('Meine Anmeldungen', 'My enrolments'),
  helpButton: both('Hilfe', 'Help'),
  backToCatalogue: both('Zurück zur Übersicht', 'Back to the overview'),
  detailsButton: both('Details', 'Details'),
  enrolButton: both('Anmelden', 'Enrol'),
  online: both('Online', 'Online'),
  hybridPlace: both((place: string) => `${place} oder online`, (place) => `${place} or online`),
  free: both('kostenfrei', 'free of charge'),
  unlimited: both('unbegrenzt', 'unlimited'),
  seatsLeft: both((free: number, capacity: number) => `${free} von ${capacity} Plätzen frei`, (free, capacity) => `${free} of ${capacity} seats free`),
  waitlist: both(
    (waiting: number) => (waiting === 0 ? 'Warteliste (ausgebucht)' : `Warteliste (${waiting} wartend)`),
    (waiting) => (waiting === 0 ? 'Waiting list (fully booked)' : `Waiting list (${waiting} waiting)`),
  ),
  lastDayEnds: both((range: string, end: string) => `${range}, letzter Tag bis ${end}`, (range, end) => `${range}, last day until ${end}`),
  timesVary: both('Uhrzeiten je Tag in den Details', 'times per day in the details'),
  factWhen: both('Termin', 'When'),
  factPlace: both('Ort', 'Where'),
  factProvider: both('Anbieter', 'Provider'),
  factSeats: both('Plätze', 'Seats'),
  factFee: both('Gebühr', 'Fee'),
  factVoucher: both('Voucher deckt', 'Voucher covers'),
  noVoucher: both('—', '—'),
  factStatus: both('Status', 'Status'),
  courseTypes: both<Record<CourseType, string>>(
    { basis: 'Basisqualifizierung', aufbau: 'Aufbauprogramm', inhouse: 'Inhouse-Schulung', vernetzung: 'Vernetzungsevent', digilunch: 'Digi-Lunch' },
    { basis: 'Basic qualification', aufbau: 'Advanced programme', inhouse: 'In-house training', vernetzung: 'Networking event', digilunch: 'Digi-Lunch' },
  ),
  modes: both<Record<SessionMode, string>>({ onsite: 'Vor Ort', online: 'Online', hybrid: 'Hybrid' }, { onsite: 'On site', online: 'Online', hybrid: 'Hybrid' }),

  // catalogue.card
  catalogueTitle: both('Kurse und Termine', 'Courses and dates'),
  filterCourseType: both('Kursart', 'Course type'),
  filterMonth: both('Monat', 'Month'),
  filterMode: both('Ort', 'Format'),
  filterProvider: both('Anbieter', 'Provider'),
  filterAll: both('alle', 'all'),
  filterButton: both('Filtern', 'Filter'),
  resultCount: both((n: number) => (n === 1 ? '1 Termin' : `${n} Termine`), (n) => (n === 1 ? '1 date' : `${n} dates`)),
  pageOf: both((page: number, count: number) => `Seite ${page} von ${count}`, (page, count) => `Page ${page} of ${count}`),
  previousPage: both('Vorherige Seite', 'Previous page'),
  nextPage: both('Nächste Seite', 'Next page'),
  sampleNotice: both(
    'Beispieldaten: Termine, Orte, Plätze und Gebühren sind erfunden und dienen nur der Vorführung. Verbindlich sind die Angaben der Bildungsträger.',
    'Sample data: dates, places, seats and fees are made up for demonstration only. The providers’ own information is binding.',
  ),
  emptyTitle: both('Keine Termine für diese Auswahl', 'No dates for this selection'),
  emptyHint: both('Ändern Sie den Filter oder wählen Sie überall „alle“.', 'Change the filter or choose “all” everywhere.'),

  // session-details.card
  dayLabel: both((n: number) => `Tag ${n}`, (n) => `Day ${n}`),
  onlineAccess: both('Online-Zugang', 'Online access'),
  registrationDeadline: both('Anmeldeschluss', 'Registration deadline'),
  freeCancellationUntil: both('Kostenlose Abmeldung bis', 'Free cancellation until'),
  stateCancelled: both('Dieser Termin wurde abgesagt.', 'This session has been cancelled.'),
  stateRegistrationClosed: both((deadline: string) => `Die Anmeldung ist geschlossen (Anmeldeschluss: ${deadline}).`, (deadline) => `Registration is closed (deadline: ${deadline}).`),
  stateStarted: both('Dieser Termin hat bereits begonnen; eine Anmeldung ist nicht mehr möglich.', 'This session has already started; enrolment is no longer possible.'),
  stateOver: both('Dieser Termin hat bereits stattgefunden.', 'This session has already taken place.'),
  alreadyEnrolled: both((status: string) => `Ihre Anmeldung: ${status}`, (status) => `Your enrolment: ${status}`),

  // enrolment status (my-enrolments, details, cancel-confirm)
  statusConfirmed: both('Angemeldet', 'Enrolled'),
  statusWaitlisted: both((position?: number) => (position ? `Warteliste, Platz ${position}` : 'Warteliste'), (position) => (position ? `Waiting list, position ${position}` : 'Waiting list')),
  statusOffered: both(
    (until?: string) => (until ? `Platz angeboten – bitte bis ${until} annehmen` : 'Platz angeboten'),
    (until) => (until ? `Seat offered – please accept by ${until}` : 'Seat offered'),
  ),
  statusCancelled: both('Abgemeldet', 'Cancelled'),
  statusDeclined: both('Platzangebot abgelehnt', 'Seat offer declined'),
  statusExpired: both('Platzangebot abgelaufen', 'Seat offer expired'),
  statusSessionCancelled: both('Termin abgesagt', 'Session cancelled'),

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

  // welcome.card + help.card
  welcomeTitle: both('Willkommen beim Lotsenbot', 'Welcome to Lotsenbot'),
  welcomeIntro: both(
    'Ich helfe Ihnen rund um das Qualifizierungsprogramm „Kommunale Digitallotsen“ in Baden-Württemberg.',
    'I help you with the “Kommunale Digitallotsen” qualification programme of Baden-Württemberg.',
  ),
  helpTitle: both('Was ich für Sie tun kann', 'What I can do for you'),
  capabilities: both<Array<{ title: string; text: string }>>(
    [
      { title: 'Kurse und Termine', text: 'Basisqualifizierung, Aufbauprogramme, Inhouse-Schulungen und Vernetzungsformate finden.' },
      { title: 'Anmelden', text: 'Direkt hier im Chat, mit Ihren Kosten und einer Kalendereinladung.' },
      { title: 'Meine Anmeldungen', text: 'Stand ansehen, abmelden, angebotene Plätze annehmen.' },
      { title: 'Fragen zu Förderung und Kosten', text: 'Voucher, geförderte Lotsen je Kommune, Inhouse-Förderung.' },
      { title: 'Frage an das Team', text: 'Was ich nicht beantworten kann, gebe ich an das Programmteam weiter.' },
    ],
    [
      { title: 'Courses and dates', text: 'Find the basic qualification, advanced programmes, in-house training and networking formats.' },
      { title: 'Enrol', text: 'Right here in the chat, with your costs and a calendar invitation.' },
      { title: 'My enrolments', text: 'See where you stand, cancel, accept offered seats.' },
      { title: 'Questions about funding and costs', text: 'Vouchers, funded pilots per municipality, in-house funding.' },
      { title: 'Ask the team', text: 'What I cannot answer, I pass on to the programme team.' },
    ],
  ),
  commandsTitle: both('Sie können auch schreiben:', 'You can also type:'),
  quoted: both((s: string) => `„${s}“`, (s) => `“${s}”`),
  commands: both<Array<{ command: string; text: string }>>(
    [
      { command: 'kurse', text: 'Kurse und Termine' },
      { command: 'meine anmeldungen', text: 'Ihre Anmeldungen' },
      { command: 'hilfe', text: 'diese Übersicht' },
    ],
    [
      { command: 'courses', text: 'courses and dates' },
      { command: 'my enrolments', text: 'your enrolments' },
      { command: 'help', text: 'this overview' },
    ],
  ),
  askExample: both('Fragen Sie einfach: „Wie viele Lotsen werden für unsere Gemeinde gefördert?“', 'Just ask: “How many pilots are funded for our municipality?”'),
  // faq-answer.card, faq-computed.card, faq-choices.card
  faqUnconfirmed: both(
    'Diese Angabe ist in den Quellen nicht bestätigt. Im Zweifel fragen Sie das Programmteam.',
    'This is not confirmed by the sources. If in doubt, ask the programme team.',
  ),
  faqSources: both('Quellen', 'Sources'),
  faqFactsDate: both((date: string) => `Stand: ${date}`, (date) => `As of: ${date}`),
  faqHelpful: both('Hat das geholfen?', 'Did this help?'),
  faqYes: both('👍 Ja', '👍 Yes'),
  faqNo: both('👎 Nein', '👎 No'),
  faqThanks: both('Danke für Ihre Rückmeldung', 'Thank you for your feedback'),
  faqHandover: both('Frage an das Team weitergeben', 'Pass the question on to the team'),
  faqHandoverHint: both('Stimmt etwas nicht oder fehlt etwas? Das Programmteam antwortet Ihnen hier im Chat.', 'Something wrong or missing? The programme team answers you here in the chat.'),
  faqPeriod: both('Förderzeitraum', 'Funding period'),
  faqRule: both('Regelstand', 'Rule version'),
  faqConditions: both('Voraussetzungen', 'Conditions'),
  faqCaveats: both('Bitte beachten', 'Please note'),
  faqDidYouMean: both('Meinten Sie …?', 'Did you mean …?'),
  faqDidYouMeanHint: both('Wählen Sie eine Frage – oder geben Sie Ihre Frage an das Team weiter.', 'Pick a question – or pass yours on to the team.'),
  faqKinds: both<Record<'gemeinde' | 'stadt' | 'landkreis' | 'stadtkreis', string>>(
    { gemeinde: 'Gemeinde', stadt: 'Stadt', landkreis: 'Landkreis', stadtkreis: 'Stadtkreis' },
    { gemeinde: 'municipality', stadt: 'town', landkreis: 'district', stadtkreis: 'urban district' },
  ),
  faqInhabitants: both((n: string) => `${n} Einwohner`, (n) => `${n} inhabitants`),

  // ticket.card (organisers' channel), ticket-notice.card (asker), my-questions.card
  ticketTitle: both((n: number) => `Frage #${n}`, (n) => `Question #${n}`),
  ticketAsker: both('Gefragt von', 'Asked by'),
  ticketMunicipality: both('Kommune', 'Municipality'),
  ticketAskedAt: both('Gestellt', 'Asked'),
  ticketStatusLabel: both('Status', 'Status'),
  ticketStatus: both<Record<'open' | 'claimed' | 'answered' | 'closed', string>>(
    { open: 'Offen', claimed: 'Übernommen', answered: 'Beantwortet', closed: 'Geschlossen' },
    { open: 'Open', claimed: 'Claimed', answered: 'Answered', closed: 'Closed' },
  ),
  ticketClaimedBy: both('Übernommen von', 'Claimed by'),
  ticketQuestion: both('Frage (wie eingegeben)', 'Question (as typed)'),
  ticketBotAnswer: both('Was der Bot geantwortet hat', 'What the bot answered'),
  ticketBotEntry: both((question: string, id: string) => `Antwort aus der Wissensdatenbank: „${question}“ (${id})`, (question, id) => `Knowledge-base answer: “${question}” (${id})`),
  ticketBotSuggestions: both((ids: string) => `„Meinten Sie …?“ mit: ${ids}`, (ids) => `“Did you mean …?” with: ${ids}`),
  ticketBotComputed: both((kind: string) => `Berechnete Antwort (${kind})`, (kind) => `Computed answer (${kind})`),
  ticketBotNone: both<(reason?: string) => string>(
    (reason) => (reason === 'command' ? 'Keine – direkt an das Team gestellt' : reason?.startsWith('topic:') ? `Keine – unbestätigtes Thema (${reason.slice(6)})` : 'Keine – außerhalb dessen, was der Bot weiß'),
    (reason) => (reason === 'command' ? 'None – asked the team directly' : reason?.startsWith('topic:') ? `None – unconfirmed topic (${reason.slice(6)})` : 'None – outside what the bot knows'),
  ),
  ticketAnswerBy: both((name: string, when: string) => `Antwort von ${name} (${when})`, (name, when) => `Answer by ${name} (${when})`),
  ticketClosedBy: both((name: string, when: string) => `Geschlossen von ${name} (${when})`, (name, when) => `Closed by ${name} (${when})`),
  ticketInKnowledgeBase: both((id: string) => `In der Wissensdatenbank als ${id}`, (id) => `In the knowledge base as ${id}`),
  ticketAnswerLabel: both('Ihre Antwort an die fragende Person', 'Your answer to the person who asked'),
  ticketAnswerPlaceholder: both('Die Antwort geht direkt in den persönlichen Chat der Person.', 'The answer goes straight to their personal chat.'),
  ticketAnswerError: both('Bitte schreiben Sie eine Antwort.', 'Please write an answer.'),
  ticketClaim: both('Übernehmen', 'Claim'),
  ticketRelease: both('Freigeben', 'Release'),
  ticketAnswer: both('Antworten', 'Answer'),
  ticketCorrect: both('Antwort korrigieren', 'Correct the answer'),
  ticketClose: both('Schließen', 'Close'),
  ticketToKnowledgeBase: both('In die Wissensdatenbank übernehmen', 'Add to the knowledge base'),
  ticketNoticeTitle: both((n: number) => `Antwort auf Ihre Frage (Ticket #${n})`, (n) => `Answer to your question (ticket #${n})`),
  ticketNoticeClosedTitle: both((n: number) => `Ihre Frage ist abgeschlossen (Ticket #${n})`, (n) => `Your question is closed (ticket #${n})`),
  ticketNoticeClosedText: both(
    (email: string) => `Das Programmteam hat Ihre Frage ohne weitere Antwort geschlossen. Wenn noch etwas offen ist, schreiben Sie an ${email}.`,
    (email) => `The programme team closed your question without a further answer. If something is still open, write to ${email}.`,
  ),
  ticketYourQuestion: both('Ihre Frage', 'Your question'),
  myQuestionsTitle: both('Meine Fragen an das Team', 'My questions to the team'),
  myQuestionsEmpty: both('Sie haben dem Team noch keine Frage gestellt. Wenn ich etwas nicht beantworten kann, gebe ich Ihre Frage gern weiter.', 'You have not asked the team anything yet. When I cannot answer something, I am happy to pass your question on.'),
  myQuestionsButton: both('Meine Fragen', 'My questions'),
  myQuestionStatus: both<Record<'open' | 'claimed' | 'answered' | 'closed', string>>(
    { open: 'Wartet auf das Team', claimed: 'In Bearbeitung', answered: 'Beantwortet', closed: 'Abgeschlossen' },
    { open: 'Waiting for the team', claimed: 'In progress', answered: 'Answered', closed: 'Closed' },
  ),

  // reminder.card + reminder-cancel.card
  reminderTitle: both(
    (days: number) => (days <= 0 ? 'Erinnerung: Ihr Termin ist heute' : days === 1 ? 'Erinnerung: Ihr Termin ist morgen' : `Erinnerung: Ihr Termin ist in ${days} Tagen`),
    (days) => (days <= 0 ? 'Reminder: your session is today' : days === 1 ? 'Reminder: your session is tomorrow' : `Reminder: your session is in ${days} days`),
  ),
  reminderIntro: both('Sie sind für diesen Termin angemeldet. Wir freuen uns auf Sie!', 'You are enrolled for this session. We look forward to seeing you!'),
  openOnlineAccess: both('Online-Zugang öffnen', 'Open the online access'),
  cantAttendButton: both('Ich kann nicht teilnehmen', 'I cannot attend'),
  cantAttendTitle: both('Sie können nicht teilnehmen?', 'You cannot attend?'),
  cantAttendConsequence: both(
    'Wenn Sie sich abmelden, wird Ihr Platz der nächsten Person auf der Warteliste angeboten.',
    'If you cancel, your seat is offered to the next person on the waiting list.',
  ),
  cantAttendDoneTitle: both('Abmeldung bestätigt', 'Cancellation confirmed'),
  cantAttendDone: both(
    'Danke, dass Sie Bescheid geben. Sie sind abgemeldet; Ihr Platz wird der nächsten Person auf der Warteliste angeboten.',
    'Thank you for letting us know. You are no longer enrolled; your seat is offered to the next person on the waiting list.',
  ),
  cantAttendTooLateTitle: both('Abmeldung nur beim Anbieter', 'Please contact the provider'),
  cantAttendTooLate: both(
    (deadline: string, provider: string) => `Die kostenlose Abmeldung war bis ${deadline} möglich. Bitte wenden Sie sich direkt an den Anbieter: ${provider}.`,
    (deadline, provider) => `Free cancellation was possible until ${deadline}. Please contact the provider directly: ${provider}.`,
  ),
  cantAttendStarted: both(
    (provider: string) => `Der Termin hat bereits begonnen. Bitte wenden Sie sich direkt an den Anbieter: ${provider}.`,
    (provider) => `The session has already started. Please contact the provider directly: ${provider}.`,
  ),
  notEnrolledTitle: both('Nicht mehr angemeldet', 'No longer enrolled'),
  notEnrolledText: both((status: string) => `Für diesen Termin sind Sie nicht mehr angemeldet (${status}).`, (status) => `You are no longer enrolled for this session (${status}).`),

  // notification-*.card (sent proactively)
  offerExpiredTitle: both('Ihr Platzangebot ist abgelaufen', 'Your seat offer has expired'),
  offerExpiredText: both(
    (until: string) => `Das Angebot galt bis ${until}. Der Platz wurde der nächsten Person auf der Warteliste angeboten.`,
    (until) => `The offer was open until ${until}. The seat has been offered to the next person on the waiting list.`,
  ),
  offerExpiredNext: both('Gern können Sie sich für einen anderen Termin anmelden.', 'You are welcome to enrol for another date.'),
  sessionCancelledTitle: both('Termin abgesagt', 'Session cancelled'),
  sessionCancelledText: both(
    'Der Veranstalter hat diesen Termin leider abgesagt. Ihre Anmeldung dafür ist beendet.',
    'Unfortunately the organiser has cancelled this session. Your enrolment for it has ended.',
  ),
  sessionCancelledReason: both((reason: string) => `Grund: ${reason}`, (reason) => `Reason: ${reason}`),
  sessionCancelledNext: both('Im Katalog finden Sie andere Termine.', 'The catalogue lists other dates.'),
  removeFromCalendar: both('Aus dem Kalender entfernen', 'Remove from your calendar'),
  sessionMovedTitle: both('Termin verschoben', 'Session moved'),
  sessionMovedText: both(
    (previous: string) => `Dieser Termin wurde verschoben. Bisher: ${previous}. Die neuen Daten stehen unten.`,
    (previous) => `This session has been moved. Previously: ${previous}. The new dates are below.`,
  ),
  sessionMovedNext: both(
    'Bitte übernehmen Sie den neuen Termin in Ihren Kalender. Passt er Ihnen nicht, können Sie sich abmelden.',
    'Please update your calendar. If the new date does not suit you, you can cancel.',
  ),
  updateCalendar: both('Neuen Termin in den Kalender', 'Add the new date to your calendar'),
};

export type CardTexts = { readonly [K in keyof typeof TABLE]: (typeof TABLE)[K]['de'] };

const byLocale = (locale: Locale): CardTexts =>
  Object.fromEntries(Object.entries(TABLE).map(([key, entry]) => [key, entry[locale]])) as CardTexts;
const TEXTS: Record<Locale, CardTexts> = { de: byLocale('de'), en: byLocale('en') };

export const cardTexts = (locale: Locale): CardTexts => TEXTS[locale];
