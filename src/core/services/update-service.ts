import { eq } from 'drizzle-orm';
import type { Service, ServiceUpdate } from '../../contracts/index.ts';
import { services } from '../../db/schema.ts';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import type { Ctx } from '../shared/context.ts';
import { DomainError, notFound } from '../shared/errors.ts';
import { inTransaction } from '../shared/transaction.ts';
import { assertVersion } from '../shared/version.ts';
import { authorizeServiceManagement } from './service-access.ts';
import { assertNoCycle, assertOwnerNotSunset, assertServiceRules, writeDependencies } from './service-checks.ts';
import { assertUniqueServiceName, dependencyIdsOf, loadDependencyTargets, loadOwner, lockService, presentService, serviceSnapshot } from './service-queries.ts';

export interface UpdateServiceInput {
  id: string;
  expectedVersion: number | undefined;
  changes: ServiceUpdate;
}

export async function updateService(ctx: Ctx, { id, expectedVersion, changes }: UpdateServiceInput): Promise<Service> {
  return inTransaction(ctx, async (tx) => {
    const before = await lockService(tx, id);
    if (!before) throw notFound('Service');
    const owner = await loadOwner(tx, before.ownerTeamId);
    // Managed through its owner team; steering manages services without one, or whose team is sunset.
    authorizeServiceManagement(ctx.actor, owner);
    assertVersion('Service', before.version, expectedVersion);

    const handedOver = changes.ownerTeamId !== undefined && changes.ownerTeamId !== before.ownerTeamId;
    const nextOwner = handedOver ? await loadOwner(tx, changes.ownerTeamId ?? null) : owner;
    if (handedOver) {
      assertOwnerNotSunset(nextOwner);
      // Handing a service over needs the right to manage it on the receiving side as well.
      authorizeServiceManagement(ctx.actor, nextOwner);
    } else if (owner?.stage === 'sunset' && changes.lifecycle !== 'retired') {
      throw new DomainError('team_read_only', `${owner.name} is sunset; hand ${before.name} to another team or retire it`, [
        { field: 'ownerTeamId', code: 'team_sunset', message: `${owner.name} is sunset; choose a team that is still running` },
      ]);
    }

    const { dependsOn: newDependsOn, ...fields } = changes;
    const next = { ...before, ...fields };
    assertServiceRules(next, nextOwner);
    if (fields.name !== undefined) await assertUniqueServiceName(tx, fields.name, id);
    let dependsOn = await dependencyIdsOf(tx, id);
    const dependsBefore = dependsOn;
    if (newDependsOn !== undefined) {
      dependsOn = [...new Set(newDependsOn)];
      await loadDependencyTargets(tx, dependsOn);
      await assertNoCycle(tx, id, dependsOn);
    }

    const [after] = await tx
      .update(services)
      .set({ ...fields, version: before.version + 1, updatedAt: ctx.now() })
      .where(eq(services.id, id))
      .returning();
    if (newDependsOn !== undefined) await writeDependencies(tx, id, dependsOn);
    await recordAuditEvent(tx, ctx, {
      action: 'service.update',
      entityType: 'service',
      entityId: id,
      before: serviceSnapshot(before, dependsBefore),
      after: serviceSnapshot(after!, dependsOn),
    });
    return presentService(ctx.actor, tx, after!);
  });
}
