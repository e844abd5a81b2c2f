export const MUNICIPALITY_KINDS = ['gemeinde', 'stadt', 'landkreis', 'stadtkreis'] as const;
export type MunicipalityKind = (typeof MUNICIPALITY_KINDS)[number];

/**
 * A row of the Destatis municipality list. Stadtkreise appear twice under one AGS: as the town (kind 'stadt')
 * and as the district (kind 'stadtkreis'); the pair (ags, kind) is unique.
 */
export type Municipality = Readonly<{
  /** 8-digit Amtlicher Gemeindeschlüssel; districts use their 5-digit key + '000'. */
  ags: string;
  /** As Destatis writes it, e.g. "Schwäbisch Gmünd, Stadt", "Stuttgart, Stadtkreis", "Böblingen" (Landkreis). */
  name: string;
  /** The name without the Destatis suffix (", Stadt", ", Universitätsstadt", ", Landeshauptstadt", ", Stadtkreis"). */
  displayName: string;
  kind: MunicipalityKind;
  /** 5-digit Kreisschlüssel. */
  kreisAgs: string;
  kreisName: string;
  population: number;
  /** Reference date of the population figure, ISO date. */
  populationDate: string;
}>;

export const isDistrict = (kind: MunicipalityKind): boolean => kind === 'landkreis' || kind === 'stadtkreis';
