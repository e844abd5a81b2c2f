import { err, newId, ok, type Clock, type Result } from '../shared/index.ts';
import type { EnrolmentStore, EnrolmentUnit, FundingQuoter, MunicipalityLookup } from './catalogue.ports.ts';
import { isLive, type Enrolment, type MunicipalityRef, type Person } from './catalogue.types.ts';
import { checkOfferAnswer, checkOpenForEnrolment, checkSelfCancellation, placeNewcomer, type EnrolmentError } from './enrolment.transitions.ts';
import { offerFreedSeats } from './seat-offers.ts';

export interface EnrolmentDeps {
  store: EnrolmentStore;
  quoter: FundingQuoter;
  municipalities: MunicipalityLookup;
  clock: Clock;
  /** How long a seat offer from the waitlist holds the seat (default 48 h). */
  offerTtlMs: number;
}

export interface EnrolRequest {
  sessionId: string;
  person: Person;
  municipalityAgs: string;
  municipalityKind?: MunicipalityRef['kind'];
  department: string;
  role?: string;
  voucherId?: string;
  basisCompleted?: boolean;
  consent: boolean;
}

export interface EnrolOutcome {
  enrolment: Enrolment;
  /** The same person enrolled before: this is that enrolment, unchanged. */
  existing: boolean;
  /** 1-based waitlist position when waitlisted. */
  position?: number;
}

export type ByPerson = { enrolmentId: string; personId: string };
export type Answer = Result<{ enrolment: Enrolment; offered: Enrolment[] }, EnrolmentError>;

export class EnrolmentService {
  private readonly deps: EnrolmentDeps;
  constructor(deps: EnrolmentDeps) {
    this.deps = deps;
  }

  async enrol(request: EnrolRequest): Promise<Result<EnrolOutcome, EnrolmentError>> {
    if (!request.consent) return err({ code: 'consent_required', sessionId: request.sessionId });
    const municipality = this.deps.municipalities.find(request.municipalityAgs, request.municipalityKind);
    if (!municipality) return err({ code: 'unknown_municipality', detail: request.municipalityAgs });
    let voucherId: string | undefined;
    if (request.voucherId) {
      const checked = this.deps.municipalities.checkVoucher(request.voucherId, municipality);
      if (!checked.ok) return err({ code: checked.error.code, detail: checked.error.detail });
      voucherId = checked.value;
    }
    const now = this.deps.clock.now();
    return this.deps.store.transact(async (unit) => {
      const found = await unit.arrival(request.sessionId, request.person.id, now);
      if (!found) return err({ code: 'session_not_found', sessionId: request.sessionId });
      const { session, course, counts } = found;
      const existing = found.liveEnrolmentId ? await unit.findEnrolment(found.liveEnrolmentId) : undefined;
      if (existing) return ok({ enrolment: existing, existing: true, position: await this.position(unit, existing) });
      const open = checkOpenForEnrolment(session, now);
      if (!open.ok) return open;
      const basisCompleted = request.basisCompleted ?? false;
      const quote = this.deps.quoter.quote({ courseType: course.type, days: course.days, feeCents: session.feeCents, voucherId, basisCompleted, startsAt: session.startsAt, municipality });
      const enrolment: Enrolment = {
        id: newId('enr'),
        sessionId: session.id,
        person: request.person,
        municipality,
        department: request.department,
        role: request.role,
        voucherId,
        basisCompleted,
        consentAt: now,
        status: placeNewcomer(session, counts),
        seq: counts.nextSeq,
        quote,
        createdAt: now,
        updatedAt: now,
      };
      await unit.insert(enrolment);
      await unit.appendEvent({ type: `enrolment.${enrolment.status as 'confirmed' | 'waitlisted'}`, enrolmentId: enrolment.id, sessionId: session.id, personId: enrolment.person.id }, now);
      return ok({ enrolment, existing: false, position: enrolment.status === 'waitlisted' ? counts.waiting + 1 : undefined });
    });
  }

  /** Self-cancellation; cancelling twice answers like the first time. */
  async cancel({ enrolmentId, personId }: ByPerson): Promise<Answer> {
    const now = this.deps.clock.now();
    return this.deps.store.transact(async (unit) => {
      const found = await this.owned(unit, enrolmentId, personId);
      if (!found.ok) return found;
      const { enrolment, session } = found.value;
      if (!isLive(enrolment.status)) return ok({ enrolment, offered: [] });
      const allowed = checkSelfCancellation(enrolment, session, now);
      if (!allowed.ok) return allowed;
      const cancelled: Enrolment = { ...enrolment, status: 'cancelled', offerExpiresAt: undefined, updatedAt: now };
      await unit.update(cancelled);
      await unit.appendEvent({ type: 'enrolment.cancelled', enrolmentId, sessionId: session.id, personId }, now);
      return ok({ enrolment: cancelled, offered: await offerFreedSeats(unit, session, now, this.deps.offerTtlMs) });
    });
  }

  async acceptOffer({ enrolmentId, personId }: ByPerson): Promise<Answer> {
    const now = this.deps.clock.now();
    return this.deps.store.transact(async (unit) => {
      const found = await this.owned(unit, enrolmentId, personId);
      if (!found.ok) return found;
      const { enrolment, session } = found.value;
      if (enrolment.status === 'confirmed') return ok({ enrolment, offered: [] });
      const check = checkOfferAnswer(enrolment, session, now);
      if (!check.ok) {
        if (check.error.code === 'offer_expired' && enrolment.status === 'offered') await this.expire(unit, enrolment, now);
        return check;
      }
      const counts = await unit.seatCounts(session.id, now);
      // The offer itself is one of the live offers; the seat is there unless the organiser shrank the session.
      if (session.capacity !== null && counts.confirmed >= session.capacity) return err({ code: 'session_full', sessionId: session.id, enrolmentId });
      const confirmed: Enrolment = { ...enrolment, status: 'confirmed', offerExpiresAt: undefined, updatedAt: now };
      await unit.update(confirmed);
      await unit.appendEvent({ type: 'offer.accepted', enrolmentId, sessionId: session.id, personId }, now);
      return ok({ enrolment: confirmed, offered: [] });
    });
  }

  async declineOffer({ enrolmentId, personId }: ByPerson): Promise<Answer> {
    const now = this.deps.clock.now();
    return this.deps.store.transact(async (unit) => {
      const found = await this.owned(unit, enrolmentId, personId);
      if (!found.ok) return found;
      const { enrolment, session } = found.value;
      if (enrolment.status === 'declined') return ok({ enrolment, offered: [] });
      if (enrolment.status !== 'offered') return err({ code: 'not_offered', sessionId: session.id, enrolmentId });
      const declined: Enrolment = { ...enrolment, status: 'declined', offerExpiresAt: undefined, updatedAt: now };
      await unit.update(declined);
      await unit.appendEvent({ type: 'offer.declined', enrolmentId, sessionId: session.id, personId }, now);
      return ok({ enrolment: declined, offered: await offerFreedSeats(unit, session, now, this.deps.offerTtlMs) });
    });
  }

  /** Ends every offer whose time is up and passes each seat on; run by the job worker. */
  async expireOffers(limit = 200): Promise<{ expired: Enrolment[]; offered: Enrolment[] }> {
    const now = this.deps.clock.now();
    return this.deps.store.transact(async (unit) => {
      const expired: Enrolment[] = [];
      const offered: Enrolment[] = [];
      for (const enrolment of await unit.findDueOffers(now, limit)) {
        expired.push({ ...enrolment, status: 'expired' });
        offered.push(...(await this.expire(unit, enrolment, now)));
      }
      return { expired, offered };
    });
  }

  async get({ enrolmentId, personId }: ByPerson): Promise<Result<Enrolment, EnrolmentError>> {
    const enrolment = await this.deps.store.findById(enrolmentId);
    if (!enrolment || enrolment.person.id !== personId) return err({ code: 'enrolment_not_found', enrolmentId });
    return ok(enrolment);
  }

  async listMine(personId: string): Promise<Enrolment[]> {
    return this.deps.store.listByPerson(personId);
  }

  async waitlistPosition(enrolment: Enrolment): Promise<number | undefined> {
    return this.deps.store.transact((unit) => this.position(unit, enrolment));
  }

  private async expire(unit: EnrolmentUnit, enrolment: Enrolment, now: Date): Promise<Enrolment[]> {
    await unit.update({ ...enrolment, status: 'expired', updatedAt: now });
    await unit.appendEvent({ type: 'offer.expired', enrolmentId: enrolment.id, sessionId: enrolment.sessionId, personId: enrolment.person.id }, now);
    const session = await unit.findSession(enrolment.sessionId);
    return session ? offerFreedSeats(unit, session, now, this.deps.offerTtlMs) : [];
  }

  private async position(unit: EnrolmentUnit, enrolment: Enrolment): Promise<number | undefined> {
    return enrolment.status === 'waitlisted' ? unit.waitlistPosition(enrolment.sessionId, enrolment.seq) : undefined;
  }

  /** Another person's enrolment id answers exactly like an unknown one: ids are not secrets, but data is. */
  private async owned(unit: EnrolmentUnit, enrolmentId: string, personId: string) {
    const enrolment = await unit.findEnrolment(enrolmentId);
    const session = enrolment && enrolment.person.id === personId ? await unit.findSession(enrolment.sessionId) : undefined;
    if (!enrolment || !session) return err<EnrolmentError>({ code: 'enrolment_not_found', enrolmentId });
    return ok({ enrolment, session });
  }
}
