import type { z } from 'zod';
import { quarterOf, type GoalsPortfolio, type GoalsPortfolioQuery } from '../../contracts/index.ts';
import { authorize } from '../policy.ts';
import { today, type Ctx } from '../shared/context.ts';
import { presentGoalsPortfolio, readGoalsPortfolio, type GoalsPortfolioParams } from './portfolio-goals-query.ts';

export type GoalsPortfolioInput = z.infer<typeof GoalsPortfolioQuery>;

/** The statements' parameters for a portfolio query, seen from the context's clock and time zone. */
export function goalsPortfolioParams(ctx: Pick<Ctx, 'now' | 'timeZone'>, input: GoalsPortfolioInput): GoalsPortfolioParams {
  const date = today(ctx);
  return {
    quarter: input.quarter ?? quarterOf(date),
    today: date,
    now: ctx.now(),
    timeZone: ctx.timeZone,
    mandateKind: input.mandateKind,
    sort: input.sort,
    order: input.order,
    limit: input.limit,
    offset: input.offset,
  };
}

/**
 * Attainment across the portfolio for a quarter (default: the current one): every team's key
 * results counted by status with its attainment, sorted and paged, with totals; the organization
 * objectives with what contributes to them; the heatmap for the teams of the page; the
 * customer-value metrics; the teams most off track; and the stale metrics. Three statements in one
 * read-only transaction however many teams there are: the roll-up, the customer-value metrics, the
 * stale metrics.
 */
export async function getGoalsPortfolio(ctx: Ctx, input: GoalsPortfolioInput): Promise<GoalsPortfolio> {
  authorize(ctx.actor, 'goals.readPortfolio');
  const params = goalsPortfolioParams(ctx, input);
  const { rows, customerValue, stale } = await readGoalsPortfolio(ctx.db, params);
  return presentGoalsPortfolio(params, rows, customerValue, stale);
}
