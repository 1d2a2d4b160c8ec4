import { inArray, or, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { Id, type ConsumptionEntry, type ConsumptionImport, type ConsumptionImportResult, type RowError } from '../../contracts/index.ts';
import type { Queryable } from '../../db/client.ts';
import { services, teams } from '../../db/schema.ts';
import type { Ctx } from '../shared/context.ts';
import { DomainError } from '../shared/errors.ts';
import { authorizeRecording } from './consumption-queries.ts';
import { costOf, duplicateItems, entryProblems } from './consumption-rules.ts';
import { parseConsumptionCsv, type CsvRow } from './consumption-csv.ts';
import { recordConsumptionBatch } from './record-consumption-batch.ts';

type ImportInput = z.input<typeof ConsumptionImport>;
type ImportResult = z.infer<typeof ConsumptionImportResult>;

// The batch contract's limit: an applied file becomes one batch.
const MAX_ROWS = 10_000;
const COLUMN_OF: Record<string, string> = { teamId: 'team', serviceId: 'service', quantity: 'quantity', month: 'month' };

/**
 * A CSV file of consumption, previewed (dry run, the default) or applied as one batch under the
 * given idempotency key. Every row's problems are reported with line and column; a file with any
 * problem applies nothing.
 */
export async function importConsumption(ctx: Ctx, input: ImportInput): Promise<ImportResult> {
  const dryRun = input.dryRun ?? true;
  const parsed = parseConsumptionCsv(input.csv);
  if (parsed.count > MAX_ROWS) {
    throw new DomainError('validation_failed', `The file has ${parsed.count} rows; import at most ${MAX_ROWS} at once`, [
      { field: 'csv', code: 'too_many_rows', message: `must have at most ${MAX_ROWS} rows` },
    ]);
  }
  const errors: RowError[] = [...parsed.errors];
  const { teamOf, serviceOf } = await resolver(ctx.db, parsed.rows);

  const resolved: { row: CsvRow; entry: ConsumptionEntry; team: typeof teams.$inferSelect; service: typeof services.$inferSelect }[] = [];
  for (const row of parsed.rows) {
    const team = teamOf(row.team);
    const service = serviceOf(row.service);
    if (!team) errors.push({ row: row.row, column: 'team', message: `no team named "${row.team}"` });
    if (!service) errors.push({ row: row.row, column: 'service', message: `no service named "${row.service}"` });
    if (service && row.unit !== null && row.unit.toLowerCase() !== (service.unit ?? '').toLowerCase()) {
      errors.push({ row: row.row, column: 'unit', message: `"${row.unit}" is not the unit of ${service.name} (${service.unit ?? 'none set'})` });
    }
    if (team && service) resolved.push({ row, entry: { teamId: team.id, serviceId: service.id, month: row.month, quantity: row.quantity }, team, service });
  }
  // Only the platform teams running the services named may record their consumption.
  await authorizeRecording(ctx.db, ctx.actor, new Map(resolved.map((r) => [r.service.id, r.service])).values());

  const valid: typeof resolved = [];
  for (const r of resolved) {
    const problems = entryProblems(r.entry, r.team, r.service);
    for (const p of problems) errors.push({ row: r.row.row, column: COLUMN_OF[p.field] ?? p.field, message: p.message });
    if (problems.length === 0) valid.push(r);
  }
  for (const { index, firstIndex } of duplicateItems(resolved.map((r) => r.entry))) {
    const r = resolved[index]!;
    errors.push({ row: r.row.row, column: 'month', message: `line ${resolved[firstIndex]!.row.row} already gives ${r.team.name} / ${r.service.name} for ${r.entry.month}` });
  }
  errors.sort((a, b) => a.row - b.row);

  const preview = valid.map((r) => ({ ...r.entry, teamName: r.team.name, serviceName: r.service.name, costCents: costOf(r.entry.quantity, r.service.unitPriceCents!)! }));
  const base = { dryRun, rows: parsed.count, errors, preview };
  if (dryRun || errors.length > 0 || valid.length === 0) {
    if (!dryRun && errors.length === 0) errors.push({ row: 1, column: '(file)', message: 'has no rows to import' });
    return { ...base, result: null };
  }
  const result = await recordConsumptionBatch(ctx, { idempotencyKey: input.idempotencyKey, items: valid.map((r) => r.entry) });
  return { ...base, result };
}

/** Teams and services by id or by exact name (case-insensitive): two queries for the whole file. */
async function resolver(db: Queryable, rows: readonly CsvRow[]) {
  const load = async <T extends typeof teams | typeof services>(table: T, values: string[]) => {
    const unique = [...new Set(values)];
    if (unique.length === 0) return [];
    const ids = unique.filter((v) => Id.safeParse(v).success).map((v) => v.toLowerCase());
    const names = unique.map((v) => v.toLowerCase());
    const byName = sql`lower(${table.name}) in (${sql.join(names.map((n) => sql`${n}`), sql`, `)})`;
    return db
      .select()
      .from(table as typeof teams)
      .where(ids.length ? or(inArray(table.id, ids), byName) : byName) as unknown as Promise<T['$inferSelect'][]>;
  };
  const teamRows = await load(teams, rows.map((r) => r.team));
  const serviceRows = await load(services, rows.map((r) => r.service));
  const lookup = <R extends { id: string; name: string }>(list: R[]) => {
    const byId = new Map(list.map((r) => [r.id, r]));
    const byName = new Map(list.map((r) => [r.name.toLowerCase(), r]));
    return (value: string) => byId.get(value.toLowerCase()) ?? byName.get(value.toLowerCase());
  };
  return { teamOf: lookup(teamRows as (typeof teams.$inferSelect)[]), serviceOf: lookup(serviceRows as (typeof services.$inferSelect)[]) };
}
