import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { Completion, CompletionCreate, LearningOffer, LearningOfferCreate, LearningOfferUpdate, TeamEnablement } from '../../contracts/index.ts';
import {
  createLearningOffer,
  getTeamEnablement,
  listLearningOffers,
  listOfferCompletions,
  listPersonCompletions,
  recordCompletion,
  updateLearningOffer,
} from '../../core/index.ts';
import { ctxOf, expectedVersion, withETag } from '../context.ts';
import { IdParams, ifMatch, problems } from './shared.ts';

const tags = ['enablement'];
const Completions = z.object({ items: z.array(Completion) });

export const enablementRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/v1/learning-offers',
    { schema: { tags, summary: 'The enablement catalog: trainings, coaching, communities', response: { 200: z.object({ items: z.array(LearningOffer) }), ...problems } } },
    async (request) => listLearningOffers(ctxOf(request)),
  );

  app.post(
    '/api/v1/learning-offers',
    { schema: { tags, summary: 'Add a learning offer, and whom the operating model expects to take it', body: LearningOfferCreate, response: { 201: LearningOffer, ...problems } } },
    async (request, reply) => reply.status(201).send(withETag(reply, await createLearningOffer(ctxOf(request), request.body))),
  );

  app.patch(
    '/api/v1/learning-offers/:id',
    { schema: { tags, summary: 'Edit a learning offer', description: ifMatch.description, params: IdParams, body: LearningOfferUpdate, response: { 200: LearningOffer, ...problems } } },
    async (request, reply) =>
      withETag(reply, await updateLearningOffer(ctxOf(request), { id: request.params.id, expectedVersion: expectedVersion(request), changes: request.body })),
  );

  app.get(
    '/api/v1/learning-offers/:id/completions',
    { schema: { tags, summary: 'Who completed an offer, latest first', params: IdParams, response: { 200: Completions, ...problems } } },
    async (request) => listOfferCompletions(ctxOf(request), request.params.id),
  );

  app.post(
    '/api/v1/learning-offers/:id/completions',
    { schema: { tags, summary: 'Record that a person completed an offer (once per person)', params: IdParams, body: CompletionCreate, response: { 201: Completion, ...problems } } },
    async (request, reply) => reply.status(201).send(await recordCompletion(ctxOf(request), { offerId: request.params.id, ...request.body })),
  );

  app.get(
    '/api/v1/people/:id/completions',
    { schema: { tags, summary: 'What a person completed, latest first', params: IdParams, response: { 200: Completions, ...problems } } },
    async (request) => listPersonCompletions(ctxOf(request), request.params.id),
  );

  app.get(
    '/api/v1/teams/:id/enablement',
    {
      schema: {
        tags,
        summary: 'Per offer: how many of the team’s people it is expected of, how many completed it, and who is missing',
        params: IdParams,
        response: { 200: TeamEnablement, ...problems },
      },
    },
    async (request) => getTeamEnablement(ctxOf(request), request.params.id),
  );
};
