import { both } from './bilingual-labels.ts';

/**
 * Labels of the reminder cards and of the notifications sent proactively (seat offers, cancelled or moved sessions).
 * Read through cardTexts(locale) in card-texts.ts.
 */
export const REMINDER_LABELS = {
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
