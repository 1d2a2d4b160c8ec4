import { PROVIDED_KINDS, type ServiceKind, type Stage, type TeamKind } from '../../contracts/index.ts';
import type { FieldError } from '../shared/errors.ts';

export const isProvided = (kind: ServiceKind) => PROVIDED_KINDS.includes(kind);

export interface ServiceShape {
  kind: ServiceKind;
  unit: string | null;
  unitPriceCents: number | null;
}

export interface OwnerShape {
  name: string;
  kind: TeamKind;
  stage: Stage;
}

/**
 * What a service must look like: only provided services (core services, data platforms, AI
 * services) are priced per unit, a price names its unit, and a platform team runs them.
 */
export function serviceProblems(service: ServiceShape, owner: OwnerShape | null): FieldError[] {
  const problems: FieldError[] = [];
  if (!isProvided(service.kind)) {
    if (service.unitPriceCents !== null) {
      problems.push({ field: 'unitPriceCents', code: 'not_priced_kind', message: 'only core services, data platforms and AI services have a unit price; a business service has none' });
    }
    if (service.unit !== null) {
      problems.push({ field: 'unit', code: 'not_priced_kind', message: 'only core services, data platforms and AI services have a unit of consumption' });
    }
  } else {
    if (service.unitPriceCents !== null && service.unit === null) {
      problems.push({ field: 'unit', code: 'unit_required', message: 'a priced service names the unit its price is for, e.g. "per policy issued"' });
    }
    if (owner && owner.kind !== 'platform') {
      problems.push({
        field: 'ownerTeamId',
        code: 'platform_owner_required',
        message: `${owner.name} is a fusion team; a ${kindLabel(service.kind)} is run by a platform team`,
      });
    }
  }
  return problems;
}

export function kindLabel(kind: ServiceKind): string {
  return { business_service: 'business service', core_service: 'core service', data_platform: 'data platform', ai_service: 'AI service' }[kind];
}

/** "A → B → A", from the ids a cycle search returned. */
export function describeCycle(cycle: readonly string[], nameOf: (id: string) => string): string {
  return cycle.map(nameOf).join(' → ');
}
