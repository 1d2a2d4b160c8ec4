import { and, desc, eq, isNull, ne, or, sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { DecisionsQuery, DecisionSummary } from '../../contracts/index.ts';
import { decisions, teams } from '../../db/schema.ts';
import { heldRoleKeys } from '../operating-model/model-queries.ts';
import { authorize, canApprove } from '../policy.ts';
import type { Ctx } from '../shared/context.ts';
import { decodeCursor, pageOf } from '../shared/cursor.ts';
import { approvalsOf, presentSummary } from './decision-queries.ts';

export interface ListDecisionsInput extends z.infer<typeof DecisionsQuery> {
  cursor?: string | undefined;
  limit: number;
}

// Microseconds, so the cursor names a row exactly even when timestamps come from the database clock.
const createdAtKey = sql<string>`to_char(${decisions.createdAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/** Decisions across the portfolio, newest first. */
export async function listDecisions(ctx: Ctx, input: ListDecisionsInput): Promise<{ items: DecisionSummary[]; nextCursor: string | null }> {
  authorize(ctx.actor, 'portfolio.read');
  const where: SQL[] = [];
  const cursor = decodeCursor(input.cursor, 2);
  if (cursor) {
    const [createdAt, id] = cursor.map(String) as [string, string];
    where.push(sql`(${decisions.createdAt}, ${decisions.id}) < (${createdAt}::timestamptz, ${id}::uuid)`);
  }
  if (input.teamId) where.push(eq(decisions.teamId, input.teamId));
  if (input.status) where.push(eq(decisions.status, input.status));
  if (input.category) where.push(eq(decisions.category, input.category));
  if (input.awaitingMe === 'true') {
    const held = await heldRoleKeys(ctx.db, ctx.actor.personId);
    // The roles this caller could approve for on somebody else's pending decision.
    const roles = held.filter((role) => canApprove(ctx.actor, held, role, { status: 'pending_approval', proposedByUserId: null }));
    if (roles.length === 0) return { items: [], nextCursor: null };
    where.push(
      eq(decisions.status, 'pending_approval'),
      or(isNull(decisions.proposedByUserId), ne(decisions.proposedByUserId, ctx.actor.userId!))!,
      sql`exists (
        select 1 from jsonb_array_elements(${decisions.evaluation}->'required') as req
        where req->>'approverRole' in (${sql.join(roles.map((r) => sql`${r}`), sql`, `)})
          and not exists (select 1 from decision_approvals a where a.decision_id = ${decisions.id} and a.approver_role = req->>'approverRole')
      )`,
    );
  }
  const rows = await ctx.db
    .select({ d: decisions, teamName: teams.name, key: createdAtKey })
    .from(decisions)
    .innerJoin(teams, eq(teams.id, decisions.teamId))
    .where(and(...where))
    .orderBy(desc(decisions.createdAt), desc(decisions.id))
    .limit(input.limit + 1);
  const page = pageOf(rows, input.limit, (r) => [r.key, r.d.id]);
  const approvals = await approvalsOf(ctx.db, page.items.map((r) => r.d.id));
  return { items: page.items.map((r) => presentSummary(r.d, r.teamName, approvals)), nextCursor: page.nextCursor };
}
