import { isDistrict } from './municipality.types.ts';
import type { Municipality, MunicipalityKind } from './municipality.types.ts';
import { matchCompactPrefix, matchTypos, matchWholeName, matchWordPrefixes } from './municipality-index.ts';
import type { Candidate, IndexEntry } from './municipality-index.ts';
import { parseQuery } from './name-folding.ts';
import type { KindHint } from './name-folding.ts';

export type MunicipalitySearchResult =
  | Readonly<{ kind: 'match'; municipality: Municipality; alternatives: readonly Municipality[] }>
  | Readonly<{ kind: 'ambiguous'; candidates: readonly Municipality[] }>
  | Readonly<{ kind: 'none' }>;

const MAX_ALTERNATIVES = 5;

/**
 * Finds what a person means by a name as typed. Tiers from strict to loose; the first tier with hits decides.
 * Hint words pick the kind ("LRA Böblingen" → the Landkreis); without one, a town beats the district of the same
 * name and the district is offered as an alternative. Two towns that fit equally well are ambiguous, never guessed.
 */
export function searchMunicipalities(entries: readonly IndexEntry[], query: string): MunicipalitySearchResult {
  const trimmed = query.trim();
  if (/^\d{8}$/.test(trimmed) || /^\d{5}$/.test(trimmed)) return byKey(entries, trimmed);

  const parsed = parseQuery(trimmed);
  // Try the words after a leading "Stadt"/"LRA" as a whole name first, so "Weil der Stadt" keeps its last word.
  const whole = matchWholeName(entries, parsed.leading);
  if (whole.length > 0) return decide(whole, parsed.leadingHint);
  for (const tier of [matchWholeName, matchWordPrefixes, matchCompactPrefix, matchTypos]) {
    const found = tier(entries, parsed.stripped);
    if (found.length > 0) return decide(found, parsed.hint);
  }
  return { kind: 'none' };
}

function byKey(entries: readonly IndexEntry[], key: string): MunicipalitySearchResult {
  const ags = key.length === 5 ? `${key}000` : key;
  const found = entries.filter((e) => e.municipality.ags === ags).map((entry) => ({ entry, score: 0 }));
  return found.length === 0 ? { kind: 'none' } : decide(found, key.length === 5 ? 'district' : undefined);
}

const RANKS: Record<KindHint | 'none', Readonly<Record<MunicipalityKind, number>>> = {
  none: { gemeinde: 0, stadt: 0, stadtkreis: 1, landkreis: 2 },
  municipality: { gemeinde: 0, stadt: 0, stadtkreis: 1, landkreis: 2 },
  district: { landkreis: 0, stadtkreis: 1, gemeinde: 2, stadt: 2 },
  stadtkreis: { stadtkreis: 0, landkreis: 1, gemeinde: 2, stadt: 2 },
};

function decide(found: readonly Candidate[], hint: KindHint | undefined): MunicipalitySearchResult {
  const ranks = RANKS[hint ?? 'none'];
  const sorted = [...fitHint(found, hint)].sort(
    (a, b) =>
      ranks[a.entry.municipality.kind] - ranks[b.entry.municipality.kind] ||
      a.score - b.score ||
      b.entry.municipality.population - a.entry.municipality.population ||
      a.entry.municipality.displayName.localeCompare(b.entry.municipality.displayName, 'de'),
  );
  const bestRank = ranks[sorted[0]!.entry.municipality.kind];
  const top = sorted.filter((c) => ranks[c.entry.municipality.kind] === bestRank);
  const municipalities = sorted.map((c) => c.entry.municipality);
  if (top.length > 1) return { kind: 'ambiguous', candidates: municipalities };
  return { kind: 'match', municipality: municipalities[0]!, alternatives: municipalities.slice(1, 1 + MAX_ALTERNATIVES) };
}

/** Keeps the kinds the hint names; if none of them fits, the hint was wrong and everything stays. */
function fitHint(found: readonly Candidate[], hint: KindHint | undefined): readonly Candidate[] {
  if (!hint) return found;
  const fits = found.filter((c) => (hint === 'municipality' ? !isDistrict(c.entry.municipality.kind) : isDistrict(c.entry.municipality.kind)));
  return fits.length > 0 ? fits : found;
}
