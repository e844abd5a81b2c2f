import { readFileSync } from 'node:fs';
import type { z } from 'zod';

/** A data file that cannot be used; the message names the file, line and field at fault. */
export class DataFileError extends Error {
  override name = 'DataFileError';
}

/**
 * Reads a JSON data file and parses it with a zod schema. Problems are reported as
 * `file:line: path.to.field: message`, so a broken file fails start-up with something a person can fix.
 */
export function loadJsonFile<S extends z.ZodType>(path: string, schema: S): z.infer<S> {
  return parseJsonText(readFileSync(path, 'utf8'), schema, path);
}

export function parseJsonText<S extends z.ZodType>(text: string, schema: S, name: string): z.infer<S> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const position = /position (\d+)/.exec(String(error))?.[1];
    const line = position === undefined ? '?' : lineAt(text, Number(position));
    throw new DataFileError(`${name}:${line}: not valid JSON: ${(error as Error).message}`);
  }
  const parsed = schema.safeParse(data);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.slice(0, 5).map((issue) => {
    const path = issue.path.map(String);
    return `${name}:${locate(text, path)}: ${path.join('.') || '(top level)'}: ${issue.message}`;
  });
  throw new DataFileError(problems.join('\n'));
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** Line of the value at `path` (or of its nearest existing parent), found by walking the JSON text. */
function locate(text: string, path: string[]): number {
  const walker = { text, i: 0 };
  let best = 1;
  const visit = (depth: number): void => {
    skipSpace(walker);
    if (depth === path.length) return;
    const ch = text[walker.i];
    if (ch === '{') {
      walker.i++;
      for (;;) {
        skipSpace(walker);
        if (text[walker.i] === '}') return;
        const key = readString(walker);
        skipSpace(walker);
        walker.i++; // ':'
        skipSpace(walker);
        if (key === path[depth]) {
          best = lineAt(text, walker.i);
          visit(depth + 1);
          return;
        }
        skipValue(walker);
        skipSpace(walker);
        if (text[walker.i] === ',') walker.i++;
        else return;
      }
    }
    if (ch === '[') {
      walker.i++;
      for (let index = 0; ; index++) {
        skipSpace(walker);
        if (text[walker.i] === ']') return;
        if (String(index) === path[depth]) {
          best = lineAt(text, walker.i);
          visit(depth + 1);
          return;
        }
        skipValue(walker);
        skipSpace(walker);
        if (text[walker.i] === ',') walker.i++;
        else return;
      }
    }
  };
  visit(0);
  return best;
}

type Walker = { text: string; i: number };

function skipSpace(w: Walker): void {
  while (w.i < w.text.length && /\s/.test(w.text[w.i]!)) w.i++;
}

function readString(w: Walker): string {
  const start = w.i;
  w.i++;
  while (w.i < w.text.length && w.text[w.i] !== '"') w.i += w.text[w.i] === '\\' ? 2 : 1;
  w.i++;
  return JSON.parse(w.text.slice(start, w.i)) as string;
}

function skipValue(w: Walker): void {
  const ch = w.text[w.i];
  if (ch === '"') return void readString(w);
  if (ch === '{' || ch === '[') {
    let depth = 0;
    do {
      const c = w.text[w.i];
      if (c === '"') {
        readString(w);
        continue;
      }
      if (c === '{' || c === '[') depth++;
      if (c === '}' || c === ']') depth--;
      w.i++;
    } while (depth > 0 && w.i < w.text.length);
    return;
  }
  while (w.i < w.text.length && !/[,}\]\s]/.test(w.text[w.i]!)) w.i++;
}
