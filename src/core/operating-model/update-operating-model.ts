import { eq, inArray } from 'drizzle-orm';
import type { OperatingModel, OperatingModelUpdate } from '../../contracts/index.ts';
import type { Tx } from '../../db/client.ts';
import { cadences, decisionApprovals, decisions, modelRoleHolders, modelRoles, operatingModel } from '../../db/schema.ts';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import { authorize } from '../policy.ts';
import type { Ctx } from '../shared/context.ts';
import { DomainError, type FieldError } from '../shared/errors.ts';
import { inTransaction } from '../shared/transaction.ts';
import { assertVersion } from '../shared/version.ts';
import { presentOperatingModel } from './get-operating-model.ts';
import { currentRuleSet, listCadences, lockOperatingModel, missingPeople, rolesWithHolders, type RuleSetRow } from './model-queries.ts';

export interface UpdateOperatingModelInput {
  expectedVersion: number | undefined;
  model: OperatingModelUpdate;
}

/** Replaces roles, holders and cadences all at once: the model is edited as one document. */
export async function updateOperatingModel(ctx: Ctx, { expectedVersion, model }: UpdateOperatingModelInput): Promise<OperatingModel> {
  authorize(ctx.actor, 'model.manage');
  return inTransaction(ctx, async (tx) => {
    const current = await lockOperatingModel(tx);
    assertVersion('Operating model', current.version, expectedVersion);
    const ruleSet = await currentRuleSet(tx);
    await assertModelValid(tx, model, ruleSet);
    const before = await snapshot(tx, current.version, current.decisionWaitDays);

    // Holders go with their roles (on delete cascade); roles and cadences are written afresh in the given order.
    await tx.delete(modelRoles);
    await tx.insert(modelRoles).values(
      model.roles.map((r, i) => ({ key: r.key, name: r.name, responsibilities: r.responsibilities, approver: r.approver, position: i + 1 })),
    );
    const holders = model.roles.flatMap((r) => [...new Set(r.holderIds)].map((personId) => ({ roleKey: r.key, personId })));
    if (holders.length) await tx.insert(modelRoleHolders).values(holders);
    await tx.delete(cadences);
    if (model.cadences.length) await tx.insert(cadences).values(model.cadences.map((c, i) => ({ ...c, position: i + 1 })));
    const [after] = await tx
      .update(operatingModel)
      .set({ version: current.version + 1, decisionWaitDays: model.decisionWaitDays, updatedAt: ctx.now() })
      .where(eq(operatingModel.id, 1))
      .returning();

    await recordAuditEvent(tx, ctx, {
      action: 'model.update',
      entityType: 'operating_model',
      entityId: 'operating_model',
      before,
      after: await snapshot(tx, after!.version, after!.decisionWaitDays),
    });
    return presentOperatingModel(ctx, tx);
  });
}

async function assertModelValid(tx: Tx, model: OperatingModelUpdate, ruleSet: RuleSetRow): Promise<void> {
  const errors: FieldError[] = [];
  const duplicates = (keys: string[], path: string) =>
    keys.forEach((key, i) => {
      if (keys.indexOf(key) !== i) errors.push({ field: `${path}.${i}.key`, code: 'duplicate', message: `"${key}" is used by ${path}.${keys.indexOf(key)} already` });
    });
  duplicates(model.roles.map((r) => r.key), 'roles');
  duplicates(model.cadences.map((c) => c.key), 'cadences');

  const missing = await missingPeople(tx, model.roles.flatMap((r) => r.holderIds));
  model.roles.forEach((r, i) =>
    r.holderIds.forEach((id, j) => {
      if (missing.has(id)) errors.push({ field: `roles.${i}.holderIds.${j}`, code: 'not_found', message: 'no person with this id' });
    }),
  );

  // Decisions are judged by the current rules, so every role they name must stay an approver role.
  for (const rule of ruleSet.rules) {
    const i = model.roles.findIndex((r) => r.key === rule.approverRole);
    if (i === -1) {
      errors.push({
        field: 'roles',
        code: 'role_in_use',
        message: `must keep ${rule.approverRole}: decision rule ${rule.key} (“${rule.name}”) names it as approver`,
      });
    } else if (!model.roles[i]!.approver) {
      errors.push({
        field: `roles.${i}.approver`,
        code: 'role_in_use',
        message: `must stay true: decision rule ${rule.key} (“${rule.name}”) names ${rule.approverRole} as approver`,
      });
    }
  }
  // Decisions already waiting keep the judgement they were given; their approvers must stay reachable.
  const kept = new Set(model.roles.map((r) => r.key));
  for (const { role, waiting } of await rolesAwaited(tx)) {
    if (!kept.has(role)) errors.push({ field: 'roles', code: 'role_in_use', message: `must keep ${role}: ${waiting} decision(s) wait for its approval` });
  }
  if (errors.length) {
    throw new DomainError('rule_violation', `The operating model cannot be saved: ${errors.map((e) => `${e.field} ${e.message}`).join('; ')}`, errors);
  }
}

/** Roles that submitted decisions still wait for, with how many decisions wait for each. */
async function rolesAwaited(tx: Tx): Promise<{ role: string; waiting: number }[]> {
  const pending = await tx.select({ id: decisions.id, evaluation: decisions.evaluation }).from(decisions).where(eq(decisions.status, 'pending_approval'));
  if (pending.length === 0) return [];
  const answered = await tx
    .select({ decisionId: decisionApprovals.decisionId, role: decisionApprovals.approverRole })
    .from(decisionApprovals)
    .where(inArray(decisionApprovals.decisionId, pending.map((d) => d.id)));
  const done = new Set(answered.map((a) => `${a.decisionId} ${a.role}`));
  const waiting = new Map<string, number>();
  for (const d of pending) {
    for (const { approverRole } of d.evaluation?.required ?? []) {
      if (!done.has(`${d.id} ${approverRole}`)) waiting.set(approverRole, (waiting.get(approverRole) ?? 0) + 1);
    }
  }
  return [...waiting].map(([role, count]) => ({ role, waiting: count }));
}

async function snapshot(tx: Tx, version: number, decisionWaitDays: number) {
  const roles = await rolesWithHolders(tx);
  const list = await listCadences(tx);
  return { version, decisionWaitDays, roles: roles.map(({ holders: _holders, ...role }) => role), cadences: list };
}
