import { authorize, can } from '../policy.ts';
import type { Actor } from '../shared/context.ts';
import type { TeamRow } from '../teams/team-queries.ts';
import { isProvided, type ServiceShape } from './service-rules.ts';

// A service is managed through its owner team. Without a (living) owner it falls to steering:
// someone has to be able to hand an orphaned service to a new team.
const ownedBy = (owner: TeamRow | null): owner is TeamRow => owner !== null && owner.stage !== 'sunset';

export function canManageService(actor: Actor, owner: TeamRow | null): boolean {
  return ownedBy(owner) ? can(actor, 'team.manageServices', owner) : can(actor, 'service.manageUnowned');
}

export function authorizeServiceManagement(actor: Actor, owner: TeamRow | null): void {
  if (ownedBy(owner)) authorize(actor, 'team.manageServices', owner);
  else authorize(actor, 'service.manageUnowned');
}

export function canRecordConsumption(actor: Actor, service: ServiceShape & { lifecycle: string }, owner: TeamRow | null): boolean {
  return isProvided(service.kind) && service.lifecycle !== 'retired' && service.unitPriceCents !== null && canManageService(actor, owner);
}
