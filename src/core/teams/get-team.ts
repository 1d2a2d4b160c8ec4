import type { Team } from '../../contracts/index.ts';
import type { Queryable } from '../../db/client.ts';
import { authorize, teamAbilities } from '../policy.ts';
import { today, type Ctx } from '../shared/context.ts';
import { notFound } from '../shared/errors.ts';
import { findTeam, summarizeTeams, type TeamRow } from './team-queries.ts';

export async function getTeam(ctx: Ctx, id: string): Promise<Team> {
  const row = await findTeam(ctx.db, id);
  if (!row) throw notFound('Team');
  authorize(ctx.actor, 'team.read', row);
  return presentTeam(ctx, ctx.db, row);
}

/** The full team view, read through `db` so a use case can present what its own transaction wrote. */
export async function presentTeam(ctx: Ctx, db: Queryable, row: TeamRow): Promise<Team> {
  const { summaries, members } = await summarizeTeams(db, [row], today(ctx));
  return {
    ...summaries.get(row.id)!,
    mission: row.mission,
    mandateScope: row.mandateScope,
    autonomyLimitCents: row.autonomyLimitCents,
    memberships: members,
    abilities: teamAbilities(ctx.actor, { ...row, memberIds: members.filter((m) => m.current).map((m) => m.personId) }),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
