import type { CourseType, SessionMode } from '../../features/catalogue/index.ts';
import { both } from './bilingual-labels.ts';

/**
 * Labels shared by the course cards, and those of the catalogue, the session details and the enrolment statuses.
 * Read through cardTexts(locale) in card-texts.ts.
 */
export const CATALOGUE_LABELS = {
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
};
