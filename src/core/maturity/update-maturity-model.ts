import type { MaturityModel, MaturityModelUpdate } from '../../contracts/index.ts';
import { maturityModels } from '../../db/schema.ts';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import { authorize } from '../policy.ts';
import type { Ctx } from '../shared/context.ts';
import { DomainError } from '../shared/errors.ts';
import { inTransaction } from '../shared/transaction.ts';
import { assertVersion } from '../shared/version.ts';
import { currentModelRow, lockMaturityModel, presentModel } from './maturity-queries.ts';
import { duplicateDimensionProblems } from './maturity-rules.ts';

export interface UpdateMaturityModelInput {
  /** The current version the edit was made from. */
  expectedVersion: number | undefined;
  model: MaturityModelUpdate;
}

/**
 * The maturity model is never edited in place: a change appends the next version, which retires
 * the previous one for new assessments while earlier assessments keep the version they were made with.
 */
export async function updateMaturityModel(ctx: Ctx, { expectedVersion, model }: UpdateMaturityModelInput): Promise<MaturityModel> {
  authorize(ctx.actor, 'change.manage');
  return inTransaction(ctx, async (tx) => {
    await lockMaturityModel(tx, 'exclusive');
    const current = await currentModelRow(tx);
    assertVersion('Maturity model', current.version, expectedVersion);
    const problems = duplicateDimensionProblems(model.dimensions);
    if (problems.length) {
      throw new DomainError('rule_violation', `The maturity model cannot be saved: ${problems.map((p) => `${p.field}: ${p.message}`).join('; ')}`, problems);
    }
    const [row] = await tx
      .insert(maturityModels)
      .values({ version: current.version + 1, dimensions: model.dimensions, createdAt: ctx.now(), createdBy: ctx.actor.label })
      .returning();
    const after = presentModel(row!, row!.version);
    await recordAuditEvent(tx, ctx, { action: 'maturity_model.update', entityType: 'maturity_model', entityId: String(after.version), before: presentModel(current, current.version), after });
    return after;
  });
}
