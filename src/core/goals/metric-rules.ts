import type { MetricUnit } from '../../contracts/index.ts';

/** What a metric's values must look like, as pure functions shared by measurements and key results. */

export interface MetricBounds {
  unit: MetricUnit;
  minValue: number | null;
  maxValue: number | null;
}

/** Why `value` cannot be a value of this metric, or null when it can. */
export function valueProblem(metric: MetricBounds, value: number): string | null {
  if (!Number.isFinite(value)) return 'must be a finite number';
  switch (metric.unit) {
    case 'count':
      if (!Number.isInteger(value)) return 'must be a whole number: the metric counts';
      if (value < 0) return 'must not be negative: the metric counts';
      break;
    case 'cents':
      if (!Number.isInteger(value)) return 'must be whole cents';
      break;
    case 'percent':
      if (value < 0 || value > 100) return 'must be a percentage from 0 to 100';
      break;
    case 'minutes':
      if (value < 0) return 'must not be negative: the metric measures minutes';
      break;
    case 'score':
      break;
  }
  if (metric.minValue !== null && value < metric.minValue) return `must be at least ${metric.minValue}`;
  if (metric.maxValue !== null && value > metric.maxValue) return `must be at most ${metric.maxValue}`;
  return null;
}

/** How far ahead of the server's clock a measurement's time stamp may be (clocks drift). */
export const FUTURE_TOLERANCE_MS = 10 * 60_000;

export function timestampProblem(measuredAt: Date, now: Date): string | null {
  if (measuredAt.getTime() > now.getTime() + FUTURE_TOLERANCE_MS) return 'must not be in the future';
  if (measuredAt.getUTCFullYear() < 2000) return 'must be in the year 2000 or later';
  return null;
}

/** A metric is stale when it has no measurement, or none for longer than its expected interval. */
export function isStale(lastMeasuredAt: Date | null, expectedIntervalDays: number, now: Date): boolean {
  if (lastMeasuredAt === null) return true;
  return now.getTime() - lastMeasuredAt.getTime() > expectedIntervalDays * 86_400_000;
}
