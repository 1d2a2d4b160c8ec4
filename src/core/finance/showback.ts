import { sql } from 'drizzle-orm';
import type { ServiceKind } from '../../contracts/index.ts';
import { queryRows, type Tx } from '../../db/client.ts';
import type { Ctx } from '../shared/context.ts';
import { allocationCategory } from './ledger-rules.ts';
import { appendLedgerEntries, type LedgerRow } from './ledger-store.ts';

/** What a team consumed of a service in a month, priced. */
export interface ConsumedCost {
  teamId: string;
  serviceId: string;
  month: string;
  costCents: number;
}

export interface ProvidingService {
  kind: ServiceKind;
  ownerTeamId: string | null;
}

/**
 * Keeps the ledger's showback equal to the consumption, inside the consumption's transaction: for
 * every team × service × month the allocation booked so far is read (one query on the monthly
 * sums) and only the difference to the new cost is booked — a correcting entry, never an edit —
 * on the consuming team (+) and on the team that provides the service (−), so a platform team's
 * cost ends up with the teams that use it. A team using its own service is not charged: that cost
 * is its own already. Run after the consumption rows are written, so a concurrent recording of the
 * same figure has committed (or waits) and its allocation is counted.
 */
export async function bookShowback(tx: Tx, ctx: Ctx, costs: readonly ConsumedCost[], services: ReadonlyMap<string, ProvidingService>): Promise<{ entries: number }> {
  const charged = costs
    .map((c) => ({ ...c, teamId: c.teamId.toLowerCase(), serviceId: c.serviceId.toLowerCase() }))
    .filter((c) => {
      const service = services.get(c.serviceId);
      return service !== undefined && service.ownerTeamId?.toLowerCase() !== c.teamId;
    });
  if (charged.length === 0) return { entries: 0 };
  const key = (teamId: string, month: string, serviceId: string) => `${teamId}|${month}|${serviceId}`;
  const booked = await queryRows<{ team_id: string; month: string; detail: string; cents: number | string }>(tx, sql`
    select m.team_id, m.month, m.detail, sum(m.amount_cents) as cents
    from ledger_monthly m
    join unnest(${sql.param(charged.map((c) => c.teamId))}::uuid[], ${sql.param(charged.map((c) => c.month))}::text[], ${sql.param(charged.map((c) => c.serviceId))}::text[])
      as k(team_id, month, detail) on m.team_id = k.team_id and m.month = k.month and m.detail = k.detail
    where m.kind = 'allocation'
    group by 1, 2, 3`);
  const already = new Map(booked.map((r) => [key(r.team_id, r.month, r.detail), Number(r.cents)]));

  const rows: LedgerRow[] = [];
  for (const c of charged) {
    const delta = c.costCents - (already.get(key(c.teamId, c.month, c.serviceId)) ?? 0);
    if (delta === 0) continue;
    const service = services.get(c.serviceId)!;
    const line = { month: c.month, kind: 'allocation' as const, category: allocationCategory(service.kind), expenseType: 'opex' as const, stream: null, serviceId: c.serviceId, reference: null, reversesId: null };
    rows.push({ ...line, teamId: c.teamId, amountCents: delta });
    if (service.ownerTeamId) rows.push({ ...line, teamId: service.ownerTeamId, amountCents: -delta });
  }
  const { count } = await appendLedgerEntries(tx, rows, { batchId: null, createdBy: ctx.actor.label, createdAt: ctx.now() });
  return { entries: count };
}
