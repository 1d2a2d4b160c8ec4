import { z } from 'zod';

export const Id = z.uuid();
export const IsoDate = z.iso.date().describe('Calendar date, YYYY-MM-DD');
export const Timestamp = z.iso.datetime({ offset: true });

export const Page = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    nextCursor: z.string().nullable().describe('Pass as `cursor` to get the next page; null on the last page'),
  });

export const PageQuery = z.object({
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

/** RFC 9457 problem details, with Tandem's stable `code` and per-field messages. */
export const Problem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  code: z.string(),
  detail: z.string().optional(),
  errors: z
    .array(z.object({ field: z.string(), message: z.string(), code: z.string().optional() }))
    .optional(),
  requestId: z.string().optional(),
});
export type Problem = z.infer<typeof Problem>;
