import {
  buildCancelConfirmCard,
  buildCatalogueCard,
  buildEnrolmentFormCard,
  buildEnrolmentResultCard,
  buildHelpCard,
  buildMyEnrolmentsCard,
  buildNoticeCard,
  buildSessionDetailsCard,
  buildWelcomeCard,
  noticeButtons,
  type AdaptiveCard,
} from '../../../../src/bot/cards/index.ts';
import type { Locale } from '../../../../src/bot/locale.ts';
import {
  at,
  CALENDAR_URL,
  catalogue,
  courseOf,
  enrolmentFor,
  freeQuote,
  noVoucherQuote,
  NOW,
  sessionById,
  viewOf,
  voucherNote,
} from './card-fixtures.ts';

/** Every card the bot can send, in every state the routes produce, built from the sample catalogue. */
export function cardGallery(locale: Locale): Array<{ name: string; card: AdaptiveCard }> {
  const basis = sessionById('basis-2026-12-karlsruhe');
  const aufbau = sessionById('aufbau-projekte-2027-02-mannheim');
  const lunch = sessionById('digilunch-2026-12');
  const months = ['2026-12', '2027-01', '2027-02', '2027-03', '2027-04'];
  const providers = [...new Set(catalogue.sessions.map((s) => s.provider))].sort();
  const page = {
    items: [viewOf('basis-2026-12-karlsruhe'), viewOf('basis-2027-01-stuttgart', { confirmed: 18, waiting: 3 }), viewOf('aufbau-prozesse-2027-01-online'), viewOf('digilunch-2026-12'), viewOf('inhouse-2027-02-crailsheim', { confirmed: 2 })],
    page: 1,
    pageCount: 3,
    total: 14,
  };
  const refresh = { verb: 'enrolments.mine' as const, userIds: ['29:1abcDEF-user-mri'] };
  const confirmed = enrolmentFor(basis.id);
  const waitlisted = enrolmentFor(aufbau.id, { status: 'waitlisted', quote: noVoucherQuote, voucherId: undefined, basisCompleted: true });
  const offered = enrolmentFor('basis-2027-01-stuttgart', { status: 'offered', offerExpiresAt: at('2026-11-23T10:00') });
  const mineItems = [
    { enrolment: offered, session: sessionById(offered.sessionId), course: courseOf(sessionById(offered.sessionId)) },
    { enrolment: waitlisted, session: aufbau, course: courseOf(aufbau), position: 2 },
    { enrolment: confirmed, session: basis, course: courseOf(basis), calendarUrl: CALENDAR_URL },
    { enrolment: enrolmentFor(lunch.id, { status: 'cancelled', quote: freeQuote }), session: lunch, course: courseOf(lunch) },
    { enrolment: enrolmentFor('basis-2027-02-ravensburg', { status: 'session_cancelled' }), session: sessionById('basis-2027-02-ravensburg'), course: courseOf(sessionById('basis-2027-02-ravensburg')) },
  ];
  return [
    { name: 'catalogue', card: buildCatalogueCard({ page, filter: { mode: 'onsite' }, months, providers, voucherNote, sample: true }, locale) },
    { name: 'catalogue last page', card: buildCatalogueCard({ page: { ...page, items: page.items.slice(0, 4), page: 3 }, filter: {}, months, providers, voucherNote, sample: false }, locale) },
    { name: 'catalogue empty', card: buildCatalogueCard({ page: { items: [], page: 1, pageCount: 1, total: 0 }, filter: { courseType: 'inhouse', month: '2026-12' }, months, providers, voucherNote, sample: true }, locale) },
    { name: 'details open', card: buildSessionDetailsCard({ view: viewOf(basis.id), voucherNote: voucherNote('basis'), now: NOW, back: { courseType: 'basis', page: 2 } }, locale) },
    { name: 'details online unlimited', card: buildSessionDetailsCard({ view: viewOf(lunch.id), voucherNote: voucherNote('digilunch'), now: NOW }, locale) },
    { name: 'details hybrid full', card: buildSessionDetailsCard({ view: viewOf(aufbau.id, { confirmed: 20, waiting: 4 }), voucherNote: voucherNote('aufbau'), now: NOW }, locale) },
    { name: 'details cancelled', card: buildSessionDetailsCard({ view: viewOf(basis.id, {}, { status: 'cancelled', cancelledReason: 'Die Referentin ist erkrankt.' }), voucherNote: voucherNote('basis'), now: NOW }, locale) },
    { name: 'details registration closed', card: buildSessionDetailsCard({ view: viewOf(basis.id), voucherNote: voucherNote('basis'), now: at('2026-12-02T08:00') }, locale) },
    { name: 'details started', card: buildSessionDetailsCard({ view: viewOf(basis.id), voucherNote: voucherNote('basis'), now: at('2026-12-09T10:00') }, locale) },
    { name: 'details over', card: buildSessionDetailsCard({ view: viewOf(basis.id), voucherNote: voucherNote('basis'), now: at('2026-12-11T10:00') }, locale) },
    { name: 'details enrolled', card: buildSessionDetailsCard({ view: viewOf(aufbau.id), voucherNote: voucherNote('aufbau'), now: NOW, enrolment: waitlisted, position: 2, refresh: { verb: 'session.details', data: { sessionId: aufbau.id }, userIds: ['29:1abcDEF-user-mri'] } }, locale) },
    { name: 'form basis', card: buildEnrolmentFormCard({ session: basis, course: courseOf(basis) }, locale) },
    {
      name: 'form aufbau after rejection',
      card: buildEnrolmentFormCard(
        {
          session: aufbau,
          course: courseOf(aufbau),
          municipality: { value: '08115001:gemeinde', title: 'Aidlingen (Landkreis Böblingen)' },
          values: { department: 'Hauptamt', role: 'Digitallotsin', voucherId: '08111000-2026-1', basisCompleted: true, consent: true },
          error: 'Die Bildungs-Voucher-ID gehört nicht zu der gewählten Kommune (sie beginnt mit dem Schlüssel von Stuttgart). Bitte prüfen Sie Kommune und ID.',
        },
        locale,
      ),
    },
    {
      name: 'form ambiguous name',
      card: buildEnrolmentFormCard(
        {
          session: basis,
          course: courseOf(basis),
          municipalityChoices: [
            { value: '08417002:stadt', title: 'Albstadt (Zollernalbkreis)' },
            { value: '08436001:stadt', title: 'Achern (Ortenaukreis)' },
          ],
          values: { municipalityText: 'Alb', department: 'Bürgeramt', consent: true },
          error: 'Diesen Namen gibt es mehrfach. Bitte wählen Sie Ihre Kommune aus der Liste.',
        },
        locale,
      ),
    },
    { name: 'form digi-lunch', card: buildEnrolmentFormCard({ session: lunch, course: courseOf(lunch), values: { municipalityText: 'Aidlingen' } }, locale) },
    { name: 'result confirmed', card: buildEnrolmentResultCard({ outcome: 'confirmed', enrolment: confirmed, session: basis, course: courseOf(basis), calendarUrl: CALENDAR_URL, refresh }, locale) },
    { name: 'result confirmed existing, no voucher', card: buildEnrolmentResultCard({ outcome: 'confirmed', enrolment: { ...waitlisted, status: 'confirmed' }, session: aufbau, course: courseOf(aufbau), calendarUrl: CALENDAR_URL, existing: true }, locale) },
    { name: 'result confirmed free', card: buildEnrolmentResultCard({ outcome: 'confirmed', enrolment: enrolmentFor(lunch.id, { quote: freeQuote }), session: lunch, course: courseOf(lunch), calendarUrl: CALENDAR_URL }, locale) },
    { name: 'result waitlisted', card: buildEnrolmentResultCard({ outcome: 'waitlisted', enrolment: waitlisted, session: aufbau, course: courseOf(aufbau), position: 3, offerHours: 48 }, locale) },
    { name: 'result offered', card: buildEnrolmentResultCard({ outcome: 'offered', enrolment: offered, session: sessionById(offered.sessionId), course: courseOf(sessionById(offered.sessionId)) }, locale) },
    {
      name: 'result declined with retry',
      card: buildEnrolmentResultCard({ outcome: 'declined', reason: 'Die Bildungs-Voucher-ID ist ungültig.', next: 'Prüfen Sie die ID oder lassen Sie das Feld leer.', session: basis, course: courseOf(basis), retry: true }, locale),
    },
    { name: 'result declined, no session', card: buildEnrolmentResultCard({ outcome: 'declined', reason: 'Diesen Termin gibt es nicht (mehr).' }, locale) },
    { name: 'mine', card: buildMyEnrolmentsCard({ items: mineItems, now: NOW, refresh }, locale) },
    { name: 'mine after cancellation deadline', card: buildMyEnrolmentsCard({ items: mineItems, now: at('2026-12-03T09:00') }, locale) },
    { name: 'mine empty', card: buildMyEnrolmentsCard({ items: [], now: NOW }, locale) },
    { name: 'cancel confirm seat', card: buildCancelConfirmCard({ enrolment: confirmed, session: basis, course: courseOf(basis) }, locale) },
    { name: 'cancel confirm waitlist', card: buildCancelConfirmCard({ enrolment: waitlisted, session: aufbau, course: courseOf(aufbau), position: 2 }, locale) },
    { name: 'welcome', card: buildWelcomeCard(locale) },
    { name: 'help', card: buildHelpCard(locale) },
    {
      name: 'notice with buttons',
      card: buildNoticeCard(
        {
          title: 'Diese Karte ist nicht mehr aktuell',
          text: 'Der Termin ist inzwischen ausgebucht.\n\nSie können sich auf die Warteliste setzen.',
          tone: 'warning',
          buttons: [noticeButtons(locale).catalogue, noticeButtons(locale).mine, { title: 'Städtetag BW', url: 'https://www.staedtetag-bw.de/' }],
        },
        locale,
      ),
    },
    { name: 'notice error', card: buildNoticeCard({ title: 'Da ist etwas schiefgegangen', text: 'Ihre Daten sind unverändert.', tone: 'error', buttons: [noticeButtons(locale).help] }, locale) },
  ];
}
