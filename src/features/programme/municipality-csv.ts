import { z } from 'zod';
import { ProgrammeDataError } from './programme-data.error.ts';
import { MUNICIPALITY_KINDS, isDistrict } from './municipality.types.ts';
import type { Municipality } from './municipality.types.ts';

export const MUNICIPALITY_CSV_HEADER = ['ags', 'name', 'kind', 'kreis_ags', 'kreis_name', 'population', 'population_date'] as const;

/** One row of data/bw-kommunen.csv as text fields, checked and converted. */
export const MunicipalityRowSchema = z.strictObject({
  ags: z.string().regex(/^08\d{6}$/, 'expected 8 digits starting with 08'),
  name: z.string().min(1, 'must not be empty'),
  kind: z.enum(MUNICIPALITY_KINDS),
  kreis_ags: z.string().regex(/^08\d{3}$/, 'expected 5 digits starting with 08'),
  kreis_name: z.string().min(1, 'must not be empty'),
  population: z.string().regex(/^\d+$/, 'expected a whole number').transform(Number),
  population_date: z.iso.date(),
});

// Destatis appends the municipality's status to its name; people do not say it.
const NAME_SUFFIXES = new Set(['Stadt', 'Universitätsstadt', 'Landeshauptstadt', 'Stadtkreis', 'Große Kreisstadt', 'Kreisstadt', 'Hansestadt']);

export function displayNameOf(name: string): string {
  const match = /^(.*), ([^,]+)$/.exec(name);
  return match && NAME_SUFFIXES.has(match[2]!) ? match[1]! : name;
}

/** Parses the CSV text; every problem is reported with its line number and field, and nothing partial is returned. */
export function parseMunicipalityCsv(text: string, file = 'bw-kommunen.csv'): Municipality[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines.at(-1) === '') lines.pop();
  const header = splitCsvLine(lines[0] ?? '');
  if (header === undefined || header.join(',') !== MUNICIPALITY_CSV_HEADER.join(',')) {
    throw new ProgrammeDataError(file, [`line 1: expected the header "${MUNICIPALITY_CSV_HEADER.join(',')}"`]);
  }
  const problems: string[] = [];
  const rows: Municipality[] = [];
  const seen = new Map<string, number>();
  lines.slice(1).forEach((line, i) => {
    const lineNo = i + 2;
    const row = parseRow(line, lineNo, problems);
    if (!row) return;
    const consistency = checkRow(row, lineNo, seen);
    if (consistency) problems.push(consistency);
    else rows.push(row);
  });
  if (problems.length > 0) throw new ProgrammeDataError(file, problems.length > 20 ? [...problems.slice(0, 20), `… and ${problems.length - 20} more`] : problems);
  return rows;
}

function parseRow(line: string, lineNo: number, problems: string[]): Municipality | undefined {
  const fields = splitCsvLine(line);
  if (fields === undefined) return void problems.push(`line ${lineNo}: unbalanced quotes`);
  if (fields.length !== MUNICIPALITY_CSV_HEADER.length) {
    return void problems.push(`line ${lineNo}: expected ${MUNICIPALITY_CSV_HEADER.length} fields, found ${fields.length}`);
  }
  const parsed = MunicipalityRowSchema.safeParse(Object.fromEntries(MUNICIPALITY_CSV_HEADER.map((key, i) => [key, fields[i]])));
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0]);
      const value = fields[MUNICIPALITY_CSV_HEADER.indexOf(field as (typeof MUNICIPALITY_CSV_HEADER)[number])];
      problems.push(`line ${lineNo}, field ${field}: ${issue.message} (found "${value}")`);
    }
    return undefined;
  }
  const r = parsed.data;
  return Object.freeze({
    ags: r.ags,
    name: r.name,
    displayName: displayNameOf(r.name),
    kind: r.kind,
    kreisAgs: r.kreis_ags,
    kreisName: r.kreis_name,
    population: r.population,
    populationDate: r.population_date,
  });
}

function checkRow(row: Municipality, lineNo: number, seen: Map<string, number>): string | undefined {
  const key = `${row.ags}/${row.kind}`;
  const earlier = seen.get(key);
  if (earlier !== undefined) return `line ${lineNo}, field ags: ${row.ags} with kind ${row.kind} already appears on line ${earlier}`;
  seen.set(key, lineNo);
  if (!row.ags.startsWith(row.kreisAgs)) return `line ${lineNo}, field kreis_ags: ${row.kreisAgs} is not the start of ags ${row.ags}`;
  if (isDistrict(row.kind) && row.ags !== `${row.kreisAgs}000`) return `line ${lineNo}, field ags: a district's ags must be its kreis_ags followed by 000`;
  return undefined;
}

/** One CSV record without line breaks inside quotes (the file has none); undefined when quotes do not balance. */
export function splitCsvLine(line: string): string[] | undefined {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted && ch === '"' && line[i + 1] === '"') {
      field += '"';
      i++;
    } else if (quoted && ch === '"') {
      quoted = false;
    } else if (quoted) {
      field += ch;
    } else if (ch === '"' && field === '') {
      quoted = true;
    } else if (ch === ',') {
      fields.push(field);
      field = '';
    } else {
      field += ch;
    }
  }
  if (quoted) return undefined;
  fields.push(field);
  return fields;
}
