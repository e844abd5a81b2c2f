import type { Kysely } from 'kysely';
import type { CatalogueRepository, Course, SeatCounts, Session, SessionFilter } from '../../features/catalogue/index.ts';
import { courseFromRow, courseToRow, sessionFromRow, sessionToRow } from './catalogue.mappers.ts';
import type { Schema } from './schema.ts';

export class KyselyCatalogueRepository implements CatalogueRepository {
  private readonly db: Kysely<Schema>;
  constructor(db: Kysely<Schema>) {
    this.db = db;
  }

  async listCourses(): Promise<Course[]> {
    return (await this.db.selectFrom('courses').selectAll().orderBy('id').execute()).map(courseFromRow);
  }

  async findCourseById(id: string): Promise<Course | undefined> {
    const row = await this.db.selectFrom('courses').selectAll().where('id', '=', id).executeTakeFirst();
    return row && courseFromRow(row);
  }

  async findSessionById(id: string): Promise<Session | undefined> {
    const row = await this.db.selectFrom('sessions').selectAll().where('id', '=', id).executeTakeFirst();
    return row && sessionFromRow(row);
  }

  async listSessions(filter: SessionFilter): Promise<Session[]> {
    let query = this.db.selectFrom('sessions').innerJoin('courses', 'courses.id', 'sessions.course_id').selectAll('sessions');
    query = query.where('sessions.starts_at', '>', filter.from.toISOString());
    if (filter.to) query = query.where('sessions.starts_at', '<', filter.to.toISOString());
    if (filter.courseType) query = query.where('courses.type', '=', filter.courseType);
    if (filter.mode) query = query.where('sessions.mode', '=', filter.mode);
    if (filter.provider) query = query.where('sessions.provider', '=', filter.provider);
    if (!filter.includeCancelled) query = query.where('sessions.status', '=', 'scheduled');
    return (await query.orderBy('sessions.starts_at').orderBy('sessions.id').execute()).map(sessionFromRow);
  }

  async insertMissing(courses: Course[], sessions: Session[]): Promise<{ courses: number; sessions: number }> {
    return this.db.transaction().execute(async (trx) => {
      let added = { courses: 0, sessions: 0 };
      for (const course of courses) {
        const r = await trx.insertInto('courses').values(courseToRow(course)).onConflict((oc) => oc.column('id').doNothing()).executeTakeFirst();
        added = { ...added, courses: added.courses + Number(r.numInsertedOrUpdatedRows ?? 0n) };
      }
      const now = new Date();
      for (const session of sessions) {
        const r = await trx.insertInto('sessions').values(sessionToRow(session, now)).onConflict((oc) => oc.column('id').doNothing()).executeTakeFirst();
        added = { ...added, sessions: added.sessions + Number(r.numInsertedOrUpdatedRows ?? 0n) };
      }
      return added;
    });
  }

  async seatCounts(sessionIds: string[], now: Date): Promise<Map<string, SeatCounts>> {
    const counts = new Map<string, SeatCounts>();
    if (sessionIds.length === 0) return counts;
    const rows = await this.db
      .selectFrom('enrolments')
      .select(['session_id', 'status', 'offer_expires_at'])
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('session_id', 'in', sessionIds)
      .where('status', 'in', ['confirmed', 'waitlisted', 'offered'])
      .groupBy(['session_id', 'status', 'offer_expires_at'])
      .execute();
    for (const row of rows) {
      const c = counts.get(row.session_id) ?? { confirmed: 0, liveOffers: 0, waiting: 0 };
      const n = Number(row.n);
      if (row.status === 'confirmed') c.confirmed += n;
      if (row.status === 'waitlisted') c.waiting += n;
      if (row.status === 'offered' && row.offer_expires_at !== null && row.offer_expires_at > now.toISOString()) c.liveOffers += n;
      counts.set(row.session_id, c);
    }
    return counts;
  }
}
