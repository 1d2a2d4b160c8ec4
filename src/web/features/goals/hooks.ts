import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CheckIn,
  CheckInCreate,
  GoalSettings,
  GoalsPortfolio,
  KeyResult,
  KeyResultCreate,
  KeyResultUpdate,
  MandateKind,
  MeasurementBatchResult,
  MeasurementImportInput,
  MeasurementImportResult,
  Metric,
  MetricCreate,
  MetricSeries,
  MetricUpdate,
  Objective,
  ObjectiveCreate,
  ObjectiveUpdate,
  OrganizationGoals,
  RecordMeasurement,
  TeamGoals,
  UpdateGoalSettings,
} from '../../../contracts/index.ts';
import { api } from '../../app/api.ts';

type Page<T> = { items: T[]; nextCursor: string | null };

export type GoalsPortfolioSort = 'name' | 'attainment' | 'off_track';
export type GoalsPortfolioFilter = {
  quarter?: string | undefined;
  mandateKind?: MandateKind | undefined;
  sort: GoalsPortfolioSort;
  order: 'asc' | 'desc';
  limit: number;
  offset: number;
};
export type SeriesRange = { from?: string | undefined; to?: string | undefined; bucket?: 'raw' | 'day' | 'week' | 'month' };

export const goalsKeys = {
  all: ['goals'] as const,
  settings: ['goals', 'settings'] as const,
  team: (teamId: string, quarter: string | undefined) => ['goals', 'team', teamId, quarter ?? 'current'] as const,
  organization: (quarter: string | undefined) => ['goals', 'organization', quarter ?? 'current'] as const,
  portfolio: (filter: GoalsPortfolioFilter) => ['goals', 'portfolio', filter] as const,
  metrics: (filter: { teamId?: string | undefined; q?: string | undefined }) => ['goals', 'metrics', filter] as const,
  series: (metricId: string, range: SeriesRange) => ['goals', 'series', metricId, range] as const,
  checkIns: (keyResultId: string) => ['goals', 'check-ins', keyResultId] as const,
};

export const useTeamGoals = (teamId: string, quarter: string | undefined) =>
  useQuery({
    queryKey: goalsKeys.team(teamId, quarter),
    queryFn: ({ signal }) => api.get<TeamGoals>(`/teams/${teamId}/goals`, { query: { quarter }, signal }),
    placeholderData: keepPreviousData,
  });

export const useOrganizationGoals = (quarter: string | undefined) =>
  useQuery({
    queryKey: goalsKeys.organization(quarter),
    queryFn: ({ signal }) => api.get<OrganizationGoals>('/goals/organization', { query: { quarter }, signal }),
    placeholderData: keepPreviousData,
  });

export const useGoalsPortfolio = (filter: GoalsPortfolioFilter) =>
  useQuery({
    queryKey: goalsKeys.portfolio(filter),
    queryFn: ({ signal }) => api.get<GoalsPortfolio>('/goals/portfolio', { query: filter, signal }),
    placeholderData: keepPreviousData,
  });

export const useGoalSettings = (enabled = true) =>
  useQuery({
    queryKey: goalsKeys.settings,
    queryFn: ({ signal }) => api.get<GoalSettings>('/goals/settings', { signal }),
    enabled,
  });

/** The metrics the viewer may see, page by page (the server names the next cursor). */
export function useMetrics(filter: { teamId?: string | undefined; q?: string | undefined }, enabled = true) {
  return useInfiniteQuery({
    queryKey: goalsKeys.metrics(filter),
    queryFn: ({ pageParam, signal }) => api.get<Page<Metric>>('/metrics', { query: { ...filter, limit: 100, cursor: pageParam }, signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    enabled,
  });
}

export const useMetricSeries = (metricId: string, range: SeriesRange) =>
  useQuery({
    queryKey: goalsKeys.series(metricId, range),
    queryFn: ({ signal }) => api.get<MetricSeries>(`/metrics/${metricId}/measurements`, { query: range, signal }),
    placeholderData: keepPreviousData,
  });

/** A key result's check-ins, newest first. */
export const useCheckIns = (keyResultId: string) =>
  useQuery({
    queryKey: goalsKeys.checkIns(keyResultId),
    queryFn: ({ signal }) => api.get<CheckIn[]>(`/key-results/${keyResultId}/check-ins`, { signal }),
  });

/** A measurement, a key result or an objective moves figures on the team's and the portfolio's pages: all goal views load again. */
function useGoalsChanged() {
  const queryClient = useQueryClient();
  return () => void queryClient.invalidateQueries({ queryKey: goalsKeys.all });
}

export function useCreateObjective() {
  const changed = useGoalsChanged();
  return useMutation({
    mutationFn: (input: ObjectiveCreate) => api.post<Objective>('/objectives', input),
    onSuccess: changed,
    meta: { inlineErrors: true },
  });
}

export function useUpdateObjective(objective: { id: string; version: number }) {
  const changed = useGoalsChanged();
  return useMutation({
    mutationFn: (input: ObjectiveUpdate) => api.patch<Objective>(`/objectives/${objective.id}`, input, objective.version),
    onSuccess: changed,
    meta: { inlineErrors: true },
  });
}

export function useCreateKeyResult(objectiveId: string) {
  const changed = useGoalsChanged();
  return useMutation({
    mutationFn: (input: KeyResultCreate) => api.post<KeyResult>(`/objectives/${objectiveId}/key-results`, input),
    onSuccess: changed,
    meta: { inlineErrors: true },
  });
}

export function useUpdateKeyResult(keyResult: { id: string; version: number }) {
  const changed = useGoalsChanged();
  return useMutation({
    mutationFn: (input: KeyResultUpdate) => api.patch<KeyResult>(`/key-results/${keyResult.id}`, input, keyResult.version),
    onSuccess: changed,
    meta: { inlineErrors: true },
  });
}

export function useCheckIn(keyResultId: string) {
  const changed = useGoalsChanged();
  return useMutation({
    mutationFn: (input: CheckInCreate) => api.post<CheckIn>(`/key-results/${keyResultId}/check-ins`, input),
    onSuccess: changed,
    meta: { inlineErrors: true },
  });
}

export function useCreateMetric() {
  const changed = useGoalsChanged();
  return useMutation({
    mutationFn: (input: MetricCreate) => api.post<Metric>('/metrics', input),
    onSuccess: changed,
    meta: { inlineErrors: true },
  });
}

export function useUpdateMetric(metric: { id: string; version: number }) {
  const changed = useGoalsChanged();
  return useMutation({
    mutationFn: (input: MetricUpdate) => api.patch<Metric>(`/metrics/${metric.id}`, input, metric.version),
    onSuccess: changed,
    meta: { inlineErrors: true },
  });
}

export function useRecordMeasurement(metricId: string) {
  const changed = useGoalsChanged();
  return useMutation({
    mutationFn: (input: RecordMeasurement) => api.post<MeasurementBatchResult>(`/metrics/${metricId}/measurements`, input),
    onSuccess: changed,
    meta: { inlineErrors: true },
  });
}

export function useImportMeasurements() {
  const changed = useGoalsChanged();
  return useMutation({
    mutationFn: (request: MeasurementImportInput) => api.post<MeasurementImportResult>('/measurements/imports', request),
    onSuccess: (result) => {
      if (!result.dryRun) changed();
    },
    meta: { inlineErrors: true },
  });
}

export function useUpdateGoalSettings(version: number) {
  const changed = useGoalsChanged();
  return useMutation({
    mutationFn: (input: UpdateGoalSettings) => api.put<GoalSettings>('/goals/settings', input, version),
    onSuccess: changed,
    meta: { inlineErrors: true },
  });
}
