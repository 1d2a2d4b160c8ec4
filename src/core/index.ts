// The surface adapters (HTTP, CLI, later MCP) call. Each use case is its own file; this only re-exports.
export { type Actor, type Ctx, systemActor, today } from './shared/context.ts';
export { DomainError, type ErrorCode, type FieldError } from './shared/errors.ts';
export { can, orgAbilities } from './policy.ts';

export { listAuditEvents } from './audit/list-audit-events.ts';
export { verifyAuditChain, verifyChain } from './audit/verify-audit-chain.ts';

export { createPerson } from './people/create-person.ts';
export { updatePerson } from './people/update-person.ts';
export { getPerson } from './people/get-person.ts';
export { listPeople } from './people/list-people.ts';

export { createTeam } from './teams/create-team.ts';
export { updateTeam } from './teams/update-team.ts';
export { transitionTeam } from './teams/transition-team.ts';
export { getTeam } from './teams/get-team.ts';
export { listTeams } from './teams/list-teams.ts';

export { addMembership } from './memberships/add-membership.ts';
export { updateMembership } from './memberships/update-membership.ts';
export { endMembership } from './memberships/end-membership.ts';

export { login, SESSION_TTL_MS } from './identity/login.ts';
export { logout } from './identity/logout.ts';
export { getMe } from './identity/get-me.ts';
export { authenticateSession, authenticateToken } from './identity/authenticate.ts';
export { createApiToken } from './identity/create-api-token.ts';
export { listApiTokens } from './identity/list-api-tokens.ts';
export { revokeApiToken } from './identity/revoke-api-token.ts';
export { createUser } from './identity/create-user.ts';
export { updateUser } from './identity/update-user.ts';
export { listUsers } from './identity/list-users.ts';

export { checkHealth } from './system/check-health.ts';
export { seedDemoWorkspace } from './system/seed-demo-workspace.ts';
export { isDemoWorkspace, hasUsers, demoLogins, DEMO_PASSWORD } from './system/workspace.ts';
