import { desc, eq } from 'drizzle-orm';
import type { CheckIn } from '../../contracts/index.ts';
import { checkIns } from '../../db/schema.ts';
import type { Ctx } from '../shared/context.ts';
import { notFound } from '../shared/errors.ts';
import { authorizeObjectiveRead, findKeyResult, findObjective, objectiveTeam, presentCheckIn } from './objective-queries.ts';

/** A key result's check-ins, newest first, for whoever may read its objective. */
export async function listCheckIns(ctx: Ctx, keyResultId: string): Promise<CheckIn[]> {
  const found = await findKeyResult(ctx.db, keyResultId);
  if (!found) throw notFound('Key result');
  const objective = (await findObjective(ctx.db, found.kr.objectiveId))!;
  authorizeObjectiveRead(ctx.actor, await objectiveTeam(ctx, ctx.db, objective));
  const rows = await ctx.db.select().from(checkIns).where(eq(checkIns.keyResultId, found.kr.id)).orderBy(desc(checkIns.createdAt), desc(checkIns.id));
  return rows.map(presentCheckIn);
}
