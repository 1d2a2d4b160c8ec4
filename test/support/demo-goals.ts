// What the demo's key results come to on a given day, by the pure progress rules: the figures the
// seeded workspace has to show, computed from the demo data alone.
import { quarterBounds, type KrStatus } from '../../src/contracts/index.ts';
import { evaluateKeyResult, rollUp, type StatusThresholds } from '../../src/core/goals/progress-rules.ts';
import { addDays, demoAggregate, demoBaseline, demoMetrics, type DemoKeyResult, type DemoObjective } from '../../src/db/seed/demo-goals.ts';

export const DEFAULT_THRESHOLDS: StatusThresholds = { atRiskGapPercent: 10, offTrackGapPercent: 25 };

export interface DemoEvaluation {
  baseline: number;
  current: number | null;
  progress: number | null;
  elapsedShare: number;
  status: KrStatus;
}

/** A key result on `today`: the metric over its quarter up to yesterday (the seed measures up to yesterday). */
export function evaluateDemoKeyResult(objective: DemoObjective, kr: DemoKeyResult, today: string, thresholds = DEFAULT_THRESHOLDS): DemoEvaluation {
  const { start, end } = quarterBounds(objective.quarter);
  const metric = demoMetrics.find((m) => m.key === kr.metric)!;
  const baseline = demoBaseline(kr);
  const last = end < today ? end : addDays(today, -1);
  const current = last < start ? null : demoAggregate(kr.metric, start, last, today);
  return { baseline, current, ...evaluateKeyResult({ baseline, target: kr.target, direction: metric.direction, periodStart: start, periodEnd: end, current }, today, thresholds) };
}

export function evaluateDemoObjective(objective: DemoObjective, today: string, thresholds = DEFAULT_THRESHOLDS): { attainment: number | null; status: KrStatus } {
  return rollUp(
    objective.keyResults.map((kr) => evaluateDemoKeyResult(objective, kr, today, thresholds)),
    thresholds,
  );
}
