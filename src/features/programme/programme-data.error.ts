/**
 * A product data file (rules JSON, municipality CSV) that cannot be used. Thrown at load, because the bot must not
 * start on broken rules; the message names the file and each place at fault so a person can fix it.
 */
export class ProgrammeDataError extends Error {
  override name = 'ProgrammeDataError';
  readonly file: string;
  readonly problems: readonly string[];

  constructor(file: string, problems: readonly string[]) {
    super(`${file} is invalid:\n  - ${problems.join('\n  - ')}`);
    this.file = file;
    this.problems = problems;
  }
}

/** `rules.inhouse[1].maxCentsPerDay`, the way a person finds the place in the JSON file. */
export function jsonPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(top level)';
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`))
    .join('');
}
