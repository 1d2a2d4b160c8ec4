import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DecisionRuleSet, DecisionRulesUpdate, OperatingModel, OperatingModelUpdate, Team, TeamAutonomy } from '../../contracts/index.ts';
import { getOperatingModel, listDecisionRuleSets, setTeamAutonomy, updateDecisionRules, updateOperatingModel } from '../../core/index.ts';
import { ctxOf, expectedVersion, withETag } from '../context.ts';
import { IdParams, ifMatch, problems } from './shared.ts';

const tags = ['operating model'];

export const operatingModelRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/v1/operating-model',
    { schema: { tags, summary: 'The operating model: roles and their holders, cadences, disciplines and the current decision rights', response: { 200: OperatingModel, ...problems } } },
    async (request, reply) => withETag(reply, await getOperatingModel(ctxOf(request))),
  );

  app.put(
    '/api/v1/operating-model',
    {
      schema: {
        tags,
        summary: 'Replace roles, holders and cadences as a whole',
        description: `${ifMatch.description} (the operating model version). Roles named as approvers by the current decision rights must stay approver roles.`,
        body: OperatingModelUpdate,
        response: { 200: OperatingModel, ...problems },
      },
    },
    async (request, reply) => withETag(reply, await updateOperatingModel(ctxOf(request), { expectedVersion: expectedVersion(request), model: request.body })),
  );

  app.put(
    '/api/v1/operating-model/decision-rules',
    {
      schema: {
        tags,
        summary: 'Change the decision rights: appends the next rule set version',
        description: `${ifMatch.description} (the current rule set version). Decisions already submitted keep the version they were judged by.`,
        body: DecisionRulesUpdate,
        response: { 200: DecisionRuleSet, ...problems },
      },
    },
    async (request, reply) => withETag(reply, await updateDecisionRules(ctxOf(request), { expectedVersion: expectedVersion(request), rules: request.body })),
  );

  app.get(
    '/api/v1/operating-model/decision-rules/versions',
    { schema: { tags, summary: 'Every version of the decision rights, newest first', response: { 200: z.object({ items: z.array(DecisionRuleSet) }), ...problems } } },
    async (request) => listDecisionRuleSets(ctxOf(request)),
  );

  app.put(
    '/api/v1/teams/:id/autonomy',
    {
      schema: {
        tags,
        summary: 'Set the budget impact a team decides alone (null: the default limit)',
        description: `${ifMatch.description} (the team version).`,
        params: IdParams,
        body: TeamAutonomy,
        response: { 200: Team, ...problems },
      },
    },
    async (request, reply) =>
      withETag(reply, await setTeamAutonomy(ctxOf(request), { teamId: request.params.id, expectedVersion: expectedVersion(request), autonomyLimitCents: request.body.autonomyLimitCents })),
  );
};
