import type { KrStatus, MetricAggregation, MetricDirection } from '../../contracts/index.ts';

/**
 * The rules of goal progress, as pure functions. The portfolio roll-up repeats them in SQL
 * (portfolio-goals-query.ts); a test holds both to the same answers.
 */

export interface StatusThresholds {
  atRiskGapPercent: number;
  offTrackGapPercent: number;
}

const DAY_MS = 86_400_000;
const dayNumber = (isoDate: string) => Date.parse(`${isoDate}T00:00:00Z`) / DAY_MS;

/** Days from start to end, both included. */
export function periodDays(periodStart: string, periodEnd: string): number {
  return dayNumber(periodEnd) - dayNumber(periodStart) + 1;
}

/**
 * The share of a period that has passed on `today` (all dates YYYY-MM-DD, today counted as
 * passed): 0 before the period, 1 after it.
 */
export function elapsedShare(periodStart: string, periodEnd: string, today: string): number {
  if (today < periodStart) return 0;
  if (today > periodEnd) return 1;
  return (dayNumber(today) - dayNumber(periodStart) + 1) / periodDays(periodStart, periodEnd);
}

/** Whether `value` is at least as good as `target`, in the metric's direction. */
export function meets(value: number, target: number, direction: MetricDirection): boolean {
  return direction === 'higher_is_better' ? value >= target : value <= target;
}

/**
 * How far a metric has moved from baseline to target: 0 at the baseline, 1 at the target, below 0
 * when it moved the wrong way, above 1 past the target. A key result whose target equals its
 * baseline (hold the line) is 1 while the value holds and 0 once it falls behind. null without a
 * value.
 */
export function progressOf(baseline: number, target: number, value: number | null, direction: MetricDirection): number | null {
  if (value === null) return null;
  if (target === baseline) return meets(value, target, direction) ? 1 : 0;
  return (value - baseline) / (target - baseline);
}

/** Progress as it counts towards attainment: between 0 and 1. */
export function attainmentOf(progress: number | null): number {
  if (progress === null) return 0;
  return Math.min(1, Math.max(0, progress));
}

/** Why a baseline/target pair is wrong for the metric's direction, or null when it is fine. */
export function targetProblem(baseline: number, target: number, direction: MetricDirection): string | null {
  if (direction === 'higher_is_better' && target < baseline) return 'must not be below the baseline: higher is better for this metric';
  if (direction === 'lower_is_better' && target > baseline) return 'must not be above the baseline: lower is better for this metric';
  return null;
}

// A hair of tolerance so that 0.3 − 0.2 counts as 10 points, not 10.000000000000002.
const EPSILON = 1e-9;

/**
 * Status compares progress with the elapsed share of the period: on track while progress trails it
 * by at most `atRiskGapPercent` points, at risk up to `offTrackGapPercent`, off track beyond. A key
 * result at or past its target is on track. Before its period there is no status (not_started);
 * once it has begun, a metric without a measurement in the period is no_data.
 */
export function statusOf(progress: number | null, elapsed: number, started: boolean, thresholds: StatusThresholds): KrStatus {
  if (!started) return 'not_started';
  if (progress === null) return 'no_data';
  if (progress >= 1) return 'on_track';
  const gapPercent = (elapsed - progress) * 100;
  if (gapPercent <= thresholds.atRiskGapPercent + EPSILON) return 'on_track';
  if (gapPercent <= thresholds.offTrackGapPercent + EPSILON) return 'at_risk';
  return 'off_track';
}

export interface Point {
  at: number;
  value: number;
}

/** A metric's figure over a set of points, aggregated its way; null without points. */
export function aggregate(aggregation: MetricAggregation, points: readonly Point[]): number | null {
  if (points.length === 0) return null;
  if (aggregation === 'sum') return points.reduce((s, p) => s + p.value, 0);
  if (aggregation === 'average') return points.reduce((s, p) => s + p.value, 0) / points.length;
  let last = points[0]!;
  for (const p of points) if (p.at >= last.at) last = p;
  return last.value;
}

export interface KeyResultFigures {
  baseline: number;
  target: number;
  direction: MetricDirection;
  periodStart: string;
  periodEnd: string;
  /** The metric over the period so far, aggregated; null without a measurement. */
  current: number | null;
}

/** A key result's progress, elapsed share and status on `today`. */
export function evaluateKeyResult(kr: KeyResultFigures, today: string, thresholds: StatusThresholds) {
  const elapsed = elapsedShare(kr.periodStart, kr.periodEnd, today);
  const started = today >= kr.periodStart;
  const progress = progressOf(kr.baseline, kr.target, kr.current, kr.direction);
  return { progress, elapsedShare: elapsed, status: statusOf(progress, elapsed, started, thresholds) };
}

/**
 * An objective's (or a team's) attainment: the mean attainment of its key results whose period has
 * begun — a begun one without data counts 0 — and its status from that mean against their mean
 * elapsed share. Nothing begun: attainment null, status not_started.
 */
export function rollUp(keyResults: readonly { progress: number | null; elapsedShare: number; status: KrStatus }[], thresholds: StatusThresholds): { attainment: number | null; status: KrStatus } {
  const begun = keyResults.filter((k) => k.status !== 'not_started');
  if (begun.length === 0) return { attainment: null, status: 'not_started' };
  const attainment = begun.reduce((s, k) => s + attainmentOf(k.progress), 0) / begun.length;
  const elapsed = begun.reduce((s, k) => s + k.elapsedShare, 0) / begun.length;
  if (begun.every((k) => k.status === 'no_data')) return { attainment, status: 'no_data' };
  return { attainment, status: statusOf(attainment, elapsed, true, thresholds) };
}
