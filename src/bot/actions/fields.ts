import { z } from 'zod';

/** Shared pieces of the action schemas: ids, optional text, toggles, the filter's "alle". */
export const id = z.string().trim().min(1).max(100).regex(/^[A-Za-z0-9_.:-]+$/);
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((s) => (s ? s : undefined));
/** Adaptive Cards send toggles as the strings "true"/"false". */
export const toggle = z.union([z.boolean(), z.enum(['true', 'false'])]).transform((v) => v === true || v === 'true');

/** The filter's "alle" choice: Adaptive Cards reject a choice whose value is empty, so "all" stands for no filter. */
export const FILTER_ALL = 'all';
export const noFilter = (v: string | undefined): boolean => v === undefined || v === '' || v === FILTER_ALL;
