import { sql } from 'drizzle-orm';
import { COST_CATEGORIES, type CostCategory, type LedgerKind, type TeamFinance } from '../../contracts/index.ts';
import { queryRows, type Queryable } from '../../db/client.ts';
import type { MonthSums } from './pnl-rules.ts';

const num = (v: number | string | null | undefined) => (v === null || v === undefined ? 0 : Number(v));

/** The team's four monthly sums for each of `months`, zeros for a month without entries. */
export async function teamMonthSums(q: Queryable, teamId: string, months: readonly string[]): Promise<MonthSums[]> {
  const rows = await queryRows<{ month: string; budget_cents: number | string; cost_cents: number | string; allocated_cents: number | string; revenue_cents: number | string }>(
    q,
    sql`select month, budget_cents, cost_cents, allocated_cents, revenue_cents
        from ledger_team_month
        where team_id = ${teamId}::uuid and month between ${months[0]!} and ${months[months.length - 1]!}`,
  );
  const byMonth = new Map(rows.map((r) => [r.month, r]));
  return months.map((month) => {
    const r = byMonth.get(month);
    return { month, budgetCents: num(r?.budget_cents), costCents: num(r?.cost_cents), allocatedCents: num(r?.allocated_cents), revenueCents: num(r?.revenue_cents) };
  });
}

/** The team's sums over a period by kind, category and detail, allocations with their service and its provider. */
export interface DetailSum {
  kind: LedgerKind;
  category: string;
  detail: string;
  amountCents: number;
  serviceName: string | null;
  providerTeamName: string | null;
}

export async function teamDetailSums(q: Queryable, teamId: string, from: string, to: string): Promise<DetailSum[]> {
  const rows = await queryRows<{ kind: LedgerKind; category: string; detail: string; amount_cents: number | string; service_name: string | null; provider_team_name: string | null }>(
    q,
    // Summed first, then the few allocation sums look their service up by its key (the detail
    // holds the id as text; joining on the text would read every service).
    sql`with sums as (
          select kind, category, detail, sum(amount_cents)::bigint as amount_cents
          from ledger_monthly
          where team_id = ${teamId}::uuid and month between ${from} and ${to}
          group by kind, category, detail
        )
        select m.kind, m.category, m.detail, m.amount_cents, s.name as service_name, p.name as provider_team_name
        from sums m
        left join services s on s.id = (case when m.kind = 'allocation' and m.detail <> '' then m.detail::uuid end)
        left join teams p on p.id = s.owner_team_id`,
  );
  return rows.map((r) => ({ kind: r.kind, category: r.category, detail: r.detail, amountCents: num(r.amount_cents), serviceName: r.service_name, providerTeamName: r.provider_team_name }));
}

const asCategory = (category: string): CostCategory => ((COST_CATEGORIES as readonly string[]).includes(category) ? (category as CostCategory) : 'other');

/**
 * Budget against actual per cost category (every category, in the contract's order), allocations
 * counted under the category they were booked in; allocated cost per consumed service; revenue per
 * stream. Services and streams largest first, then by name.
 */
export function breakdowns(sums: readonly DetailSum[]): Pick<TeamFinance, 'byCategory' | 'byService' | 'byStream'> {
  const categories = new Map(COST_CATEGORIES.map((c) => [c, { category: c, budgetCents: 0, actualCents: 0 }]));
  const services = new Map<string, TeamFinance['byService'][number]>();
  const streams = new Map<string, number>();
  for (const s of sums) {
    if (s.kind === 'budget') categories.get(asCategory(s.category))!.budgetCents += s.amountCents;
    if (s.kind === 'cost' || s.kind === 'allocation') categories.get(asCategory(s.category))!.actualCents += s.amountCents;
    if (s.kind === 'allocation' && s.detail !== '') {
      const service = services.get(s.detail) ?? { serviceId: s.detail, serviceName: s.serviceName ?? 'Unknown service', providerTeamName: s.providerTeamName ?? '', amountCents: 0 };
      service.amountCents += s.amountCents;
      services.set(s.detail, service);
    }
    if (s.kind === 'revenue') streams.set(s.detail, (streams.get(s.detail) ?? 0) + s.amountCents);
  }
  const byAmount = <T extends { amountCents: number }>(name: (t: T) => string) => (a: T, b: T) => b.amountCents - a.amountCents || name(a).localeCompare(name(b));
  return {
    byCategory: [...categories.values()],
    byService: [...services.values()].filter((s) => s.amountCents !== 0).sort(byAmount((s) => s.serviceName)),
    byStream: [...streams]
      .map(([stream, amountCents]) => ({ stream, amountCents }))
      .filter((s) => s.amountCents !== 0)
      .sort(byAmount((s) => s.stream)),
  };
}

/** One ledger entry as the export lists it. */
export interface ExportedEntry {
  id: string;
  month: string;
  kind: LedgerKind;
  category: string | null;
  expenseType: string | null;
  stream: string | null;
  serviceName: string | null;
  amountCents: number;
  reference: string | null;
  reversesId: string | null;
  createdBy: string;
  createdAt: string;
}

/** The team's ledger entries in the period, in booking order. */
export async function teamLedgerEntries(q: Queryable, teamId: string, from: string, to: string): Promise<ExportedEntry[]> {
  const rows = await queryRows<{
    id: number | string;
    month: string;
    kind: LedgerKind;
    category: string | null;
    expense_type: string | null;
    stream: string | null;
    service_name: string | null;
    amount_cents: number | string;
    reference: string | null;
    reverses_id: number | string | null;
    created_by: string;
    created_at: string | Date;
  }>(
    q,
    sql`select e.id, e.month, e.kind, e.category, e.expense_type, e.stream, s.name as service_name, e.amount_cents, e.reference, e.reverses_id, e.created_by, e.created_at
        from ledger_entries e left join services s on s.id = e.service_id
        where e.team_id = ${teamId}::uuid and e.month between ${from} and ${to}
        order by e.id`,
  );
  return rows.map((r) => ({
    id: String(r.id),
    month: r.month,
    kind: r.kind,
    category: r.category,
    expenseType: r.expense_type,
    stream: r.stream,
    serviceName: r.service_name,
    amountCents: num(r.amount_cents),
    reference: r.reference,
    reversesId: r.reverses_id === null ? null : String(r.reverses_id),
    createdBy: r.created_by,
    createdAt: new Date(r.created_at).toISOString(),
  }));
}
