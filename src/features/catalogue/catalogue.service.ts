import { berlinParts, type Clock } from '../shared/index.ts';
import { availability, type Availability } from './availability.ts';
import type { CatalogueRepository, SessionFilter } from './catalogue.ports.ts';
import type { Course, CourseType, Session, SessionMode } from './catalogue.types.ts';

export interface CatalogueQuery {
  courseType?: CourseType;
  /** "2026-12": a calendar month in Berlin. */
  month?: string;
  mode?: SessionMode;
  provider?: string;
  page?: number;
  pageSize?: number;
}

export interface SessionView {
  session: Session;
  course: Course;
  availability: Availability;
}

export interface CataloguePage {
  items: SessionView[];
  page: number;
  pageCount: number;
  total: number;
}

/** Browsing: upcoming, open sessions with derived availability. */
export class CatalogueService {
  private readonly deps: { catalogue: CatalogueRepository; clock: Clock };
  constructor(deps: { catalogue: CatalogueRepository; clock: Clock }) {
    this.deps = deps;
  }

  async browse(query: CatalogueQuery = {}): Promise<CataloguePage> {
    const now = this.deps.clock.now();
    const filter: SessionFilter = { from: now, courseType: query.courseType, mode: query.mode, provider: query.provider };
    let sessions = await this.deps.catalogue.listSessions(filter);
    if (query.month) sessions = sessions.filter((s) => monthOf(s.startsAt) === query.month);
    const pageSize = Math.max(1, Math.min(query.pageSize ?? 5, 20));
    const pageCount = Math.max(1, Math.ceil(sessions.length / pageSize));
    const page = Math.min(Math.max(1, query.page ?? 1), pageCount);
    const slice = sessions.slice((page - 1) * pageSize, page * pageSize);
    return { items: await this.views(slice, now), page, pageCount, total: sessions.length };
  }

  async details(sessionId: string): Promise<SessionView | undefined> {
    const session = await this.deps.catalogue.findSessionById(sessionId);
    if (!session) return undefined;
    const [view] = await this.views([session], this.deps.clock.now());
    return view;
  }

  async providers(): Promise<string[]> {
    const sessions = await this.deps.catalogue.listSessions({ from: this.deps.clock.now() });
    return [...new Set(sessions.map((s) => s.provider))].sort();
  }

  /** The months (YYYY-MM, Berlin) that have upcoming sessions, for the filter. */
  async months(): Promise<string[]> {
    const sessions = await this.deps.catalogue.listSessions({ from: this.deps.clock.now() });
    return [...new Set(sessions.map((s) => monthOf(s.startsAt)))].sort();
  }

  private async views(sessions: Session[], now: Date): Promise<SessionView[]> {
    const counts = await this.deps.catalogue.seatCounts(sessions.map((s) => s.id), now);
    const courses = new Map((await this.deps.catalogue.listCourses()).map((c) => [c.id, c]));
    return sessions.flatMap((session) => {
      const course = courses.get(session.courseId);
      if (!course) return [];
      const seat = counts.get(session.id) ?? { confirmed: 0, liveOffers: 0, waiting: 0 };
      return [{ session, course, availability: availability(session, seat) }];
    });
  }
}

export function monthOf(instant: Date): string {
  const p = berlinParts(instant);
  return `${p.year}-${String(p.month).padStart(2, '0')}`;
}
