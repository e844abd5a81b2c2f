import type { Course } from '../../features/catalogue/index.ts';
import { AUDIENCE_KINDS, MAX_BROADCAST_TEXT_CHARS, type AudienceKind, type District } from '../../features/reminders/audiences.ts';
import { berlinDate } from '../../features/shared/index.ts';
import { VERBS } from '../actions.ts';
import { formatDate } from '../format.ts';
import type { Locale } from '../locale.ts';
import { broadcastTexts } from './broadcast-texts.card.ts';
import { button, expandCard, type AdaptiveCard } from './card-kit.ts';
import { cardTexts } from './card-texts.ts';
import { organiserTexts } from './organiser-texts.card.ts';
import type { OrganiserSessionRow } from './organiser-sessions.card.ts';
import { placeText } from './session-summary.ts';
import template from './templates/broadcast-form.json' with { type: 'json' };

/** Everything the broadcast form holds; travels in the preview's buttons so nothing is typed twice. */
export interface BroadcastDraftValues {
  audience?: AudienceKind;
  sessionId?: string;
  courseId?: string;
  kreis?: string;
  title: string;
  message: string;
  schedule: 'now' | 'later';
  sendDate: string;
  sendTime: string;
}

export interface BroadcastFormCardInput {
  values: Partial<BroadcastDraftValues>;
  sessions: OrganiserSessionRow[];
  courses: Course[];
  districts: readonly District[];
  now: Date;
  error?: string;
}

/** Audience, message (markdown), now or later; "Vorschau" sends the inputs to the server, which checks them all. */
export function buildBroadcastFormCard(input: BroadcastFormCardInput, locale: Locale): AdaptiveCard {
  const texts = broadcastTexts(locale);
  const labels = cardTexts(locale);
  const v = input.values;
  return expandCard(template, {
    title: texts.formTitle,
    intro: texts.formIntro,
    hasError: Boolean(input.error),
    error: input.error ?? '',
    choose: texts.choose,
    audience: { label: texts.audienceLabel, value: v.audience ?? '', choices: AUDIENCE_KINDS.map((kind) => ({ title: texts.audiences[kind], value: kind })) },
    session: {
      label: texts.sessionLabel,
      value: v.sessionId ?? '',
      choices: input.sessions.map(({ session, course }) => ({ title: `${course.title} · ${formatDate(session.startsAt, locale)} · ${placeText(session, labels)}`, value: session.id })),
    },
    course: { label: texts.courseLabel, value: v.courseId ?? '', choices: input.courses.map((c) => ({ title: c.title, value: c.id })) },
    kreis: { label: texts.kreisLabel, value: v.kreis ?? '', choices: input.districts.map((d) => ({ title: texts.kreisChoice(d.name, d.kind), value: d.kreisAgs })) },
    messageTitle: { label: texts.titleLabel, placeholder: texts.titlePlaceholder, value: v.title ?? '' },
    message: { label: texts.messageLabel(MAX_BROADCAST_TEXT_CHARS), placeholder: texts.messagePlaceholder, value: v.message ?? '', error: texts.messageRequired },
    schedule: {
      label: texts.scheduleLabel,
      value: v.schedule ?? 'now',
      choices: [
        { title: texts.scheduleNow, value: 'now' },
        { title: texts.scheduleLater, value: 'later' },
      ],
    },
    sendDate: { label: texts.sendDateLabel, value: v.sendDate ?? '', min: berlinDate(input.now) },
    sendTime: { label: texts.sendTimeLabel, value: v.sendTime ?? '' },
    submit: [button(texts.previewButton, { verb: VERBS.broadcastPreview }, 'positive')],
    buttons: [button(organiserTexts(locale).backToMenu, { verb: VERBS.organiserMenu })],
  });
}
