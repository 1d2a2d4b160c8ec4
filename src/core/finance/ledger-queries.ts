import { sql } from 'drizzle-orm';
import type { FinanceSettings, LedgerBooking, LedgerEntry, Stage, TeamKind } from '../../contracts/index.ts';
import { queryRows, type Queryable, type Tx } from '../../db/client.ts';
import { can, type TeamResource } from '../policy.ts';
import { today, type Actor, type Ctx } from '../shared/context.ts';
import { DomainError } from '../shared/errors.ts';
import type { LedgerRow } from './ledger-store.ts';

/** The month "today" is in, in the organization's time zone: actuals are booked up to it. */
export const currentMonthOf = (ctx: Pick<Ctx, 'now' | 'timeZone'>) => today(ctx).slice(0, 7);

/** A team as booking needs it: what the rules and the policy look at. */
export interface LedgerTeam extends TeamResource {
  id: string;
  name: string;
  kind: TeamKind;
  stage: Stage;
}

interface TeamRecord {
  id: string;
  name: string;
  kind: TeamKind;
  stage: Stage;
  business_lead_id: string | null;
  it_lead_id: string | null;
}

const toTeam = (r: TeamRecord): LedgerTeam => ({ id: r.id, name: r.name, kind: r.kind, stage: r.stage, businessLeadId: r.business_lead_id, itLeadId: r.it_lead_id });

/** The teams with the given ids (lower-cased keys), in one query however many there are. */
export async function ledgerTeamsById(q: Queryable, ids: Iterable<string>): Promise<Map<string, LedgerTeam>> {
  const unique = [...new Set([...ids].map((id) => id.toLowerCase()))];
  if (unique.length === 0) return new Map();
  const rows = await queryRows<TeamRecord>(q, sql`select id, name, kind, stage, business_lead_id, it_lead_id from teams where id = any(${sql.param(unique)}::uuid[])`);
  return new Map(rows.map((r) => [r.id, toTeam(r)]));
}

/**
 * What booking one entry reads, in one statement: the fiscal calendar, share-locked so a change of
 * it cannot interleave with the booking (a change takes the row exclusively), and the team.
 */
export async function bookingContext(tx: Tx, teamId: string): Promise<{ settings: FinanceSettings; team: LedgerTeam | undefined }> {
  const [row] = await queryRows<Partial<TeamRecord> & { fiscal_year_start_month: number; currency: FinanceSettings['currency']; first_fiscal_year: number; version: number }>(
    tx,
    sql`select s.fiscal_year_start_month, s.currency, s.first_fiscal_year, s.version, t.id, t.name, t.kind, t.stage, t.business_lead_id, t.it_lead_id
        from finance_settings s left join teams t on t.id = ${teamId}::uuid
        where s.id = 1 for share of s`,
  );
  if (!row) throw new Error('finance_settings has no row: the migrations did not run');
  const settings = { fiscalYearStartMonth: row.fiscal_year_start_month, currency: row.currency, firstFiscalYear: row.first_fiscal_year, version: row.version };
  return { settings, team: row.id ? toTeam(row as TeamRecord) : undefined };
}

/** Teams by id or by exact name (case-insensitive), as an import names them: one query. */
export async function ledgerTeamsByReference(q: Queryable, references: Iterable<string>): Promise<(reference: string) => LedgerTeam | undefined> {
  const unique = [...new Set([...references].map((r) => r.trim().toLowerCase()))].filter((r) => r !== '');
  const ids = unique.filter((r) => UUID.test(r));
  const rows = unique.length
    ? await queryRows<TeamRecord>(
        q,
        sql`select id, name, kind, stage, business_lead_id, it_lead_id from teams
            where lower(name) = any(${sql.param(unique)}::text[]) or id = any(${sql.param(ids)}::uuid[])`,
      )
    : [];
  const byId = new Map(rows.map((r) => [r.id, toTeam(r)]));
  const byName = new Map(rows.map((r) => [r.name.toLowerCase(), toTeam(r)]));
  return (reference) => {
    const key = reference.trim().toLowerCase();
    return byId.get(key) ?? byName.get(key);
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * Booking for several teams at once: each distinct team is checked once, and a refusal names all
 * the teams the caller may not book for. Sunset and unknown teams are left to the rules, which
 * report them per item.
 */
export function authorizeBooking(actor: Actor, teams: Iterable<LedgerTeam>): void {
  const refused: string[] = [];
  for (const team of teams) {
    if (team.stage !== 'sunset' && !can(actor, 'team.bookFinance', team)) refused.push(team.name);
  }
  if (refused.length === 0) return;
  const names = refused.slice(0, 5).join(', ') + (refused.length > 5 ? ` and ${refused.length - 5} more` : '');
  throw new DomainError('forbidden', `Your role may not book finance for ${names}`);
}

/**
 * Whether the caller books for any team at all — a team's lead would — before a file tells which:
 * a viewer or a read-only token gets no preview of what cannot be theirs to book.
 */
export function authorizeAnyBooking(actor: Actor): void {
  if (!can(actor, 'team.bookFinance', { stage: 'active', businessLeadId: actor.personId ?? '', itLeadId: null })) {
    throw new DomainError('forbidden', 'Your role may not book finance');
  }
}

/** A booking as the ledger row it becomes. */
export function ledgerRowOf(b: LedgerBooking): LedgerRow {
  return b.kind === 'cost'
    ? { teamId: b.teamId.toLowerCase(), month: b.month, kind: 'cost', category: b.category, expenseType: b.expenseType, stream: null, serviceId: null, amountCents: b.amountCents, reference: b.reference ?? null, reversesId: null }
    : { teamId: b.teamId.toLowerCase(), month: b.month, kind: 'revenue', category: null, expenseType: null, stream: b.stream, serviceId: null, amountCents: b.amountCents, reference: b.reference ?? null, reversesId: null };
}

export interface LedgerEntryRecord {
  id: number | string;
  team_id: string;
  month: string;
  kind: LedgerEntry['kind'];
  category: LedgerEntry['category'];
  expense_type: LedgerEntry['expenseType'];
  stream: string | null;
  service_id: string | null;
  service_name?: string | null;
  amount_cents: number | string;
  reference: string | null;
  reverses_id: number | string | null;
  reversed_by_id?: number | string | null;
  batch_id: string | null;
  created_by: string;
  created_at: Date | string;
}

const idOf = (v: number | string | null | undefined) => (v === null || v === undefined ? null : String(v));

/** Ledger ids are bigints; they travel as strings. For allocations the stream is the consumed service. */
export function presentLedgerEntry(r: LedgerEntryRecord): LedgerEntry {
  return {
    id: String(r.id),
    teamId: r.team_id,
    month: r.month,
    kind: r.kind,
    category: r.category,
    expenseType: r.expense_type,
    stream: r.stream ?? r.service_name ?? null,
    serviceId: r.service_id,
    amountCents: Number(r.amount_cents),
    reference: r.reference,
    reversesId: idOf(r.reverses_id),
    reversedById: idOf(r.reversed_by_id),
    batchId: r.batch_id,
    createdBy: r.created_by,
    createdAt: new Date(r.created_at).toISOString(),
  };
}

/** A ledger row just written, as the API returns it. */
export function presentWritten(id: number, row: LedgerRow, meta: { batchId: string | null; createdBy: string; createdAt: Date }): LedgerEntry {
  return presentLedgerEntry({
    id,
    team_id: row.teamId,
    month: row.month,
    kind: row.kind,
    category: row.category,
    expense_type: row.expenseType,
    stream: row.stream,
    service_id: row.serviceId,
    amount_cents: row.amountCents,
    reference: row.reference,
    reverses_id: row.reversesId,
    reversed_by_id: null,
    batch_id: meta.batchId,
    created_by: meta.createdBy,
    created_at: meta.createdAt,
  });
}
