import { describe, expect, it } from 'vitest';
import { addQuarters, quarterBounds, quarterOf } from '../../src/contracts/index.ts';
import { isStale, timestampProblem, valueProblem } from '../../src/core/goals/metric-rules.ts';
import { aggregate, attainmentOf, elapsedShare, evaluateKeyResult, progressOf, rollUp, statusOf, targetProblem } from '../../src/core/goals/progress-rules.ts';

const thresholds = { atRiskGapPercent: 10, offTrackGapPercent: 25 };

describe('progress', () => {
  it('is the share of the way from baseline to target', () => {
    expect(progressOf(1000, 2000, 1500, 'higher_is_better')).toBe(0.5);
    expect(progressOf(1000, 2000, 1000, 'higher_is_better')).toBe(0);
    expect(progressOf(1000, 2000, 2000, 'higher_is_better')).toBe(1);
  });

  it('works the same for lower-is-better metrics, where the target is below the baseline', () => {
    // Minutes from app start to plate: from 12 down to 4.
    expect(progressOf(12, 4, 8, 'lower_is_better')).toBe(0.5);
    expect(progressOf(12, 4, 4, 'lower_is_better')).toBe(1);
    expect(progressOf(12, 4, 14, 'lower_is_better')).toBe(-0.25);
  });

  it('goes past 1 beyond the target and below 0 the wrong way, and attainment caps both', () => {
    expect(progressOf(0, 100, 150, 'higher_is_better')).toBe(1.5);
    expect(progressOf(0, 100, -20, 'higher_is_better')).toBe(-0.2);
    expect(attainmentOf(1.5)).toBe(1);
    expect(attainmentOf(-0.2)).toBe(0);
    expect(attainmentOf(null)).toBe(0);
  });

  it('is 1 or 0 when the target equals the baseline: holding the line', () => {
    expect(progressOf(4.5, 4.5, 4.6, 'higher_is_better')).toBe(1);
    expect(progressOf(4.5, 4.5, 4.5, 'higher_is_better')).toBe(1);
    expect(progressOf(4.5, 4.5, 4.4, 'higher_is_better')).toBe(0);
    expect(progressOf(65, 65, 70, 'lower_is_better')).toBe(0);
    expect(progressOf(65, 65, 60, 'lower_is_better')).toBe(1);
  });

  it('is null without a measurement', () => {
    expect(progressOf(0, 100, null, 'higher_is_better')).toBeNull();
  });

  it('refuses a target on the wrong side of the baseline', () => {
    expect(targetProblem(10, 5, 'higher_is_better')).toMatch(/below the baseline/);
    expect(targetProblem(5, 10, 'lower_is_better')).toMatch(/above the baseline/);
    expect(targetProblem(5, 10, 'higher_is_better')).toBeNull();
    expect(targetProblem(5, 5, 'lower_is_better')).toBeNull();
  });
});

describe('elapsed share of a period', () => {
  it('counts today as passed and is 0 before and 1 after the period', () => {
    expect(elapsedShare('2026-10-01', '2026-12-31', '2026-09-30')).toBe(0);
    expect(elapsedShare('2026-10-01', '2026-12-31', '2026-10-01')).toBeCloseTo(1 / 92);
    expect(elapsedShare('2026-10-01', '2026-12-31', '2026-11-15')).toBeCloseTo(46 / 92);
    expect(elapsedShare('2026-10-01', '2026-12-31', '2026-12-31')).toBe(1);
    expect(elapsedShare('2026-10-01', '2026-12-31', '2027-02-01')).toBe(1);
  });

  it('is whole on the only day of a one-day period', () => {
    expect(elapsedShare('2026-12-01', '2026-12-01', '2026-12-01')).toBe(1);
  });
});

describe('status', () => {
  it('is on track while progress trails the elapsed share by at most the at-risk gap', () => {
    expect(statusOf(0.5, 0.5, true, thresholds)).toBe('on_track');
    expect(statusOf(0.4, 0.5, true, thresholds)).toBe('on_track'); // exactly 10 points behind
    expect(statusOf(0.39, 0.5, true, thresholds)).toBe('at_risk');
    expect(statusOf(0.25, 0.5, true, thresholds)).toBe('at_risk'); // exactly 25 points behind
    expect(statusOf(0.24, 0.5, true, thresholds)).toBe('off_track');
  });

  it('is on track ahead of schedule and at or past the target', () => {
    expect(statusOf(0.9, 0.3, true, thresholds)).toBe('on_track');
    expect(statusOf(1.4, 1, true, thresholds)).toBe('on_track');
    expect(statusOf(1, 1, true, { atRiskGapPercent: 0, offTrackGapPercent: 0 })).toBe('on_track');
  });

  it('is off track when the metric moved the wrong way', () => {
    expect(statusOf(-0.3, 0.4, true, thresholds)).toBe('off_track');
  });

  it('has no status before the period begins, even with data', () => {
    expect(statusOf(0.2, 0, false, thresholds)).toBe('not_started');
    expect(statusOf(null, 0, false, thresholds)).toBe('not_started');
  });

  it('is no_data once the period has begun without a measurement', () => {
    expect(statusOf(null, 0.4, true, thresholds)).toBe('no_data');
  });

  it('follows the thresholds it is given', () => {
    expect(statusOf(0.35, 0.5, true, { atRiskGapPercent: 20, offTrackGapPercent: 40 })).toBe('on_track');
    expect(statusOf(0.35, 0.5, true, { atRiskGapPercent: 5, offTrackGapPercent: 10 })).toBe('off_track');
  });
});

describe('evaluating a key result', () => {
  const kr = { baseline: 0, target: 6000, direction: 'higher_is_better' as const, periodStart: '2026-10-01', periodEnd: '2026-12-31' };

  it('puts progress against the elapsed share of its own period', () => {
    const r = evaluateKeyResult({ ...kr, current: 2000 }, '2026-11-15', thresholds);
    expect(r.progress).toBeCloseTo(1 / 3);
    expect(r.elapsedShare).toBeCloseTo(0.5);
    expect(r.status).toBe('at_risk');
  });

  it('is not started before its period, whatever the data', () => {
    expect(evaluateKeyResult({ ...kr, current: 100 }, '2026-09-01', thresholds).status).toBe('not_started');
  });
});

describe('aggregating measurements', () => {
  const points = [
    { at: 3, value: 30 },
    { at: 1, value: 10 },
    { at: 2, value: 20 },
  ];
  it('adds up, averages, or takes the latest point (not the last one sent)', () => {
    expect(aggregate('sum', points)).toBe(60);
    expect(aggregate('average', points)).toBe(20);
    expect(aggregate('last', points)).toBe(30);
    expect(aggregate('last', [...points].reverse())).toBe(30);
  });
  it('is null without points', () => {
    expect(aggregate('sum', [])).toBeNull();
    expect(aggregate('last', [])).toBeNull();
  });
});

describe('rolling key results up', () => {
  it('averages capped progress of begun key results and counts a begun one without data as 0', () => {
    const r = rollUp(
      [
        { progress: 1.5, elapsedShare: 0.5, status: 'on_track' },
        { progress: null, elapsedShare: 0.5, status: 'no_data' },
        { progress: 0.2, elapsedShare: 0, status: 'not_started' },
      ],
      thresholds,
    );
    expect(r.attainment).toBe(0.5);
    expect(r.status).toBe('on_track');
  });
  it('has no attainment when nothing has begun', () => {
    expect(rollUp([{ progress: null, elapsedShare: 0, status: 'not_started' }], thresholds)).toEqual({ attainment: null, status: 'not_started' });
    expect(rollUp([], thresholds)).toEqual({ attainment: null, status: 'not_started' });
  });
  it('is no_data when no begun key result has data', () => {
    expect(rollUp([{ progress: null, elapsedShare: 0.3, status: 'no_data' }], thresholds)).toEqual({ attainment: 0, status: 'no_data' });
  });
});

describe('metric values', () => {
  const percent = { unit: 'percent' as const, minValue: null, maxValue: null };
  it('refuses values that do not fit the unit', () => {
    expect(valueProblem(percent, 101)).toMatch(/0 to 100/);
    expect(valueProblem(percent, 62.5)).toBeNull();
    expect(valueProblem({ unit: 'count', minValue: null, maxValue: null }, 2.5)).toMatch(/whole number/);
    expect(valueProblem({ unit: 'count', minValue: null, maxValue: null }, -1)).toMatch(/negative/);
    expect(valueProblem({ unit: 'cents', minValue: null, maxValue: null }, 12.3)).toMatch(/whole cents/);
    expect(valueProblem({ unit: 'minutes', minValue: null, maxValue: null }, -3)).toMatch(/negative/);
    expect(valueProblem(percent, Number.NaN)).toMatch(/finite/);
    expect(valueProblem(percent, Number.POSITIVE_INFINITY)).toMatch(/finite/);
  });
  it('keeps a score inside the metric’s bounds', () => {
    const nps = { unit: 'score' as const, minValue: -100, maxValue: 100 };
    expect(valueProblem(nps, -100)).toBeNull();
    expect(valueProblem(nps, 101)).toBe('must be at most 100');
    expect(valueProblem(nps, -101)).toBe('must be at least -100');
  });
  it('refuses time stamps in the future beyond a few minutes of clock drift', () => {
    const now = new Date('2026-12-01T12:00:00Z');
    expect(timestampProblem(new Date('2026-12-01T12:05:00Z'), now)).toBeNull();
    expect(timestampProblem(new Date('2026-12-02T12:00:00Z'), now)).toMatch(/future/);
    expect(timestampProblem(new Date('2025-12-01T12:00:00Z'), now)).toBeNull();
  });
  it('calls a metric stale without a measurement for longer than its interval', () => {
    const now = new Date('2026-12-10T00:00:00Z');
    expect(isStale(null, 7, now)).toBe(true);
    expect(isStale(new Date('2026-12-03T00:00:00Z'), 7, now)).toBe(false);
    expect(isStale(new Date('2026-12-02T23:00:00Z'), 7, now)).toBe(true);
  });
});

describe('quarters', () => {
  it('names and bounds calendar quarters', () => {
    expect(quarterOf('2026-12-01')).toBe('2026-Q4');
    expect(quarterOf('2026-01-31')).toBe('2026-Q1');
    expect(quarterBounds('2026-Q1')).toEqual({ start: '2026-01-01', end: '2026-03-31' });
    expect(quarterBounds('2024-Q1').end).toBe('2024-03-31');
    expect(quarterBounds('2026-Q4')).toEqual({ start: '2026-10-01', end: '2026-12-31' });
    expect(addQuarters('2026-Q4', 1)).toBe('2027-Q1');
    expect(addQuarters('2026-Q1', -1)).toBe('2025-Q4');
  });
});
