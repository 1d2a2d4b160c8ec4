import { z } from 'zod';

/** Money is integer minor units (cents) in the organization currency, everywhere. */
export const Cents = z.number().int('must be whole cents').min(0, 'must not be negative').max(Number.MAX_SAFE_INTEGER);
export const YearMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a month as YYYY-MM');
