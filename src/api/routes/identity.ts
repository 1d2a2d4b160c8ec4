import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ApiToken, ApiTokenCreate, ApiTokenCreated, User, UserCreate, UserUpdate } from '../../contracts/index.ts';
import { createApiToken, createUser, listApiTokens, listUsers, revokeApiToken, updateUser } from '../../core/index.ts';
import { ctxOf, expectedVersion, withETag } from '../context.ts';
import { IdParams, ifMatch, NoContent, problems } from './shared.ts';

export const identityRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/api/v1/tokens', { schema: { tags: ['tokens'], summary: 'Your API tokens', response: { 200: z.object({ items: z.array(ApiToken) }), ...problems } } }, async (request) =>
    listApiTokens(ctxOf(request)),
  );

  app.post(
    '/api/v1/tokens',
    { schema: { tags: ['tokens'], summary: 'Create an API token for a machine; the token is shown only in this response', body: ApiTokenCreate, response: { 201: ApiTokenCreated, ...problems } } },
    async (request, reply) => reply.status(201).send(await createApiToken(ctxOf(request), request.body)),
  );

  app.delete('/api/v1/tokens/:id', { schema: { tags: ['tokens'], summary: 'Revoke one of your API tokens', params: IdParams, response: { 204: NoContent, ...problems } } }, async (request, reply) => {
    await revokeApiToken(ctxOf(request), request.params.id);
    return reply.status(204).send(null);
  });

  app.get('/api/v1/users', { schema: { tags: ['users'], summary: 'Accounts (admins)', response: { 200: z.object({ items: z.array(User) }), ...problems } } }, async (request) =>
    listUsers(ctxOf(request)),
  );

  app.post('/api/v1/users', { schema: { tags: ['users'], summary: 'Create a local account (admins)', body: UserCreate, response: { 201: User, ...problems } } }, async (request, reply) =>
    reply.status(201).send(withETag(reply, await createUser(ctxOf(request), request.body))),
  );

  app.patch(
    '/api/v1/users/:id',
    { schema: { tags: ['users'], summary: 'Change an account’s role, person or status (admins)', description: ifMatch.description, params: IdParams, body: UserUpdate, response: { 200: User, ...problems } } },
    async (request, reply) => withETag(reply, await updateUser(ctxOf(request), { id: request.params.id, expectedVersion: expectedVersion(request), changes: request.body })),
  );
};
