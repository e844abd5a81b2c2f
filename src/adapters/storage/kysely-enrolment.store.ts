import type { Kysely } from 'kysely';
import type { Arrival, Enrolment, EnrolmentEvent, EnrolmentStore, EnrolmentUnit, SeatCounts, Session } from '../../features/catalogue/index.ts';
import { newId } from '../../features/shared/index.ts';
import { courseFromRow, enrolmentFromRow, enrolmentToRow, sessionFromRow, sessionToRow } from './catalogue.mappers.ts';
import type { Database } from './database.ts';
import { preparedQuery } from './prepared-query.ts';
import type { Schema } from './schema.ts';
import type { EnrolmentTable, OutboxTable } from './tables/catalogue.tables.ts';

const LIVE = ['confirmed', 'waitlisted', 'offered'];

/**
 * Everything an enrolment attempt reads, in ONE statement: the session with its course, the seat counts and the
 * person's live enrolment (index-only subqueries), prepared once. It runs once per attempt inside the serial group
 * commit, so every round trip and every query build saved here is latency saved for everyone queued behind it.
 */
const ARRIVAL = preparedQuery(['sessionId', 'personId', 'at'], (db, p) =>
  (db as unknown as Kysely<Schema>)
    .selectFrom('sessions')
    .innerJoin('courses', 'courses.id', 'sessions.course_id')
    .selectAll('sessions')
    .select(['courses.type as course_type', 'courses.title as course_title', 'courses.topic as course_topic', 'courses.description as course_description', 'courses.days as course_days', 'courses.sample as course_sample'])
    .select((eb) => {
      const ofSession = () => eb.selectFrom('enrolments as e').whereRef('e.session_id', '=', 'sessions.id');
      const mine = (status: string) => ofSession().where('e.status', '=', status);
      return [
        mine('confirmed').select((sub) => sub.fn.countAll<number>().as('n')).as('confirmed_n'),
        mine('waitlisted').select((sub) => sub.fn.countAll<number>().as('n')).as('waiting_n'),
        mine('offered').where('e.offer_expires_at', '>', p.at).select((sub) => sub.fn.countAll<number>().as('n')).as('offers_n'),
        ofSession().select((sub) => sub.fn.max<number>('e.seq').as('m')).as('max_seq'),
        ofSession().where('e.person_id', '=', p.personId).where('e.status', 'in', LIVE).select('e.id').limit(1).as('live_id'),
      ];
    })
    .where('sessions.id', '=', p.sessionId),
);

const ENROLMENT_COLUMNS = [
  'id', 'session_id', 'person_id', 'person_name', 'tenant_id', 'municipality_ags', 'municipality_kind', 'municipality_name', 'department', 'role',
  'voucher_id', 'basis_completed', 'consent_at', 'status', 'seq', 'offer_expires_at', 'quote_json', 'rule_version', 'created_at', 'updated_at',
] as const satisfies ReadonlyArray<keyof EnrolmentTable>;
// Every column, or the compiler says which one is missing.
const _allColumns: Record<Exclude<keyof EnrolmentTable, (typeof ENROLMENT_COLUMNS)[number]>, never> = {};
const INSERT_ENROLMENT = preparedQuery(ENROLMENT_COLUMNS, (db, p) => (db as unknown as Kysely<Schema>).insertInto('enrolments').values(p as unknown as EnrolmentTable));
const OUTBOX_COLUMNS = ['id', 'type', 'payload_json', 'created_at', 'claimed_until', 'processed_at', 'attempts'] as const satisfies ReadonlyArray<keyof OutboxTable>;
const INSERT_EVENT = preparedQuery(OUTBOX_COLUMNS, (db, p) => (db as unknown as Kysely<Schema>).insertInto('outbox').values(p as unknown as OutboxTable));

/** One unit of enrolment work on the transaction it was handed; no business logic here. */
class KyselyEnrolmentUnit implements EnrolmentUnit {
  private readonly trx: Kysely<Schema>;
  constructor(trx: Kysely<Schema>) {
    this.trx = trx;
  }

  async findSession(id: string): Promise<Session | undefined> {
    const row = await this.trx.selectFrom('sessions').selectAll().where('id', '=', id).executeTakeFirst();
    return row && sessionFromRow(row);
  }

  /**
   * Everything an enrolment attempt reads, in ONE statement: the session with its course, the seat counts and the
   * person's live enrolment (index-only subqueries). It runs once per attempt, inside the serial group commit, so
   * every round trip saved here is latency saved for everyone queued behind it.
   */
  async arrival(sessionId: string, personId: string, now: Date): Promise<Arrival | undefined> {
    const [row] = await ARRIVAL(this.trx as never, { sessionId, personId, at: now.toISOString() });
    if (!row) return undefined;
    const course = courseFromRow({ id: row.course_id, type: row.course_type, title: row.course_title, topic: row.course_topic, description: row.course_description, days: row.course_days, sample: row.course_sample });
    return {
      session: sessionFromRow(row),
      course,
      counts: { confirmed: Number(row.confirmed_n ?? 0), waiting: Number(row.waiting_n ?? 0), liveOffers: Number(row.offers_n ?? 0), nextSeq: Number(row.max_seq ?? 0) + 1 },
      liveEnrolmentId: row.live_id ?? undefined,
    };
  }

  async findEnrolment(id: string): Promise<Enrolment | undefined> {
    const row = await this.trx.selectFrom('enrolments').selectAll().where('id', '=', id).executeTakeFirst();
    return row && enrolmentFromRow(row);
  }

  /** One statement of index-only subqueries: this runs once per enrolment attempt and must not scan the waitlist's rows. */
  async seatCounts(sessionId: string, now: Date): Promise<SeatCounts & { nextSeq: number }> {
    const mine = (status: string) => this.trx.selectFrom('enrolments').where('session_id', '=', sessionId).where('status', '=', status);
    const row = await this.trx
      .selectNoFrom(() => [
        mine('confirmed').select((sub) => sub.fn.countAll<number>().as('n')).as('confirmed'),
        mine('waitlisted').select((sub) => sub.fn.countAll<number>().as('n')).as('waiting'),
        mine('offered').where('offer_expires_at', '>', now.toISOString()).select((sub) => sub.fn.countAll<number>().as('n')).as('offers'),
        this.trx.selectFrom('enrolments').where('session_id', '=', sessionId).select((sub) => sub.fn.max<number>('seq').as('m')).as('maxSeq'),
      ])
      .executeTakeFirstOrThrow();
    return { confirmed: Number(row.confirmed ?? 0), waiting: Number(row.waiting ?? 0), liveOffers: Number(row.offers ?? 0), nextSeq: Number(row.maxSeq ?? 0) + 1 };
  }

  async nextWaiting(sessionId: string, limit: number): Promise<Enrolment[]> {
    const rows = await this.trx.selectFrom('enrolments').selectAll().where('session_id', '=', sessionId).where('status', '=', 'waitlisted').orderBy('seq').limit(limit).execute();
    return rows.map(enrolmentFromRow);
  }

  async waitlistPosition(sessionId: string, seq: number): Promise<number> {
    const row = await this.trx
      .selectFrom('enrolments')
      .select((eb) => eb.fn.countAll<number>().as('ahead'))
      .where('session_id', '=', sessionId)
      .where('status', '=', 'waitlisted')
      .where('seq', '<', seq)
      .executeTakeFirstOrThrow();
    return Number(row.ahead) + 1;
  }

  async listLive(sessionId: string): Promise<Enrolment[]> {
    const rows = await this.trx.selectFrom('enrolments').selectAll().where('session_id', '=', sessionId).where('status', 'in', LIVE).orderBy('seq').execute();
    return rows.map(enrolmentFromRow);
  }

  async findDueOffers(now: Date, limit: number): Promise<Enrolment[]> {
    const rows = await this.trx
      .selectFrom('enrolments')
      .selectAll()
      .where('status', '=', 'offered')
      .where('offer_expires_at', '<=', now.toISOString())
      .orderBy('offer_expires_at')
      .limit(limit)
      .execute();
    return rows.map(enrolmentFromRow);
  }

  async insert(enrolment: Enrolment): Promise<void> {
    await INSERT_ENROLMENT(this.trx as never, enrolmentToRow(enrolment));
  }

  async update(enrolment: Enrolment): Promise<void> {
    const { id: _id, ...row } = enrolmentToRow(enrolment);
    await this.trx.updateTable('enrolments').set(row).where('id', '=', enrolment.id).execute();
  }

  async saveSession(session: Session): Promise<void> {
    const { id: _id, ...row } = sessionToRow(session, new Date());
    await this.trx.updateTable('sessions').set(row).where('id', '=', session.id).execute();
  }

  async appendEvent(event: EnrolmentEvent, at: Date): Promise<void> {
    await INSERT_EVENT(this.trx as never, { id: newId('evt'), type: event.type, payload_json: JSON.stringify(event), created_at: at.toISOString(), claimed_until: null, processed_at: null, attempts: 0 });
  }
}

export class KyselyEnrolmentStore implements EnrolmentStore {
  private readonly database: Database;
  constructor(database: Database) {
    this.database = database;
  }

  transact<T>(work: (unit: EnrolmentUnit) => Promise<T>): Promise<T> {
    return this.database.transact((trx) => work(new KyselyEnrolmentUnit(trx)));
  }

  async findById(id: string): Promise<Enrolment | undefined> {
    const row = await this.database.db.selectFrom('enrolments').selectAll().where('id', '=', id).executeTakeFirst();
    return row && enrolmentFromRow(row);
  }

  async listByPerson(personId: string): Promise<Enrolment[]> {
    const rows = await this.database.db.selectFrom('enrolments').selectAll().where('person_id', '=', personId).orderBy('created_at', 'desc').execute();
    return rows.map(enrolmentFromRow);
  }

  async listBySession(sessionId: string): Promise<Enrolment[]> {
    const rows = await this.database.db.selectFrom('enrolments').selectAll().where('session_id', '=', sessionId).orderBy('seq').execute();
    return rows.map(enrolmentFromRow);
  }
}
