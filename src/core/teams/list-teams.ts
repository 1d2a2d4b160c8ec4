import { and, eq, gt, ilike, or, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { TeamsQuery, TeamSummary } from '../../contracts/index.ts';
import { teams } from '../../db/schema.ts';
import { authorize } from '../policy.ts';
import { today, type Ctx } from '../shared/context.ts';
import { decodeCursor, pageOf } from '../shared/cursor.ts';
import { summarizeTeams } from './team-queries.ts';

export interface ListTeamsInput extends z.infer<typeof TeamsQuery> {
  cursor?: string | undefined;
  limit: number;
}

export async function listTeams(ctx: Ctx, input: ListTeamsInput): Promise<{ items: TeamSummary[]; nextCursor: string | null }> {
  authorize(ctx.actor, 'portfolio.read');
  const where: SQL[] = [];
  const cursor = decodeCursor(input.cursor, 2);
  if (cursor) {
    const [name, id] = cursor.map(String) as [string, string];
    where.push(or(gt(teams.name, name), and(eq(teams.name, name), gt(teams.id, id)))!);
  }
  if (input.q) where.push(or(ilike(teams.name, `%${escapeLike(input.q)}%`), ilike(teams.customerSegment, `%${escapeLike(input.q)}%`))!);
  if (input.stage) where.push(eq(teams.stage, input.stage));
  if (input.kind) where.push(eq(teams.kind, input.kind));
  if (input.mandateKind) where.push(eq(teams.mandateKind, input.mandateKind));
  const rows = await ctx.db
    .select()
    .from(teams)
    .where(and(...where))
    .orderBy(teams.name, teams.id)
    .limit(input.limit + 1);
  const page = pageOf(rows, input.limit, (t) => [t.name, t.id]);
  const { summaries } = await summarizeTeams(ctx.db, page.items, today(ctx));
  return { items: page.items.map((t) => summaries.get(t.id)!), nextCursor: page.nextCursor };
}

export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
