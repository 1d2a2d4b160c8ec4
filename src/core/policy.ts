import type { Abilities, Stage, TeamAbilities } from '../contracts/index.ts';
import type { Actor } from './shared/context.ts';
import { forbidden } from './shared/errors.ts';

/**
 * Every authorization decision in Tandem is made here. Adapters never check roles themselves;
 * use cases call `authorize`, and presenters call `can` to tell clients what they may do.
 */
export type OrgAction =
  | 'portfolio.read'
  | 'team.create'
  | 'person.manage'
  | 'audit.read'
  | 'user.manage'
  | 'token.manageOwn'
  | 'model.read'
  | 'model.manage'
  | 'service.manageUnowned'
  /** Read the change programme: maturity, survey results (above the anonymity threshold), enablement, roadmap. */
  | 'change.read'
  /** Edit the maturity model, write surveys, manage learning offers and completions, run the roadmap. */
  | 'change.manage'
  /** Read every team's budget, actuals, forecast, revenue and margin. */
  | 'finance.readPortfolio'
  /** Set the fiscal calendar, decide budgets, move budget between teams. */
  | 'finance.manage'
  /** Read every team's key results, attainment and metrics: the portfolio goals page. */
  | 'goals.readPortfolio'
  /** Set the status thresholds; write organization-wide objectives and their key results. */
  | 'goals.manage';

export type TeamAction =
  | 'team.read'
  | 'team.update'
  | 'team.manageMembers'
  | 'team.charter'
  | 'team.activate'
  | 'team.sunset'
  /** Create and edit the services the team owns, and record consumption of the services it provides. */
  | 'team.manageServices'
  /** Record a decision of the team; its current members may, not only its leads. */
  | 'team.recordDecision'
  /** Rate the team's maturity: its leads, or the portfolio office as facilitator. */
  | 'team.assess'
  /** See the team's P&L, budget and ledger. */
  | 'team.readFinance'
  /** Book actual cost and revenue for the team, by hand or as a machine with an ingest token. */
  | 'team.bookFinance'
  /** Draft and propose the team's budget. */
  | 'team.editBudget'
  /** See the team's objectives, key results, metrics and measurements. */
  | 'team.readGoals'
  /** Define the team's metrics, objectives and key results. */
  | 'team.manageGoals'
  /** Record measurements of the team's metrics: by hand, by import, or as a machine with an ingest token. */
  | 'team.recordMeasurements'
  /** Write a check-in on one of the team's key results. */
  | 'team.checkIn';

export type Action = OrgAction | TeamAction;

export interface TeamResource {
  stage: Stage;
  businessLeadId: string | null;
  itLeadId: string | null;
  /** People with a current membership; needed for 'team.recordDecision', 'team.readFinance' and the goals actions. */
  memberIds?: readonly string[];
}

const WRITES: ReadonlySet<Action> = new Set<Action>([
  'team.create',
  'person.manage',
  'user.manage',
  'team.update',
  'team.manageMembers',
  'team.charter',
  'team.activate',
  'team.sunset',
  'model.manage',
  'service.manageUnowned',
  'team.manageServices',
  'team.recordDecision',
  'change.manage',
  'team.assess',
  'team.bookFinance',
  'team.editBudget',
  'finance.manage',
  'goals.manage',
  'team.manageGoals',
  'team.recordMeasurements',
  'team.checkIn',
]);

/** What a token with the `ingest` scope may do, and nothing else: push actuals and measurements in. */
const INGEST: ReadonlySet<Action> = new Set<Action>(['team.bookFinance', 'team.recordMeasurements']);

const isSteering = (actor: Actor) => actor.role === 'admin' || actor.role === 'portfolio_office';

function leads(actor: Actor, team: TeamResource): boolean {
  if (actor.role === 'viewer' || actor.personId === null) return false;
  return team.businessLeadId === actor.personId || team.itLeadId === actor.personId;
}

function tokenAllows(actor: Actor, action: Action): boolean {
  if (actor.scopes === null) return true;
  if (action === 'token.manageOwn' || action === 'user.manage') return false; // tokens never mint tokens or manage users
  if (INGEST.has(action) && actor.scopes.includes('ingest')) return true;
  // A write token has to read what it changes (the version for If-Match), so write implies read.
  // An ingest-only token reads nothing.
  return WRITES.has(action) ? actor.scopes.includes('write') : actor.scopes.includes('read') || actor.scopes.includes('write');
}

export function can(actor: Actor, action: OrgAction): boolean;
export function can(actor: Actor, action: TeamAction, team: TeamResource): boolean;
export function can(actor: Actor, action: Action, team?: TeamResource): boolean {
  if (!tokenAllows(actor, action)) return false;
  switch (action) {
    case 'portfolio.read':
    case 'team.read':
      return true; // every signed-in role reads the portfolio: transparency is part of the model
    case 'token.manageOwn':
      return actor.type === 'user';
    case 'model.read':
    case 'change.read':
      return true;
    case 'team.create':
    case 'person.manage':
    case 'model.manage':
    case 'service.manageUnowned':
    case 'change.manage':
      return isSteering(actor);
    case 'finance.readPortfolio':
      return isSteering(actor) || actor.role === 'viewer';
    case 'finance.manage':
    case 'goals.manage':
      return isSteering(actor);
    case 'goals.readPortfolio':
      return isSteering(actor) || actor.role === 'viewer';
    case 'team.readGoals':
      return team !== undefined && (isSteering(actor) || actor.role === 'viewer' || leads(actor, team) || isMember(actor, team));
    case 'team.manageGoals':
      return team !== undefined && team.stage !== 'sunset' && (isSteering(actor) || leads(actor, team));
    case 'team.recordMeasurements':
    case 'team.checkIn':
      return team !== undefined && team.stage !== 'sunset' && (isSteering(actor) || leads(actor, team) || isMember(actor, team));
    case 'team.readFinance':
      return team !== undefined && (isSteering(actor) || actor.role === 'viewer' || leads(actor, team) || isMember(actor, team));
    case 'team.bookFinance':
    case 'team.editBudget':
      return team !== undefined && team.stage !== 'sunset' && (isSteering(actor) || leads(actor, team));
    case 'audit.read':
    case 'user.manage':
      return actor.role === 'admin';
    case 'team.update':
    case 'team.manageMembers':
    case 'team.activate':
      return team !== undefined && team.stage !== 'sunset' && (isSteering(actor) || leads(actor, team));
    case 'team.assess':
    case 'team.manageServices':
      return team !== undefined && team.stage !== 'sunset' && (isSteering(actor) || leads(actor, team));
    case 'team.recordDecision':
      return team !== undefined && team.stage !== 'sunset' && (isSteering(actor) || leads(actor, team) || isMember(actor, team));
    case 'team.charter':
    case 'team.sunset':
      return team !== undefined && team.stage !== 'sunset' && isSteering(actor);
  }
}

function isMember(actor: Actor, team: TeamResource): boolean {
  return actor.role !== 'viewer' && actor.personId !== null && (team.memberIds ?? []).includes(actor.personId);
}

export interface DecisionResource {
  status: string;
  proposedByUserId: string | null;
}

/**
 * Approving is bound to a role of the operating model, not to an organization role: the actor's
 * person must hold the required role, and nobody approves a decision they proposed themselves.
 */
export function canApprove(actor: Actor, heldRoleKeys: readonly string[], roleKey: string, decision: DecisionResource): boolean {
  if (!tokenAllows(actor, 'team.update') || actor.role === 'viewer' || actor.userId === null) return false;
  if (decision.status !== 'pending_approval' || decision.proposedByUserId === actor.userId) return false;
  return heldRoleKeys.includes(roleKey);
}

export function authorize(actor: Actor, action: OrgAction): void;
export function authorize(actor: Actor, action: TeamAction, team: TeamResource): void;
export function authorize(actor: Actor, action: Action, team?: TeamResource): void {
  const allowed = team ? can(actor, action as TeamAction, team) : can(actor, action as OrgAction);
  if (!allowed) throw forbidden(`Your role may not ${action.replace('.', ' ')}`);
}

export function orgAbilities(actor: Actor): Abilities {
  return {
    createTeam: can(actor, 'team.create'),
    managePeople: can(actor, 'person.manage'),
    readAudit: can(actor, 'audit.read'),
    manageUsers: can(actor, 'user.manage'),
    manageChange: can(actor, 'change.manage'),
    readPortfolioFinance: can(actor, 'finance.readPortfolio'),
    manageFinance: can(actor, 'finance.manage'),
    readPortfolioGoals: can(actor, 'goals.readPortfolio'),
    manageGoals: can(actor, 'goals.manage'),
  };
}

export function teamAbilities(actor: Actor, team: TeamResource): TeamAbilities {
  return {
    update: can(actor, 'team.update', team),
    manageMembers: can(actor, 'team.manageMembers', team),
    charter: team.stage === 'proposed' && can(actor, 'team.charter', team),
    activate: team.stage === 'chartered' && can(actor, 'team.activate', team),
    sunset: can(actor, 'team.sunset', team),
    manageServices: can(actor, 'team.manageServices', team),
    recordDecision: can(actor, 'team.recordDecision', team),
    assess: can(actor, 'team.assess', team),
  };
}

/**
 * Who may edit or submit a proposed decision: whoever runs the team (steering, its leads), and the
 * proposer for as long as they may record decisions for the team at all (a proposer who has left
 * the team hands the proposal to its leads).
 */
export function mayEditDecision(actor: Actor, decision: { proposedByUserId: string | null }, team: TeamResource): boolean {
  if (can(actor, 'team.update', team)) return true;
  return actor.userId !== null && decision.proposedByUserId === actor.userId && can(actor, 'team.recordDecision', team);
}

export function authorizeDecisionEdit(actor: Actor, decision: { proposedByUserId: string | null }, team: TeamResource): void {
  if (!mayEditDecision(actor, decision, team)) throw forbidden('Only the proposer, the team’s leads or the portfolio office may change this decision');
}

/**
 * Answering a pulse survey is personal: only a signed-in person (never an API token) who is a
 * current member of one of the survey's teams. Whether they already answered is checked by the
 * use case, which is the only place that knows it.
 */
export function canAnswerSurvey(actor: Actor, isMemberOfSurveyTeam: boolean): boolean {
  return actor.type === 'user' && actor.personId !== null && isMemberOfSurveyTeam;
}

export interface BudgetResource {
  status: string;
  proposedByUserId: string | null;
}

/**
 * The portfolio office decides proposed budgets, and under the four-eyes rule nobody decides a
 * budget they proposed themselves .
 */
export function canDecideBudget(actor: Actor, budget: BudgetResource): boolean {
  if (!can(actor, 'finance.manage') || budget.status !== 'proposed') return false;
  return actor.userId !== null && budget.proposedByUserId !== actor.userId;
}
