import { SCHEMA_BY_VERB, type Verb } from '../../../../src/bot/actions.ts';
import type { AdaptiveCard } from '../../../../src/bot/cards/card-kit.ts';
import {
  availability,
  loadCatalogueFile,
  type Course,
  type CourseType,
  type Enrolment,
  type QuoteSnapshot,
  type SeatCounts,
  type Session,
  type SessionView,
} from '../../../../src/features/catalogue/index.ts';
import { parseBerlinLocal } from '../../../../src/features/shared/index.ts';

/** Realistic card inputs: the sample catalogue, enrolments as the service makes them, quotes as the programme rules give. */
export const LOCALES = ['de', 'en'] as const;

export const at = (berlinLocal: string): Date => {
  const instant = parseBerlinLocal(berlinLocal);
  if (!instant) throw new Error(`bad test time ${berlinLocal}`);
  return instant;
};

export const NOW = at('2026-11-21T10:00');
export const catalogue = loadCatalogueFile();

export function sessionById(id: string): Session {
  const session = catalogue.sessions.find((s) => s.id === id);
  if (!session) throw new Error(`no sample session ${id}`);
  return session;
}

export function courseOf(session: Session): Course {
  return catalogue.courses.find((c) => c.id === session.courseId)!;
}

export function viewOf(sessionId: string, counts: Partial<SeatCounts> = {}, overrides: Partial<Session> = {}): SessionView {
  const session = { ...sessionById(sessionId), ...overrides };
  return { session, course: courseOf(session), availability: availability(session, { confirmed: 8, liveOffers: 0, waiting: 0, ...counts }) };
}

/** What the route passes: the voucher in words from the programme rules (current period). */
export const voucherNote = (type: CourseType): string =>
  ({ basis: '100 € pro Tag = 300 €', aufbau: 'bis 50 € pro Tag', inhouse: '50 % bis 1.700 € pro Tag', vernetzung: '—', digilunch: '—' })[type];

export const basisQuote: QuoteSnapshot = {
  feeCents: 69_000,
  voucherCents: 30_000,
  ownShareCents: 39_000,
  ruleVersion: '2023-04/voucher_basis',
  notes: [],
  sources: [
    { id: 'S1', title: 'Städtetag BW – Förderprogramm „Kommunale Digitallotsen“', url: 'https://www.staedtetag-bw.de/Lebensraum-Stadt/Projekte/Kommunale-' },
    { id: 'S5', title: 'Städtetag BW – „Digitalakademie@bw: Neuer Förderzeitraum mit neuen Angeboten“' },
  ],
};

export const noVoucherQuote: QuoteSnapshot = {
  feeCents: 29_000,
  voucherCents: 0,
  ownShareCents: 29_000,
  ruleVersion: '2023-04/voucher_id_required',
  notes: ['no_voucher_id'],
  sources: [{ id: 'S2', title: 'Städtetag BW – „Wie funktioniert die Förderung?“ (ältere Fassung, PDF/E-Mail)' }],
};

export const freeQuote: QuoteSnapshot = { feeCents: 0, voucherCents: 0, ownShareCents: 0, ruleVersion: 'none', notes: ['no_individual_voucher'], sources: [] };

export function enrolmentFor(sessionId: string, overrides: Partial<Enrolment> = {}): Enrolment {
  return {
    id: `enr_${sessionId.slice(0, 12)}-${overrides.status ?? 'confirmed'}`,
    sessionId,
    person: { id: 'aad-4711', name: 'Sabine Krämer', tenantId: 'tenant-bw' },
    municipality: { ags: '08115001', kind: 'gemeinde', name: 'Aidlingen' },
    department: 'Hauptamt',
    role: 'Sachbearbeitung Digitalisierung',
    voucherId: '08115001-2026-0042',
    basisCompleted: false,
    consentAt: at('2026-11-20T14:12'),
    status: 'confirmed',
    seq: 3,
    quote: basisQuote,
    createdAt: at('2026-11-20T14:12'),
    updatedAt: at('2026-11-20T14:12'),
    ...overrides,
  };
}

export const CALENDAR_URL = 'https://lotsenbot.example.org/api/calendar/enr_basis-2026-1.ics?sig=q1w2e3r4t5z6u7i8o9p0';

type Node = Record<string, unknown>;
const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Every element of a card with this type, depth first (action data excluded). */
export function elementsOf(card: AdaptiveCard, type: string): Node[] {
  const found: Node[] = [];
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (isNode(value)) {
      if (value.type === type) found.push(value);
      for (const [key, child] of Object.entries(value)) if (key !== 'data') walk(child);
    }
  };
  walk(card);
  return found;
}

/** The text a person reads on the card, for assertions on wording. */
export function textOf(card: AdaptiveCard): string {
  const texts: string[] = [];
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (isNode(value)) {
      for (const key of ['text', 'title', 'value', 'label', 'placeholder', 'errorMessage']) if (typeof value[key] === 'string') texts.push(value[key]);
      for (const [key, child] of Object.entries(value)) if (key !== 'data' && key !== 'fallback') walk(child);
    }
  };
  walk(card.body);
  walk(card.actions ?? []);
  return texts.join('\n');
}

export const buttonTitles = (card: AdaptiveCard): string[] => elementsOf(card, 'Action.Execute').map((a) => String(a.title));

/** The input values a client would send with an action whose inputs are associated (their defaults, or `filled`). */
export function inputValues(card: AdaptiveCard, filled: Record<string, string> = {}): Record<string, string> {
  const values: Record<string, string> = {};
  for (const type of ['Input.Text', 'Input.ChoiceSet', 'Input.Toggle']) {
    for (const input of elementsOf(card, type)) values[String(input.id)] = String(input.value ?? (type === 'Input.Toggle' ? 'false' : ''));
  }
  return { ...values, ...filled };
}

/**
 * Parses what each Action.Execute would send with the schema for its verb; returns the failures. Associated inputs are
 * merged in as Teams does; `filled` stands for what the person typed into required fields.
 */
export function actionDataFailures(card: AdaptiveCard, filled: Record<string, string> = {}): string[] {
  const failures: string[] = [];
  for (const action of [...elementsOf(card, 'Action.Execute'), ...(card.refresh ? [card.refresh.action as unknown as Node] : [])]) {
    const verb = action.verb as Verb;
    const schema = SCHEMA_BY_VERB[verb];
    const sent = action.associatedInputs === 'none' ? action.data : { ...inputValues(card, filled), ...(action.data as Node) };
    const parsed = schema?.safeParse(sent);
    if (!parsed?.success) failures.push(`${String(action.title ?? 'refresh')} (${verb}): ${parsed ? parsed.error.message : 'no schema'}`);
  }
  return failures;
}
