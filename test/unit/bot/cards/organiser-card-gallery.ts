import type { AdaptiveCard } from '../../../../src/bot/cards/card-kit.ts';
import { buildBroadcastFormCard } from '../../../../src/bot/cards/broadcast-form.card.ts';
import { buildBroadcastMessageCard } from '../../../../src/bot/cards/broadcast-message.card.ts';
import { buildBroadcastPreviewCard } from '../../../../src/bot/cards/broadcast-preview.card.ts';
import { buildBroadcastStatusCard } from '../../../../src/bot/cards/broadcast-status.card.ts';
import { buildOrganiserMenuCard } from '../../../../src/bot/cards/organiser-menu.card.ts';
import { buildOrganiserSessionsCard, type OrganiserSessionRow } from '../../../../src/bot/cards/organiser-sessions.card.ts';
import { buildSessionAdminCard } from '../../../../src/bot/cards/session-admin.card.ts';
import { buildSessionCancelCard, buildSessionMoveCard, buildSessionRemindersCard } from '../../../../src/bot/cards/session-admin-forms.card.ts';
import type { Locale } from '../../../../src/bot/locale.ts';
import { loadMunicipalityDirectory } from '../../../../src/features/programme/index.ts';
import { districtDirectory, type AudienceBroadcastStatus } from '../../../../src/features/reminders/audiences.ts';
import { DEFAULT_REMINDER_PLAN, summarise } from '../../../../src/features/reminders/index.ts';
import { at, catalogue, courseOf, enrolmentFor, NOW, sessionById } from './card-fixtures.ts';

const districts = districtDirectory(loadMunicipalityDirectory()).list();

export function row(sessionId: string, counts = { confirmed: 12, liveOffers: 1, waiting: 3 }, status: 'scheduled' | 'cancelled' = 'scheduled'): OrganiserSessionRow {
  const session = { ...sessionById(sessionId), status, cancelledReason: status === 'cancelled' ? 'Die Referentin ist erkrankt.' : undefined };
  return { session, course: courseOf(session), counts };
}

const rows = catalogue.sessions.slice(0, 6).map((s, i) => row(s.id, { confirmed: i * 3, liveOffers: i % 2, waiting: i }, i === 2 ? 'cancelled' : 'scheduled'));

function participants(n: number) {
  return Array.from({ length: n }, (_, i) => {
    const status = i < 18 ? 'confirmed' : i === 18 ? 'offered' : 'waitlisted';
    const enrolment = enrolmentFor('basis-2026-12-karlsruhe', {
      id: `enr_${i}`,
      status,
      seq: i + 1,
      person: { id: `aad-${i}`, name: `Teilnehmerin ${i + 1}`, tenantId: 't' },
      offerExpiresAt: status === 'offered' ? at('2026-11-23T10:00') : undefined,
    });
    return { enrolment, position: status === 'waitlisted' ? i - 18 : undefined };
  });
}

const values = { audience: 'session_confirmed' as const, sessionId: 'basis-2026-12-karlsruhe', title: 'Raumänderung', message: 'Wir treffen uns in **Raum 2**.\n\n- Laptop mitbringen\n- [Lageplan](https://example.org/plan)', schedule: 'now' as const, sendDate: '', sendTime: '' };
const basis = { session: sessionById('basis-2026-12-karlsruhe'), course: courseOf(sessionById('basis-2026-12-karlsruhe')) };

const started = (counts: Parameters<typeof summarise>[1], cancelledAt: Date | null = null): AudienceBroadcastStatus => ({
  state: 'started',
  broadcastId: 'bc_1234567890',
  sendAt: NOW,
  cancelledAt,
  summary: summarise('bc_1234567890', counts),
});

/** Every organiser and broadcast card in the states the routes produce. */
export function organiserCardGallery(locale: Locale): Array<{ name: string; card: AdaptiveCard }> {
  const message = buildBroadcastMessageCard({ title: values.title, text: values.message, session: basis, participants: true }, 'de');
  const unreachable = Array.from({ length: 23 }, (_, i) => ({ personId: `aad-${i}`, name: `Person ${i + 1}` }));
  const refresh = ['29:1abcDEF-organiser'];
  return [
    { name: 'organiser menu', card: buildOrganiserMenuCard({ upcomingSessions: 14 }, locale) },
    { name: 'organiser sessions', card: buildOrganiserSessionsCard({ rows, page: 1, pageCount: 3 }, locale) },
    { name: 'organiser sessions last page', card: buildOrganiserSessionsCard({ rows: rows.slice(0, 2), page: 3, pageCount: 3 }, locale) },
    { name: 'organiser sessions empty', card: buildOrganiserSessionsCard({ rows: [], page: 1, pageCount: 1 }, locale) },
    { name: 'session admin', card: buildSessionAdminCard({ ...row('basis-2026-12-karlsruhe'), participants: participants(22), reminderPlan: { plan: DEFAULT_REMINDER_PLAN, isDefault: true } }, locale) },
    { name: 'session admin crowded', card: buildSessionAdminCard({ ...row('basis-2026-12-karlsruhe'), participants: participants(130), reminderPlan: { plan: { offsets: [] }, isDefault: false } }, locale) },
    { name: 'session admin empty', card: buildSessionAdminCard({ ...row('digilunch-2026-12', { confirmed: 0, liveOffers: 0, waiting: 0 }), participants: [] }, locale) },
    { name: 'session admin cancelled', card: buildSessionAdminCard({ ...row('basis-2027-02-ravensburg', { confirmed: 0, liveOffers: 0, waiting: 0 }, 'cancelled'), participants: [] }, locale) },
    { name: 'session cancel', card: buildSessionCancelCard({ ...basis, affected: 15 }, locale) },
    { name: 'session cancel refused', card: buildSessionCancelCard({ ...basis, affected: 0, reason: '', error: 'Bitte geben Sie einen Grund an.' }, locale) },
    { name: 'session move', card: buildSessionMoveCard({ ...basis, now: NOW }, locale) },
    { name: 'session move refused', card: buildSessionMoveCard({ ...basis, now: NOW, values: { date: '2026-11-01', startTime: '09:00', endTime: '08:00' }, error: 'Der neue Termin muss in der Zukunft liegen.' }, locale) },
    { name: 'session reminders', card: buildSessionRemindersCard({ ...basis, plan: DEFAULT_REMINDER_PLAN }, locale) },
    { name: 'session reminders refused', card: buildSessionRemindersCard({ ...basis, values: [{ days: '3', at: '' }], error: 'Zeile 1' }, locale) },
    { name: 'broadcast form', card: buildBroadcastFormCard({ values: {}, sessions: rows, courses: catalogue.courses, districts, now: NOW }, locale) },
    { name: 'broadcast form refused', card: buildBroadcastFormCard({ values: { ...values, schedule: 'later', sendDate: '2026-11-20', sendTime: '09:00' }, sessions: rows, courses: catalogue.courses, districts, now: NOW, error: 'In der Vergangenheit.' }, locale) },
    { name: 'broadcast preview', card: buildBroadcastPreviewCard({ draftId: 'bc_1234567890', values, audienceText: 'Angemeldete: Basisqualifizierung', reachable: 120, unreachable, message }, locale) },
    { name: 'broadcast preview scheduled', card: buildBroadcastPreviewCard({ draftId: 'bc_1234567890', values: { ...values, schedule: 'later', sendDate: '2026-12-01', sendTime: '09:00' }, audienceText: 'Alle', reachable: 1, unreachable: [], sendAt: at('2026-12-01T09:00'), message }, locale) },
    { name: 'broadcast message to a session', card: buildBroadcastMessageCard({ title: values.title, text: values.message, session: basis, participants: true }, locale) },
    { name: 'broadcast message to a district', card: buildBroadcastMessageCard({ title: '', text: 'Neue Termine im Frühjahr!', participants: false }, locale) },
    { name: 'broadcast status scheduled', card: buildBroadcastStatusCard({ status: { state: 'scheduled', broadcastId: 'bc_1234567890', sendAt: at('2026-12-01T09:00'), plannedRecipients: 40 }, refreshUserIds: refresh }, locale) },
    { name: 'broadcast status sending', card: buildBroadcastStatusCard({ status: started({ byStatus: { pending: 30, sending: 5, sent: 65 }, failures: [] }), refreshUserIds: refresh }, locale) },
    {
      name: 'broadcast status finished with failures',
      card: buildBroadcastStatusCard(
        {
          status: started({
            byStatus: { sent: 95, failed: 5 },
            failures: [
              { reason: 'blocked_by_user', permanent: true, count: 2 },
              { reason: 'conversation_not_found', permanent: true, count: 1 },
              { reason: 'retries_exhausted', permanent: false, count: 2 },
            ],
          }),
          notice: { text: '2 werden erneut versucht.', tone: 'info' },
          refreshUserIds: refresh,
        },
        locale,
      ),
    },
    { name: 'broadcast status stopped', card: buildBroadcastStatusCard({ status: started({ byStatus: { sent: 10, cancelled: 90 }, failures: [] }, NOW), refreshUserIds: refresh }, locale) },
    ...(['cancelled', 'no_reachable_recipients', 'failed'] as const).map((reason) => ({
      name: `broadcast status not sent (${reason})`,
      card: buildBroadcastStatusCard({ status: { state: 'not_sent', broadcastId: 'bc_1234567890', sendAt: NOW, reason }, notice: { text: 'Hinweis', tone: 'warning' }, refreshUserIds: refresh }, locale),
    })),
  ];
}
