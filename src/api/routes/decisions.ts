import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ApprovalCreate, Decision, DecisionCreate, DecisionSummary, DecisionsQuery, DecisionUpdate, Page, PageQuery } from '../../contracts/index.ts';
import { createDecision, getDecision, listDecisions, recordApproval, submitDecision, updateDecision } from '../../core/index.ts';
import { ctxOf, expectedVersion, withETag } from '../context.ts';
import { IdParams, ifMatch, problems } from './shared.ts';

const tags = ['decisions'];

export const decisionRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/api/v1/teams/:id/decisions',
    { schema: { tags, summary: 'Propose a decision of the team', params: IdParams, body: DecisionCreate, response: { 201: Decision, ...problems } } },
    async (request, reply) => reply.status(201).send(withETag(reply, await createDecision(ctxOf(request), request.params.id, request.body))),
  );

  app.get(
    '/api/v1/decisions',
    { schema: { tags, summary: 'Decisions across the portfolio, newest first', querystring: DecisionsQuery.extend(PageQuery.shape), response: { 200: Page(DecisionSummary), ...problems } } },
    async (request) => listDecisions(ctxOf(request), request.query),
  );

  app.get(
    '/api/v1/decisions/:id',
    { schema: { tags, summary: 'A decision with its evaluation, a preview under today’s rules, its approvals and what you may do', params: IdParams, response: { 200: Decision, ...problems } } },
    async (request, reply) => withETag(reply, await getDecision(ctxOf(request), request.params.id)),
  );

  app.patch(
    '/api/v1/decisions/:id',
    { schema: { tags, summary: 'Rework a proposed decision', description: ifMatch.description, params: IdParams, body: DecisionUpdate, response: { 200: Decision, ...problems } } },
    async (request, reply) =>
      withETag(reply, await updateDecision(ctxOf(request), { id: request.params.id, expectedVersion: expectedVersion(request), changes: request.body })),
  );

  app.post(
    '/api/v1/decisions/:id/submit',
    {
      schema: {
        tags,
        summary: 'Submit a proposal: the decision rights decide whether it is the team’s own call or needs approval',
        description: ifMatch.description,
        params: IdParams,
        response: { 200: Decision, ...problems },
      },
    },
    async (request, reply) => withETag(reply, await submitDecision(ctxOf(request), { id: request.params.id, expectedVersion: expectedVersion(request) })),
  );

  app.post(
    '/api/v1/decisions/:id/approvals',
    {
      schema: {
        tags,
        summary: 'Approve or reject for one required role you hold; returns the decision as it now stands',
        params: IdParams,
        body: ApprovalCreate,
        response: { 201: Decision, ...problems },
      },
    },
    async (request, reply) => reply.status(201).send(withETag(reply, await recordApproval(ctxOf(request), request.params.id, request.body))),
  );
};
