import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  ConsumptionBatch,
  ConsumptionBatchResult,
  ConsumptionEntry,
  ConsumptionImport,
  ConsumptionImportResult,
  ConsumptionQuery,
  ConsumptionRecord,
  Page,
  PageQuery,
} from '../../contracts/index.ts';
import { importConsumption, listConsumption, recordConsumption, recordConsumptionBatch } from '../../core/index.ts';
import { ctxOf, withETag } from '../context.ts';
import { problems } from './shared.ts';

const tags = ['consumption'];
// More than the app's 1 MB default: a batch of 10,000 entries is about 1.5 MB of JSON, and an
// import's 5,000,000 characters of CSV can take three bytes each in JSON (UTF-8, escapes).
const BATCH_BODY_LIMIT = 4 * 1024 * 1024;
const IMPORT_BODY_LIMIT = 16 * 1024 * 1024;

export const consumptionRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/v1/consumption',
    { schema: { tags, summary: 'Recorded consumption of provided services, newest month first', querystring: ConsumptionQuery.extend(PageQuery.shape), response: { 200: Page(ConsumptionRecord), ...problems } } },
    async (request) => listConsumption(ctxOf(request), request.query),
  );

  app.put(
    '/api/v1/consumption',
    {
      schema: {
        tags,
        summary: 'Set the quantity a team consumed of a service in a month',
        description: 'Creates or replaces the entry for team × service × month and takes the service’s current unit price with it. Only the platform team running the service records it.',
        body: ConsumptionEntry,
        response: { 200: ConsumptionRecord, 201: ConsumptionRecord, ...problems },
      },
    },
    async (request, reply) => {
      const { record, created } = await recordConsumption(ctxOf(request), request.body);
      return reply.status(created ? 201 : 200).send(withETag(reply, record));
    },
  );

  app.post(
    '/api/v1/consumption/batches',
    {
      bodyLimit: BATCH_BODY_LIMIT,
      schema: {
        tags,
        summary: 'Record many entries at once, all or nothing; safe to retry with the same idempotency key',
        body: ConsumptionBatch,
        response: { 200: ConsumptionBatchResult, 201: ConsumptionBatchResult, ...problems },
      },
    },
    async (request, reply) => {
      const result = await recordConsumptionBatch(ctxOf(request), request.body);
      return reply.status(result.replayed ? 200 : 201).send(result);
    },
  );

  app.post(
    '/api/v1/consumption/imports',
    {
      bodyLimit: IMPORT_BODY_LIMIT,
      schema: {
        tags,
        summary: 'Preview or apply a CSV file of consumption (team, service, month, quantity)',
        description: 'With dryRun (the default) nothing is written; the result lists every row’s problems. Without problems and with dryRun false, the rows are applied as one batch under the idempotency key.',
        body: ConsumptionImport,
        response: { 200: ConsumptionImportResult, ...problems },
      },
    },
    async (request) => importConsumption(ctxOf(request), request.body),
  );
};
