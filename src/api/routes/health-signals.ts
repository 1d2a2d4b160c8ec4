import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { HealthSignal, HealthSignalsQuery } from '../../contracts/index.ts';
import { listHealthSignals } from '../../core/index.ts';
import { ctxOf } from '../context.ts';
import { problems } from './shared.ts';

export const healthSignalRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/v1/health-signals',
    {
      schema: {
        tags: ['portfolio'],
        summary: 'What needs attention: unowned live services, teams without an IT lead, decisions waiting too long, unpriced core services',
        querystring: HealthSignalsQuery,
        response: { 200: z.object({ items: z.array(HealthSignal) }), ...problems },
      },
    },
    async (request) => listHealthSignals(ctxOf(request), request.query),
  );
};
