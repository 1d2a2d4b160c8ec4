import { desc, inArray, sql } from 'drizzle-orm';
import type { Assessment, MaturityModel } from '../../contracts/index.ts';
import type { Queryable, Tx } from '../../db/client.ts';
import { assessments, maturityModels, teams } from '../../db/schema.ts';
import { averageLevel } from './maturity-rules.ts';

export type MaturityModelRow = typeof maturityModels.$inferSelect;
export type AssessmentRow = typeof assessments.$inferSelect;

// Any constant works; it only has to be the same for every writer of the model and every assessor.
const MATURITY_MODEL_LOCK = 7_401_005;

/**
 * A new model version takes this lock exclusively, an assessment takes it shared: an assessment
 * never lands against a version that a concurrent change has just retired, and two changes never
 * both append the same next version.
 */
export async function lockMaturityModel(tx: Tx, mode: 'exclusive' | 'shared'): Promise<void> {
  await tx.execute(mode === 'exclusive' ? sql`select pg_advisory_xact_lock(${MATURITY_MODEL_LOCK})` : sql`select pg_advisory_xact_lock_shared(${MATURITY_MODEL_LOCK})`);
}

export async function currentModelRow(db: Queryable): Promise<MaturityModelRow> {
  const [row] = await db.select().from(maturityModels).orderBy(desc(maturityModels.version)).limit(1);
  if (!row) throw new Error('no maturity model: migrations have not run');
  return row;
}

export function presentModel(row: MaturityModelRow, currentVersion: number): MaturityModel {
  return { version: row.version, current: row.version === currentVersion, dimensions: row.dimensions, createdAt: row.createdAt.toISOString(), createdBy: row.createdBy };
}

export function assessmentSnapshot(row: AssessmentRow) {
  return { id: row.id, teamId: row.teamId, modelVersion: row.modelVersion, assessedOn: row.assessedOn, ratings: row.ratings, notes: row.notes };
}

/** Assessments with their team's name and each dimension's name from the version they were rated against. */
export async function presentAssessments(db: Queryable, rows: readonly AssessmentRow[]): Promise<Assessment[]> {
  if (rows.length === 0) return [];
  const versions = [...new Set(rows.map((r) => r.modelVersion))];
  const teamIds = [...new Set(rows.map((r) => r.teamId))];
  // Sequential: `db` may be a transaction, which has a single connection.
  const models = await db.select().from(maturityModels).where(inArray(maturityModels.version, versions));
  const names = await db.select({ id: teams.id, name: teams.name }).from(teams).where(inArray(teams.id, teamIds));
  const dimensionNames = new Map(models.map((m) => [m.version, new Map(m.dimensions.map((d) => [d.key, d.name]))]));
  const teamNames = new Map(names.map((t) => [t.id, t.name]));
  return rows.map((r) => ({
    id: r.id,
    teamId: r.teamId,
    teamName: teamNames.get(r.teamId) ?? '',
    modelVersion: r.modelVersion,
    assessedOn: r.assessedOn,
    ratings: r.ratings.map((rating) => ({ ...rating, dimensionName: dimensionNames.get(r.modelVersion)?.get(rating.dimensionKey) ?? rating.dimensionKey })),
    average: averageLevel(r.ratings),
    notes: r.notes,
    assessedBy: r.assessedByLabel,
    createdAt: r.createdAt.toISOString(),
  }));
}
