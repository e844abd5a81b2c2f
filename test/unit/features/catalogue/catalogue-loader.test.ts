import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCatalogueFile, SAMPLE_CATALOGUE_PATH } from '../../../../src/features/catalogue/index.ts';
import { DataFileError } from '../../../../src/features/shared/index.ts';
import { tempFile } from '../../../support/temp-files.ts';

const sample = readFileSync(SAMPLE_CATALOGUE_PATH, 'utf8');

const withFile = (text: string): string => tempFile('catalogue-', 'catalogue.json', text);

describe('catalogue file', () => {
  it('loads the sample catalogue: Berlin times, marked as sample, sessions in the coming months', () => {
    const catalogue = loadCatalogueFile();
    expect(catalogue.sample).toBe(true);
    expect(catalogue.notice).toMatch(/BEISPIELDATEN/);
    expect(catalogue.courses.map((c) => c.type)).toEqual(expect.arrayContaining(['basis', 'aufbau', 'inhouse', 'vernetzung', 'digilunch']));
    const basis = catalogue.sessions.find((s) => s.id === 'basis-2026-12-karlsruhe')!;
    expect(basis.days).toHaveLength(3);
    expect(basis.startsAt.toISOString()).toBe('2026-12-08T08:00:00.000Z'); // 09:00 CET
    expect(catalogue.sessions.find((s) => s.courseId === 'digilunch')?.capacity).toBeNull();
  });

  it.each([
    ['a wrong field type, with its line', (t: string) => t.replace('"capacity": 20,', '"capacity": "zwanzig",'), /catalogue\.json:\d+: sessions\.0\.capacity: /],
    ['an impossible date', (t: string) => t.replace('"2026-11-30T23:59"', '"2026-02-31T23:59"'), /sessions\.0\.registrationDeadline: expected Berlin local time/],
    ['an unknown course', (t: string) => t.replace('"courseId": "basis"', '"courseId": "basis-x"'), /sessions\.0\.courseId: unknown course "basis-x"/],
    ['broken JSON', (t: string) => t.replace('"sample": true,', '"sample": true'), /catalogue\.json:\d+: not valid JSON/],
    ['an online session without a link', (t: string) => t.replace(/"onlineUrl": "https:\/\/lotsen\.example\.org\/online\/aufbau-prozesse-2027-01",\n/, ''), /onlineUrl: an online or hybrid session needs onlineUrl/],
  ])('fails start-up on %s', (_name, corrupt, expected) => {
    const path = withFile(corrupt(sample));
    expect(() => loadCatalogueFile(path)).toThrow(DataFileError);
    expect(() => loadCatalogueFile(path)).toThrow(expected);
  });

  it('names the real line of the field at fault', () => {
    const broken = sample.replace('"capacity": 20,', '"capacity": -1,');
    const line = broken.split('\n').findIndex((l) => l.includes('"capacity": -1')) + 1;
    expect(() => loadCatalogueFile(withFile(broken))).toThrow(new RegExp(`catalogue\\.json:${line}: sessions\\.0\\.capacity`));
  });
});
