import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  FinanceVerifyResult,
  LedgerBatch,
  LedgerBatchResult,
  LedgerBooking,
  LedgerEntry,
  LedgerImport,
  LedgerImportResult,
  LedgerQuery,
  Page,
  ReverseLedgerEntry,
} from '../../contracts/index.ts';
import { bookLedgerEntry, importLedger, listLedgerEntries, recordLedgerBatch, reverseLedgerEntry, verifyLedger } from '../../core/index.ts';
import { ctxOf } from '../context.ts';
import { IdParams, problems } from './shared.ts';

const tags = ['ledger'];
// A batch of 10,000 entries is 2 to 3 MB of JSON; an import's 16,000,000 characters can take up to
// three bytes each in JSON (UTF-8, escapes).
const BATCH_BODY_LIMIT = 8 * 1024 * 1024;
const IMPORT_BODY_LIMIT = 48 * 1024 * 1024;

const EntryParams = z.object({ id: z.string().regex(/^\d{1,18}$/, 'must be a ledger entry id') });

export const financeLedgerRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/api/v1/ledger/entries',
    {
      schema: {
        tags,
        summary: 'Book an actual cost or revenue for a team and month',
        description: 'Leads of the team, the portfolio office and ingest tokens book. Actuals are booked for months that have begun; a wrong entry is reversed, never edited.',
        body: LedgerBooking,
        response: { 201: LedgerEntry, ...problems },
      },
    },
    async (request, reply) => reply.status(201).send(await bookLedgerEntry(ctxOf(request), request.body)),
  );

  app.post(
    '/api/v1/ledger/batches',
    {
      bodyLimit: BATCH_BODY_LIMIT,
      schema: {
        tags,
        summary: 'Book up to 10,000 actuals at once, all or nothing; safe to retry with the same idempotency key',
        description: 'Every item is checked first and every problem named (items.<i>.<field>); nothing is booked if any item is refused. The same key with the same items answers 200 with replayed=true.',
        body: LedgerBatch,
        response: { 200: LedgerBatchResult, 201: LedgerBatchResult, ...problems },
      },
    },
    async (request, reply) => {
      const result = await recordLedgerBatch(ctxOf(request), request.body);
      return reply.status(result.replayed ? 200 : 201).send(result);
    },
  );

  app.post(
    '/api/v1/ledger/entries/:id/reversal',
    {
      schema: {
        tags,
        summary: 'Reverse a cost or revenue entry: book its negation, once',
        params: EntryParams,
        body: ReverseLedgerEntry,
        response: { 201: LedgerEntry, ...problems },
      },
    },
    async (request, reply) => reply.status(201).send(await reverseLedgerEntry(ctxOf(request), { id: request.params.id, reason: request.body.reason })),
  );

  app.get(
    '/api/v1/teams/:id/ledger',
    {
      schema: {
        tags,
        summary: 'A team’s ledger entries, newest first, with the reversal of each reversed entry',
        params: IdParams,
        querystring: LedgerQuery,
        response: { 200: Page(LedgerEntry), ...problems },
      },
    },
    async (request) => listLedgerEntries(ctxOf(request), { teamId: request.params.id, ...request.query }),
  );

  app.post(
    '/api/v1/ledger/imports',
    {
      bodyLimit: IMPORT_BODY_LIMIT,
      schema: {
        tags,
        summary: 'Preview or book a CSV or xlsx file of actual cost and revenue',
        description:
          'Columns: team (name or id), month (YYYY-MM), kind (cost or revenue), category, expense_type (default opex), stream, amount (e.g. 1234.56 or 1.234,56), reference. With dryRun (the default) nothing is booked and every row’s problems are listed. Without problems and with dryRun false, up to 50,000 rows are booked in one transaction, as batches of 10,000.',
        body: LedgerImport,
        response: { 200: LedgerImportResult, ...problems },
      },
    },
    async (request) => importLedger(ctxOf(request), request.body),
  );

  app.get(
    '/api/v1/finance/verify',
    {
      schema: {
        tags,
        summary: 'Recompute the monthly sums from the ledger and report every difference and every incomplete batch',
        response: { 200: FinanceVerifyResult, ...problems },
      },
    },
    async (request) => verifyLedger(ctxOf(request)),
  );
};
