import { sql } from 'drizzle-orm';
import type { CostCategory, ExpenseType, FinanceSettings, FinanceVerifyResult, LedgerKind } from '../../contracts/index.ts';
import { queryRows, type Queryable, type Tx } from '../../db/client.ts';
import { financeSettings } from '../../db/schema.ts';
import { auditEventCtes, type AuditInput } from '../audit/record-audit-event.ts';
import type { Ctx } from '../shared/context.ts';

/** A ledger entry about to be written. */
export interface LedgerRow {
  teamId: string;
  month: string;
  kind: LedgerKind;
  category: CostCategory | null;
  expenseType: ExpenseType | null;
  stream: string | null;
  serviceId: string | null;
  amountCents: number;
  reference: string | null;
  reversesId: number | null;
}

export interface LedgerWriteMeta {
  batchId: string | null;
  createdBy: string;
  createdAt: Date;
}

/**
 * Appends entries to the ledger and adds them to both monthly aggregates, in one statement inside
 * the caller's transaction: the ledger and its sums can never disagree. Aggregate rows are
 * upserted in key order, so concurrent writers lock them in the same order and queue instead of
 * deadlocking. Returns the id of the first new entry (ids follow the order of `rows`).
 *
 * With `audit`, the audit event that records the write is appended in the same statement too
 * (instead of calling recordAuditEvent afterwards): a booking and its audit event are one round
 * trip to the database.
 */
export async function appendLedgerEntries(
  tx: Tx,
  rows: readonly LedgerRow[],
  meta: LedgerWriteMeta,
  audit?: { ctx: Ctx; event: AuditInput },
): Promise<{ count: number; firstId: number | null }> {
  if (rows.length === 0) return { count: 0, firstId: null };
  const auditPart = audit ? sql`${auditEventCtes(audit.ctx, audit.event)},` : sql``;
  const col = <K extends keyof LedgerRow>(key: K) => sql.param(rows.map((r) => r[key]));
  const result = await queryRows<{ count: number | string; first_id: number | string | null }>(tx, sql`
    with ${auditPart} input as materialized (
      select * from unnest(
        ${col('teamId')}::uuid[], ${col('month')}::text[], ${col('kind')}::text[], ${col('category')}::text[], ${col('expenseType')}::text[],
        ${col('stream')}::text[], ${col('serviceId')}::uuid[], ${col('amountCents')}::bigint[], ${col('reference')}::text[], ${col('reversesId')}::bigint[]
      ) with ordinality as r(team_id, month, kind, category, expense_type, stream, service_id, amount_cents, reference, reverses_id, n)
    ),
    ins as (
      insert into ledger_entries (team_id, month, kind, category, expense_type, stream, service_id, amount_cents, reference, reverses_id, batch_id, created_by, created_at)
      select team_id, month, kind, category, expense_type, stream, service_id, amount_cents, reference, reverses_id, ${meta.batchId}::uuid, ${meta.createdBy}, ${meta.createdAt.toISOString()}::timestamptz
      from input order by n
      returning id
    ),
    monthly as (
      insert into ledger_monthly (team_id, month, kind, category, expense_type, detail, amount_cents, entries)
      select team_id, month, kind, coalesce(category, ''), coalesce(expense_type, ''), coalesce(stream, service_id::text, ''), sum(amount_cents), count(*)
      from input group by 1, 2, 3, 4, 5, 6 order by 1, 2, 3, 4, 5, 6
      on conflict (team_id, month, kind, category, expense_type, detail)
      do update set amount_cents = ledger_monthly.amount_cents + excluded.amount_cents, entries = ledger_monthly.entries + excluded.entries
    ),
    team_month as (
      insert into ledger_team_month (team_id, month, budget_cents, cost_cents, allocated_cents, revenue_cents)
      select team_id, month,
        coalesce(sum(amount_cents) filter (where kind = 'budget'), 0),
        coalesce(sum(amount_cents) filter (where kind = 'cost'), 0),
        coalesce(sum(amount_cents) filter (where kind = 'allocation'), 0),
        coalesce(sum(amount_cents) filter (where kind = 'revenue'), 0)
      from input group by 1, 2 order by 1, 2
      on conflict (team_id, month) do update set
        budget_cents = ledger_team_month.budget_cents + excluded.budget_cents,
        cost_cents = ledger_team_month.cost_cents + excluded.cost_cents,
        allocated_cents = ledger_team_month.allocated_cents + excluded.allocated_cents,
        revenue_cents = ledger_team_month.revenue_cents + excluded.revenue_cents
    )
    select count(*) as count, min(id) as first_id from ins`);
  const row = result[0]!;
  return { count: Number(row.count), firstId: row.first_id === null ? null : Number(row.first_id) };
}

export async function getFinanceSettings(q: Queryable): Promise<FinanceSettings> {
  const [row] = await q.select().from(financeSettings);
  if (!row) throw new Error('finance_settings has no row: the migrations did not run');
  return { fiscalYearStartMonth: row.fiscalYearStartMonth, currency: row.currency, firstFiscalYear: row.firstFiscalYear, version: row.version };
}

const KIND_COLUMNS = [
  ['budget', 'budget_cents'],
  ['cost', 'cost_cents'],
  ['allocation', 'allocated_cents'],
  ['revenue', 'revenue_cents'],
] as const;

/**
 * Recomputes both aggregates from the raw ledger and compares: every difference is reported, and
 * every batch whose entries are not all there. An empty report means the invariant holds.
 */
export async function checkLedgerInvariant(q: Queryable): Promise<FinanceVerifyResult> {
  const monthly = await queryRows<{ team_id: string; month: string; kind: LedgerKind; stored: string | number | null; ledger: string | number | null }>(q, sql`
    with l as (
      select team_id, month, kind, coalesce(category, '') as category, coalesce(expense_type, '') as expense_type,
             coalesce(stream, service_id::text, '') as detail, sum(amount_cents) as amount_cents, count(*) as entries
      from ledger_entries group by 1, 2, 3, 4, 5, 6
    )
    select coalesce(a.team_id, l.team_id) as team_id, coalesce(a.month, l.month) as month, coalesce(a.kind, l.kind) as kind,
           a.amount_cents as stored, l.amount_cents as ledger
    from ledger_monthly a
    full join l on l.team_id = a.team_id and l.month = a.month and l.kind = a.kind and l.category = a.category
                   and l.expense_type = a.expense_type and l.detail = a.detail
    where a.amount_cents is distinct from l.amount_cents or a.entries is distinct from l.entries
    order by 1, 2, 3 limit 1000`);
  const teamMonth = await queryRows<Record<string, string | number | null>>(q, sql`
    with l as (
      select team_id, month,
        coalesce(sum(amount_cents) filter (where kind = 'budget'), 0) as budget_cents,
        coalesce(sum(amount_cents) filter (where kind = 'cost'), 0) as cost_cents,
        coalesce(sum(amount_cents) filter (where kind = 'allocation'), 0) as allocated_cents,
        coalesce(sum(amount_cents) filter (where kind = 'revenue'), 0) as revenue_cents
      from ledger_entries group by 1, 2
    )
    select coalesce(a.team_id, l.team_id) as team_id, coalesce(a.month, l.month) as month,
      a.budget_cents as s_budget_cents, l.budget_cents as l_budget_cents, a.cost_cents as s_cost_cents, l.cost_cents as l_cost_cents,
      a.allocated_cents as s_allocated_cents, l.allocated_cents as l_allocated_cents, a.revenue_cents as s_revenue_cents, l.revenue_cents as l_revenue_cents
    from ledger_team_month a full join l on l.team_id = a.team_id and l.month = a.month
    where coalesce(a.budget_cents, 0) <> coalesce(l.budget_cents, 0) or coalesce(a.cost_cents, 0) <> coalesce(l.cost_cents, 0)
       or coalesce(a.allocated_cents, 0) <> coalesce(l.allocated_cents, 0) or coalesce(a.revenue_cents, 0) <> coalesce(l.revenue_cents, 0)
    order by 1, 2 limit 1000`);
  const batches = await queryRows<{ batch_id: string; expected: number | string; found: number | string }>(q, sql`
    select b.id as batch_id, b.entries as expected, count(e.id) as found
    from ledger_batches b left join ledger_entries e on e.batch_id = b.id
    group by b.id, b.entries having count(e.id) <> b.entries order by b.id limit 1000`);
  const counts = await queryRows<{ entries: number | string; aggregates: number | string }>(q, 
    sql`select (select count(*) from ledger_entries) as entries, (select count(*) from ledger_monthly) + (select count(*) from ledger_team_month) as aggregates`,
  );

  const num = (v: string | number | null | undefined) => (v === null || v === undefined ? 0 : Number(v));
  const mismatches: FinanceVerifyResult['mismatches'] = monthly.map((r) => ({ teamId: r.team_id, month: r.month, kind: r.kind, storedCents: num(r.stored), ledgerCents: num(r.ledger) }));
  for (const r of teamMonth) {
    for (const [kind, column] of KIND_COLUMNS) {
      const stored = num(r[`s_${column}`]);
      const ledger = num(r[`l_${column}`]);
      if (stored !== ledger) mismatches.push({ teamId: String(r.team_id), month: String(r.month), kind, storedCents: stored, ledgerCents: ledger });
    }
  }
  const incompleteBatches = batches.map((r) => ({ batchId: r.batch_id, expected: num(r.expected), found: num(r.found) }));
  return {
    ok: mismatches.length === 0 && incompleteBatches.length === 0,
    entries: num(counts[0]?.entries),
    aggregates: num(counts[0]?.aggregates),
    mismatches,
    incompleteBatches,
  };
}
