import { z } from 'zod';
import { parseBerlinLocal } from '../shared/index.ts';
import { COURSE_TYPES, SESSION_MODES } from './catalogue.types.ts';

const berlinLocal = z
  .string()
  .refine((s) => parseBerlinLocal(s) !== undefined, { message: 'expected Berlin local time "YYYY-MM-DDTHH:MM"' })
  .transform((s) => parseBerlinLocal(s)!);

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected "HH:MM"');

export const CourseFileSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/, 'lower-case letters, digits and dashes'),
  type: z.enum(COURSE_TYPES),
  title: z.string().min(3),
  topic: z.string().min(2).optional(),
  description: z.string().min(10),
  days: z.number().int().min(1).max(5),
});

export const SessionFileSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/, 'lower-case letters, digits and dashes'),
    courseId: z.string(),
    days: z
      .array(z.object({ date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected "YYYY-MM-DD"'), from: time, to: time }))
      .min(1),
    mode: z.enum(SESSION_MODES),
    venue: z.string().min(2).optional(),
    city: z.string().min(2).optional(),
    onlineUrl: z.url({ protocol: /^https$/ }).optional(),
    provider: z.string().min(3),
    capacity: z.number().int().positive().nullable(),
    feeCents: z.number().int().nonnegative(),
    registrationDeadline: berlinLocal,
    cancellationDeadline: berlinLocal,
  })
  .refine((s) => s.mode === 'online' || (s.venue && s.city), { message: 'an on-site or hybrid session needs venue and city', path: ['venue'] })
  .refine((s) => s.mode === 'onsite' || s.onlineUrl, { message: 'an online or hybrid session needs onlineUrl', path: ['onlineUrl'] })
  .refine((s) => s.days.every((d) => d.from < d.to), { message: 'every day must end after it starts', path: ['days'] });

export const CatalogueFileSchema = z
  .object({
    sample: z.boolean(),
    notice: z.string().optional(),
    courses: z.array(CourseFileSchema).min(1),
    sessions: z.array(SessionFileSchema),
  })
  .superRefine((file, ctx) => {
    const courseIds = new Set(file.courses.map((c) => c.id));
    const seen = new Set<string>();
    file.sessions.forEach((session, index) => {
      if (!courseIds.has(session.courseId)) ctx.addIssue({ code: 'custom', message: `unknown course "${session.courseId}"`, path: ['sessions', index, 'courseId'] });
      if (seen.has(session.id)) ctx.addIssue({ code: 'custom', message: `duplicate session id "${session.id}"`, path: ['sessions', index, 'id'] });
      seen.add(session.id);
    });
  });

export type CatalogueFile = z.infer<typeof CatalogueFileSchema>;
