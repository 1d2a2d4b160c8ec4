import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { Assessment, AssessmentCreate, MaturityModel, MaturityModelUpdate, MaturityPortfolio } from '../../contracts/index.ts';
import { createAssessment, getMaturityModel, getMaturityPortfolio, listMaturityModels, listTeamAssessments, updateMaturityModel } from '../../core/index.ts';
import { ctxOf, expectedVersion, withETag } from '../context.ts';
import { IdParams, ifMatch, problems } from './shared.ts';

const tags = ['maturity'];

export const maturityRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/v1/maturity-model',
    { schema: { tags, summary: 'The current maturity model: dimensions and what each level looks like', response: { 200: MaturityModel, ...problems } } },
    async (request, reply) => withETag(reply, await getMaturityModel(ctxOf(request))),
  );

  app.get(
    '/api/v1/maturity-model/versions',
    { schema: { tags, summary: 'Every version of the maturity model, newest first', response: { 200: z.object({ items: z.array(MaturityModel) }), ...problems } } },
    async (request) => listMaturityModels(ctxOf(request)),
  );

  app.put(
    '/api/v1/maturity-model',
    {
      schema: {
        tags,
        summary: 'Change the maturity model: appends the next version',
        description: `${ifMatch.description} (the current version). The previous version is retired for new assessments; earlier assessments keep theirs.`,
        body: MaturityModelUpdate,
        response: { 200: MaturityModel, ...problems },
      },
    },
    async (request, reply) => withETag(reply, await updateMaturityModel(ctxOf(request), { expectedVersion: expectedVersion(request), model: request.body })),
  );

  app.get(
    '/api/v1/teams/:id/assessments',
    { schema: { tags, summary: 'A team’s maturity assessments, newest first', params: IdParams, response: { 200: z.object({ items: z.array(Assessment) }), ...problems } } },
    async (request) => listTeamAssessments(ctxOf(request), request.params.id),
  );

  app.post(
    '/api/v1/teams/:id/assessments',
    {
      schema: {
        tags,
        summary: 'Assess a team’s maturity against the current model: one rating per dimension',
        params: IdParams,
        body: AssessmentCreate,
        response: { 201: Assessment, ...problems },
      },
    },
    async (request, reply) => reply.status(201).send(await createAssessment(ctxOf(request), request.params.id, request.body)),
  );

  app.get(
    '/api/v1/maturity/portfolio',
    { schema: { tags, summary: 'Every running team’s latest maturity beside its outcomes, and the level distribution per quarter', response: { 200: MaturityPortfolio, ...problems } } },
    async (request) => getMaturityPortfolio(ctxOf(request)),
  );
};
