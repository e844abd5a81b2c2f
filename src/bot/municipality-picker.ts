import type { MunicipalityRef } from '../features/catalogue/index.ts';
import type { Municipality, MunicipalityDirectory } from '../features/programme/index.ts';

/** A choice for the enrolment card's municipality field; value "<AGS>:<kind>". */
export interface MunicipalityChoice {
  title: string;
  value: string;
}

export type MunicipalityResolution =
  | { kind: 'match'; municipality: MunicipalityRef }
  | { kind: 'ambiguous'; candidates: MunicipalityChoice[] }
  | { kind: 'none' };

/** The directory as the enrolment card needs it: type-ahead and resolving what was picked or typed. */
export interface MunicipalityPicker {
  search(text: string, limit: number): MunicipalityChoice[];
  resolve(input: { value?: string; text?: string }): MunicipalityResolution;
}

const KIND_LABEL: Record<Municipality['kind'], string> = {
  gemeinde: 'Gemeinde',
  stadt: 'Stadt',
  landkreis: 'Landkreis',
  stadtkreis: 'Stadtkreis',
};

/** "Aidlingen (Gemeinde, Landkreis Böblingen)", "Böblingen (Landkreis)": unambiguous where names repeat. */
export function choiceOf(m: Municipality): MunicipalityChoice {
  const where = m.kind === 'gemeinde' || m.kind === 'stadt' ? `, Landkreis ${m.kreisName}` : '';
  const district = m.kind === 'stadt' && m.kreisName.includes('Stadtkreis') ? '' : where;
  return { title: `${m.displayName} (${KIND_LABEL[m.kind]}${district})`, value: `${m.ags}:${m.kind}` };
}

export function directoryPicker(directory: MunicipalityDirectory): MunicipalityPicker {
  return {
    search: (text, limit) => {
      const found = directory.suggest(text, limit);
      if (found.length > 0) return found.map(choiceOf);
      const searched = directory.search(text);
      if (searched.kind === 'match') return [searched.municipality, ...searched.alternatives].slice(0, limit).map(choiceOf);
      if (searched.kind === 'ambiguous') return searched.candidates.slice(0, limit).map(choiceOf);
      return [];
    },
    resolve: ({ value, text }) => {
      const picked = value && /^(\d{8}):(gemeinde|stadt|landkreis|stadtkreis)$/.exec(value);
      if (picked) {
        const m = directory.findByAgs(picked[1]!, picked[2] as Municipality['kind']);
        return m ? { kind: 'match', municipality: { ags: m.ags, kind: m.kind, name: m.displayName } } : { kind: 'none' };
      }
      if (!text?.trim()) return { kind: 'none' };
      const found = directory.search(text);
      if (found.kind === 'match') return { kind: 'match', municipality: { ags: found.municipality.ags, kind: found.municipality.kind, name: found.municipality.displayName } };
      if (found.kind === 'ambiguous') return { kind: 'ambiguous', candidates: found.candidates.slice(0, 10).map(choiceOf) };
      return { kind: 'none' };
    },
  };
}
