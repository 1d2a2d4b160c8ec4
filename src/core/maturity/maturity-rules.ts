import type { MaturityDimension, Rating } from '../../contracts/index.ts';
import type { FieldError } from '../shared/errors.ts';

/** Mean level across the ratings, to two decimals; 0 for none (never stored: an assessment has at least one). */
export function averageLevel(ratings: readonly { level: number }[]): number {
  if (ratings.length === 0) return 0;
  return Math.round((ratings.reduce((sum, r) => sum + r.level, 0) / ratings.length) * 100) / 100;
}

/** "2026-07-14" → "2026-Q3". */
export function quarterOf(date: string): string {
  const [year, month] = date.split('-');
  return `${year}-Q${Math.ceil(Number(month) / 3)}`;
}

/** A dimension key used twice in one model: each later use names the first. */
export function duplicateDimensionProblems(dimensions: readonly Pick<MaturityDimension, 'key'>[]): FieldError[] {
  const keys = dimensions.map((d) => d.key);
  return dimensions.flatMap((d, i) =>
    keys.indexOf(d.key) === i ? [] : [{ field: `dimensions.${i}.key`, code: 'duplicate', message: `"${d.key}" is used by dimensions.${keys.indexOf(d.key)} already` }],
  );
}

/** An assessment rates every dimension of its model version exactly once, and nothing else. */
export function ratingProblems(dimensions: readonly Pick<MaturityDimension, 'key' | 'name'>[], ratings: readonly Pick<Rating, 'dimensionKey'>[]): FieldError[] {
  const known = new Set(dimensions.map((d) => d.key));
  const keys = ratings.map((r) => r.dimensionKey);
  const problems: FieldError[] = [];
  ratings.forEach((r, i) => {
    if (!known.has(r.dimensionKey)) {
      problems.push({ field: `ratings.${i}.dimensionKey`, code: 'not_found', message: `the model has no dimension "${r.dimensionKey}"` });
    } else if (keys.indexOf(r.dimensionKey) !== i) {
      problems.push({ field: `ratings.${i}.dimensionKey`, code: 'duplicate', message: `"${r.dimensionKey}" is rated by ratings.${keys.indexOf(r.dimensionKey)} already` });
    }
  });
  const missing = dimensions.filter((d) => !keys.includes(d.key));
  if (missing.length) {
    problems.push({ field: 'ratings', code: 'missing', message: `rate every dimension; missing: ${missing.map((d) => `${d.name} (${d.key})`).join(', ')}` });
  }
  return problems;
}

export interface RatedAssessment {
  teamId: string;
  assessedOn: string;
  /** Tie-breaker for two assessments of a team on one day: the later record wins. */
  createdAt: Date;
  ratings: readonly { dimensionKey: string; level: number }[];
}

const later = (a: RatedAssessment, b: RatedAssessment) => a.assessedOn > b.assessedOn || (a.assessedOn === b.assessedOn && a.createdAt > b.createdAt);

/** Each team's most recent assessment. */
export function latestByTeam<A extends RatedAssessment>(assessments: readonly A[]): Map<string, A> {
  const latest = new Map<string, A>();
  for (const a of assessments) {
    const seen = latest.get(a.teamId);
    if (!seen || later(a, seen)) latest.set(a.teamId, a);
  }
  return latest;
}

export interface DistributionRow {
  dimensionKey: string;
  quarter: string;
  /** Teams at level 1…5, in that order. */
  counts: number[];
}

/**
 * Per dimension and quarter, how many teams sit at each level, counting each team once per quarter
 * by its latest assessment in that quarter. Dimensions follow `dimensionOrder` (the current model),
 * then any others from older versions by key; quarters run oldest first.
 */
export function maturityDistribution(assessments: readonly RatedAssessment[], dimensionOrder: readonly string[] = []): DistributionRow[] {
  const byQuarter = new Map<string, RatedAssessment[]>();
  for (const a of assessments) {
    const quarter = quarterOf(a.assessedOn);
    byQuarter.set(quarter, [...(byQuarter.get(quarter) ?? []), a]);
  }
  const counts = new Map<string, Map<string, number[]>>();
  for (const [quarter, list] of byQuarter) {
    for (const a of latestByTeam(list).values()) {
      for (const r of a.ratings) {
        if (r.level < 1 || r.level > 5) continue;
        const perQuarter = counts.get(r.dimensionKey) ?? new Map<string, number[]>();
        counts.set(r.dimensionKey, perQuarter);
        const row = perQuarter.get(quarter) ?? [0, 0, 0, 0, 0];
        perQuarter.set(quarter, row);
        row[r.level - 1]! += 1;
      }
    }
  }
  const rank = (key: string) => (dimensionOrder.includes(key) ? dimensionOrder.indexOf(key) : dimensionOrder.length);
  const dimensions = [...counts.keys()].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  return dimensions.flatMap((dimensionKey) =>
    [...counts.get(dimensionKey)!.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([quarter, row]) => ({ dimensionKey, quarter, counts: row })),
  );
}
