import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { Membership, MembershipEnd, MembershipUpdate } from '../../contracts/index.ts';
import { endMembership, updateMembership } from '../../core/index.ts';
import { ctxOf, expectedVersion, withETag } from '../context.ts';
import { IdParams, ifMatch, problems } from './shared.ts';

const tags = ['teams'];

export const membershipRoutes: FastifyPluginAsyncZod = async (app) => {
  app.patch(
    '/api/v1/memberships/:id',
    { schema: { tags, summary: 'Change a membership (role, allocation, dates)', description: ifMatch.description, params: IdParams, body: MembershipUpdate, response: { 200: Membership, ...problems } } },
    async (request, reply) =>
      withETag(reply, await updateMembership(ctxOf(request), { id: request.params.id, expectedVersion: expectedVersion(request), changes: request.body })),
  );

  app.post(
    '/api/v1/memberships/:id/end',
    { schema: { tags, summary: 'End a membership on a date; its history is kept', description: ifMatch.description, params: IdParams, body: MembershipEnd, response: { 200: Membership, ...problems } } },
    async (request, reply) =>
      withETag(reply, await endMembership(ctxOf(request), { id: request.params.id, expectedVersion: expectedVersion(request), endDate: request.body.endDate })),
  );
};
