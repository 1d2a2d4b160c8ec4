import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { Page, PageQuery, PeopleQuery, Person, PersonCreate, PersonDetail, PersonUpdate } from '../../contracts/index.ts';
import { createPerson, getPerson, listPeople, updatePerson } from '../../core/index.ts';
import { ctxOf, expectedVersion, withETag } from '../context.ts';
import { IdParams, ifMatch, problems } from './shared.ts';

const tags = ['people'];

export const peopleRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/v1/people',
    { schema: { tags, summary: 'People who can be members of teams', querystring: PeopleQuery.extend(PageQuery.shape), response: { 200: Page(Person), ...problems } } },
    async (request) => listPeople(ctxOf(request), request.query),
  );

  app.post('/api/v1/people', { schema: { tags, summary: 'Add a person', body: PersonCreate, response: { 201: Person, ...problems } } }, async (request, reply) =>
    reply.status(201).send(withETag(reply, await createPerson(ctxOf(request), request.body))),
  );

  app.get('/api/v1/people/:id', { schema: { tags, summary: 'A person with their memberships', params: IdParams, response: { 200: PersonDetail, ...problems } } }, async (request, reply) =>
    withETag(reply, await getPerson(ctxOf(request), request.params.id)),
  );

  app.patch(
    '/api/v1/people/:id',
    { schema: { tags, summary: 'Edit a person', description: ifMatch.description, params: IdParams, body: PersonUpdate, response: { 200: Person, ...problems } } },
    async (request, reply) =>
      withETag(reply, await updatePerson(ctxOf(request), { id: request.params.id, expectedVersion: expectedVersion(request), changes: request.body })),
  );
};
