import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { ConsumptionEntry, ConsumptionImportResult, ConsumptionRecord } from '../../../contracts/index.ts';
import { api } from '../../app/api.ts';

export type ConsumptionFilters = { teamId?: string; serviceId?: string; from?: string; to?: string };
export type ImportResult = z.infer<typeof ConsumptionImportResult>;
export type ImportRequest = { csv: string; idempotencyKey: string; dryRun: boolean };
type Page<T> = { items: T[]; nextCursor: string | null };

export const useConsumption = (filters: ConsumptionFilters) =>
  useQuery({
    queryKey: ['consumption', filters],
    queryFn: ({ signal }) => api.get<Page<ConsumptionRecord>>('/consumption', { query: { ...filters, limit: 500 }, signal }),
    placeholderData: keepPreviousData,
  });

/** Consumption is the consuming team's allocated cost: team pages and their signals change with it. */
function useConsumptionChanged() {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: ['consumption'] });
    void queryClient.invalidateQueries({ queryKey: ['services', 'team'] });
  };
}

export function useRecordConsumption() {
  const changed = useConsumptionChanged();
  return useMutation({
    mutationFn: (entry: ConsumptionEntry) => api.put<ConsumptionRecord>('/consumption', entry),
    onSuccess: changed,
    meta: { inlineErrors: true },
  });
}

export function useImportConsumption() {
  const changed = useConsumptionChanged();
  return useMutation({
    mutationFn: (request: ImportRequest) => api.post<ImportResult>('/consumption/imports', request),
    onSuccess: (result) => {
      if (!result.dryRun) changed();
    },
    meta: { inlineErrors: true },
  });
}
