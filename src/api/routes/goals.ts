import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  CheckIn,
  CheckInCreate,
  GoalSettings,
  GoalsQuery,
  KeyResult,
  KeyResultCreate,
  KeyResultUpdate,
  Objective,
  ObjectiveCreate,
  ObjectiveUpdate,
  OrganizationGoals,
  TeamGoals,
  UpdateGoalSettings,
} from '../../contracts/index.ts';
import {
  createCheckIn,
  createKeyResult,
  createObjective,
  getGoalSettings,
  getObjective,
  getOrganizationGoals,
  getTeamGoals,
  listCheckIns,
  updateGoalSettings,
  updateKeyResult,
  updateObjective,
} from '../../core/index.ts';
import { ctxOf, expectedVersion, withETag } from '../context.ts';
import { IdParams, ifMatch, problems } from './shared.ts';

const tags = ['goals'];

export const goalRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/v1/goals/settings',
    { schema: { tags, summary: 'How far a key result may trail the elapsed share of its period before it is at risk or off track', response: { 200: GoalSettings, ...problems } } },
    async (request, reply) => withETag(reply, await getGoalSettings(ctxOf(request))),
  );

  app.put(
    '/api/v1/goals/settings',
    {
      schema: {
        tags,
        summary: 'Set the status thresholds (portfolio office)',
        description: `${ifMatch.description}. Statuses are computed when read, so the new thresholds apply to every key result at once; check-ins keep the status they were written with.`,
        body: UpdateGoalSettings,
        response: { 200: GoalSettings, ...problems },
      },
    },
    async (request, reply) => withETag(reply, await updateGoalSettings(ctxOf(request), { expectedVersion: expectedVersion(request), settings: request.body })),
  );

  app.post(
    '/api/v1/objectives',
    {
      schema: {
        tags,
        summary: 'Set an objective for a team and quarter, or an organization-wide one (teamId null, portfolio office only)',
        description: 'A team objective may contribute to an organization-wide objective of the same quarter (contributesTo).',
        body: ObjectiveCreate,
        response: { 201: Objective, ...problems },
      },
    },
    async (request, reply) => reply.status(201).send(withETag(reply, await createObjective(ctxOf(request), request.body))),
  );

  app.get(
    '/api/v1/objectives/:id',
    {
      schema: {
        tags,
        summary: 'An objective with its key results, their progress, status and sparkline',
        description: 'A team objective is read by whoever may read the team’s goals; an organization-wide one by every signed-in person.',
        params: IdParams,
        response: { 200: Objective, ...problems },
      },
    },
    async (request, reply) => withETag(reply, await getObjective(ctxOf(request), request.params.id)),
  );

  app.patch(
    '/api/v1/objectives/:id',
    {
      schema: { tags, summary: 'Change an objective’s title, description or the organization objective it contributes to', description: ifMatch.description, params: IdParams, body: ObjectiveUpdate, response: { 200: Objective, ...problems } },
    },
    async (request, reply) => withETag(reply, await updateObjective(ctxOf(request), { id: request.params.id, expectedVersion: expectedVersion(request), changes: request.body })),
  );

  app.post(
    '/api/v1/objectives/:id/key-results',
    {
      schema: {
        tags,
        summary: 'Add a key result: a metric with baseline, target and period',
        description: 'The metric must be one you can see. The period defaults to the objective’s quarter and must lie within it; the target must not be on the worse side of the baseline.',
        params: IdParams,
        body: KeyResultCreate,
        response: { 201: KeyResult, ...problems },
      },
    },
    async (request, reply) => reply.status(201).send(withETag(reply, await createKeyResult(ctxOf(request), { objectiveId: request.params.id, keyResult: request.body }))),
  );

  app.patch(
    '/api/v1/key-results/:id',
    {
      schema: { tags, summary: 'Change a key result’s title, baseline, target or period (its metric is fixed)', description: ifMatch.description, params: IdParams, body: KeyResultUpdate, response: { 200: KeyResult, ...problems } },
    },
    async (request, reply) => withETag(reply, await updateKeyResult(ctxOf(request), { id: request.params.id, expectedVersion: expectedVersion(request), changes: request.body })),
  );

  app.post(
    '/api/v1/key-results/:id/check-ins',
    {
      schema: {
        tags,
        summary: 'Check in on a key result with a short comment; keeps its value, progress and status as they are now',
        params: IdParams,
        body: CheckInCreate,
        response: { 201: CheckIn, ...problems },
      },
    },
    async (request, reply) => reply.status(201).send(await createCheckIn(ctxOf(request), { keyResultId: request.params.id, checkIn: request.body })),
  );

  app.get(
    '/api/v1/key-results/:id/check-ins',
    { schema: { tags, summary: 'A key result’s check-ins, newest first', params: IdParams, response: { 200: z.array(CheckIn), ...problems } } },
    async (request) => listCheckIns(ctxOf(request), request.params.id),
  );

  app.get(
    '/api/v1/teams/:id/goals',
    {
      schema: {
        tags,
        summary: 'A team’s goals for a quarter: objectives with key results, progress, status and sparklines; the metrics the team owns',
        description: 'Steering, viewers, the team’s leads and its current members may read it. The quarter defaults to the current one.',
        params: IdParams,
        querystring: GoalsQuery,
        response: { 200: TeamGoals, ...problems },
      },
    },
    async (request) => getTeamGoals(ctxOf(request), { teamId: request.params.id, quarter: request.query.quarter }),
  );

  app.get(
    '/api/v1/goals/organization',
    {
      schema: {
        tags,
        summary: 'The organization-wide objectives of a quarter, with the team objectives that contribute to them',
        querystring: GoalsQuery,
        response: { 200: OrganizationGoals, ...problems },
      },
    },
    async (request) => getOrganizationGoals(ctxOf(request), { quarter: request.query.quarter }),
  );
};
