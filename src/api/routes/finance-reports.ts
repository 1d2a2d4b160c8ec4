import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { FinancePeriodQuery, PortfolioExportQuery, PortfolioFinance, PortfolioFinanceQuery, PortfolioFlows, TeamExportQuery, TeamFinance } from '../../contracts/index.ts';
import { exportPortfolioFinance, exportTeamFinance, getPortfolioFinance, getPortfolioFlows, getTeamFinance } from '../../core/index.ts';
import { ctxOf } from '../context.ts';
import { IdParams, problems } from './shared.ts';

const tags = ['finance'];

/** A download: CSV (UTF-8 with BOM, `;`) or an xlsx workbook, named in Content-Disposition. */
const fileResponse = {
  description: 'The file, as an attachment (Content-Disposition names it)',
  content: {
    'text/csv': { schema: z.string().describe('UTF-8 with a byte order mark, “;” between cells, a header row, amounts as decimal numbers in the currency (1234.56)') },
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { schema: z.string().meta({ format: 'binary' }).describe('One worksheet, bold header row, amounts formatted in the currency') },
  },
};

function sendFile(reply: FastifyReply, file: { filename: string; contentType: string; body: Buffer }) {
  return reply.header('content-disposition', `attachment; filename="${file.filename}"`).type(file.contentType).send(file.body);
}

export const financeReportRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/v1/teams/:id/finance',
    {
      schema: {
        tags,
        summary: 'A team’s P&L for a period: months, totals, run-rate forecast, budget against actual by category, allocated cost by service, revenue by stream',
        description: 'Steering, viewers, the team’s leads and its current members may read it. The period defaults to the current fiscal year; from and to narrow it to some of its months.',
        params: IdParams,
        querystring: FinancePeriodQuery,
        response: { 200: TeamFinance, ...problems },
      },
    },
    async (request) => getTeamFinance(ctxOf(request), request.params.id, request.query),
  );

  app.get(
    '/api/v1/teams/:id/finance/export',
    {
      schema: {
        tags,
        summary: 'Download one table of a team’s finance view as CSV or xlsx (pnl, ledger, categories or services)',
        params: IdParams,
        querystring: TeamExportQuery,
        response: { 200: fileResponse, ...problems },
      },
    },
    async (request, reply) => sendFile(reply, await exportTeamFinance(ctxOf(request), request.params.id, request.query)),
  );

  app.get(
    '/api/v1/finance/portfolio',
    {
      schema: {
        tags,
        summary: 'Every team’s budget, actual, forecast, revenue and margin, sorted and paged, with totals per mandate kind and for the organization',
        description:
          'Budget, actual, revenue and margin cover the period; the forecast is the run-rate forecast to the end of the fiscal year and overrun says it exceeds the full-year budget. sort=overrun orders by how far the forecast exceeds that budget. Totals cover every team of the filter, not only the page.',
        querystring: PortfolioFinanceQuery,
        response: { 200: PortfolioFinance, ...problems },
      },
    },
    async (request) => getPortfolioFinance(ctxOf(request), request.query),
  );

  app.get(
    '/api/v1/finance/portfolio/flows',
    {
      schema: {
        tags,
        summary: 'Where the money went: budget → teams → cost categories and core services, the twelve biggest spenders one by one and all other teams as one',
        querystring: FinancePeriodQuery,
        response: { 200: PortfolioFlows, ...problems },
      },
    },
    async (request) => getPortfolioFlows(ctxOf(request), request.query),
  );

  app.get(
    '/api/v1/finance/portfolio/export',
    {
      schema: {
        tags,
        summary: 'Download the portfolio roll-up as CSV or xlsx: every team of the filter in the chosen order, not one page',
        querystring: PortfolioExportQuery,
        response: { 200: fileResponse, ...problems },
      },
    },
    async (request, reply) => sendFile(reply, await exportPortfolioFinance(ctxOf(request), request.query)),
  );
};
