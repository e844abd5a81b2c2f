import { KyselyCatalogueRepository } from '../../src/adapters/storage/kysely-catalogue.repository.ts';
import { KyselyEnrolmentStore } from '../../src/adapters/storage/kysely-enrolment.store.ts';
import {
  CatalogueService,
  EnrolmentService,
  SessionAdminService,
  type Course,
  type FundingQuoter,
  type MunicipalityLookup,
  type MunicipalityRef,
  type Session,
} from '../../src/features/catalogue/index.ts';
import { err, HOUR_MS, ManualClock, ok, parseBerlinLocal } from '../../src/features/shared/index.ts';
import { tempStore } from './temp-store.ts';

export const at = (berlinLocal: string): Date => {
  const instant = parseBerlinLocal(berlinLocal);
  if (!instant) throw new Error(`bad test time ${berlinLocal}`);
  return instant;
};

export const towns: MunicipalityRef[] = [
  { ags: '08115001', kind: 'gemeinde', name: 'Aidlingen' },
  { ags: '08336010', kind: 'gemeinde', name: 'Böllen' },
  { ags: '08115000', kind: 'landkreis', name: 'Böblingen' },
];

/** A port fake: the municipalities above; voucher ids must start with the AGS. */
export const fakeMunicipalities: MunicipalityLookup = {
  find: (ags, kind) => towns.find((t) => t.ags === ags && (!kind || t.kind === kind)),
  checkVoucher: (id, m) => {
    const v = id.trim().toUpperCase();
    if (!/^\d{8}[A-Z0-9-]{1,24}$/.test(v)) return err({ code: 'voucher_invalid_format' });
    return v.startsWith(m.ags) ? ok(v) : err({ code: 'voucher_wrong_municipality' });
  },
};

/** A port fake: 100 €/day voucher with an id, capped at the fee. */
export const fakeQuoter: FundingQuoter = {
  quote: (r) => {
    const voucherCents = r.voucherId ? Math.min(r.feeCents, 10_000 * r.days) : 0;
    return { feeCents: r.feeCents, voucherCents, ownShareCents: r.feeCents - voucherCents, ruleVersion: 'test-period/voucher', notes: r.voucherId ? [] : ['no_voucher_id'], sources: [] };
  },
};

export const course: Course = { id: 'basis', type: 'basis', title: 'Basisqualifizierung', description: 'Drei Tage Grundlagen', days: 3, sample: false };

export function session(overrides: Partial<Session> = {}): Session {
  const start = at('2026-12-08T09:00');
  return {
    id: 'basis-dec',
    courseId: 'basis',
    days: [{ start, end: at('2026-12-08T16:30') }],
    startsAt: start,
    endsAt: at('2026-12-08T16:30'),
    mode: 'onsite',
    venue: 'Haus der Gemeinden',
    city: 'Karlsruhe',
    provider: 'Verwaltungsschule',
    capacity: 2,
    feeCents: 69_000,
    registrationDeadline: at('2026-12-01T12:00'),
    cancellationDeadline: at('2026-12-04T12:00'),
    status: 'scheduled',
    sample: false,
    ...overrides,
  };
}

export async function enrolmentWorld(options: { sessions?: Session[]; now?: string; offerTtlMs?: number } = {}) {
  const temp = await tempStore();
  const clock = new ManualClock(at(options.now ?? '2026-11-21T10:00'));
  const catalogue = new KyselyCatalogueRepository(temp.store.db);
  await catalogue.insertMissing([course], options.sessions ?? [session()]);
  const store = new KyselyEnrolmentStore(temp.store);
  const deps = { store, quoter: fakeQuoter, municipalities: fakeMunicipalities, clock, offerTtlMs: options.offerTtlMs ?? 48 * HOUR_MS };
  return {
    ...temp,
    clock,
    catalogue,
    enrolments: store,
    service: new EnrolmentService(deps),
    admin: new SessionAdminService({ store, clock }),
    browse: new CatalogueService({ catalogue, clock }),
  };
}

export const person = (n: number | string) => ({ id: `aad-${n}`, name: `Person ${n}`, tenantId: 'tenant-a' });

export const request = (n: number | string, overrides: Record<string, unknown> = {}) => ({
  sessionId: 'basis-dec',
  person: person(n),
  municipalityAgs: '08115001',
  department: 'Hauptamt',
  consent: true,
  ...overrides,
});
