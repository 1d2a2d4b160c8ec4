import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { Membership, MembershipCreate, Page, PageQuery, Team, TeamCreate, TeamSummary, TeamTransition, TeamUpdate, TeamsQuery } from '../../contracts/index.ts';
import { addMembership, createTeam, getTeam, listTeams, transitionTeam, updateTeam } from '../../core/index.ts';
import { ctxOf, expectedVersion, withETag } from '../context.ts';
import { IdParams, ifMatch, problems } from './shared.ts';

const tags = ['teams'];

export const teamRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/v1/teams',
    { schema: { tags, summary: 'The portfolio: every team, filtered', querystring: TeamsQuery.extend(PageQuery.shape), response: { 200: Page(TeamSummary), ...problems } } },
    async (request) => listTeams(ctxOf(request), request.query),
  );

  app.post('/api/v1/teams', { schema: { tags, summary: 'Propose a new team', body: TeamCreate, response: { 201: Team, ...problems } } }, async (request, reply) =>
    reply.status(201).send(withETag(reply, await createTeam(ctxOf(request), request.body))),
  );

  app.get('/api/v1/teams/:id', { schema: { tags, summary: 'A team with its members and what you may do with it', params: IdParams, response: { 200: Team, ...problems } } }, async (request, reply) =>
    withETag(reply, await getTeam(ctxOf(request), request.params.id)),
  );

  app.patch(
    '/api/v1/teams/:id',
    { schema: { tags, summary: 'Edit a team (mission, mandate, leads…)', description: ifMatch.description, params: IdParams, body: TeamUpdate, response: { 200: Team, ...problems } } },
    async (request, reply) =>
      withETag(reply, await updateTeam(ctxOf(request), { id: request.params.id, expectedVersion: expectedVersion(request), changes: request.body })),
  );

  app.post(
    '/api/v1/teams/:id/transitions',
    { schema: { tags, summary: 'Move a team through its lifecycle', description: ifMatch.description, params: IdParams, body: TeamTransition, response: { 200: Team, ...problems } } },
    async (request, reply) =>
      withETag(reply, await transitionTeam(ctxOf(request), { id: request.params.id, expectedVersion: expectedVersion(request), to: request.body.to })),
  );

  app.post(
    '/api/v1/teams/:id/memberships',
    { schema: { tags, summary: 'Add a member to a team', params: IdParams, body: MembershipCreate, response: { 201: Membership, ...problems } } },
    async (request, reply) => reply.status(201).send(withETag(reply, await addMembership(ctxOf(request), request.params.id, request.body))),
  );
};
