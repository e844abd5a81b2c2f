import { err, ok } from '../shared/index.ts';
import type { Result } from '../shared/index.ts';
import type { Municipality } from './municipality.types.ts';

export type VoucherIdFormatProblem = 'empty' | 'missing_ags_prefix' | 'missing_suffix' | 'suffix_too_long' | 'invalid_characters';

export type VoucherIdError =
  | Readonly<{ code: 'voucher_invalid_format'; reason: VoucherIdFormatProblem }>
  | Readonly<{
      code: 'voucher_wrong_municipality';
      expectedAgs: string;
      voucherAgs: string;
      /** The body the voucher's AGS belongs to, if it is a known one. */
      belongsTo: Municipality | null;
    }>;

export type VoucherIdErrorCode = VoucherIdError['code'];

/** `voucherId` is trimmed and upper-cased, so the same ID typed twice compares equal. */
export type ValidVoucherId = Readonly<{ voucherId: string; ags: string }>;

const MAX_SUFFIX = 24;

/**
 * The Bildungs-Voucher-ID starts with the municipality's 8-digit AGS (S2); the rest of its format is unconfirmed,
 * so anything of 1–24 letters, digits, "-" or "/" is accepted after it, case-insensitively.
 */
export function validateVoucherId(
  id: string,
  municipality: Municipality,
  directory?: Readonly<{ findByAgs(ags: string): Municipality | undefined }>,
): Result<ValidVoucherId, VoucherIdError> {
  const trimmed = id.trim();
  const invalid = (reason: VoucherIdFormatProblem) => err({ code: 'voucher_invalid_format' as const, reason });
  if (trimmed === '') return invalid('empty');
  if (!/^\d{8}/.test(trimmed)) return invalid('missing_ags_prefix');
  const suffix = trimmed.slice(8);
  if (suffix === '') return invalid('missing_suffix');
  if (suffix.length > MAX_SUFFIX) return invalid('suffix_too_long');
  if (!/^[A-Za-z0-9/-]+$/.test(suffix)) return invalid('invalid_characters');

  const voucherAgs = trimmed.slice(0, 8);
  if (voucherAgs !== municipality.ags) {
    return err({ code: 'voucher_wrong_municipality', expectedAgs: municipality.ags, voucherAgs, belongsTo: directory?.findByAgs(voucherAgs) ?? null });
  }
  return ok({ voucherId: trimmed.toUpperCase(), ags: voucherAgs });
}
