import { demoPeople, demoTeams, demoUsers, DEMO_PASSWORD, checkDemoData } from '../../db/seed/demo-data.ts';
import { createUser } from '../identity/create-user.ts';
import { addMembership } from '../memberships/add-membership.ts';
import { createPerson } from '../people/create-person.ts';
import { systemActor, type Ctx } from '../shared/context.ts';
import { createTeam } from '../teams/create-team.ts';
import { transitionTeam } from '../teams/transition-team.ts';
import type { Stage } from '../../contracts/index.ts';
import type { Db } from '../../db/client.ts';
import { DomainError } from '../shared/errors.ts';
import { hasUsers, markDemoWorkspace } from './workspace.ts';

const PATH: Record<Stage, Stage[]> = { proposed: [], chartered: ['chartered'], active: ['chartered', 'active'], sunset: ['sunset'] };

/**
 * Builds the Musterversicherung AG workspace through the same use cases people use, so the demo
 * obeys every rule and its history shows in the audit log. Only ever runs on an empty workspace.
 */
export async function seedDemoWorkspace(base: Omit<Ctx, 'actor'>): Promise<{ people: number; teams: number; users: number }> {
  if (await hasUsers(base.db)) throw new DomainError('conflict', 'The workspace already has accounts; the demo is only seeded into an empty one');
  const problems = checkDemoData();
  if (problems.length) throw new DomainError('rule_violation', `Demo data is inconsistent: ${problems.join('; ')}`);
  // One outer transaction: a seed that fails half-way leaves the workspace empty, not half-built.
  return base.db.transaction(async (tx) => {
    const ctx: Ctx = { ...base, db: tx as unknown as Db, actor: { ...systemActor, label: 'demo seed' } };
    return seedInto(ctx);
  });
}

async function seedInto(ctx: Ctx) {

  const personId = new Map<string, string>();
  for (const p of demoPeople) {
    const created = await createPerson(ctx, { name: p.name, email: p.email, discipline: p.discipline, jobTitle: p.jobTitle });
    personId.set(p.key, created.id);
  }
  const idOf = (key: string | null) => (key === null ? null : personId.get(key)!);

  for (const t of demoTeams) {
    let team = await createTeam(ctx, {
      name: t.name,
      kind: t.kind,
      mission: t.mission,
      mandateKind: t.mandateKind,
      mandateScope: t.mandateScope,
      customerSegment: t.customerSegment,
      businessLeadId: idOf(t.businessLead),
      itLeadId: idOf(t.itLead),
    });
    for (const m of t.members) {
      await addMembership(ctx, team.id, { personId: idOf(m.person)!, role: m.role, allocation: m.allocation, startDate: m.startDate, endDate: m.endDate ?? null });
    }
    for (const to of PATH[t.stage]) team = await transitionTeam(ctx, { id: team.id, expectedVersion: team.version, to });
  }

  for (const u of demoUsers) {
    await createUser(ctx, { email: u.email, displayName: u.displayName, role: u.role, personId: idOf(u.person), password: DEMO_PASSWORD });
  }
  await markDemoWorkspace(ctx.db);
  return { people: demoPeople.length, teams: demoTeams.length, users: demoUsers.length };
}
