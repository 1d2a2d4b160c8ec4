import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { checkHealth } from '../../core/index.ts';

const Health = z.object({ status: z.enum(['ok', 'degraded']), database: z.enum(['up', 'down']) });

export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/api/health', { schema: { tags: ['system'], summary: 'Service and database reachability', response: { 200: Health, 503: Health } } }, async (_request, reply) => {
    const health = await checkHealth(app.tandem.db);
    return reply.status(health.database === 'up' ? 200 : 503).send(health);
  });
};
