import type { Survey } from '../../contracts/index.ts';
import { authorize } from '../policy.ts';
import type { Ctx } from '../shared/context.ts';
import { findSurvey, presentSurveys } from './survey-queries.ts';

export async function getSurvey(ctx: Ctx, id: string): Promise<Survey> {
  authorize(ctx.actor, 'change.read');
  const row = await findSurvey(ctx.db, id);
  const [survey] = await presentSurveys(ctx, ctx.db, [row]);
  return survey!;
}
