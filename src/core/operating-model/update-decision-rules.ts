import type { DecisionRuleSet, DecisionRulesUpdate } from '../../contracts/index.ts';
import { decisionRuleSets, modelRoles } from '../../db/schema.ts';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import { authorize } from '../policy.ts';
import type { Ctx } from '../shared/context.ts';
import { DomainError, type FieldError } from '../shared/errors.ts';
import { inTransaction } from '../shared/transaction.ts';
import { assertVersion } from '../shared/version.ts';
import { currentRuleSet, lockOperatingModel, presentRuleSet } from './model-queries.ts';

export interface UpdateDecisionRulesInput {
  /** The version of the current rule set the edit was made from. */
  expectedVersion: number | undefined;
  rules: DecisionRulesUpdate;
}

/**
 * Decision rights are never edited in place: a change appends the next version, and decisions
 * keep the version they were judged by.
 */
export async function updateDecisionRules(ctx: Ctx, { expectedVersion, rules }: UpdateDecisionRulesInput): Promise<DecisionRuleSet> {
  authorize(ctx.actor, 'model.manage');
  return inTransaction(ctx, async (tx) => {
    // The model lock orders this after any concurrent role change or rule change, so the version read next is the latest.
    await lockOperatingModel(tx);
    const current = await currentRuleSet(tx);
    assertVersion('Decision rules', current.version, expectedVersion);

    const roles = await tx.select({ key: modelRoles.key, approver: modelRoles.approver }).from(modelRoles);
    const approvers = new Set(roles.filter((r) => r.approver).map((r) => r.key));
    const known = new Set(roles.map((r) => r.key));
    const errors: FieldError[] = [];
    const keys = rules.rules.map((r) => r.key);
    rules.rules.forEach((rule, i) => {
      if (keys.indexOf(rule.key) !== i) errors.push({ field: `rules.${i}.key`, code: 'duplicate', message: `"${rule.key}" is used by rules.${keys.indexOf(rule.key)} already` });
      if (!approvers.has(rule.approverRole)) {
        errors.push({
          field: `rules.${i}.approverRole`,
          code: known.has(rule.approverRole) ? 'not_approver' : 'not_found',
          message: known.has(rule.approverRole)
            ? `${rule.approverRole} is not an approver role of the operating model`
            : `no role ${rule.approverRole} in the operating model`,
        });
      }
    });
    if (errors.length) {
      throw new DomainError('rule_violation', `The decision rules cannot be saved: ${errors.map((e) => `${e.field}: ${e.message}`).join('; ')}`, errors);
    }

    const [row] = await tx
      .insert(decisionRuleSets)
      .values({ version: current.version + 1, defaultAutonomyLimitCents: rules.defaultAutonomyLimitCents, rules: rules.rules, createdAt: ctx.now(), createdBy: ctx.actor.label })
      .returning();
    const after = presentRuleSet(row!);
    await recordAuditEvent(tx, ctx, { action: 'decision_rules.update', entityType: 'decision_rules', entityId: String(after.version), before: presentRuleSet(current), after });
    return after;
  });
}
