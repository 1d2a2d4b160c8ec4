import { sql, type SQL } from 'drizzle-orm';
import type { LedgerEntry, LedgerKind } from '../../contracts/index.ts';
import { queryRows } from '../../db/client.ts';
import { findTeamRow, teamResource } from '../decisions/decision-queries.ts';
import { authorize } from '../policy.ts';
import type { Ctx } from '../shared/context.ts';
import { decodeCursor, encodeCursor } from '../shared/cursor.ts';
import { DomainError, notFound } from '../shared/errors.ts';
import { firstMonthOf, monthsOf } from './fiscal-calendar.ts';
import { presentLedgerEntry, type LedgerEntryRecord } from './ledger-queries.ts';
import { getFinanceSettings } from './ledger-store.ts';

export interface ListLedgerEntriesInput {
  teamId: string;
  fiscalYear?: number | undefined;
  kind?: LedgerKind | undefined;
  cursor?: string | undefined;
  limit: number;
}

/**
 * A team's ledger, newest booking first, each entry with the reversal that corrected it (if any).
 * Members of the team, its leads, steering and viewers read it.
 */
export async function listLedgerEntries(ctx: Ctx, input: ListLedgerEntriesInput): Promise<{ items: LedgerEntry[]; nextCursor: string | null }> {
  const team = await findTeamRow(ctx.db, input.teamId);
  if (!team) throw notFound('Team');
  authorize(ctx.actor, 'team.readFinance', await teamResource(ctx, ctx.db, team));

  const where: SQL[] = [sql`e.team_id = ${team.id}::uuid`];
  const cursor = decodeCursor(input.cursor, 1);
  if (cursor) {
    const last = String(cursor[0]);
    if (!/^\d{1,18}$/.test(last)) throw new DomainError('validation_failed', 'cursor is not valid', [{ field: 'cursor', message: 'is not a cursor this API returned' }]);
    where.push(sql`e.id < ${last}::bigint`);
  }
  if (input.fiscalYear !== undefined) {
    const { fiscalYearStartMonth } = await getFinanceSettings(ctx.db);
    const months = monthsOf(input.fiscalYear, fiscalYearStartMonth);
    where.push(sql`e.month between ${firstMonthOf(input.fiscalYear, fiscalYearStartMonth)} and ${months[11]!}`);
  }
  if (input.kind) where.push(sql`e.kind = ${input.kind}`);

  const rows = await queryRows<LedgerEntryRecord>(
    ctx.db,
    sql`select e.*, s.name as service_name, r.id as reversed_by_id
        from ledger_entries e
        left join ledger_entries r on r.reverses_id = e.id
        left join services s on s.id = e.service_id
        where ${sql.join(where, sql` and `)}
        order by e.id desc
        limit ${input.limit + 1}`,
  );
  const items = rows.slice(0, input.limit).map(presentLedgerEntry);
  const last = items[items.length - 1];
  return { items, nextCursor: rows.length > input.limit && last ? encodeCursor([last.id]) : null };
}
