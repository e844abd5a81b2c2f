import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildCalendarInvite, escapeText, foldLine, loadCatalogueFile, type Course, type Session } from '../../../../src/features/catalogue/index.ts';
import { parseBerlinLocal } from '../../../../src/features/shared/index.ts';

const at = (local: string): Date => parseBerlinLocal(local)!;
const catalogue = loadCatalogueFile();
const sessionById = (id: string): Session => catalogue.sessions.find((s) => s.id === id)!;
const courseOf = (s: Session): Course => catalogue.courses.find((c) => c.id === s.courseId)!;
const NOW = new Date('2026-11-21T09:00:00Z');

const invite = (sessionId: string, extra: Partial<Parameters<typeof buildCalendarInvite>[0]> = {}) => {
  const session = sessionById(sessionId);
  return buildCalendarInvite({ enrolmentId: 'enr_3f1c9a2e-7b44-4c1e-9d0a-5a6b7c8d9e0f', session, course: courseOf(session), now: NOW, ...extra });
};

/** Parses with ical.js, registering the file's own VTIMEZONE so times are resolved by its rules. */
function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const zone = calendar.getFirstSubcomponent('vtimezone')!;
  ICAL.TimezoneService.register(zone);
  const events = calendar.getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
  return { calendar, zone: new ICAL.Timezone(zone), events };
}

const physicalLines = (ics: string) => ics.split('\r\n').slice(0, -1);
const unfold = (ics: string) => ics.replace(/\r\n /g, '');

describe('calendar invite: structure (RFC 5545)', () => {
  const ics = invite('basis-2026-12-karlsruhe');

  it('is a VCALENDAR with CRLF line endings, PRODID, VERSION, CALSCALE and METHOD:PUBLISH', () => {
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = physicalLines(unfold(ics));
    expect(lines.slice(1, 5)).toEqual(['PRODID:-//Lotsenbot//Kommunale Digitallotsen//DE', 'VERSION:2.0', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH']);
  });

  it('carries a VTIMEZONE for Europe/Berlin with the EU summer-time rules', () => {
    const lines = physicalLines(ics);
    expect(lines).toContain('TZID:Europe/Berlin');
    expect(lines).toContain('RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU');
    expect(lines).toContain('RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU');
    const { zone } = parse(ics);
    const offset = (y: number, m: number, d: number, h: number) => zone.utcOffset(ICAL.Time.fromData({ year: y, month: m, day: d, hour: h, minute: 0 }));
    expect(offset(2027, 3, 28, 1)).toBe(3600);
    expect(offset(2027, 3, 28, 4)).toBe(7200);
    expect(offset(2027, 10, 31, 4)).toBe(3600);
    expect(offset(2026, 12, 8, 9)).toBe(3600);
  });

  it('has one event per session day whose start and end are the session days, as ical.js reads them', () => {
    const session = sessionById('basis-2026-12-karlsruhe');
    const { events } = parse(ics);
    expect(events.map((e) => [e.startDate.toJSDate().toISOString(), e.endDate.toJSDate().toISOString()])).toEqual(
      session.days.map((d) => [d.start.toISOString(), d.end.toISOString()]),
    );
    expect(physicalLines(ics)).toContain('DTSTART;TZID=Europe/Berlin:20261208T090000');
    expect(physicalLines(ics)).toContain('DTEND;TZID=Europe/Berlin:20261210T150000');
  });

  it('stamps DTSTAMP in UTC from `now`, and names course, day, place and provider', () => {
    const { events } = parse(ics);
    const first = events[0]!;
    expect(first.component.getFirstPropertyValue('dtstamp')!.toString()).toBe('2026-11-21T09:00:00Z');
    expect(first.summary).toBe('Basisqualifizierung Kommunale Digitallotsen (Tag 1 von 3)');
    expect(first.location).toBe('Haus der Gemeinden, Karlsruhe');
    expect(first.description).toContain('Anbieter: Verwaltungsschule des Gemeindetags Baden-Württemberg');
    expect(first.component.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(first.component.getFirstPropertyValue('url')).toBeNull();
  });

  it('puts the online link in LOCATION and URL for an online session, and in URL for a hybrid one', () => {
    const online = parse(invite('digilunch-2026-12')).events[0]!;
    expect(online.location).toBe('https://lotsen.example.org/online/digi-lunch');
    expect(online.component.getFirstPropertyValue('url')).toBe('https://lotsen.example.org/online/digi-lunch');
    expect(online.summary).toBe('Digi-Lunch');
    const hybrid = parse(invite('aufbau-projekte-2027-02-mannheim')).events[0]!;
    expect(hybrid.location).toBe('VWA Mannheim, Mannheim');
    expect(hybrid.component.getFirstPropertyValue('url')).toBe('https://lotsen.example.org/online/aufbau-projekte-2027-02');
  });

  it('speaks English when asked', () => {
    const { events } = parse(invite('basis-2026-12-karlsruhe', { locale: 'en' }));
    expect(events[2]!.summary).toBe('Basisqualifizierung Kommunale Digitallotsen (day 3 of 3)');
    expect(events[2]!.description).toContain('Provider: ');
  });
});

describe('calendar invite: UIDs, sequence and cancellation', () => {
  it('keeps one UID per enrolment and day, whenever the file is made', () => {
    const uids = (ics: string) => parse(ics).events.map((e) => e.uid);
    const first = uids(invite('basis-2026-12-karlsruhe'));
    expect(first).toEqual([1, 2, 3].map((d) => `enr_3f1c9a2e-7b44-4c1e-9d0a-5a6b7c8d9e0f-${d}@lotsenbot`));
    expect(uids(invite('basis-2026-12-karlsruhe', { now: new Date('2026-12-01T07:00:00Z') }))).toEqual(first);
    expect(uids(invite('basis-2026-12-karlsruhe', { enrolmentId: 'enr_other' }))).not.toEqual(first);
  });

  it('cancels with METHOD:CANCEL, STATUS:CANCELLED on the same UIDs and a higher SEQUENCE than the earlier file', () => {
    const published = parse(invite('basis-2026-12-karlsruhe'));
    const cancelled = parse(invite('basis-2026-12-karlsruhe', { cancelled: true, now: new Date('2026-11-25T12:00:00Z') }));
    expect(cancelled.calendar.getFirstPropertyValue('method')).toBe('CANCEL');
    expect(cancelled.events.map((e) => e.uid)).toEqual(published.events.map((e) => e.uid));
    for (const event of cancelled.events) expect(event.component.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(cancelled.events[0]!.sequence).toBeGreaterThan(published.events[0]!.sequence);
    expect(cancelled.events[0]!.summary).toMatch(/^Abgesagt: /);
  });

  it('uses an explicit sequence when given', () => {
    expect(parse(invite('digilunch-2026-12', { sequence: 4 })).events[0]!.sequence).toBe(4);
  });
});

describe('calendar invite: daylight saving time', () => {
  it('places days just before and after the March change at the right instants', () => {
    const base = sessionById('basis-2027-03-freiburg');
    const days = [
      { start: at('2027-03-26T09:00'), end: at('2027-03-26T16:30') },
      { start: at('2027-03-29T09:00'), end: at('2027-03-29T16:30') },
    ];
    const session: Session = { ...base, days, startsAt: days[0]!.start, endsAt: days[1]!.end };
    const ics = buildCalendarInvite({ enrolmentId: 'enr_dst', session, course: courseOf(base), now: NOW });
    expect(physicalLines(ics)).toContain('DTSTART;TZID=Europe/Berlin:20270326T090000');
    expect(physicalLines(ics)).toContain('DTSTART;TZID=Europe/Berlin:20270329T090000');
    const starts = parse(ics).events.map((e) => e.startDate.toJSDate().toISOString());
    expect(starts).toEqual(['2027-03-26T08:00:00.000Z', '2027-03-29T07:00:00.000Z']);
  });
});

describe('calendar invite: line folding and escaping', () => {
  const octets = (s: string) => Buffer.byteLength(s, 'utf8');

  it('keeps every physical line of a real invite within 75 octets and unfolds to the original text', () => {
    const ics = invite('aufbau-projekte-2027-02-mannheim');
    for (const line of physicalLines(ics)) expect(octets(line)).toBeLessThanOrEqual(75);
    expect(parse(ics).events[0]!.description).toContain('Online-Zugang: https://lotsen.example.org/online/aufbau-projekte-2027-02');
  });

  it.each([
    ['75 ASCII octets stay on one line', 'X'.repeat(75), 1],
    ['76 ASCII octets fold once', 'X'.repeat(76), 2],
    ['umlauts (2 octets) are never split', 'DESCRIPTION:' + 'Prüfungsübersicht für Digitalisierungsbeauftragte in Württemberg '.repeat(4), 4],
    ['emoji (4 octets) are never split', 'SUMMARY:' + '🚀'.repeat(40), 3],
  ])('%s', (_name, line, count) => {
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    expect(parts).toHaveLength(count);
    parts.forEach((part, i) => {
      expect(octets(part)).toBeLessThanOrEqual(75);
      if (i > 0) expect(part.startsWith(' ')).toBe(true);
      expect(Buffer.from(part, 'utf8').toString('utf8')).toBe(part);
      expect(part).not.toMatch(/\uFFFD/);
    });
    expect(folded.replace(/\r\n /g, '')).toBe(line);
  });

  it('fills each folded line as far as a whole character allows', () => {
    const parts = foldLine('ü'.repeat(100)).split('\r\n');
    // 100 × "ü" = 200 octets: 37 + 37 + 26 characters, the continuation lines counting their leading space.
    expect(parts.map(octets)).toEqual([74, 75, 53]);
  });

  it('escapes backslash, semicolon, comma and line breaks in TEXT values', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });

  it('round-trips awkward course texts through a real parser', () => {
    const base = sessionById('inhouse-2027-02-crailsheim');
    const course: Course = { ...courseOf(base), title: 'Bausteine; Teil 1, „Prozesse“ \\ Praxis', description: 'Zeile eins,\nZeile zwei; mit Ümlauten' };
    const ics = buildCalendarInvite({ enrolmentId: 'enr_x', session: { ...base, venue: 'Rathaus, Sitzungssaal 2' }, course, now: NOW });
    const event = parse(ics).events[0]!;
    expect(event.summary).toBe('Bausteine; Teil 1, „Prozesse“ \\ Praxis (Tag 1 von 2)');
    expect(event.location).toBe('Rathaus, Sitzungssaal 2, Crailsheim');
    expect(event.description.startsWith('Zeile eins,\nZeile zwei; mit Ümlauten\n')).toBe(true);
  });
});
