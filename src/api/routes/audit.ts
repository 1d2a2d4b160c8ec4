import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AuditEvent, AuditQuery, AuditVerification, Page, PageQuery } from '../../contracts/index.ts';
import { listAuditEvents, verifyAuditChain } from '../../core/index.ts';
import { ctxOf } from '../context.ts';
import { problems } from './shared.ts';

const tags = ['audit'];

export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/v1/audit',
    { schema: { tags, summary: 'Audit events, newest first (admins)', querystring: AuditQuery.extend(PageQuery.shape), response: { 200: Page(AuditEvent), ...problems } } },
    async (request) => listAuditEvents(ctxOf(request), request.query),
  );

  app.get('/api/v1/audit/verify', { schema: { tags, summary: 'Recompute the hash chain and report the first break (admins)', response: { 200: AuditVerification, ...problems } } }, async (request) =>
    verifyAuditChain(ctxOf(request)),
  );
};
