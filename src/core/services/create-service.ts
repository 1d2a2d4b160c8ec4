import type { Service, ServiceCreate } from '../../contracts/index.ts';
import { services } from '../../db/schema.ts';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import type { Ctx } from '../shared/context.ts';
import { inTransaction } from '../shared/transaction.ts';
import { authorizeServiceManagement } from './service-access.ts';
import { assertOwnerNotSunset, assertServiceRules, writeDependencies } from './service-checks.ts';
import { assertUniqueServiceName, loadDependencyTargets, loadOwner, presentService, serviceSnapshot } from './service-queries.ts';

/** A new service can depend on existing ones but nothing depends on it yet, so it closes no cycle. */
export async function createService(ctx: Ctx, input: ServiceCreate): Promise<Service> {
  return inTransaction(ctx, async (tx) => {
    const owner = await loadOwner(tx, input.ownerTeamId);
    assertOwnerNotSunset(owner);
    authorizeServiceManagement(ctx.actor, owner);
    assertServiceRules(input, owner);
    await assertUniqueServiceName(tx, input.name);
    const dependsOn = [...new Set(input.dependsOn)];
    await loadDependencyTargets(tx, dependsOn);
    const now = ctx.now();
    const { dependsOn: _ignored, ...fields } = input;
    const [row] = await tx.insert(services).values({ ...fields, createdAt: now, updatedAt: now }).returning();
    await writeDependencies(tx, row!.id, dependsOn);
    await recordAuditEvent(tx, ctx, { action: 'service.create', entityType: 'service', entityId: row!.id, after: serviceSnapshot(row!, dependsOn) });
    return presentService(ctx.actor, tx, row!);
  });
}
