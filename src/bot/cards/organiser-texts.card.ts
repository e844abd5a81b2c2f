import type { Locale } from '../locale.ts';
import { both, labelsByLocale } from './bilingual-labels.ts';
import type { Labels } from './bilingual-labels.ts';

/**
 * Labels of the organiser console (menu, sessions, session admin, cancel, move, reminder plan), German first and
 * English second (see bilingual-labels.ts); kept apart from card-texts.ts so each table stays readable.
 */

const persons = both((n: number) => (n === 1 ? '1 Person' : `${n} Personen`), (n) => (n === 1 ? '1 person' : `${n} people`));

const TABLE = {
  persons,
  organiserOnlyTitle: both('Nur für das Programmteam', 'For the programme team only'),
  organiserOnlyText: both(
    'Dieser Bereich ist den Organisatorinnen und Organisatoren des Programms vorbehalten; es wurde nichts geändert. Wenn Sie dazugehören, bittet das Programmteam Sie in seinen Kanal oder trägt Sie als Organisator ein.',
    'This area is reserved for the programme’s organisers; nothing was changed. If you are one of them, the programme team adds you to its channel or lists you as an organiser.',
  ),
  backToMenu: both('Zur Organisation', 'Organiser menu'),
  backToSessions: both('Zur Terminliste', 'Back to the sessions'),
  backToSession: both('Zurück zum Termin', 'Back to the session'),
  unknownSession: both('Diesen Termin gibt es nicht (mehr); es wurde nichts geändert.', 'This session does not exist (any more); nothing was changed.'),
  invalidAction: both('Mit dieser Schaltfläche stimmt etwas nicht; es wurde nichts geändert.', 'Something is wrong with this button; nothing was changed.'),

  // organiser-menu.card
  menuTitle: both('Organisation', 'Organiser console'),
  menuIntro: both(
    'Termine verwalten, Teilnehmende sehen, Termine absagen oder verschieben, Erinnerungen einstellen und Rundnachrichten senden.',
    'Manage sessions, see participants, cancel or move sessions, set reminders and send broadcasts.',
  ),
  menuUpcoming: both((n: number) => (n === 1 ? '1 anstehender Termin' : `${n} anstehende Termine`), (n) => (n === 1 ? '1 upcoming session' : `${n} upcoming sessions`)),
  menuSessions: both('Termine verwalten', 'Manage sessions'),
  menuBroadcast: both('Rundnachricht schreiben', 'Write a broadcast'),

  // organiser-sessions.card
  sessionsTitle: both('Anstehende Termine', 'Upcoming sessions'),
  sessionsEmpty: both('Es stehen keine Termine an.', 'There are no upcoming sessions.'),
  counts: both(
    (confirmed: number, capacity: number | null, waiting: number, offers: number) =>
      `${confirmed}${capacity === null ? '' : ` von ${capacity}`} angemeldet · ${waiting} auf der Warteliste · ${offers} offene Platzangebote`,
    (confirmed, capacity, waiting, offers) => `${confirmed}${capacity === null ? '' : ` of ${capacity}`} enrolled · ${waiting} waiting · ${offers} open seat offers`,
  ),
  manageButton: both('Verwalten', 'Manage'),
  cancelledBadge: both('Abgesagt', 'Cancelled'),

  // session-admin.card
  factBookings: both('Belegung', 'Bookings'),
  factReminders: both('Erinnerungen', 'Reminders'),
  reminderOffset: both(
    (days: number, at: string) => (days === 0 ? `am Tag selbst um ${at} Uhr` : days === 1 ? `1 Tag vorher um ${at} Uhr` : `${days} Tage vorher um ${at} Uhr`),
    (days, at) => (days === 0 ? `on the day at ${at}` : days === 1 ? `1 day before at ${at}` : `${days} days before at ${at}`),
  ),
  remindersOff: both('keine Erinnerungen', 'no reminders'),
  reminderDefault: both('(Standard)', '(default)'),
  sessionCancelledNote: both((reason: string) => `Dieser Termin ist abgesagt. Grund: ${reason}`, (reason) => `This session has been cancelled. Reason: ${reason}`),
  participantsTitle: both((n: number) => `Teilnehmende (${n})`, (n) => `Participants (${n})`),
  participantsEmpty: both('Noch keine aktiven Anmeldungen.', 'No active enrolments yet.'),
  participantsMore: both((n: number) => `… und ${n} weitere`, (n) => `… and ${n} more`),
  participantLine: both(
    (municipality: string, department: string, status: string) => `${municipality} · ${department} · ${status}`,
    (municipality, department, status) => `${municipality} · ${department} · ${status}`,
  ),
  broadcastToSession: both('Nachricht an Angemeldete', 'Message the enrolled'),
  moveButton: both('Termin verschieben', 'Move session'),
  cancelSessionButton: both('Termin absagen', 'Cancel session'),
  remindersButton: both('Erinnerungen ändern', 'Change reminders'),

  // session-admin-cancel.card
  cancelTitle: both('Termin absagen', 'Cancel the session'),
  cancelAffected: both(
    (n: number) =>
      n === 0
        ? 'Es gibt keine aktiven Anmeldungen; niemand muss benachrichtigt werden.'
        : `${n === 1 ? '1 Person' : `${n} Personen`} (angemeldet, auf der Warteliste oder mit Platzangebot) ${n === 1 ? 'wird' : 'werden'} benachrichtigt, dass der Termin entfällt.`,
    (n) => (n === 0 ? 'There are no active enrolments; nobody needs to be told.' : `${n === 1 ? '1 person' : `${n} people`} (enrolled, waiting or holding a seat offer) will be told that the session is off.`),
  ),
  cancelReasonLabel: both('Grund der Absage (wird den Betroffenen mitgeteilt)', 'Reason (sent to everyone affected)'),
  cancelReasonPlaceholder: both('z. B. Die Referentin ist erkrankt.', 'e.g. The trainer is ill.'),
  cancelReasonError: both('Bitte geben Sie einen Grund an.', 'Please give a reason.'),
  cancelConfirm: both('Termin endgültig absagen', 'Cancel the session for good'),
  cancelReasonMissing: both('Bitte geben Sie einen Grund für die Absage an; er wird allen Betroffenen mitgeteilt.', 'Please give a reason; everyone affected is told.'),
  cancelReasonTooLong: both((max: number) => `Der Grund darf höchstens ${max} Zeichen lang sein.`, (max) => `The reason may be at most ${max} characters long.`),
  cancelDoneTitle: both('Termin abgesagt', 'Session cancelled'),
  cancelDoneText: both(
    (n: number) => `Der Termin ist abgesagt. ${n === 1 ? '1 Person wird' : `${n} Personen werden`} benachrichtigt; ihre Erinnerungen entfallen.`,
    (n) => `The session is cancelled. ${n === 1 ? '1 person is' : `${n} people are`} being told; their reminders are dropped.`,
  ),
  cancelAlready: both('Dieser Termin war bereits abgesagt; es wurde nichts geändert.', 'This session had already been cancelled; nothing was changed.'),

  // session-admin-move.card
  moveTitle: both('Termin verschieben', 'Move the session'),
  moveIntro: both(
    'Neues Datum und neue Uhrzeiten in deutscher Zeit. Alle Angemeldeten werden benachrichtigt; die Erinnerungen werden neu geplant.',
    'New date and times, German time. Everyone enrolled is told; the reminders are planned again.',
  ),
  moveMultiDay: both(
    (days: number) => `Alle ${days} Tage verschieben sich um dieselbe Zahl von Tagen; Beginn und Ende ändern sich an jedem Tag um dieselbe Spanne wie am ersten.`,
    (days) => `All ${days} days move by the same number of days; start and end change on every day by as much as on the first.`,
  ),
  moveDateLabel: both('Neues Datum (erster Tag)', 'New date (first day)'),
  moveStartLabel: both('Beginn', 'Start'),
  moveEndLabel: both('Ende', 'End'),
  moveConfirm: both('Verschieben', 'Move'),
  moveInvalid: both('Bitte geben Sie ein gültiges Datum und gültige Uhrzeiten an.', 'Please enter a valid date and valid times.'),
  moveInPast: both('Der neue Termin muss in der Zukunft liegen.', 'The new date must be in the future.'),
  moveEndBeforeStart: both('Das Ende muss nach dem Beginn liegen (an jedem Tag).', 'The end must be after the start (on every day).'),
  moveDoneTitle: both('Termin verschoben', 'Session moved'),
  moveDoneText: both(
    (when: string) => `Neuer Termin: ${when}. Alle Angemeldeten werden benachrichtigt; die Erinnerungen werden neu geplant.`,
    (when) => `New date: ${when}. Everyone enrolled is told; the reminders are planned again.`,
  ),

  // reminder plan (session-admin-reminders.card)
  planTitle: both('Erinnerungen für diesen Termin', 'Reminders for this session'),
  planIntro: both(
    'Bis zu fünf Erinnerungen: Tage vor dem Beginn und Uhrzeit (deutsche Zeit). Leere Zeilen zählen nicht; ganz ohne Zeile gibt es keine Erinnerungen.',
    'Up to five reminders: days before the start and time (German time). Empty rows do not count; with no row at all there are no reminders.',
  ),
  planDaysLabel: both((n: number) => `Erinnerung ${n}: Tage vorher`, (n) => `Reminder ${n}: days before`),
  planAtLabel: both('Uhrzeit', 'Time'),
  planSave: both('Speichern', 'Save'),
  planReset: both('Standard wiederherstellen', 'Back to the default'),
  planRowIncomplete: both((n: number) => `Zeile ${n}: Bitte geben Sie Tage und Uhrzeit an oder leeren Sie die Zeile.`, (n) => `Row ${n}: please give days and time, or clear the row.`),
  planInvalid: both(
    'Bitte prüfen Sie die Zeilen: Tage von 0 bis 60, Uhrzeit als SS:MM, jede Erinnerung nur einmal.',
    'Please check the rows: days from 0 to 60, time as HH:MM, each reminder only once.',
  ),
  planSavedTitle: both('Erinnerungen gespeichert', 'Reminders saved'),
  planSavedText: both(
    (plan: string, n: number) => `${plan}. ${n === 1 ? '1 Erinnerung ist' : `${n} Erinnerungen sind`} jetzt geplant.`,
    (plan, n) => `${plan}. ${n === 1 ? '1 reminder is' : `${n} reminders are`} planned now.`,
  ),
  planClosed: both('Für abgesagte oder bereits begonnene Termine lassen sich keine Erinnerungen mehr ändern.', 'Reminders can no longer be changed for cancelled or started sessions.'),
};

export type OrganiserTexts = Labels<typeof TABLE>;

const TEXTS: Record<Locale, OrganiserTexts> = labelsByLocale(TABLE);

export const organiserTexts = (locale: Locale): OrganiserTexts => TEXTS[locale];
