import type { Tx } from '../../db/client.ts';
import type { Ctx } from './context.ts';

/** Runs one use case's writes and its audit events atomically: either all land or none do. */
export function inTransaction<T>(ctx: Ctx, work: (tx: Tx) => Promise<T>): Promise<T> {
  return ctx.db.transaction(work);
}
