import type { AudienceBroadcastError, AudienceKind, DistrictKind } from '../../features/reminders/audiences.ts';
import type { FailureReason } from '../../features/reminders/index.ts';
import { formatDateTime } from '../format.ts';
import type { Locale } from '../locale.ts';
import { both, labelsByLocale } from './bilingual-labels.ts';
import type { Labels } from './bilingual-labels.ts';

/**
 * Labels of the broadcast cards and the one table that maps the broadcast codes to what an organiser reads (STYLE.md
 * habit 5), German first, English second.
 */
/** Refusals the bot finds itself, before the domain sees the draft. */
export type BroadcastFormError = { code: 'missing_audience' | 'missing_session' | 'missing_course' | 'missing_kreis' | 'card_too_large' };
export type BroadcastErrorLike = AudienceBroadcastError | BroadcastFormError;

const persons = both((n: number) => (n === 1 ? '1 Person' : `${n} Personen`), (n) => (n === 1 ? '1 person' : `${n} people`));

const TABLE = {
  persons,
  formTitle: both('Rundnachricht', 'Broadcast'),
  formIntro: both(
    'Die Nachricht geht an jede Person der Zielgruppe in ihren persönlichen Chat mit dem Lotsenbot. Vor dem Senden sehen Sie eine Vorschau mit der Zahl der Empfänger.',
    'The message goes to each person in the audience, in their personal chat with Lotsenbot. Before sending you see a preview with the number of recipients.',
  ),
  audienceLabel: both('Empfänger', 'Recipients'),
  audiences: both<Record<AudienceKind, string>>(
    {
      session_confirmed: 'Angemeldete eines Termins',
      session_waitlisted: 'Warteliste eines Termins',
      course: 'Alle Teilnehmenden eines Kurses (alle Termine)',
      everyone: 'Alle, die sich je angemeldet haben',
      kreis: 'Nach Land- oder Stadtkreis',
    },
    {
      session_confirmed: 'Enrolled in one session',
      session_waitlisted: 'Waiting list of one session',
      course: 'All participants of a course (every session)',
      everyone: 'Everyone who ever enrolled',
      kreis: 'By district',
    },
  ),
  sessionLabel: both('Termin (bei Angemeldeten oder Warteliste)', 'Session (for enrolled or waiting list)'),
  courseLabel: both('Kurs (bei allen Teilnehmenden eines Kurses)', 'Course (for all participants of a course)'),
  kreisLabel: both('Land- oder Stadtkreis', 'District'),
  choose: both('bitte wählen', 'please choose'),
  kreisChoice: both(
    (name: string, kind: DistrictKind) => `${name} (${kind === 'stadtkreis' ? 'Stadtkreis' : 'Landkreis'})`,
    (name, kind) => `${name} (${kind === 'stadtkreis' ? 'urban district' : 'rural district'})`,
  ),
  titleLabel: both('Titel (optional)', 'Title (optional)'),
  titlePlaceholder: both('z. B. Raumänderung am 8. Dezember', 'e.g. Room change on 8 December'),
  messageLabel: both((max: number) => `Nachricht (Markdown, höchstens ${max.toLocaleString('de-DE')} Zeichen)`, (max) => `Message (Markdown, at most ${max.toLocaleString('en-GB')} characters)`),
  messagePlaceholder: both('**fett**, _kursiv_, - Aufzählung, [Link](https://…)', '**bold**, _italic_, - list, [link](https://…)'),
  messageRequired: both('Bitte schreiben Sie eine Nachricht.', 'Please write a message.'),
  scheduleLabel: both('Versand', 'Send'),
  scheduleNow: both('sofort', 'now'),
  scheduleLater: both('später, zum angegebenen Zeitpunkt', 'later, at the time below'),
  sendDateLabel: both('Datum (bei „später“)', 'Date (for “later”)'),
  sendTimeLabel: both('Uhrzeit (deutsche Zeit)', 'Time (German time)'),
  previewButton: both('Vorschau', 'Preview'),
  defaultMessageTitle: both('Nachricht der Kommunalen Digitallotsen', 'Message from the Kommunale Digitallotsen'),

  // broadcast-preview.card
  previewTitle: both('Vorschau der Rundnachricht', 'Broadcast preview'),
  factAudience: both('Empfänger', 'Audience'),
  factReachable: both('Erreichbar', 'Reachable'),
  factUnreachable: both('Nicht erreichbar', 'Not reachable'),
  factSchedule: both('Versand', 'Sending'),
  unreachableNames: both((names: string, more: number) => (more > 0 ? `${names} und ${more} weitere` : names), (names, more) => (more > 0 ? `${names} and ${more} more` : names)),
  unreachableHint: both(
    'Nicht erreichbar ist, wer den Lotsenbot nicht (mehr) in seinem persönlichen Chat hat; diese Personen erhalten die Nachricht nicht.',
    'Not reachable are people who do not have Lotsenbot in their personal chat (any more); they will not get the message.',
  ),
  sendImmediately: both('sofort nach dem Bestätigen', 'right after you confirm'),
  sendLater: both((when: string) => `am ${when}; die Empfänger werden dann neu bestimmt`, (when) => `on ${when}; the recipients are determined again then`),
  previewLabel: both('So sieht die Nachricht für die Empfänger aus:', 'This is what the recipients will see:'),
  sendNowButton: both((n: number) => `Jetzt an ${n === 1 ? '1 Person' : `${n} Personen`} senden`, (n) => `Send to ${n === 1 ? '1 person' : `${n} people`} now`),
  scheduleButton: both('Versand planen', 'Schedule'),
  editButton: both('Bearbeiten', 'Edit'),
  discardButton: both('Verwerfen', 'Discard'),
  audienceSession: both(
    (kind: 'confirmed' | 'waitlisted', course: string, when: string) => `${kind === 'confirmed' ? 'Angemeldete' : 'Warteliste'}: ${course}, ${when}`,
    (kind, course, when) => `${kind === 'confirmed' ? 'Enrolled' : 'Waiting list'}: ${course}, ${when}`,
  ),
  audienceCourse: both((title: string) => `Alle Teilnehmenden: ${title}`, (title) => `All participants: ${title}`),
  audienceEveryone: both('Alle, die sich je angemeldet haben', 'Everyone who ever enrolled'),
  audienceKreis: both((district: string) => `Angemeldete aus ${district}`, (district) => `Enrolled from ${district}`),

  // broadcast-message.card (what recipients get)
  messageFrom: both('Von: Kommunale Digitallotsen', 'From: Kommunale Digitallotsen'),
  messageSession: both('Ihr Termin', 'Your session'),

  // broadcast-status.card
  statusTitle: both('Rundnachricht: Stand', 'Broadcast status'),
  statusScheduled: both(
    (when: string, n: number) => `Geplant für ${when}; voraussichtlich ${n === 1 ? '1 Person' : `${n} Personen`}. Die Empfänger werden zu diesem Zeitpunkt neu bestimmt.`,
    (when, n) => `Scheduled for ${when}; about ${n === 1 ? '1 person' : `${n} people`}. The recipients are determined again at that time.`,
  ),
  statusSending: both((when: string) => `Versand seit ${when} – läuft.`, (when) => `Sending since ${when} – in progress.`),
  statusFinished: both((when: string) => `Versand seit ${when} – abgeschlossen.`, (when) => `Sending since ${when} – finished.`),
  statusStopped: both((when: string) => `Gestoppt am ${when}.`, (when) => `Stopped on ${when}.`),
  factTotal: both('Empfänger', 'Recipients'),
  factPending: both('Ausstehend', 'Pending'),
  factSent: both('Gesendet', 'Sent'),
  factFailed: both('Fehlgeschlagen', 'Failed'),
  factStopped: both('Gestoppt', 'Stopped'),
  failedCount: both((total: number, permanent: number) => `${total} (davon ${permanent} dauerhaft)`, (total, permanent) => `${total} (${permanent} permanent)`),
  failuresTitle: both('Fehlgeschlagen nach Grund', 'Failed, by reason'),
  permanentMark: both('dauerhaft – wird nicht erneut gesendet', 'permanent – not sent again'),
  failureReasons: both<Record<FailureReason, string>>(
    {
      blocked_by_user: 'Vom Empfänger blockiert',
      bot_disabled_by_admin: 'Vom Administrator deaktiviert',
      bot_not_in_conversation: 'App nicht mehr im Chat',
      conversation_not_found: 'Chat nicht gefunden',
      forbidden: 'Keine Berechtigung',
      retries_exhausted: 'Teams überlastet, Versuche erschöpft',
      unauthorized: 'Anmeldung des Bots abgelehnt',
      rejected_by_connector: 'Von Teams abgelehnt',
      connector_error: 'Fehler bei Teams',
      broadcast_missing: 'Nachricht nicht lesbar',
    },
    {
      blocked_by_user: 'Blocked by the recipient',
      bot_disabled_by_admin: 'Disabled by the admin',
      bot_not_in_conversation: 'App no longer in the chat',
      conversation_not_found: 'Chat not found',
      forbidden: 'Not allowed',
      retries_exhausted: 'Teams overloaded, attempts used up',
      unauthorized: 'Bot sign-in refused',
      rejected_by_connector: 'Refused by Teams',
      connector_error: 'Error at Teams',
      broadcast_missing: 'Message unreadable',
    },
  ),
  permanentNote: both(
    'Dauerhafte Fehler (blockiert, deaktiviert, App nicht mehr im Chat, Chat nicht gefunden, keine Berechtigung) werden nicht erneut gesendet: Erst muss die Person den Lotsenbot wieder installieren oder freigeben.',
    'Permanent failures (blocked, disabled, app no longer in the chat, chat not found, not allowed) are not sent again: the person first has to reinstall or allow Lotsenbot.',
  ),
  notSent: both<Record<'cancelled' | 'no_reachable_recipients' | 'failed', string>>(
    {
      cancelled: 'Die geplante Rundnachricht wurde aufgehoben und an niemanden gesendet.',
      no_reachable_recipients: 'Zum geplanten Zeitpunkt war niemand aus der Zielgruppe erreichbar; es wurde nichts gesendet.',
      failed: 'Die geplante Rundnachricht konnte nicht gestartet werden; es wurde nichts gesendet. Bitte erstellen Sie sie neu.',
    },
    {
      cancelled: 'The scheduled broadcast was called off and sent to nobody.',
      no_reachable_recipients: 'At the planned time nobody in the audience was reachable; nothing was sent.',
      failed: 'The scheduled broadcast could not be started; nothing was sent. Please create it again.',
    },
  ),
  refreshButton: both('Aktualisieren', 'Refresh'),
  retryButton: both((n: number) => `An Fehlgeschlagene erneut senden (${n})`, (n) => `Send again to the failed (${n})`),
  stopButton: both('Restliche Zustellungen stoppen', 'Stop the remaining deliveries'),
  cancelScheduleButton: both('Planung aufheben', 'Call off'),
  retried: both(
    (requeued: number, skipped: number) => `${requeued} fehlgeschlagene Zustellungen werden erneut versucht. ${skipped} dauerhaft fehlgeschlagene werden nicht erneut gesendet.`,
    (requeued, skipped) => `${requeued} failed deliveries are tried again. ${skipped} permanent failures are not sent again.`,
  ),
  stopped: both(
    (n: number) => `${n} noch nicht gesendete Zustellungen wurden gestoppt. Bereits gesendete Nachrichten lassen sich nicht zurückholen.`,
    (n) => `${n} deliveries not sent yet were stopped. Messages already sent cannot be called back.`,
  ),
  scheduleCancelled: both('Die Planung ist aufgehoben; es wird nichts gesendet.', 'The schedule is called off; nothing will be sent.'),
};

export type BroadcastTexts = Labels<typeof TABLE>;
const TEXTS: Record<Locale, BroadcastTexts> = labelsByLocale(TABLE);
export const broadcastTexts = (locale: Locale): BroadcastTexts => TEXTS[locale];

const de = (e: BroadcastErrorLike): string => {
  switch (e.code) {
    case 'missing_audience': return 'Bitte wählen Sie die Empfänger.';
    case 'missing_session': return 'Bitte wählen Sie den Termin, an dessen Angemeldete oder Warteliste die Nachricht gehen soll.';
    case 'missing_course': return 'Bitte wählen Sie den Kurs.';
    case 'missing_kreis': return 'Bitte wählen Sie den Land- oder Stadtkreis.';
    case 'card_too_large': return 'Die Nachricht ist mit ihren Sonderzeichen oder Emojis zu groß für eine Teams-Karte. Bitte kürzen Sie sie.';
    case 'empty_message': return 'Die Nachricht ist leer. Bitte schreiben Sie, was die Empfänger erfahren sollen; es wurde nichts gesendet.';
    case 'message_too_long': return `Die Nachricht hat ${e.length.toLocaleString('de-DE')} Zeichen; erlaubt sind höchstens ${e.max.toLocaleString('de-DE')}. Bitte kürzen Sie sie.`;
    case 'title_too_long': return `Der Titel hat ${e.length} Zeichen; erlaubt sind höchstens ${e.max}.`;
    case 'invalid_schedule': return 'Den Versandzeitpunkt können wir nicht lesen. Bitte wählen Sie Datum und Uhrzeit, z. B. 03.12.2026 und 09:00, oder „sofort“.';
    case 'schedule_in_past': return `Der Versandzeitpunkt (${formatDateTime(e.sendAt, 'de')}) liegt in der Vergangenheit. Bitte wählen Sie einen späteren Zeitpunkt oder „sofort“.`;
    case 'session_not_found': return 'Diesen Termin gibt es nicht (mehr). Bitte wählen Sie einen Termin aus der Liste.';
    case 'course_not_found': return 'Diesen Kurs gibt es nicht. Bitte wählen Sie einen Kurs aus der Liste.';
    case 'unknown_kreis': return 'Diesen Land- oder Stadtkreis gibt es in Baden-Württemberg nicht. Bitte wählen Sie einen aus der Liste.';
    case 'no_reachable_recipients':
      return e.unreachable === 0
        ? 'In dieser Zielgruppe ist niemand; es wurde nichts gesendet.'
        : `Niemand in dieser Zielgruppe ist erreichbar: ${e.unreachable === 1 ? '1 Person hat' : `${e.unreachable} Personen haben`} den Lotsenbot nicht im persönlichen Chat. Es wurde nichts gesendet.`;
    case 'broadcast_not_found': return 'Diese Rundnachricht gibt es nicht.';
    case 'already_started': return 'Der Versand hat bereits begonnen; „Restliche Zustellungen stoppen“ hält an, was noch nicht gesendet ist.';
    case 'invalid_message':
    case 'no_recipients':
    case 'invalid_recipient': return 'Die Nachricht ließ sich nicht zusammenstellen; es wurde nichts gesendet. Bitte versuchen Sie es erneut.';
  }
};

const en = (e: BroadcastErrorLike): string => {
  switch (e.code) {
    case 'missing_audience': return 'Please choose the recipients.';
    case 'missing_session': return 'Please choose the session whose enrolled people or waiting list should get the message.';
    case 'missing_course': return 'Please choose the course.';
    case 'missing_kreis': return 'Please choose the district.';
    case 'card_too_large': return 'With its special characters or emoji the message is too large for a Teams card. Please shorten it.';
    case 'empty_message': return 'The message is empty. Please write what the recipients should know; nothing was sent.';
    case 'message_too_long': return `The message has ${e.length.toLocaleString('en-GB')} characters; at most ${e.max.toLocaleString('en-GB')} are allowed. Please shorten it.`;
    case 'title_too_long': return `The title has ${e.length} characters; at most ${e.max} are allowed.`;
    case 'invalid_schedule': return 'We cannot read the sending time. Please pick a date and a time, e.g. 03/12/2026 and 09:00, or “now”.';
    case 'schedule_in_past': return `The sending time (${formatDateTime(e.sendAt, 'en')}) is in the past. Please choose a later time or “now”.`;
    case 'session_not_found': return 'This session does not exist (any more). Please pick one from the list.';
    case 'course_not_found': return 'This course does not exist. Please pick one from the list.';
    case 'unknown_kreis': return 'There is no such district in Baden-Württemberg. Please pick one from the list.';
    case 'no_reachable_recipients':
      return e.unreachable === 0
        ? 'There is nobody in this audience; nothing was sent.'
        : `Nobody in this audience is reachable: ${e.unreachable === 1 ? '1 person does' : `${e.unreachable} people do`} not have Lotsenbot in their personal chat. Nothing was sent.`;
    case 'broadcast_not_found': return 'This broadcast does not exist.';
    case 'already_started': return 'Sending has already started; “Stop the remaining deliveries” halts what has not gone out yet.';
    case 'invalid_message':
    case 'no_recipients':
    case 'invalid_recipient': return 'The message could not be put together; nothing was sent. Please try again.';
  }
};

export const broadcastErrorText = (e: BroadcastErrorLike, locale: Locale): string => (locale === 'de' ? de : en)(e);
