import type { MaturityModel } from '../../contracts/index.ts';
import { authorize } from '../policy.ts';
import type { Ctx } from '../shared/context.ts';
import { currentModelRow, presentModel } from './maturity-queries.ts';

/** The version new assessments rate against. */
export async function getMaturityModel(ctx: Ctx): Promise<MaturityModel> {
  authorize(ctx.actor, 'change.read');
  const row = await currentModelRow(ctx.db);
  return presentModel(row, row.version);
}
