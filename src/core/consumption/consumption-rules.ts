import { createHash } from 'node:crypto';
import type { ConsumptionEntry, ServiceKind, ServiceLifecycle, Stage } from '../../contracts/index.ts';
import type { FieldError } from '../shared/errors.ts';
import { isProvided, kindLabel } from '../services/service-rules.ts';

export interface ConsumingTeam {
  name: string;
  stage: Stage;
}

export interface ConsumedService {
  name: string;
  kind: ServiceKind;
  lifecycle: ServiceLifecycle;
  unitPriceCents: number | null;
}

/** quantity × unit price in integer cents, or null when it would leave the range JavaScript counts exactly. */
export function costOf(quantity: number, unitPriceCents: number): number | null {
  const cost = quantity * unitPriceCents;
  return Number.isSafeInteger(cost) ? cost : null;
}

/**
 * Why `entry` cannot be recorded, field by field (`teamId`, `serviceId`, `quantity`): consumption
 * is of a priced, provided service that is not retired, by a team that is still running.
 */
export function entryProblems(entry: ConsumptionEntry, team: ConsumingTeam | undefined, service: ConsumedService | undefined): FieldError[] {
  const problems: FieldError[] = [];
  if (!team) problems.push({ field: 'teamId', code: 'not_found', message: 'no team with this id' });
  else if (team.stage === 'sunset') problems.push({ field: 'teamId', code: 'team_sunset', message: `${team.name} is sunset; its history is kept read-only` });
  if (!service) {
    problems.push({ field: 'serviceId', code: 'not_found', message: 'no service with this id' });
    return problems;
  }
  if (!isProvided(service.kind)) {
    problems.push({ field: 'serviceId', code: 'not_provided', message: `${service.name} is a ${kindLabel(service.kind)}; only core services, data platforms and AI services are consumed` });
  } else if (service.lifecycle === 'retired') {
    problems.push({ field: 'serviceId', code: 'retired', message: `${service.name} is retired; it is no longer consumed` });
  } else if (service.unitPriceCents === null) {
    problems.push({ field: 'serviceId', code: 'no_price', message: `${service.name} has no unit price yet; its platform team sets one first` });
  } else if (costOf(entry.quantity, service.unitPriceCents) === null) {
    problems.push({ field: 'quantity', code: 'too_large', message: 'quantity × unit price is too large to count in cents' });
  }
  return problems;
}

export const entryKey = (e: Pick<ConsumptionEntry, 'teamId' | 'serviceId' | 'month'>) => `${e.teamId.toLowerCase()}|${e.serviceId.toLowerCase()}|${e.month}`;

/** Items that repeat an earlier item's team × service × month: one batch sets each quantity once. */
export function duplicateItems(items: readonly ConsumptionEntry[]): { index: number; firstIndex: number }[] {
  const seen = new Map<string, number>();
  const duplicates: { index: number; firstIndex: number }[] = [];
  items.forEach((item, index) => {
    const key = entryKey(item);
    const first = seen.get(key);
    if (first === undefined) seen.set(key, index);
    else duplicates.push({ index, firstIndex: first });
  });
  return duplicates;
}

/**
 * SHA-256 over the items in a canonical form (ids lower-cased, sorted by team, service and month),
 * so a retry with the same entries in another order is recognised as the same batch.
 */
export function batchHash(items: readonly ConsumptionEntry[]): string {
  const lines = items.map((i) => `${entryKey(i)}|${i.quantity}`).sort();
  return createHash('sha256').update(lines.join('\n')).digest('hex');
}
