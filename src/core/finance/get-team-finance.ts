import type { TeamFinance } from '../../contracts/index.ts';
import { authorize, can, type TeamResource } from '../policy.ts';
import { today, type Ctx } from '../shared/context.ts';
import { notFound } from '../shared/errors.ts';
import { findTeam, type TeamRow } from '../teams/team-queries.ts';
import { budgetDataOf, financeTeamResource, findBudgetRow, withAbilities } from './budget-queries.ts';
import { monthsOf, resolvePeriod, type PeriodQuery } from './fiscal-calendar.ts';
import { getFinanceSettings } from './ledger-store.ts';
import { closedMonthsOf, forecast, pnlMonth, sumPnl } from './pnl-rules.ts';
import { breakdowns, teamDetailSums, teamMonthSums } from './team-finance-queries.ts';

/**
 * A team's P&L for a period of a fiscal year (the current one by default): month by month with
 * every month present, totals, the run-rate forecast to fiscal year end against the full-year
 * budget, budget against actual per cost category, allocated cost per consumed core service,
 * revenue per stream, and the team's budget for the fiscal year. Steering, viewers, the team's
 * leads and its current members read it.
 */
export async function getTeamFinance(ctx: Ctx, teamId: string, query: PeriodQuery): Promise<TeamFinance> {
  return (await readTeamFinance(ctx, teamId, query)).finance;
}

/** The authorized read behind the team finance view and its exports. */
export async function readTeamFinance(ctx: Ctx, teamId: string, query: PeriodQuery): Promise<{ finance: TeamFinance; team: TeamRow; resource: TeamResource }> {
  const team = await findTeam(ctx.db, teamId);
  if (!team) throw notFound('Team');
  const resource = await financeTeamResource(ctx, ctx.db, team);
  authorize(ctx.actor, 'team.readFinance', resource);

  const settings = await getFinanceSettings(ctx.db);
  const currentMonth = today(ctx).slice(0, 7);
  const period = resolvePeriod(settings, query, currentMonth);
  const fiscalMonths = monthsOf(period.fiscalYear, settings.fiscalYearStartMonth);
  const year = await teamMonthSums(ctx.db, team.id, fiscalMonths);
  const details = await teamDetailSums(ctx.db, team.id, period.from, period.to);
  const budgetRow = await findBudgetRow(ctx.db, team.id, period.fiscalYear);
  const budget = budgetRow ? withAbilities(ctx.actor, await budgetDataOf(ctx.db, budgetRow, team.name), resource, budgetRow.proposedByUserId) : null;

  const months = year.filter((m) => m.month >= period.from && m.month <= period.to).map(pnlMonth);
  const fullYearBudget = year.reduce((sum, m) => sum + m.budgetCents, 0);
  const finance: TeamFinance = {
    teamId: team.id,
    teamName: team.name,
    teamKind: team.kind,
    currency: settings.currency,
    period,
    months,
    totals: sumPnl(months),
    forecast: forecast(
      year.map((m) => m.costCents + m.allocatedCents),
      closedMonthsOf(fiscalMonths, currentMonth),
      fullYearBudget,
    ),
    ...breakdowns(details),
    budget,
    abilities: {
      book: can(ctx.actor, 'team.bookFinance', resource),
      editBudget: can(ctx.actor, 'team.editBudget', resource),
      decideBudget: can(ctx.actor, 'finance.manage'),
      reallocate: can(ctx.actor, 'finance.manage'),
    },
  };
  return { finance, team, resource };
}
