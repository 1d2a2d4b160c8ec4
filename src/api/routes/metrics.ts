import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  MeasurementBatch,
  MeasurementBatchResult,
  MeasurementImport,
  MeasurementImportResult,
  MeasurementsQuery,
  Metric,
  MetricCreate,
  MetricSeries,
  MetricsQuery,
  MetricUpdate,
  Page,
  RecordMeasurement,
} from '../../contracts/index.ts';
import { createMetric, getMetric, getMetricSeries, importMeasurements, listMetrics, recordMeasurement, recordMeasurementBatch, updateMetric } from '../../core/index.ts';
import { ctxOf, expectedVersion, withETag } from '../context.ts';
import { IdParams, ifMatch, problems } from './shared.ts';

const tags = ['goals'];
// A batch of 10,000 measurements is about 1.2 MB of JSON; an import's 16,000,000 characters can
// take up to three bytes each in JSON (UTF-8, escapes).
const BATCH_BODY_LIMIT = 4 * 1024 * 1024;
const IMPORT_BODY_LIMIT = 48 * 1024 * 1024;

export const metricRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/v1/metrics',
    {
      schema: {
        tags,
        summary: 'The metrics catalog, by owning team and key: every metric for steering and viewers, their own teams’ for everyone else',
        querystring: MetricsQuery,
        response: { 200: Page(Metric), ...problems },
      },
    },
    async (request) => listMetrics(ctxOf(request), request.query),
  );

  app.post(
    '/api/v1/metrics',
    {
      schema: {
        tags,
        summary: 'Add a metric to the catalog, owned by a team',
        description: 'Leads of the owning team and the portfolio office add metrics. The key is unique; unit, direction, aggregation and owner are fixed once created.',
        body: MetricCreate,
        response: { 201: Metric, ...problems },
      },
    },
    async (request, reply) => reply.status(201).send(withETag(reply, await createMetric(ctxOf(request), request.body))),
  );

  app.get(
    '/api/v1/metrics/:id',
    { schema: { tags, summary: 'A metric with its latest value and what you may do with it', params: IdParams, response: { 200: Metric, ...problems } } },
    async (request, reply) => withETag(reply, await getMetric(ctxOf(request), { id: request.params.id })),
  );

  app.patch(
    '/api/v1/metrics/:id',
    {
      schema: {
        tags,
        summary: 'Change a metric’s names, bounds, expected interval, source or customer-value flag',
        description: ifMatch.description,
        params: IdParams,
        body: MetricUpdate,
        response: { 200: Metric, ...problems },
      },
    },
    async (request, reply) => withETag(reply, await updateMetric(ctxOf(request), { id: request.params.id, expectedVersion: expectedVersion(request), changes: request.body })),
  );

  app.get(
    '/api/v1/metrics/:id/measurements',
    {
      schema: {
        tags,
        summary: 'A metric’s measurements between two days: raw points, or one value per day, week or month aggregated the metric’s way',
        description: 'Days are those of the organization’s time zone; a bucket’s time stamp is the moment it begins. At most 10,000 points, the newest.',
        params: IdParams,
        querystring: MeasurementsQuery,
        response: { 200: MetricSeries, ...problems },
      },
    },
    async (request) => getMetricSeries(ctxOf(request), { id: request.params.id, ...request.query }),
  );

  app.post(
    '/api/v1/metrics/:id/measurements',
    {
      schema: {
        tags,
        summary: 'Enter one value of a metric by hand (now, unless measuredAt is given)',
        description: 'A value at a time stamp the metric already has replaces it; the replaced value is kept.',
        params: IdParams,
        body: RecordMeasurement,
        response: { 201: MeasurementBatchResult, ...problems },
      },
    },
    async (request, reply) => reply.status(201).send(await recordMeasurement(ctxOf(request), { metricId: request.params.id, ...request.body })),
  );

  app.post(
    '/api/v1/measurements/batches',
    {
      bodyLimit: BATCH_BODY_LIMIT,
      schema: {
        tags,
        summary: 'Record up to 10,000 measurements at once, all or nothing; safe to retry with the same idempotency key',
        description:
          'Every item is checked first and every problem named (items.<i>.<field>); nothing is recorded if any item is refused. Late and out-of-order points are welcome; a point at a time stamp the metric already has replaces its value. The same key with the same items answers 200 with replayed=true.',
        body: MeasurementBatch,
        response: { 200: MeasurementBatchResult, 201: MeasurementBatchResult, ...problems },
      },
    },
    async (request, reply) => {
      const result = await recordMeasurementBatch(ctxOf(request), request.body);
      return reply.status(result.replayed ? 200 : 201).send(result);
    },
  );

  app.post(
    '/api/v1/measurements/imports',
    {
      bodyLimit: IMPORT_BODY_LIMIT,
      schema: {
        tags,
        summary: 'Preview or record a CSV or xlsx file of measurements',
        description:
          'Columns: metric (key or id), measured_at (ISO time stamp; YYYY-MM-DD or DD.MM.YYYY is noon of that day in the organization’s time zone), value (e.g. 1234.5 or 1.234,5), optionally unit. With dryRun (the default) nothing is recorded and every row’s problems are listed. Without problems and with dryRun false, up to 50,000 rows are recorded in one transaction, as batches of 10,000.',
        body: MeasurementImport,
        response: { 200: MeasurementImportResult, ...problems },
      },
    },
    async (request) => importMeasurements(ctxOf(request), request.body),
  );
};
