import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { Survey, SurveyAnswer, SurveyCreate, SurveyResults, SurveyResultsQuery } from '../../contracts/index.ts';
import { answerSurvey, createSurvey, getSurvey, getSurveyResults, listSurveys } from '../../core/index.ts';
import { ctxOf } from '../context.ts';
import { IdParams, problems } from './shared.ts';

const tags = ['surveys'];

/** All an answer gets back: no id, no team, nothing that could be kept and matched later. */
const Recorded = z.object({ recorded: z.literal(true) });

export const surveyRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/v1/surveys',
    { schema: { tags, summary: 'Every pulse survey, with whether you answered and may answer', response: { 200: z.object({ items: z.array(Survey) }), ...problems } } },
    async (request) => listSurveys(ctxOf(request)),
  );

  app.post('/api/v1/surveys', { schema: { tags, summary: 'Send a pulse survey to teams', body: SurveyCreate, response: { 201: Survey, ...problems } } }, async (request, reply) =>
    reply.status(201).send(await createSurvey(ctxOf(request), request.body)),
  );

  app.get('/api/v1/surveys/:id', { schema: { tags, summary: 'A pulse survey', params: IdParams, response: { 200: Survey, ...problems } } }, async (request) =>
    getSurvey(ctxOf(request), request.params.id),
  );

  app.post(
    '/api/v1/surveys/:id/responses',
    {
      schema: {
        tags,
        summary: 'Answer a pulse survey, anonymously',
        description:
          'Once per person, signed in (never with an API token), as a current member of one of its teams, while it is open. ' +
          'A member of several of its teams answers for the one with their highest allocation (ties: by team name).',
        params: IdParams,
        body: SurveyAnswer,
        response: { 201: Recorded, ...problems },
      },
    },
    async (request, reply) => reply.status(201).send(await answerSurvey(ctxOf(request), request.params.id, request.body)),
  );

  app.get(
    '/api/v1/surveys/:id/results',
    {
      schema: {
        tags,
        summary: 'Results overall and per team, above the anonymity threshold only',
        description: 'A group with fewer answers than the survey’s minimum is suppressed; a teamId filter onto such a team is refused (422 below_anonymity_threshold).',
        params: IdParams,
        querystring: SurveyResultsQuery,
        response: { 200: SurveyResults, ...problems },
      },
    },
    async (request) => getSurveyResults(ctxOf(request), request.params.id, request.query),
  );
};
