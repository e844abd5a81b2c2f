import { describe, expect, it } from 'vitest';
import { loadMunicipalityDirectory, validateVoucherId } from '../../../../src/features/programme/index.ts';

const directory = loadMunicipalityDirectory();
const aidlingen = directory.findByAgs('08115001')!;
const skStuttgart = directory.findByAgs('08111000', 'stadtkreis')!;

describe('Bildungs-Voucher-ID: the municipality AGS, then 1–24 characters (rest of the format unconfirmed)', () => {
  it.each([
    ['08115001A', aidlingen, '08115001A'],
    ['08115001-b-2026/01', aidlingen, '08115001-B-2026/01'],
    ['  08115001abc123  ', aidlingen, '08115001ABC123'],
    [`08115001${'X'.repeat(24)}`, aidlingen, `08115001${'X'.repeat(24)}`],
    ['081110001', skStuttgart, '081110001'],
  ])('accepts "%s" for %s, as %s', (id, municipality, voucherId) => {
    expect(validateVoucherId(id, municipality, directory)).toEqual({ ok: true, value: { voucherId, ags: municipality.ags } });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['8115001ABC', 'missing_ags_prefix'],
    ['ABC08115001', 'missing_ags_prefix'],
    ['08115001', 'missing_suffix'],
    [`08115001${'X'.repeat(25)}`, 'suffix_too_long'],
    ['08115001 ABC', 'invalid_characters'],
    ['08115001_ABC', 'invalid_characters'],
    ['08115001ÄBC', 'invalid_characters'],
  ])('rejects "%s" as voucher_invalid_format (%s)', (id, reason) => {
    expect(validateVoucherId(id, aidlingen, directory)).toEqual({ ok: false, error: { code: 'voucher_invalid_format', reason } });
  });

  it('rejects a voucher of another municipality and says whose it is', () => {
    const result = validateVoucherId('08115003-0001', aidlingen, directory);
    expect(result).toMatchObject({ ok: false, error: { code: 'voucher_wrong_municipality', expectedAgs: '08115001', voucherAgs: '08115003', belongsTo: { displayName: 'Böblingen', kind: 'stadt' } } });
  });

  it('rejects a voucher with an unknown AGS, or checked without a directory, naming no owner', () => {
    expect(validateVoucherId('08999999-0001', aidlingen, directory)).toMatchObject({ ok: false, error: { code: 'voucher_wrong_municipality', voucherAgs: '08999999', belongsTo: null } });
    expect(validateVoucherId('08115003-0001', aidlingen)).toMatchObject({ ok: false, error: { code: 'voucher_wrong_municipality', belongsTo: null } });
  });
});
