import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { Budget, BudgetQuery, CreateReallocation, DecideBudget, FinanceSettings, FiscalYear, Id, Reallocation, SaveBudget, UpdateFinanceSettings } from '../../contracts/index.ts';
import {
  createReallocation,
  decideBudget,
  getBudget,
  getFinanceSettingsUseCase,
  listBudgets,
  listReallocations,
  saveBudget,
  submitBudget,
  updateFinanceSettings,
} from '../../core/index.ts';
import { ctxOf, expectedVersion, withETag } from '../context.ts';
import { ifMatch, problems } from './shared.ts';

const tags = ['finance'];
const BudgetParams = z.object({ id: Id, fiscalYear: FiscalYear });

export const financeBudgetRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/v1/finance/settings',
    { schema: { tags, summary: 'The fiscal calendar and the currency all money is counted in', response: { 200: FinanceSettings, ...problems } } },
    async (request, reply) => withETag(reply, await getFinanceSettingsUseCase(ctxOf(request))),
  );

  app.put(
    '/api/v1/finance/settings',
    {
      schema: {
        tags,
        summary: 'Set the fiscal calendar and the currency',
        description: `${ifMatch.description}. The fiscal year start and the currency are fixed once the ledger has entries, and the first fiscal year may not start after the earliest entry.`,
        body: UpdateFinanceSettings,
        response: { 200: FinanceSettings, ...problems },
      },
    },
    async (request, reply) => withETag(reply, await updateFinanceSettings(ctxOf(request), { expectedVersion: expectedVersion(request), settings: request.body })),
  );

  app.get(
    '/api/v1/teams/:id/budgets/:fiscalYear',
    { schema: { tags, summary: 'A team’s budget for a fiscal year, with what you may do with it', params: BudgetParams, response: { 200: Budget, ...problems } } },
    async (request, reply) => withETag(reply, await getBudget(ctxOf(request), { teamId: request.params.id, fiscalYear: request.params.fiscalYear })),
  );

  app.put(
    '/api/v1/teams/:id/budgets/:fiscalYear',
    {
      schema: {
        tags,
        summary: 'Draft a team’s budget, or replace the lines of its draft or rejected budget',
        description: 'Creates a draft (201) when the team has no budget for the year; otherwise send If-Match with the version you read (200). Proposed and approved budgets are not edited.',
        params: BudgetParams,
        body: SaveBudget,
        response: { 200: Budget, 201: Budget, ...problems },
      },
    },
    async (request, reply) => {
      const { budget, created } = await saveBudget(ctxOf(request), {
        teamId: request.params.id,
        fiscalYear: request.params.fiscalYear,
        expectedVersion: expectedVersion(request),
        budget: request.body,
      });
      return reply.status(created ? 201 : 200).send(withETag(reply, budget));
    },
  );

  app.post(
    '/api/v1/teams/:id/budgets/:fiscalYear/submission',
    {
      schema: { tags, summary: 'Propose the budget to the portfolio office', description: ifMatch.description, params: BudgetParams, response: { 200: Budget, ...problems } },
    },
    async (request, reply) =>
      withETag(reply, await submitBudget(ctxOf(request), { teamId: request.params.id, fiscalYear: request.params.fiscalYear, expectedVersion: expectedVersion(request) })),
  );

  app.post(
    '/api/v1/teams/:id/budgets/:fiscalYear/decision',
    {
      schema: {
        tags,
        summary: 'Approve or reject a proposed budget; approving books it into the ledger month by month',
        description: `${ifMatch.description}. Whoever proposed the budget does not decide it; a rejection says why.`,
        params: BudgetParams,
        body: DecideBudget,
        response: { 200: Budget, ...problems },
      },
    },
    async (request, reply) =>
      withETag(
        reply,
        await decideBudget(ctxOf(request), { teamId: request.params.id, fiscalYear: request.params.fiscalYear, expectedVersion: expectedVersion(request), decision: request.body }),
      ),
  );

  app.get(
    '/api/v1/finance/budgets',
    { schema: { tags, summary: 'Every team’s budgets, newest fiscal year first; status=proposed is the queue to decide', querystring: BudgetQuery, response: { 200: z.array(Budget), ...problems } } },
    async (request) => listBudgets(ctxOf(request), request.query),
  );

  app.post(
    '/api/v1/finance/reallocations',
    {
      schema: {
        tags,
        summary: 'Move budget of one category from one team’s approved budget to another’s',
        description: 'Booked in the given month as budget entries: minus on the source team, plus on the target team.',
        body: CreateReallocation,
        response: { 201: Reallocation, ...problems },
      },
    },
    async (request, reply) => reply.status(201).send(await createReallocation(ctxOf(request), request.body)),
  );

  app.get(
    '/api/v1/finance/reallocations',
    { schema: { tags, summary: 'Budget moved between teams, oldest first', querystring: BudgetQuery.pick({ fiscalYear: true }), response: { 200: z.array(Reallocation), ...problems } } },
    async (request) => listReallocations(ctxOf(request), request.query),
  );
};
