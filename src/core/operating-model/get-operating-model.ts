import { BUSINESS_DISCIPLINES, IT_DISCIPLINES, type OperatingModel } from '../../contracts/index.ts';
import type { Queryable } from '../../db/client.ts';
import { authorize, can } from '../policy.ts';
import type { Ctx } from '../shared/context.ts';
import { currentRuleSet, findOperatingModel, listCadences, presentRuleSet, rolesWithHolders } from './model-queries.ts';

export async function getOperatingModel(ctx: Ctx): Promise<OperatingModel> {
  authorize(ctx.actor, 'model.read');
  return presentOperatingModel(ctx, ctx.db);
}

/** The whole model, read through `db` so a use case can present what its own transaction wrote. */
export async function presentOperatingModel(ctx: Ctx, db: Queryable): Promise<OperatingModel> {
  // Sequential: `db` may be a transaction, which has a single connection.
  const model = await findOperatingModel(db);
  const roles = await rolesWithHolders(db);
  const cadences = await listCadences(db);
  const ruleSet = await currentRuleSet(db);
  return {
    roles,
    cadences,
    decisionWaitDays: model.decisionWaitDays,
    disciplines: { business: [...BUSINESS_DISCIPLINES], it: [...IT_DISCIPLINES] },
    decisionRules: presentRuleSet(ruleSet),
    version: model.version,
    abilities: { update: can(ctx.actor, 'model.manage') },
  };
}
