import { DataFileError, loadJsonFile, parseBerlinLocal } from '../shared/index.ts';
import { CatalogueFileSchema, type CatalogueFile } from './catalogue.schema.ts';
import type { Course, Session, SessionDay } from './catalogue.types.ts';

export const SAMPLE_CATALOGUE_PATH = new URL('../../../data/catalogue.sample.json', import.meta.url).pathname;

export interface Catalogue {
  sample: boolean;
  notice?: string;
  courses: Course[];
  sessions: Session[];
}

/** Loads and validates a catalogue file; throws DataFileError naming the line and field at fault. */
export function loadCatalogueFile(path: string = SAMPLE_CATALOGUE_PATH): Catalogue {
  return toCatalogue(loadJsonFile(path, CatalogueFileSchema), path);
}

export function toCatalogue(file: CatalogueFile, name = 'catalogue'): Catalogue {
  const courses: Course[] = file.courses.map((c) => ({ ...c, sample: file.sample }));
  const sessions: Session[] = file.sessions.map((s) => {
    const days: SessionDay[] = s.days.map((d) => ({ start: local(`${d.date}T${d.from}`, name, s.id), end: local(`${d.date}T${d.to}`, name, s.id) }));
    days.sort((a, b) => a.start.getTime() - b.start.getTime());
    return {
      id: s.id,
      courseId: s.courseId,
      days,
      startsAt: days[0]!.start,
      endsAt: days[days.length - 1]!.end,
      mode: s.mode,
      venue: s.venue,
      city: s.city,
      onlineUrl: s.onlineUrl,
      provider: s.provider,
      capacity: s.capacity,
      feeCents: s.feeCents,
      registrationDeadline: s.registrationDeadline,
      cancellationDeadline: s.cancellationDeadline,
      status: 'scheduled',
      sample: file.sample,
    };
  });
  return { sample: file.sample, notice: file.notice, courses, sessions };
}

function local(text: string, name: string, sessionId: string): Date {
  const instant = parseBerlinLocal(text);
  if (!instant) throw new DataFileError(`${name}: session ${sessionId}: "${text}" is not a valid date and time`);
  return instant;
}
