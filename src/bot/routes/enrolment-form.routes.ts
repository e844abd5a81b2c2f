import type { Application, TurnState } from '@microsoft/teams-ai';
import { z } from 'zod';
import type { EnrolmentError, EnrolOutcome } from '../../features/catalogue/index.ts';
import { EnrolSubmitSchema, MUNICIPALITY_DATASET, SessionActionSchema, VERBS, type EnrolSubmit } from '../actions.ts';
import type { BotDeps } from '../bot-deps.ts';
import { onCardAction, type Card, type CardActionContext } from '../card-actions.ts';
import { buildEnrolmentFormCard, buildEnrolmentResultCard, type EnrolmentFormValues } from '../cards/index.ts';
import { personOf } from '../identity.ts';
import type { Locale } from '../locale.ts';
import type { MunicipalityChoice } from '../municipality-picker.ts';
import { staleCard } from '../replies.ts';
import { enrolmentErrorText, textsFor } from '../texts.ts';

/** Rejections the person can fix in the form itself; the others end the attempt with a reason. */
const FIXABLE = new Set<EnrolmentError['code']>(['voucher_invalid_format', 'voucher_wrong_municipality', 'consent_required', 'unknown_municipality']);

/** Whatever came back from a rejected form, kept so the person does not type it again. */
const Draft = z.object({
  sessionId: z.string().max(100).optional(),
  municipality: z.string().max(40).optional(),
  municipalityText: z.string().max(120).optional(),
  department: z.string().max(120).optional(),
  role: z.string().max(120).optional(),
  voucherId: z.string().max(40).optional(),
  basisCompleted: z.union([z.boolean(), z.string()]).optional(),
  consent: z.union([z.boolean(), z.string()]).optional(),
});

/** The enrolment form inside the card, the municipality type-ahead, and the submit. */
export function registerEnrolmentFormRoutes(app: Application<TurnState>, deps: BotDeps): void {
  onCardAction(app, deps, [VERBS.enrolForm], SessionActionSchema, (data, ctx) => formCard(deps, ctx, data.sessionId), ({ locale }) => staleCard(deps, locale));

  app.adaptiveCards.search(MUNICIPALITY_DATASET, async (_context, _state, query) => {
    const text = String(query.parameters?.queryText ?? '').slice(0, 80);
    return deps.municipalities.search(text, Math.min(Math.max(query.count ?? 15, 1), 25));
  });

  onCardAction(app, deps, [VERBS.enrolSubmit], z.unknown(), (raw, ctx) => submit(deps, ctx, raw), ({ locale }) => staleCard(deps, locale));
}

type FormExtras = { error?: string; values?: EnrolmentFormValues; municipality?: MunicipalityChoice; municipalityChoices?: MunicipalityChoice[] };

async function formCard(deps: BotDeps, ctx: CardActionContext, sessionId: string, extra: FormExtras = {}): Promise<Card> {
  const view = await deps.catalogue.details(sessionId);
  if (!view) return staleCard(deps, ctx.locale);
  return buildEnrolmentFormCard({ session: view.session, course: view.course, ...extra }, ctx.locale);
}

async function submit(deps: BotDeps, ctx: CardActionContext, raw: unknown): Promise<Card> {
  const texts = textsFor(ctx.locale);
  const draft = Draft.safeParse(raw);
  const values = draft.success ? valuesOf(draft.data) : {};
  const parsed = EnrolSubmitSchema.safeParse(raw);
  if (!parsed.success) {
    const sessionId = draft.success ? draft.data.sessionId : undefined;
    return sessionId ? formCard(deps, ctx, sessionId, { error: texts.formIncomplete, values }) : staleCard(deps, ctx.locale);
  }
  const data = parsed.data;
  const resolved = deps.municipalities.resolve({ value: data.municipality, text: data.municipalityText });
  if (resolved.kind !== 'match') {
    if (resolved.kind === 'ambiguous') {
      const error = texts.ambiguousIn(resolved.candidates.map((c) => c.title).join('; '));
      return formCard(deps, ctx, data.sessionId, { error, values: { ...values, municipalityText: undefined }, municipalityChoices: resolved.candidates });
    }
    return formCard(deps, ctx, data.sessionId, { error: texts.municipalityMissing, values });
  }
  const m = resolved.municipality;
  const chosen = { title: m.name, value: `${m.ags}:${m.kind}` };
  const result = await deps.enrolment.enrol(enrolRequest(ctx, data, m.ags, m.kind));
  if (!result.ok) return rejected(deps, ctx, data, result.error, values, chosen);
  return resultCard(deps, ctx.locale, result.value);
}

function enrolRequest(ctx: CardActionContext, data: EnrolSubmit, ags: string, kind: 'gemeinde' | 'stadt' | 'landkreis' | 'stadtkreis') {
  return {
    sessionId: data.sessionId,
    person: personOf(ctx.context),
    municipalityAgs: ags,
    municipalityKind: kind,
    department: data.department,
    role: data.role,
    voucherId: data.voucherId,
    basisCompleted: data.basisCompleted,
    consent: data.consent,
  };
}

async function rejected(deps: BotDeps, ctx: CardActionContext, data: EnrolSubmit, error: EnrolmentError, values: EnrolmentFormValues, chosen: MunicipalityChoice): Promise<Card> {
  const reason = enrolmentErrorText(error, ctx.locale);
  if (FIXABLE.has(error.code)) return formCard(deps, ctx, data.sessionId, { error: reason, values, municipality: chosen });
  const view = await deps.catalogue.details(data.sessionId);
  return buildEnrolmentResultCard({ outcome: 'declined', reason, session: view?.session, course: view?.course }, ctx.locale);
}

export async function resultCard(deps: BotDeps, locale: Locale, outcome: EnrolOutcome): Promise<Card> {
  const { enrolment, existing } = outcome;
  const view = await deps.catalogue.details(enrolment.sessionId);
  if (!view) return staleCard(deps, locale);
  const booked = { session: view.session, course: view.course, enrolment, existing };
  if (enrolment.status === 'confirmed') return buildEnrolmentResultCard({ ...booked, outcome: 'confirmed', calendarUrl: deps.calendarLinks.urlFor(enrolment.id) }, locale);
  if (enrolment.status === 'offered') return buildEnrolmentResultCard({ ...booked, outcome: 'offered' }, locale);
  const position = outcome.position ?? (await deps.enrolment.waitlistPosition(enrolment)) ?? 1;
  return buildEnrolmentResultCard({ ...booked, outcome: 'waitlisted', position, offerHours: deps.offerHours }, locale);
}

function valuesOf(d: z.infer<typeof Draft>): EnrolmentFormValues {
  const flag = (v: unknown) => v === true || v === 'true';
  return { municipalityText: d.municipalityText, department: d.department, role: d.role, voucherId: d.voucherId, basisCompleted: flag(d.basisCompleted), consent: flag(d.consent) };
}
