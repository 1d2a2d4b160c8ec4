import { inArray } from 'drizzle-orm';
import type { Discipline, Stage } from '../../contracts/index.ts';
import type { Queryable } from '../../db/client.ts';
import { people } from '../../db/schema.ts';
import { DomainError, type FieldError } from '../shared/errors.ts';
import { leadershipProblems, type LeadCandidate } from './leadership.ts';
import type { TeamRow } from './team-queries.ts';

/** Loads the named leads and refuses the change when the leadership rule would break. */
export async function assertLeadership(
  db: Queryable,
  stage: Stage,
  businessLeadId: string | null,
  itLeadId: string | null,
): Promise<void> {
  const ids = [businessLeadId, itLeadId].filter((id): id is string => id !== null);
  const found = ids.length
    ? await db.select({ id: people.id, name: people.name, discipline: people.discipline }).from(people).where(inArray(people.id, ids))
    : [];
  const byId = new Map<string, LeadCandidate>(found.map((p) => [p.id, { ...p, discipline: p.discipline as Discipline }]));
  const missing: FieldError[] = [];
  const pick = (id: string | null, field: string) => {
    if (id === null) return null;
    const person = byId.get(id);
    if (!person) missing.push({ field, code: 'not_found', message: 'no person with this id' });
    return person ?? null;
  };
  const businessLead = pick(businessLeadId, 'businessLeadId');
  const itLead = pick(itLeadId, 'itLeadId');
  if (missing.length) throw new DomainError('validation_failed', 'A named lead does not exist', missing);
  const problems = leadershipProblems(stage, businessLead, itLead);
  if (problems.length) {
    const code = problems.some((p) => p.code === 'lead_required') ? 'lead_required' : 'rule_violation';
    throw new DomainError(code, problems.map((p) => p.message).join('; '), problems);
  }
}

export function assertWritable(team: TeamRow): void {
  if (team.stage === 'sunset') throw new DomainError('team_read_only', `${team.name} is sunset; its history is kept read-only`);
}

/** What the audit log keeps of a team: its own fields, not derived figures. */
export function teamSnapshot(t: TeamRow) {
  return {
    id: t.id,
    name: t.name,
    kind: t.kind,
    mission: t.mission,
    mandateKind: t.mandateKind,
    mandateScope: t.mandateScope,
    customerSegment: t.customerSegment,
    stage: t.stage,
    businessLeadId: t.businessLeadId,
    itLeadId: t.itLeadId,
    version: t.version,
  };
}
