import { loadOncePerPath } from './programme-data.cache.ts';
import { parseMunicipalityCsv } from './municipality-csv.ts';
import { indexEntry } from './municipality-index.ts';
import type { IndexEntry } from './municipality-index.ts';
import { searchMunicipalities } from './municipality-search.ts';
import type { MunicipalitySearchResult } from './municipality-search.ts';
import { compactOf, parseQuery } from './name-folding.ts';
import { isDistrict } from './municipality.types.ts';
import type { Municipality, MunicipalityKind } from './municipality.types.ts';

export const DEFAULT_MUNICIPALITIES_FILE = new URL('../../../data/bw-kommunen.csv', import.meta.url);

export type MunicipalityDirectory = Readonly<{
  /** A name as people type it, or an 8-digit AGS, or a 5-digit Kreisschlüssel. */
  search(query: string): MunicipalitySearchResult;
  /** Without `kind`, the town wins over the Stadtkreis sharing its AGS. */
  findByAgs(ags: string, kind?: MunicipalityKind): Municipality | undefined;
  /** Type-ahead: names (or any of their words) starting with `prefix`, towns first, larger first. */
  suggest(prefix: string, limit?: number): readonly Municipality[];
  /** The towns and municipalities of a Kreis ("08115" or "08115000"), by name. */
  listByKreis(kreisAgs: string): readonly Municipality[];
  all(): readonly Municipality[];
}>;

const loadOnce = loadOncePerPath((text, path) => createMunicipalityDirectory(parseMunicipalityCsv(text, path)));

/** Reads and validates the CSV once per path; later calls return the same directory. */
export function loadMunicipalityDirectory(file: string | URL = DEFAULT_MUNICIPALITIES_FILE): MunicipalityDirectory {
  return loadOnce(file);
}

export function createMunicipalityDirectory(municipalities: readonly Municipality[]): MunicipalityDirectory {
  const all = Object.freeze([...municipalities]);
  const entries = all.map(indexEntry);
  // Type-ahead order is fixed once (towns first, then by size), so suggest() only scans and never sorts.
  const bySuggestOrder = [...entries].sort(
    (a, b) => Number(isDistrict(a.municipality.kind)) - Number(isDistrict(b.municipality.kind)) || b.municipality.population - a.municipality.population,
  );
  const byKreis = groupByKreis(all);
  const byAgs = new Map<string, Municipality[]>();
  for (const m of all) byAgs.set(m.ags, [...(byAgs.get(m.ags) ?? []), m]);
  return {
    search: (query) => searchMunicipalities(entries, query),
    findByAgs: (ags, kind) => {
      const rows = (byAgs.get(ags.trim()) ?? []).filter((m) => kind === undefined || m.kind === kind);
      return rows.find((m) => !isDistrict(m.kind)) ?? rows[0];
    },
    suggest: (prefix, limit = 10) => suggest(bySuggestOrder, prefix, limit),
    listByKreis: (kreisAgs) => byKreis.get(/^(\d{5})(000)?$/.exec(kreisAgs.trim())?.[1] ?? '') ?? [],
    all: () => all,
  };
}

function suggest(entries: readonly IndexEntry[], prefix: string, limit: number): Municipality[] {
  const parsed = parseQuery(prefix);
  const q = compactOf(parsed.leading);
  if (q === '' || limit < 1) return [];
  const wantDistrict = parsed.leadingHint === undefined ? undefined : parsed.leadingHint !== 'municipality';
  const starts: Municipality[] = [];
  const inside: Municipality[] = [];
  for (const entry of entries) {
    if (wantDistrict !== undefined && isDistrict(entry.municipality.kind) !== wantDistrict) continue;
    if (entry.key.startsWith(q)) {
      starts.push(entry.municipality);
      if (starts.length >= limit) break;
    } else if (inside.length < limit && entry.suffixKeys.some((key) => key.startsWith(q))) {
      inside.push(entry.municipality);
    }
  }
  return [...starts, ...inside].slice(0, limit);
}

function groupByKreis(all: readonly Municipality[]): Map<string, readonly Municipality[]> {
  const groups = new Map<string, Municipality[]>();
  for (const m of all) {
    if (isDistrict(m.kind)) continue;
    const list = groups.get(m.kreisAgs) ?? [];
    list.push(m);
    groups.set(m.kreisAgs, list);
  }
  for (const list of groups.values()) list.sort((a, b) => a.displayName.localeCompare(b.displayName, 'de'));
  return groups;
}
