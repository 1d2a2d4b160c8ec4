import type { Service } from '../../contracts/index.ts';
import { authorize } from '../policy.ts';
import type { Ctx } from '../shared/context.ts';
import { notFound } from '../shared/errors.ts';
import { findService, presentService } from './service-queries.ts';

export async function getService(ctx: Ctx, id: string): Promise<Service> {
  authorize(ctx.actor, 'model.read');
  const row = await findService(ctx.db, id);
  if (!row) throw notFound('Service');
  return presentService(ctx.actor, ctx.db, row);
}
