import { z } from 'zod';
import { Id, IsoDate, Timestamp } from './common.ts';
import { ImportFormat } from './finance.ts';
import { RowError } from './services.ts';
import { MandateKind } from './teams.ts';

// ── Metrics ────────────────────────────────────────────────────────────────────────────────────

/** cents are in the organization currency; percent is 0–100; score is a scale the metric bounds (e.g. NPS −100…100). */
export const METRIC_UNITS = ['count', 'percent', 'cents', 'minutes', 'score'] as const;
export const MetricUnit = z.enum(METRIC_UNITS);
export type MetricUnit = z.infer<typeof MetricUnit>;

export const METRIC_DIRECTIONS = ['higher_is_better', 'lower_is_better'] as const;
export const MetricDirection = z.enum(METRIC_DIRECTIONS);
export type MetricDirection = z.infer<typeof MetricDirection>;

/** How a metric's measurements over a period become one figure: added up, averaged, or the latest one. */
export const METRIC_AGGREGATIONS = ['sum', 'average', 'last'] as const;
export const MetricAggregation = z.enum(METRIC_AGGREGATIONS);
export type MetricAggregation = z.infer<typeof MetricAggregation>;

export const METRIC_SOURCES = ['manual', 'api', 'import'] as const;
export const MetricSource = z.enum(METRIC_SOURCES);
export type MetricSource = z.infer<typeof MetricSource>;

const Label = z.string().trim().min(1, 'must not be empty').max(120);
export const LocalizedName = z.object({ de: Label, en: Label });
export type LocalizedName = z.infer<typeof LocalizedName>;

export const MetricKey = z
  .string()
  .trim()
  .regex(/^[a-z0-9][a-z0-9._-]{1,79}$/, 'must be 2–80 lower-case letters, digits, dots, dashes or underscores')
  .describe('Stable key machines and import files name the metric by, e.g. "escooter.policies_sold"');

/** A finite number; JSON cannot carry NaN or Infinity, and zod refuses them too. */
export const MetricValue = z.number({ error: 'must be a finite number' }).min(-1e15, 'is too small').max(1e15, 'is too large');

const metricFields = {
  key: MetricKey,
  name: LocalizedName,
  unit: MetricUnit,
  direction: MetricDirection,
  aggregation: MetricAggregation,
  ownerTeamId: Id.describe('The team that owns the metric and its measurements'),
  customerValue: z.boolean().describe('Whether the metric measures value for customers (shown side by side on the portfolio page)'),
  source: MetricSource,
  expectedIntervalDays: z.number().int('must be whole days').min(1, 'must be at least 1 day').max(366, 'must be at most 366 days').describe('A metric without a measurement for longer than this is stale'),
  minValue: MetricValue.nullable().describe('Lowest plausible value; percent is always 0–100'),
  maxValue: MetricValue.nullable(),
};

const boundsInOrder = (m: { minValue?: number | null; maxValue?: number | null }) => m.minValue == null || m.maxValue == null || m.minValue <= m.maxValue;

export const MetricCreate = z
  .object({
    ...metricFields,
    customerValue: metricFields.customerValue.default(false),
    source: metricFields.source.default('manual'),
    expectedIntervalDays: metricFields.expectedIntervalDays.default(7),
    minValue: metricFields.minValue.default(null),
    maxValue: metricFields.maxValue.default(null),
  })
  .refine(boundsInOrder, { path: ['maxValue'], message: 'must not be below minValue' });
export type MetricCreate = z.infer<typeof MetricCreate>;
export type MetricCreateInput = z.input<typeof MetricCreate>;

/** Key, unit, direction, aggregation and owner are fixed once created: measurements and key results rely on them. */
export const MetricUpdate = z
  .object({
    name: metricFields.name,
    customerValue: metricFields.customerValue,
    source: metricFields.source,
    expectedIntervalDays: metricFields.expectedIntervalDays,
    minValue: metricFields.minValue,
    maxValue: metricFields.maxValue,
  })
  .partial()
  .refine((v) => Object.keys(v).length > 0, 'at least one field is required')
  .refine(boundsInOrder, { path: ['maxValue'], message: 'must not be below minValue' });
export type MetricUpdate = z.infer<typeof MetricUpdate>;

export const Metric = z.object({
  id: Id,
  key: z.string(),
  name: LocalizedName,
  unit: MetricUnit,
  direction: MetricDirection,
  aggregation: MetricAggregation,
  ownerTeam: z.object({ id: Id, name: z.string() }),
  customerValue: z.boolean(),
  source: MetricSource,
  expectedIntervalDays: z.number().int(),
  minValue: z.number().nullable(),
  maxValue: z.number().nullable(),
  lastMeasuredAt: Timestamp.nullable(),
  lastValue: z.number().nullable(),
  stale: z.boolean().describe('No measurement for longer than the expected interval (or none at all)'),
  version: z.number().int(),
  abilities: z.object({ update: z.boolean(), record: z.boolean() }),
});
export type Metric = z.infer<typeof Metric>;

export const MetricsQuery = z.object({
  teamId: Id.optional(),
  customerValue: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
  q: z.string().trim().max(100).optional(),
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

// ── Measurements ───────────────────────────────────────────────────────────────────────────────

export const Measurement = z.object({
  metricId: Id,
  measuredAt: Timestamp.describe('When the value was measured; late and out-of-order points are welcome, points in the future are not'),
  value: MetricValue,
  unit: MetricUnit.optional().describe('When given, must be the metric’s unit: a guard against sending minutes to a percent metric'),
});
export type Measurement = z.infer<typeof Measurement>;

export const MEASUREMENT_BATCH_MAX = 10_000;

export const MeasurementBatch = z.object({
  idempotencyKey: z.string().trim().min(8, 'must be at least 8 characters').max(200).describe('A retry with the same key and items is not recorded twice'),
  items: z.array(Measurement).min(1, 'must hold at least one measurement').max(MEASUREMENT_BATCH_MAX, `must hold at most ${MEASUREMENT_BATCH_MAX} measurements`),
});
export type MeasurementBatch = z.infer<typeof MeasurementBatch>;

export const MeasurementBatchResult = z.object({
  batchId: Id,
  idempotencyKey: z.string(),
  points: z.number().int(),
  corrected: z.number().int().describe('Points that replaced an earlier value at the same time stamp; the earlier value is kept as a revision'),
  replayed: z.boolean().describe('True when this key was already recorded; nothing was written again'),
});
export type MeasurementBatchResult = z.infer<typeof MeasurementBatchResult>;

/** A person enters one value by hand. */
export const RecordMeasurement = z.object({
  measuredAt: Timestamp.optional().describe('Defaults to now'),
  value: MetricValue,
});
export type RecordMeasurement = z.infer<typeof RecordMeasurement>;

export const MEASUREMENT_BUCKETS = ['raw', 'day', 'week', 'month'] as const;

export const MeasurementsQuery = z
  .object({
    from: IsoDate.optional().describe('First day, in the organization’s time zone; defaults to 365 days ago'),
    to: IsoDate.optional().describe('Last day; defaults to today'),
    bucket: z.enum(MEASUREMENT_BUCKETS).default('day').describe('raw points, or one value per day/week/month aggregated the metric’s way'),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { path: ['to'], message: 'must not be before from' });

export const MeasurementPoint = z.object({ at: Timestamp, value: z.number() });
export type MeasurementPoint = z.infer<typeof MeasurementPoint>;

export const MetricSeries = z.object({
  metric: Metric,
  from: IsoDate,
  to: IsoDate,
  bucket: z.enum(MEASUREMENT_BUCKETS),
  points: z.array(MeasurementPoint).describe('Oldest first; at most 10,000'),
});
export type MetricSeries = z.infer<typeof MetricSeries>;

export const MeasurementImport = z.object({
  format: ImportFormat.default('csv'),
  content: z.string().min(1, 'must not be empty').max(16_000_000).describe('CSV text, or the xlsx file base64-encoded. Columns: metric (key or id), measured_at (ISO time stamp, YYYY-MM-DD or DD.MM.YYYY), value (e.g. 1234.5 or 1.234,5)'),
  idempotencyKey: MeasurementBatch.shape.idempotencyKey,
  dryRun: z.boolean().default(true),
});
export type MeasurementImportInput = z.input<typeof MeasurementImport>;

export const MeasurementImportResult = z.object({
  dryRun: z.boolean(),
  rows: z.number().int(),
  errors: z.array(RowError),
  preview: z.array(z.object({ row: z.number().int(), metricKey: z.string(), metricName: LocalizedName, unit: MetricUnit, measuredAt: Timestamp, value: z.number() })).describe('The first 200 rows as they would be recorded'),
  result: MeasurementBatchResult.nullable(),
  batches: z.array(MeasurementBatchResult).describe('An applied file is recorded as batches of 10,000, keyed "<key>:<n>" when there are several'),
});
export type MeasurementImportResult = z.infer<typeof MeasurementImportResult>;

// ── Settings and periods ───────────────────────────────────────────────────────────────────────

/**
 * A key result is on track while its progress trails the elapsed share of its period by at most
 * `atRiskGapPercent` points, at risk up to `offTrackGapPercent` points, and off track beyond.
 */
export const GoalSettings = z.object({
  atRiskGapPercent: z.number().int(),
  offTrackGapPercent: z.number().int(),
  version: z.number().int(),
});
export type GoalSettings = z.infer<typeof GoalSettings>;

export const UpdateGoalSettings = z
  .object({
    atRiskGapPercent: z.number().int('must be whole percentage points').min(0, 'must be 0 to 100').max(100, 'must be 0 to 100'),
    offTrackGapPercent: z.number().int('must be whole percentage points').min(0, 'must be 0 to 100').max(100, 'must be 0 to 100'),
  })
  .refine((s) => s.offTrackGapPercent >= s.atRiskGapPercent, { path: ['offTrackGapPercent'], message: 'must not be below atRiskGapPercent' });
export type UpdateGoalSettings = z.infer<typeof UpdateGoalSettings>;

export const Quarter = z.string().regex(/^\d{4}-Q[1-4]$/, 'must be a quarter as YYYY-Qn');

/** The calendar quarter a date (YYYY-MM-DD) is in. */
export function quarterOf(date: string): string {
  return `${date.slice(0, 4)}-Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`;
}

/** First and last day of a quarter, as YYYY-MM-DD. */
export function quarterBounds(quarter: string): { start: string; end: string } {
  const year = Number(quarter.slice(0, 4));
  const q = Number(quarter.slice(6, 7));
  const startMonth = (q - 1) * 3 + 1;
  const endMonth = startMonth + 2;
  const lastDay = new Date(Date.UTC(year, endMonth, 0)).getUTCDate();
  const mm = (m: number) => String(m).padStart(2, '0');
  return { start: `${year}-${mm(startMonth)}-01`, end: `${year}-${mm(endMonth)}-${lastDay}` };
}

export function addQuarters(quarter: string, n: number): string {
  const index = Number(quarter.slice(0, 4)) * 4 + Number(quarter.slice(6, 7)) - 1 + n;
  return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
}

// ── Objectives, key results, check-ins ─────────────────────────────────────────────────────────

/** no_data: the period has begun but the metric has no measurement in it yet. */
export const KR_STATUSES = ['on_track', 'at_risk', 'off_track', 'not_started', 'no_data'] as const;
export const KrStatus = z.enum(KR_STATUSES);
export type KrStatus = z.infer<typeof KrStatus>;

const Title = z.string().trim().min(3, 'must be at least 3 characters').max(200, 'must be at most 200 characters');

export const ObjectiveCreate = z.object({
  teamId: Id.nullable().describe('null for an organization-wide objective (portfolio office only)'),
  quarter: Quarter,
  title: Title,
  description: z.string().trim().max(2000).default(''),
  contributesTo: Id.nullable().default(null).describe('The organization-wide objective of the same quarter this team objective contributes to'),
});
export type ObjectiveCreate = z.infer<typeof ObjectiveCreate>;
export type ObjectiveCreateInput = z.input<typeof ObjectiveCreate>;

export const ObjectiveUpdate = z
  .object({ title: Title, description: z.string().trim().max(2000), contributesTo: Id.nullable() })
  .partial()
  .refine((v) => Object.keys(v).length > 0, 'at least one field is required');
export type ObjectiveUpdate = z.infer<typeof ObjectiveUpdate>;

const krPeriodInOrder = (k: { periodStart?: string | undefined; periodEnd?: string | undefined }) => !k.periodStart || !k.periodEnd || k.periodStart <= k.periodEnd;

export const KeyResultCreate = z
  .object({
    metricId: Id,
    title: Title,
    baseline: MetricValue.describe('Where the metric stood when the key result was set'),
    target: MetricValue.describe('Where it should be at the end of the period; above the baseline when higher is better, below when lower is better'),
    periodStart: IsoDate.optional().describe('Defaults to the first day of the objective’s quarter'),
    periodEnd: IsoDate.optional().describe('Defaults to the last day of the objective’s quarter'),
  })
  .refine(krPeriodInOrder, { path: ['periodEnd'], message: 'must not be before periodStart' });
export type KeyResultCreate = z.infer<typeof KeyResultCreate>;

/** The metric of a key result is fixed; a key result for another metric is a new key result. */
export const KeyResultUpdate = z
  .object({ title: Title, baseline: MetricValue, target: MetricValue, periodStart: IsoDate, periodEnd: IsoDate })
  .partial()
  .refine((v) => Object.keys(v).length > 0, 'at least one field is required')
  .refine(krPeriodInOrder, { path: ['periodEnd'], message: 'must not be before periodStart' });
export type KeyResultUpdate = z.infer<typeof KeyResultUpdate>;

export const CHECK_IN_CONFIDENCES = ['high', 'medium', 'low'] as const;

export const CheckInCreate = z.object({
  comment: z.string().trim().min(1, 'must not be empty').max(1000, 'must be at most 1,000 characters'),
  confidence: z.enum(CHECK_IN_CONFIDENCES).nullable().default(null),
});
export type CheckInCreate = z.infer<typeof CheckInCreate>;

/** A check-in keeps the key result's figures at the moment it was written. */
export const CheckIn = z.object({
  id: Id,
  keyResultId: Id,
  comment: z.string(),
  confidence: z.enum(CHECK_IN_CONFIDENCES).nullable(),
  value: z.number().nullable(),
  progress: z.number().nullable(),
  status: KrStatus,
  createdBy: z.string(),
  createdAt: Timestamp,
});
export type CheckIn = z.infer<typeof CheckIn>;

export const MetricRef = Metric.pick({ id: true, key: true, name: true, unit: true, direction: true, aggregation: true, customerValue: true, lastMeasuredAt: true, stale: true }).extend({
  ownerTeamId: Id,
});
export type MetricRef = z.infer<typeof MetricRef>;

export const KeyResult = z.object({
  id: Id,
  objectiveId: Id,
  metric: MetricRef,
  title: z.string(),
  baseline: z.number(),
  target: z.number(),
  periodStart: IsoDate,
  periodEnd: IsoDate,
  current: z.number().nullable().describe('The metric over the period, aggregated the metric’s way; null without a measurement'),
  progress: z.number().nullable().describe('How far current has moved from baseline to target: 0 = baseline, 1 = target; may be below 0 or above 1'),
  elapsedShare: z.number().describe('Share of the period that has passed, 0–1'),
  status: KrStatus,
  sparkline: z.array(z.number().nullable()).describe('One value per day of the period so far, aggregated the metric’s way; null for a day without a measurement'),
  lastCheckIn: CheckIn.nullable(),
  version: z.number().int(),
  abilities: z.object({ update: z.boolean(), checkIn: z.boolean() }),
});
export type KeyResult = z.infer<typeof KeyResult>;

export const ObjectiveRef = z.object({ id: Id, title: z.string(), quarter: Quarter });

export const Objective = z.object({
  id: Id,
  teamId: Id.nullable(),
  teamName: z.string().nullable(),
  quarter: Quarter,
  title: z.string(),
  description: z.string(),
  contributesTo: ObjectiveRef.nullable(),
  attainment: z.number().nullable().describe('Mean progress of the key results whose period has begun, each capped to 0–1; null when none has'),
  status: KrStatus,
  keyResults: z.array(KeyResult),
  version: z.number().int(),
  abilities: z.object({ update: z.boolean(), addKeyResult: z.boolean() }),
});
export type Objective = z.infer<typeof Objective>;

export const GoalsQuery = z.object({ quarter: Quarter.optional().describe('Defaults to the current quarter') });

export const TeamGoals = z.object({
  teamId: Id,
  teamName: z.string(),
  quarter: Quarter,
  quarters: z.array(Quarter).describe('Quarters with objectives for this team, and the current one'),
  settings: GoalSettings,
  objectives: z.array(Objective),
  orgObjectives: z.array(ObjectiveRef).describe('Organization-wide objectives of the quarter a team objective may contribute to'),
  metrics: z.array(Metric).describe('The metrics the team owns'),
  abilities: z.object({ manage: z.boolean(), recordMeasurements: z.boolean(), checkIn: z.boolean() }),
});
export type TeamGoals = z.infer<typeof TeamGoals>;

/** Organization-wide objectives with what contributes to them; every signed-in person reads them. */
export const OrganizationGoals = z.object({
  quarter: Quarter,
  objectives: z.array(
    Objective.extend({
      contributors: z.array(z.object({ objectiveId: Id, title: z.string(), teamId: Id, teamName: z.string(), attainment: z.number().nullable(), status: KrStatus })),
      contributionAttainment: z.number().nullable().describe('Mean progress over the objective’s own key results and those of every contributing team objective'),
      contributionStatus: KrStatus.describe('The status of contributionAttainment, by the same rule as an objective’s status (the portfolio page shows this one)'),
    }),
  ),
  abilities: z.object({ manage: z.boolean() }),
});
export type OrganizationGoals = z.infer<typeof OrganizationGoals>;

// ── Portfolio ──────────────────────────────────────────────────────────────────────────────────

export const GOALS_PORTFOLIO_SORTS = ['name', 'attainment', 'off_track'] as const;

export const GoalsPortfolioQuery = z.object({
  quarter: Quarter.optional(),
  mandateKind: MandateKind.optional(),
  sort: z.enum(GOALS_PORTFOLIO_SORTS).default('name'),
  order: z.enum(['asc', 'desc']).default('asc'),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

const StatusCounts = z.object({
  onTrack: z.number().int(),
  atRisk: z.number().int(),
  offTrack: z.number().int(),
  notStarted: z.number().int(),
  noData: z.number().int(),
});

export const GoalsPortfolioRow = StatusCounts.extend({
  teamId: Id,
  teamName: z.string(),
  mandateKind: MandateKind,
  keyResults: z.number().int(),
  attainment: z.number().nullable(),
  status: KrStatus,
});
export type GoalsPortfolioRow = z.infer<typeof GoalsPortfolioRow>;

export const GoalsPortfolio = z.object({
  quarter: Quarter,
  elapsedShare: z.number(),
  settings: GoalSettings,
  totals: StatusCounts.extend({ teams: z.number().int().describe('Teams with key results this quarter'), keyResults: z.number().int(), attainment: z.number().nullable() }),
  rows: z.array(GoalsPortfolioRow),
  totalRows: z.number().int(),
  orgObjectives: z.array(z.object({ id: Id, title: z.string(), attainment: z.number().nullable(), status: KrStatus, keyResults: z.number().int(), contributingTeams: z.number().int() })),
  heatmap: z
    .array(z.object({ teamId: Id, objectiveId: Id.nullable().describe('null: team objectives that contribute to no organization objective'), keyResults: z.number().int(), attainment: z.number().nullable(), status: KrStatus }))
    .describe('For the teams of this page: their key results grouped by the organization objective they serve'),
  customerValue: z
    .array(MetricRef.extend({ teamName: z.string(), lastValue: z.number().nullable(), previousValue: z.number().nullable().describe('The latest value at least 30 days before the last one') }))
    .describe('Customer-value metrics, at most 24, those bound to key results of the quarter first'),
  offTrack: z.array(z.object({ teamId: Id, teamName: z.string(), offTrack: z.number().int(), keyResults: z.array(z.string()).describe('Titles of up to three off-track key results') })),
  offTrackTotal: z.number().int(),
  stale: z.array(z.object({ metricId: Id, name: LocalizedName, teamId: Id, teamName: z.string(), lastMeasuredAt: Timestamp.nullable(), expectedIntervalDays: z.number().int() })),
  staleTotal: z.number().int(),
});
export type GoalsPortfolio = z.infer<typeof GoalsPortfolio>;
