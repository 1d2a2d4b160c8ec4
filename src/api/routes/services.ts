import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { Page, PageQuery, Service, ServiceCreate, ServicesQuery, ServiceSummary, ServiceUpdate, TeamServices } from '../../contracts/index.ts';
import { createService, getService, getTeamServices, listServices, updateService } from '../../core/index.ts';
import { ctxOf, expectedVersion, withETag } from '../context.ts';
import { IdParams, ifMatch, problems } from './shared.ts';

const tags = ['services'];

export const serviceRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/v1/services',
    { schema: { tags, summary: 'The service catalog: business services, core services, data platforms and AI services', querystring: ServicesQuery.extend(PageQuery.shape), response: { 200: Page(ServiceSummary), ...problems } } },
    async (request) => listServices(ctxOf(request), request.query),
  );

  app.post(
    '/api/v1/services',
    { schema: { tags, summary: 'Add a service to the catalog', body: ServiceCreate, response: { 201: Service, ...problems } } },
    async (request, reply) => reply.status(201).send(withETag(reply, await createService(ctxOf(request), request.body))),
  );

  app.get(
    '/api/v1/services/:id',
    { schema: { tags, summary: 'A service with what it depends on, what depends on it, and what you may do with it', params: IdParams, response: { 200: Service, ...problems } } },
    async (request, reply) => withETag(reply, await getService(ctxOf(request), request.params.id)),
  );

  app.patch(
    '/api/v1/services/:id',
    { schema: { tags, summary: 'Edit a service (owner, price, lifecycle, dependencies…)', description: ifMatch.description, params: IdParams, body: ServiceUpdate, response: { 200: Service, ...problems } } },
    async (request, reply) =>
      withETag(reply, await updateService(ctxOf(request), { id: request.params.id, expectedVersion: expectedVersion(request), changes: request.body })),
  );

  app.get(
    '/api/v1/teams/:id/services',
    { schema: { tags: ['teams', ...tags], summary: 'The services a team owns and those it consumes, with their allocated cost', params: IdParams, response: { 200: TeamServices, ...problems } } },
    async (request) => getTeamServices(ctxOf(request), request.params.id),
  );
};
