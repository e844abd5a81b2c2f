import type { Kysely } from 'kysely';
import type { AudienceCourse, AudienceMember, AudienceRepository, AudienceSession, MemberQuery } from '../../features/reminders/audiences.ts';
import type { Schema } from './schema.ts';

/** SQLite's default limit of bound parameters is 999; a district has at most a few hundred municipalities. */
const MAX_KEYS = 900;

/** Enrolments read for broadcast audiences. No rules here: which statuses make an audience is the resolver's call. */
export class KyselyAudienceRepository implements AudienceRepository {
  private readonly db: Kysely<Schema>;
  constructor(db: Kysely<Schema>) {
    this.db = db;
  }

  async findSession(id: string): Promise<AudienceSession | undefined> {
    const row = await this.db
      .selectFrom('sessions')
      .innerJoin('courses', 'courses.id', 'sessions.course_id')
      .select(['sessions.id', 'sessions.course_id', 'sessions.starts_at', 'courses.title'])
      .where('sessions.id', '=', id)
      .executeTakeFirst();
    return row && { id: row.id, courseId: row.course_id, courseTitle: row.title, startsAt: new Date(row.starts_at) };
  }

  async findCourse(id: string): Promise<AudienceCourse | undefined> {
    const row = await this.db.selectFrom('courses').select(['id', 'title']).where('id', '=', id).executeTakeFirst();
    return row && { id: row.id, title: row.title };
  }

  async findMembers(query: MemberQuery): Promise<AudienceMember[]> {
    if (query.statuses?.length === 0 || query.municipalityAgs?.length === 0) return [];
    if ((query.municipalityAgs?.length ?? 0) > MAX_KEYS) throw new RangeError(`findMembers: at most ${MAX_KEYS} municipality keys`);
    let q = this.db
      .selectFrom('enrolments')
      .innerJoin('sessions', 'sessions.id', 'enrolments.session_id')
      .select((eb) => ['enrolments.person_id', eb.fn.min('enrolments.created_at').as('first_at')])
      .groupBy('enrolments.person_id');
    if (query.sessionId) q = q.where('enrolments.session_id', '=', query.sessionId);
    if (query.courseId) q = q.where('sessions.course_id', '=', query.courseId);
    if (query.statuses) q = q.where('enrolments.status', 'in', [...query.statuses]);
    if (query.municipalityAgs) q = q.where('enrolments.municipality_ags', 'in', [...query.municipalityAgs]);
    const people = await q.orderBy('first_at').orderBy('enrolments.person_id').execute();
    return this.withNames(people.map((p) => p.person_id));
  }

  /** The name as last given, however many enrolments a person has. */
  private async withNames(personIds: string[]): Promise<AudienceMember[]> {
    const names = new Map<string, { name: string; at: string }>();
    for (let i = 0; i < personIds.length; i += MAX_KEYS) {
      const rows = await this.db.selectFrom('enrolments').select(['person_id', 'person_name', 'updated_at']).where('person_id', 'in', personIds.slice(i, i + MAX_KEYS)).execute();
      for (const r of rows) {
        const known = names.get(r.person_id);
        if (!known || r.updated_at > known.at) names.set(r.person_id, { name: r.person_name, at: r.updated_at });
      }
    }
    return personIds.map((personId) => ({ personId, name: names.get(personId)?.name ?? '' }));
  }
}
