import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DEFAULT_RULES_FILE, ProgrammeDataError, loadProgrammeRules, parseProgrammeRules, ruleRef } from '../../../../src/features/programme/index.ts';
import type { ProgrammeRulesFile } from '../../../../src/features/programme/programme-rules.schema.ts';
import { berlin, tempFile } from './programme-test-helpers.ts';

// Broken values are forced past the type on purpose: the file on disk is untyped.
const broken = <T>(value: unknown): T => value as T;

const realText = readFileSync(fileURLToPath(DEFAULT_RULES_FILE), 'utf8');
const mutate = (change: (data: ProgrammeRulesFile) => void): string => {
  const data = JSON.parse(realText) as ProgrammeRulesFile;
  change(data);
  return JSON.stringify(data, null, 2);
};

function loadError(text: string): ProgrammeDataError {
  try {
    loadProgrammeRules(tempFile('programme-rules.json', text));
  } catch (error) {
    if (error instanceof ProgrammeDataError) return error;
    throw error;
  }
  throw new Error('expected the rules file to be rejected');
}

describe('programme rules file', () => {
  it('loads the real data file once and returns the same object again', () => {
    const rules = loadProgrammeRules();
    expect(loadProgrammeRules()).toBe(rules);
    expect(rules.periods.map((p) => [p.id, p.validFrom, p.validTo])).toEqual([
      ['2022-03', '2022-03-01', '2023-03-31'],
      ['2023-04', '2023-04-01', undefined],
    ]);
  });

  it('gives every rule in every period sources with titles and a confidence', () => {
    const rules = loadProgrammeRules();
    for (const [ruleId, byPeriod] of Object.entries(rules.versions)) {
      expect(byPeriod.size, ruleId).toBe(rules.periods.length);
      for (const { ref } of byPeriod.values()) {
        expect(ref.sources.length).toBeGreaterThan(0);
        for (const source of ref.sources) expect(source.title).not.toBe('');
        expect(['confirmed', 'contradicted', 'unconfirmed']).toContain(ref.confidence);
      }
    }
  });

  it('cites S7 and S7b for the current Inhouse rule and marks the 2022 rate (P3) as contradicted', () => {
    const rules = loadProgrammeRules();
    const current = ruleRef(rules, 'inhouse', berlin('2026-11-20T09:00'));
    const old = ruleRef(rules, 'inhouse', berlin('2022-09-07T09:00'));
    expect(current.ok && current.value.sources.map((s) => s.id)).toEqual(['S7', 'S7b']);
    expect(current.ok && current.value.sources[0]?.url).toMatch(/^https:\/\/grosselfingen\.de\//);
    expect(current.ok && current.value.caveats).toEqual(['funding_after_2023_04_01']);
    expect(old.ok && [old.value.confidence, old.value.sources.map((s) => s.id), old.value.caveats]).toEqual(['contradicted', ['P3', 'S7'], undefined]);
  });

  it.each([
    ['a number given as text', (d: ProgrammeRulesFile) => { d.rules.inhouse[1]!.maxCentsPerDay = broken('1700'); }, 'rules.inhouse[1].maxCentsPerDay: Invalid input: expected number, received string'],
    ['an unknown source id', (d: ProgrammeRulesFile) => { d.rules.voucher_basis[0]!.sources.push('S99'); }, 'rules.voucher_basis[0].sources[3]: unknown source id "S99"'],
    ['an impossible date', (d: ProgrammeRulesFile) => { d.periods[0]!.validTo = '2023-02-30'; }, 'periods[0].validTo: Invalid ISO date'],
    ['overlapping periods', (d: ProgrammeRulesFile) => { d.periods[1]!.validFrom = '2023-03-31'; }, 'periods[1].validFrom: period "2023-04" must start after period "2022-03" ends'],
    ['a rule without a version for a period', (d: ProgrammeRulesFile) => { d.rules.inhouse.pop(); }, 'rules.inhouse: no version for period "2023-04"'],
    ['a gap between population bands', (d: ProgrammeRulesFile) => { d.rules.funded_places[0]!.municipalityBands[1]!.min = 10001; }, 'rules.funded_places[0].municipalityBands[1].min: expected min 10000'],
    ['an unknown confidence', (d: ProgrammeRulesFile) => { d.rules.participation[0]!.confidence = broken('likely'); }, 'rules.participation[0].confidence: Invalid option'],
    ['a misspelt field', (d: ProgrammeRulesFile) => { Object.assign(d.rules.voucher_basis[0]!, { centPerDay: 1 }); }, 'rules.voucher_basis[0]: Unrecognized key: "centPerDay"'],
  ])('rejects %s and names the JSON path', (_what, change, expected) => {
    const error = loadError(mutate(change));
    expect(error.message).toContain('programme-rules.json is invalid');
    expect(error.message).toContain(expected);
  });

  it('rejects text that is not JSON, naming the file', () => {
    expect(() => parseProgrammeRules('{ "schemaVersion": 1,', 'data/programme-rules.json')).toThrow(/data\/programme-rules\.json is invalid:\n {2}- not valid JSON/);
  });

  it('rejects a missing file with its path', () => {
    expect(() => loadProgrammeRules('/nonexistent/programme-rules.json')).toThrow(/\/nonexistent\/programme-rules\.json is invalid:\n {2}- cannot read the file/);
  });
});
