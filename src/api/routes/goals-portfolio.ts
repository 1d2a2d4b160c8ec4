import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { GoalsPortfolio, GoalsPortfolioQuery } from '../../contracts/index.ts';
import { getGoalsPortfolio } from '../../core/index.ts';
import { ctxOf } from '../context.ts';
import { problems } from './shared.ts';

export const goalsPortfolioRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/v1/goals/portfolio',
    {
      schema: {
        tags: ['goals'],
        summary: 'Attainment across the portfolio for a quarter: every team’s key results by status, sorted and paged, with totals, organization objectives, a heatmap, customer-value metrics, off-track teams and stale metrics',
        description:
          'Steering and viewers may read it. The quarter defaults to the current one (in the organization’s time zone). Rows are the teams with key results in the quarter; totals cover all of them, not only the page. ' +
          'sort=attainment orders by attainment (teams with nothing begun last), sort=off_track by the number of off-track key results. mandateKind narrows the teams, their totals, the heatmap, ' +
          'the off-track teams, the customer-value and the stale metrics; organization objectives always count every contribution. Stale metrics leave out sunset teams, which no longer record.',
        querystring: GoalsPortfolioQuery,
        response: { 200: GoalsPortfolio, ...problems },
      },
    },
    async (request) => getGoalsPortfolio(ctxOf(request), request.query),
  );
};
