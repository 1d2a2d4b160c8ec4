import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { Initiative, InitiativeCreate, InitiativeUpdate, Milestone, MilestoneCreate, MilestoneUpdate } from '../../contracts/index.ts';
import { addMilestone, createInitiative, getInitiative, listInitiatives, updateInitiative, updateMilestone } from '../../core/index.ts';
import { ctxOf, expectedVersion, withETag } from '../context.ts';
import { IdParams, ifMatch, problems } from './shared.ts';

const tags = ['roadmap'];
const InitiativesQuery = z.object({ overdue: z.enum(['true', 'false']).optional().describe('Only initiatives with a milestone past its due date and not done') });

export const roadmapRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/v1/initiatives',
    { schema: { tags, summary: 'The transformation roadmap: initiatives by start date, with their milestones', querystring: InitiativesQuery, response: { 200: z.object({ items: z.array(Initiative) }), ...problems } } },
    async (request) => listInitiatives(ctxOf(request), { overdue: request.query.overdue === 'true' }),
  );

  app.post(
    '/api/v1/initiatives',
    { schema: { tags, summary: 'Add an initiative to the roadmap', body: InitiativeCreate, response: { 201: Initiative, ...problems } } },
    async (request, reply) => reply.status(201).send(withETag(reply, await createInitiative(ctxOf(request), request.body))),
  );

  app.get(
    '/api/v1/initiatives/:id',
    { schema: { tags, summary: 'An initiative with its owner, teams and milestones', params: IdParams, response: { 200: Initiative, ...problems } } },
    async (request, reply) => withETag(reply, await getInitiative(ctxOf(request), request.params.id)),
  );

  app.patch(
    '/api/v1/initiatives/:id',
    {
      schema: {
        tags,
        summary: 'Edit an initiative (dates, owner, teams, status…)',
        description: `${ifMatch.description}. The dates must keep every milestone between them.`,
        params: IdParams,
        body: InitiativeUpdate,
        response: { 200: Initiative, ...problems },
      },
    },
    async (request, reply) =>
      withETag(reply, await updateInitiative(ctxOf(request), { id: request.params.id, expectedVersion: expectedVersion(request), changes: request.body })),
  );

  app.post(
    '/api/v1/initiatives/:id/milestones',
    { schema: { tags, summary: 'Add a milestone, due within the initiative’s dates', params: IdParams, body: MilestoneCreate, response: { 201: Milestone, ...problems } } },
    async (request, reply) => reply.status(201).send(withETag(reply, await addMilestone(ctxOf(request), request.params.id, request.body))),
  );

  app.patch(
    '/api/v1/milestones/:id',
    {
      schema: { tags, summary: 'Edit a milestone; set doneOn to complete it, null to reopen it', description: ifMatch.description, params: IdParams, body: MilestoneUpdate, response: { 200: Milestone, ...problems } },
    },
    async (request, reply) =>
      withETag(reply, await updateMilestone(ctxOf(request), { id: request.params.id, expectedVersion: expectedVersion(request), changes: request.body })),
  );
};
