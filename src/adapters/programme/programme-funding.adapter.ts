import type { FundingQuoter, MunicipalityLookup, MunicipalityRef, QuoteRequest, QuoteSnapshot } from '../../features/catalogue/index.ts';
import { quoteVoucher, resolveRule, validateVoucherId, type MunicipalityDirectory, type ProgrammeRules, type RuleRef } from '../../features/programme/index.ts';
import { err, ok } from '../../features/shared/index.ts';

const version = (rule: RuleRef): string => `${rule.periodId}/${rule.ruleId}`;
const sources = (rule: RuleRef) => rule.sources.map((s) => ({ id: s.id, title: s.title, url: s.url }));

/** The catalogue's FundingQuoter port, answered by the programme rules in force on the course's first day. */
export function programmeQuoter(rules: ProgrammeRules): FundingQuoter {
  return {
    quote(request: QuoteRequest): QuoteSnapshot {
      const full = (note: string, rule?: RuleRef): QuoteSnapshot => ({
        feeCents: request.feeCents,
        voucherCents: 0,
        ownShareCents: request.feeCents,
        ruleVersion: rule ? version(rule) : 'none',
        notes: [note],
        sources: rule ? sources(rule) : [],
      });
      if (request.courseType !== 'basis' && request.courseType !== 'aufbau') return full('no_individual_voucher');
      if (request.courseType === 'aufbau' && !request.basisCompleted) {
        const rule = resolveRule(rules, 'aufbau_requires_basis', request.startsAt);
        return full('aufbau_requires_basis', rule.ok ? rule.value.ref : undefined);
      }
      const quoted = quoteVoucher(rules, {
        course: request.courseType,
        feeCents: request.feeCents,
        days: request.days,
        voucherId: request.voucherId ?? null,
        courseStart: request.startsAt,
      });
      if (!quoted.ok) return full(quoted.error.code);
      const q = quoted.value;
      return { feeCents: q.feeCents, voucherCents: q.voucherCents, ownShareCents: q.ownShareCents, ruleVersion: version(q.rule), notes: q.reason ? [q.reason] : [], sources: sources(q.rule) };
    },
  };
}

/** The catalogue's MunicipalityLookup port, answered by the Destatis directory. */
export function directoryLookup(directory: MunicipalityDirectory): MunicipalityLookup {
  return {
    find(ags, kind) {
      const m = directory.findByAgs(ags, kind);
      return m && { ags: m.ags, kind: m.kind, name: m.displayName };
    },
    checkVoucher(voucherId, ref: MunicipalityRef) {
      const municipality = directory.findByAgs(ref.ags, ref.kind);
      if (!municipality) return err({ code: 'unknown_municipality' as const });
      const checked = validateVoucherId(voucherId, municipality, directory);
      if (checked.ok) return ok(checked.value.voucherId);
      const e = checked.error;
      return err(e.code === 'voucher_wrong_municipality' ? { code: e.code, detail: e.belongsTo?.displayName } : { code: e.code, detail: e.reason });
    },
  };
}
