import { isDistrict, type MunicipalityDirectory } from '../programme/index.ts';
import type { DistrictDirectory } from './audience.ports.ts';
import type { District } from './audience.types.ts';

/**
 * The districts from the Destatis directory. A district's audience is everyone enrolled for one of its municipalities
 * or for the district administration itself (the Landratsamt enrols under the Landkreis' key). A Stadtkreis shares
 * its key with its city, so its list is that one key.
 */
export function districtDirectory(directory: MunicipalityDirectory): DistrictDirectory {
  const districts: District[] = directory
    .all()
    .filter((m) => isDistrict(m.kind))
    .map((d) => ({
      kreisAgs: d.kreisAgs,
      name: d.displayName,
      kind: d.kind === 'stadtkreis' ? ('stadtkreis' as const) : ('landkreis' as const),
      municipalityAgs: [...new Set([d.ags, ...directory.listByKreis(d.kreisAgs).map((m) => m.ags)])],
    }))
    .sort((a, b) => a.name.localeCompare(b.name, 'de') || a.kind.localeCompare(b.kind));
  const byKey = new Map(districts.map((d) => [d.kreisAgs, d]));
  return { list: () => districts, find: (kreisAgs) => byKey.get(kreisAgs.trim()) };
}
