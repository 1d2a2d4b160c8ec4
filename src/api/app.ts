import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Db } from '../db/client.ts';
import { registerAuthentication } from './plugins/authentication.ts';
import { registerErrorHandling, sendProblem } from './plugins/errors.ts';
import { auditRoutes } from './routes/audit.ts';
import { authRoutes } from './routes/auth.ts';
import { consumptionRoutes } from './routes/consumption.ts';
import { healthRoutes } from './routes/health.ts';
import { healthSignalRoutes } from './routes/health-signals.ts';
import { identityRoutes } from './routes/identity.ts';
import { membershipRoutes } from './routes/memberships.ts';
import { peopleRoutes } from './routes/people.ts';
import { decisionRoutes } from './routes/decisions.ts';
import { enablementRoutes } from './routes/enablement.ts';
import { maturityRoutes } from './routes/maturity.ts';
import { roadmapRoutes } from './routes/roadmap.ts';
import { operatingModelRoutes } from './routes/operating-model.ts';
import { serviceRoutes } from './routes/services.ts';
import { surveyRoutes } from './routes/surveys.ts';
import { financeBudgetRoutes } from './routes/finance-budgets.ts';
import { financeLedgerRoutes } from './routes/finance-ledger.ts';
import { financeReportRoutes } from './routes/finance-reports.ts';
import { goalRoutes } from './routes/goals.ts';
import { metricRoutes } from './routes/metrics.ts';
import { goalsPortfolioRoutes } from './routes/goals-portfolio.ts';
import { teamRoutes } from './routes/teams.ts';

export interface AppOptions {
  db: Db;
  /** Signs the session cookie. */
  secret: string;
  timeZone?: string;
  secureCookies?: boolean;
  /** Folder of the built web app; served at / when it exists. */
  webRoot?: string;
  logger?: boolean;
  /** Which proxies' X-Forwarded-For to believe (Fastify's trustProxy); off unless configured. */
  trustProxy?: boolean | string;
}

declare module 'fastify' {
  interface FastifyInstance {
    tandem: { db: Db; timeZone: string; secureCookies: boolean };
  }
}

const REQUEST_ID = /^[A-Za-z0-9._:-]{8,100}$/;

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ? { level: 'info' } : false,
    trustProxy: options.trustProxy ?? false,
    bodyLimit: 1024 * 1024,
    // Keep a caller's correlation id when it looks like one, so logs and audit events line up.
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
  }).withTypeProvider<ZodTypeProvider>();
  app.decorate('tandem', { db: options.db, timeZone: options.timeZone ?? 'Europe/Berlin', secureCookies: options.secureCookies ?? false });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  app.addHook('onSend', async (request, reply) => {
    void reply.header('x-request-id', request.id);
    void reply.header('x-content-type-options', 'nosniff');
    void reply.header('referrer-policy', 'same-origin');
    void reply.header('x-frame-options', 'DENY');
    if (request.url.startsWith('/api/v1')) void reply.header('cache-control', 'no-store');
  });

  await app.register(fastifyCookie, { secret: options.secret });
  registerAuthentication(app);
  registerErrorHandling(app);

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Tandem API', version: '1.0.0', description: 'Charter, staff, fund, steer and measure fusion teams.' },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'tandem_session' },
          token: { type: 'http', scheme: 'bearer', description: 'API token created under API tokens (tdm_…)' },
        },
      },
      security: [{ session: [] }, { token: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  await app.register(healthRoutes);
  await app.register(authRoutes);
  await app.register(teamRoutes);
  await app.register(membershipRoutes);
  await app.register(peopleRoutes);
  await app.register(identityRoutes);
  await app.register(auditRoutes);
  await app.register(serviceRoutes);
  await app.register(consumptionRoutes);
  await app.register(healthSignalRoutes);
  await app.register(operatingModelRoutes);
  await app.register(decisionRoutes);
  await app.register(maturityRoutes);
  await app.register(enablementRoutes);
  await app.register(roadmapRoutes);
  await app.register(surveyRoutes);
  await app.register(financeBudgetRoutes);
  await app.register(financeLedgerRoutes);
  await app.register(financeReportRoutes);
  await app.register(metricRoutes);
  await app.register(goalRoutes);
  await app.register(goalsPortfolioRoutes);

  if (options.webRoot && existsSync(options.webRoot)) {
    await app.register(fastifyStatic, { root: options.webRoot, wildcard: false, index: false });
    // The single-page app owns every path outside /api.
    app.get('/*', { schema: { hide: true } }, async (request, reply) => {
      if (request.url.startsWith('/api/')) return sendProblem(reply, request, 404, 'not_found', `No route ${request.method} ${request.url.split('?')[0]}`);
      // Built files were registered as their own routes (wildcard: false); a dotted path here is a missing file.
      const path = request.url.split('?')[0]!;
      if (/\.[a-z0-9]+$/i.test(path)) return sendProblem(reply, request, 404, 'not_found', `No file ${path}`);
      return reply.header('cache-control', 'no-cache').sendFile('index.html');
    });
  }
  return app;
}
