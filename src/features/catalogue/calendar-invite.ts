import { berlinParts } from '../shared/index.ts';
import type { Course, Session } from './catalogue.types.ts';

/**
 * An enrolment as an iCalendar file (RFC 5545) that Outlook, Teams and phones import: one event per session day in
 * Europe/Berlin local time with the zone's rules included, so the file is right wherever it is opened.
 */
export interface CalendarInviteInput {
  enrolmentId: string;
  session: Session;
  course: Course;
  /** DTSTAMP, and the default SEQUENCE. */
  now: Date;
  /** A cancellation: METHOD:CANCEL with STATUS:CANCELLED, same UIDs, so calendars remove the events. */
  cancelled?: boolean;
  locale?: 'de' | 'en';
  /**
   * Calendars replace an event only for a higher SEQUENCE. By default it counts minutes since 2024, so every file
   * served later (the session moved, then was cancelled) supersedes every earlier one without stored state.
   */
  sequence?: number;
}

const CRLF = '\r\n';
const MAX_OCTETS = 75;
const SEQUENCE_EPOCH = Date.UTC(2024, 0, 1);

/** The invite is a file, not a chat reply, so its few words travel with it. */
const WORDS = {
  de: { day: (n: number, of: number) => `Tag ${n} von ${of}`, cancelled: 'Abgesagt', provider: 'Anbieter', online: 'Online-Zugang', enrolment: 'Anmeldung' },
  en: { day: (n: number, of: number) => `day ${n} of ${of}`, cancelled: 'Cancelled', provider: 'Provider', online: 'Online access', enrolment: 'Enrolment' },
} as const;

/**
 * Europe/Berlin since 1996 (EU rule): summer time from the last Sunday in March 02:00 to the last Sunday in October
 * 03:00 local time. DTSTART 1970 is the conventional first onset of each rule (tzurl.org's definitions).
 */
const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Berlin',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

export function buildCalendarInvite(input: CalendarInviteInput): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'PRODID:-//Lotsenbot//Kommunale Digitallotsen//DE',
    'VERSION:2.0',
    'CALSCALE:GREGORIAN',
    `METHOD:${input.cancelled ? 'CANCEL' : 'PUBLISH'}`,
    ...VTIMEZONE,
    ...input.session.days.flatMap((_, i) => eventLines(input, i)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}

function eventLines(input: CalendarInviteInput, index: number): string[] {
  const { session, course, enrolmentId } = input;
  const words = WORDS[input.locale ?? 'de'];
  const day = session.days[index]!;
  const count = session.days.length;
  const title = count > 1 ? `${course.title} (${words.day(index + 1, count)})` : course.title;
  const online = session.mode !== 'onsite' ? session.onlineUrl : undefined;
  const place = [session.venue, session.city].filter(Boolean).join(', ');
  const description = [
    course.topic,
    course.description,
    `${words.provider}: ${session.provider}`,
    online && `${words.online}: ${online}`,
    `${words.enrolment}: ${enrolmentId}`,
  ].filter(Boolean);
  return [
    'BEGIN:VEVENT',
    `UID:${enrolmentId}-${index + 1}@lotsenbot`,
    `DTSTAMP:${utcStamp(input.now)}`,
    `SEQUENCE:${input.sequence ?? Math.max(0, Math.floor((input.now.getTime() - SEQUENCE_EPOCH) / 60_000))}`,
    `DTSTART;TZID=Europe/Berlin:${berlinStamp(day.start)}`,
    `DTEND;TZID=Europe/Berlin:${berlinStamp(day.end)}`,
    `SUMMARY:${escapeText(input.cancelled ? `${words.cancelled}: ${title}` : title)}`,
    `LOCATION:${escapeText(session.mode === 'online' || !place ? (online ?? '') : place)}`,
    `DESCRIPTION:${escapeText(description.join('\n'))}`,
    ...(online ? [`URL:${online}`] : []),
    `STATUS:${input.cancelled ? 'CANCELLED' : 'CONFIRMED'}`,
    'TRANSP:OPAQUE',
    'END:VEVENT',
  ];
}

/** TEXT values (RFC 5545 §3.3.11): backslash, semicolon and comma escaped, line breaks as "\n". */
export function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * Content lines longer than 75 octets are folded (RFC 5545 §3.1): CRLF plus one space, which counts towards the next
 * line's 75. Counted in UTF-8 octets and never inside a character, so "ü" is not split into invalid halves.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = utf8Length(ch.codePointAt(0)!);
    const limit = parts.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

const utf8Length = (codePoint: number): number => (codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4);

function berlinStamp(instant: Date): string {
  const p = berlinParts(instant);
  return `${p.year}${pad(p.month)}${pad(p.day)}T${pad(p.hour)}${pad(p.minute)}${pad(p.second)}`;
}

function utcStamp(instant: Date): string {
  return instant.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

const pad = (n: number): string => String(n).padStart(2, '0');
