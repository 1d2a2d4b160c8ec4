import type { Initiative } from '../../contracts/index.ts';
import { authorize } from '../policy.ts';
import { today, type Ctx } from '../shared/context.ts';
import { notFound } from '../shared/errors.ts';
import { findInitiative, presentInitiative } from './roadmap-queries.ts';

export async function getInitiative(ctx: Ctx, id: string): Promise<Initiative> {
  authorize(ctx.actor, 'change.read');
  const row = await findInitiative(ctx.db, id);
  if (!row) throw notFound('Initiative');
  return presentInitiative(ctx.db, row, today(ctx));
}
