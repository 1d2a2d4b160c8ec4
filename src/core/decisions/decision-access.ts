import { can, type TeamResource } from '../policy.ts';
import type { Actor } from '../shared/context.ts';
import { forbidden } from '../shared/errors.ts';

/**
 * Who may edit or submit a proposed decision, composed from the policy's own rules: whoever runs
 * the team (steering, its leads), and the proposer for as long as they may record decisions for
 * the team at all (a proposer who has left the team hands the proposal to its leads).
 */
export function mayEditDecision(actor: Actor, decision: { proposedByUserId: string | null }, team: TeamResource): boolean {
  if (can(actor, 'team.update', team)) return true;
  return actor.userId !== null && decision.proposedByUserId === actor.userId && can(actor, 'team.recordDecision', team);
}

export function authorizeDecisionEdit(actor: Actor, decision: { proposedByUserId: string | null }, team: TeamResource): void {
  if (!mayEditDecision(actor, decision, team)) throw forbidden('Only the proposer, the team’s leads or the portfolio office may change this decision');
}
