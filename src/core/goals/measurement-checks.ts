import { sql } from 'drizzle-orm';
import { MEASUREMENT_BATCH_MAX, type Measurement, type MeasurementBatchResult, type MetricUnit, type RowError, type Stage } from '../../contracts/index.ts';
import { queryRows, type Queryable } from '../../db/client.ts';
import { can } from '../policy.ts';
import { today, type Actor, type Ctx } from '../shared/context.ts';
import { DomainError, type FieldError } from '../shared/errors.ts';
import { mayWhileRunning, type GoalTeam } from './goal-queries.ts';
import { MEASUREMENT_FILE_COLUMNS, type MeasurementFileRow } from './measurement-file.ts';
import type { MeasurementColumns } from './measurement-store.ts';
import { timestampProblem, valueProblem } from './metric-rules.ts';

/** A metric as recording a value needs it: what its values must look like, and its team. */
export interface RecordingTarget {
  id: string;
  key: string;
  name: { de: string; en: string };
  unit: MetricUnit;
  minValue: number | null;
  maxValue: number | null;
  team: GoalTeam;
}

interface TargetRecord {
  id: string;
  key: string;
  name_de: string;
  name_en: string;
  unit: MetricUnit;
  min_value: number | null;
  max_value: number | null;
  team_id: string;
  team_name: string;
  stage: Stage;
  business_lead_id: string | null;
  it_lead_id: string | null;
  member_ids: string[] | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * The metrics named by id (or, `byKey`, by id or key), with their teams and today's members, in
 * one query however many there are; the map holds each under its id (and, `byKey`, its key).
 * With `lock`, the metrics' rows are locked (in id order, so concurrent batches queue instead of
 * deadlocking): until the transaction ends no other batch writes points of these metrics, so what
 * the write statement finds stored stays true.
 */
export async function recordingTargets(
  ctx: Pick<Ctx, 'now' | 'timeZone'>,
  q: Queryable,
  references: Iterable<string>,
  options: { byKey: boolean; lock: boolean },
): Promise<Map<string, RecordingTarget>> {
  const refs = [...new Set([...references].map((r) => r.trim().toLowerCase()))].filter((r) => r !== '');
  if (refs.length === 0) return new Map();
  const ids = refs.filter((r) => UUID.test(r));
  const keys = options.byKey ? refs : [];
  const date = today(ctx);
  // Today's members once per team, however many of its metrics the batch names.
  const rows = await queryRows<TargetRecord>(q, sql`
    with found as (
      select m.id, m.key, m.name_de, m.name_en, m.unit, m.min_value, m.max_value, m.owner_team_id from metrics m
      where m.id = any(${sql.param(ids)}::uuid[]) or m.key = any(${sql.param(keys)}::text[])
      order by m.id
      ${options.lock ? sql`for no key update of m` : sql``}
    ),
    members as (
      select ms.team_id, array_agg(distinct ms.person_id) as member_ids from memberships ms
      where ms.team_id in (select owner_team_id from found) and ms.start_date <= ${date}::date and (ms.end_date is null or ms.end_date >= ${date}::date)
      group by ms.team_id
    )
    select f.id, f.key, f.name_de, f.name_en, f.unit, f.min_value, f.max_value,
      t.id as team_id, t.name as team_name, t.stage, t.business_lead_id, t.it_lead_id, mb.member_ids
    from found f join teams t on t.id = f.owner_team_id left join members mb on mb.team_id = t.id`);
  const targets = new Map<string, RecordingTarget>();
  for (const r of rows) {
    const target: RecordingTarget = {
      id: r.id,
      key: r.key,
      name: { de: r.name_de, en: r.name_en },
      unit: r.unit,
      minValue: r.min_value === null ? null : Number(r.min_value),
      maxValue: r.max_value === null ? null : Number(r.max_value),
      team: { id: r.team_id, name: r.team_name, stage: r.stage, businessLeadId: r.business_lead_id, itLeadId: r.it_lead_id, memberIds: r.member_ids ?? [] },
    };
    targets.set(r.id, target);
    if (options.byKey) targets.set(r.key, target);
  }
  return targets;
}

/**
 * Whether the caller records measurements for any team at all — a team's member would — before
 * anything is looked up: a viewer or a read-only token learns nothing about which metrics exist.
 */
export function authorizeAnyRecording(actor: Actor): void {
  const person = actor.personId ?? '';
  if (!can(actor, 'team.recordMeasurements', { stage: 'active', businessLeadId: null, itLeadId: null, memberIds: [person] })) {
    throw new DomainError('forbidden', 'Your role may not record measurements');
  }
}


/**
 * Refuses (403) when an item names a metric of a team the caller may not record for, naming the
 * items and the metrics. Unknown metrics are left to the checks, which report them per item.
 */
export function authorizeRecording(actor: Actor, references: readonly string[], targets: ReadonlyMap<string, RecordingTarget>, fieldOf: (i: number) => string): void {
  const allowed = new Map<string, boolean>();
  const refused: FieldError[] = [];
  const metricKeys = new Set<string>();
  references.forEach((ref, i) => {
    const target = targets.get(ref.trim().toLowerCase());
    if (!target) return;
    let ok = allowed.get(target.team.id);
    if (ok === undefined) allowed.set(target.team.id, (ok = mayWhileRunning(actor, 'team.recordMeasurements', target.team)));
    if (ok) return;
    metricKeys.add(target.key);
    refused.push({ field: fieldOf(i), code: 'forbidden', message: `is a metric of ${target.team.name}, for which your role may not record measurements` });
  });
  if (refused.length === 0) return;
  const keys = [...metricKeys];
  const names = keys.slice(0, 5).join(', ') + (keys.length > 5 ? ` and ${keys.length - 5} more` : '');
  const shown = refused.slice(0, MAX_NAMED);
  const more = refused.length > shown.length ? ` (the first ${MAX_NAMED} of ${refused.length} items are named)` : '';
  throw new DomainError('forbidden', `Your role may not record measurements of ${names}${more}`, shown);
}

/** Items named in one refusal at most; the message counts the rest. */
const MAX_NAMED = 1000;

export interface CheckedPoints {
  problems: FieldError[];
  points: MeasurementColumns;
  /** Earliest and latest time stamp of the points (ms), for the audit event. */
  fromMs: number;
  toMs: number;
  metrics: number;
}

export interface CheckOptions {
  /** The name of an item's field in a problem; `items.<i>.<field>` unless given. */
  fieldOf?: (i: number, field: string) => string;
  /** The time stamps met so far, per metric, to check a file window by window; each holds the tag of its first item. */
  seen?: Map<string, Map<number, number>>;
  /** What identifies an item to a later duplicate (its index unless given), and how that reads. */
  tagOf?: (i: number) => number;
  describe?: (tag: number) => string;
}

/**
 * Every item checked against its metric, field by field (`items.<i>.<field>`): the metric exists
 * and its team is running, the unit (when given) is the metric's, the value fits the unit and
 * the metric's bounds, the time stamp is not in the future, and no two items share metric and
 * time stamp. This is the per-item loop of every write of measurements: no queries, no parsing
 * beyond the time stamp.
 */
export function checkItems(items: readonly Measurement[], targets: ReadonlyMap<string, RecordingTarget>, now: Date, options: CheckOptions = {}): CheckedPoints {
  const fieldOf = options.fieldOf ?? ((i, field) => `items.${i}.${field}`);
  const tagOf = options.tagOf ?? ((i) => i);
  const describe = options.describe ?? ((tag) => `item ${tag}`);
  const seen = options.seen ?? new Map<string, Map<number, number>>();
  const problems: FieldError[] = [];
  const n = items.length;
  const points: MeasurementColumns = { metricIds: new Array<string>(n), measuredAtMs: new Array<number>(n), values: new Array<number>(n) };
  const metrics = new Set<string>();
  let fromMs = Infinity;
  let toMs = -Infinity;
  for (let i = 0; i < n; i++) {
    const item = items[i]!;
    const target = targets.get(item.metricId.toLowerCase());
    const ms = Date.parse(item.measuredAt);
    points.metricIds[i] = target?.id ?? item.metricId.toLowerCase();
    points.measuredAtMs[i] = ms;
    points.values[i] = item.value;
    if (ms < fromMs) fromMs = ms;
    if (ms > toMs) toMs = ms;

    const when = timestampProblem(new Date(ms), now);
    if (!target) {
      problems.push({ field: fieldOf(i, 'metricId'), code: 'not_found', message: 'no metric with this id' });
    } else {
      metrics.add(target.id);
      if (target.team.stage === 'sunset') {
        problems.push({ field: fieldOf(i, 'metricId'), code: 'team_sunset', message: `is a metric of ${target.team.name}, which is sunset; its history is kept read-only` });
      }
      if (item.unit !== undefined && item.unit !== target.unit) {
        problems.push({ field: fieldOf(i, 'unit'), code: 'wrong_unit', message: `is ${item.unit}, but ${target.key} is measured in ${target.unit}` });
      }
      const value = valueProblem(target, item.value);
      if (value) problems.push({ field: fieldOf(i, 'value'), code: 'out_of_range', message: `${value} (${target.key})` });
      let times = seen.get(target.id);
      if (!times) seen.set(target.id, (times = new Map()));
      const first = times.get(ms);
      if (first === undefined) times.set(ms, tagOf(i));
      else problems.push({ field: fieldOf(i, 'measuredAt'), code: 'duplicate', message: `repeats ${describe(first)}: the same metric and time stamp` });
    }
    if (when) problems.push({ field: fieldOf(i, 'measuredAt'), code: ms > now.getTime() ? 'in_future' : 'too_early', message: when });
  }
  return { problems, points, fromMs, toMs, metrics: metrics.size };
}

// ── Files ──────────────────────────────────────────────────────────────────────────────────────

const COLUMN_OF: Record<string, string> = { metricId: 'metric', measuredAt: 'measured_at', value: 'value', unit: 'unit' };
const columnOrder = (column: string) => (MEASUREMENT_FILE_COLUMNS as readonly string[]).indexOf(column);

/** A row of a file that can be recorded, as the item it becomes. */
export interface CheckedFileRow {
  row: number;
  target: RecordingTarget;
  item: Measurement;
}

/**
 * Rows of a file with their metrics resolved, checked like the items of a batch; problems are
 * reported by row and column. `seen` carries the time stamps met in earlier windows of the same
 * file, so a point repeated anywhere in it is found.
 */
export function checkFileRows(
  rows: readonly MeasurementFileRow[],
  targets: ReadonlyMap<string, RecordingTarget>,
  now: Date,
  seen: Map<string, Map<number, number>> = new Map(),
): { valid: CheckedFileRow[]; errors: RowError[] } {
  const errors: RowError[] = [];
  const candidates: CheckedFileRow[] = [];
  for (const r of rows) {
    errors.push(...r.errors);
    const target = r.metric === '' ? undefined : targets.get(r.metric.trim().toLowerCase());
    if (r.metric !== '' && !target) errors.push({ row: r.row, column: 'metric', message: `no metric with the key or id "${r.metric}"` });
    if (!target || r.errors.length > 0) continue;
    const item: Measurement = { metricId: target.id, measuredAt: new Date(r.measuredAtMs!).toISOString(), value: r.value! };
    if (r.unit) item.unit = r.unit;
    candidates.push({ row: r.row, target, item });
  }
  const checked = checkItems(
    candidates.map((c) => c.item),
    targets,
    now,
    { fieldOf: (i, field) => `${i}|${field}`, seen, tagOf: (i) => candidates[i]!.row, describe: (row) => `row ${row}` },
  );
  const refused = new Set<number>();
  for (const p of checked.problems) {
    const [i, field] = p.field.split('|') as [string, string];
    refused.add(Number(i));
    errors.push({ row: candidates[Number(i)]!.row, column: COLUMN_OF[field] ?? field, message: p.message });
  }
  errors.sort((a, b) => a.row - b.row || columnOrder(a.column) - columnOrder(b.column));
  return { valid: refused.size ? candidates.filter((_, i) => !refused.has(i)) : candidates, errors };
}

/** One result for a file recorded as several batches: their counts, the first batch's id. */
export function combineBatches(idempotencyKey: string, batches: readonly MeasurementBatchResult[]): MeasurementBatchResult | null {
  if (batches.length === 0) return null;
  if (batches.length === 1) return batches[0]!;
  return {
    batchId: batches[0]!.batchId,
    idempotencyKey,
    points: batches.reduce((n, b) => n + b.points, 0),
    corrected: batches.reduce((n, b) => n + b.corrected, 0),
    replayed: batches.every((b) => b.replayed),
  };
}

/** Points per batch of an import: the batch contract's limit. */
export const IMPORT_BATCH_SIZE = MEASUREMENT_BATCH_MAX;
