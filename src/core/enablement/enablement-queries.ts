import { eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Completion, LearningOffer } from '../../contracts/index.ts';
import type { Queryable } from '../../db/client.ts';
import { learningCompletions, learningOffers, people } from '../../db/schema.ts';

export type OfferRow = typeof learningOffers.$inferSelect;
export type CompletionRow = typeof learningCompletions.$inferSelect;

export async function findOffer(db: Queryable, id: string): Promise<OfferRow | undefined> {
  const [row] = await db.select().from(learningOffers).where(eq(learningOffers.id, id));
  return row;
}

export async function lockOffer(db: Queryable, id: string): Promise<OfferRow | undefined> {
  const [row] = await db.select().from(learningOffers).where(eq(learningOffers.id, id)).for('update');
  return row;
}

export function offerSnapshot(o: OfferRow) {
  return { id: o.id, title: o.title, description: o.description, expectedFor: o.expectedFor, durationHours: o.durationHours, version: o.version };
}

/** Offers with how many people completed each: one count query, however many offers. */
export async function presentOffers(db: Queryable, rows: readonly OfferRow[]): Promise<LearningOffer[]> {
  if (rows.length === 0) return [];
  const counts = await db
    .select({ offerId: learningCompletions.offerId, n: sql<number>`count(*)::int` })
    .from(learningCompletions)
    .where(inArray(learningCompletions.offerId, rows.map((r) => r.id)))
    .groupBy(learningCompletions.offerId);
  const byOffer = new Map(counts.map((c) => [c.offerId, Number(c.n)]));
  return rows.map((o) => ({
    id: o.id,
    title: o.title,
    description: o.description,
    expectedFor: o.expectedFor,
    durationHours: o.durationHours,
    completions: byOffer.get(o.id) ?? 0,
    version: o.version,
    createdAt: o.createdAt.toISOString(),
  }));
}

export async function presentOffer(db: Queryable, row: OfferRow): Promise<LearningOffer> {
  const [offer] = await presentOffers(db, [row]);
  return offer!;
}

const completionColumns = {
  id: learningCompletions.id,
  offerId: learningCompletions.offerId,
  offerTitle: learningOffers.title,
  personId: learningCompletions.personId,
  personName: people.name,
  completedOn: learningCompletions.completedOn,
};

/** Completions matching `where`, latest first, with the offer's title and the person's name. */
export async function completionsWhere(db: Queryable, where: SQL): Promise<Completion[]> {
  return db
    .select(completionColumns)
    .from(learningCompletions)
    .innerJoin(learningOffers, eq(learningOffers.id, learningCompletions.offerId))
    .innerJoin(people, eq(people.id, learningCompletions.personId))
    .where(where)
    .orderBy(sql`${learningCompletions.completedOn} desc`, people.name, learningOffers.title, learningCompletions.id);
}

/** Each audience once, in the order given. */
export function audiences<T extends string>(list: readonly T[]): T[] {
  return [...new Set(list)];
}
