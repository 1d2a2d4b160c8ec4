import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  Budget,
  BudgetStatus,
  CreateReallocation,
  FinanceSettings,
  LedgerBooking,
  LedgerEntry,
  LedgerImportInput,
  LedgerImportResult,
  LedgerKind,
  MandateKind,
  PortfolioFinance,
  PortfolioFlows,
  Reallocation,
  SaveBudgetInput,
  TeamFinance,
  UpdateFinanceSettings,
} from '../../../contracts/index.ts';
import { api, isApiError } from '../../app/api.ts';

type Page<T> = { items: T[]; nextCursor: string | null };

/** A reporting period: a fiscal year (the current one when left out), optionally some of its months. */
export type PeriodFilter = { fiscalYear?: number | undefined; from?: string | undefined; to?: string | undefined };
export type PortfolioSort = 'name' | 'budget' | 'actual' | 'forecast' | 'revenue' | 'margin' | 'overrun';
export type PortfolioFilter = PeriodFilter & {
  mandateKind?: MandateKind | undefined;
  sort?: PortfolioSort | undefined;
  order?: 'asc' | 'desc' | undefined;
  limit?: number | undefined;
  offset?: number | undefined;
};

export const financeKeys = {
  all: ['finance'] as const,
  settings: ['finance', 'settings'] as const,
  /** Apart from the finance data, so bookings (which reload all of it) do not ask again. */
  team: (teamId: string) => ['finance', 'team', teamId] as const,
  teamReport: (teamId: string, period: PeriodFilter) => ['finance', 'team', teamId, 'report', period] as const,
  teamBudget: (teamId: string, fiscalYear: number) => ['finance', 'team', teamId, 'budget', fiscalYear] as const,
  ledger: (teamId: string, filter: { fiscalYear?: number | undefined; kind?: LedgerKind | undefined }) => ['finance', 'team', teamId, 'ledger', filter] as const,
  portfolio: (filter: PortfolioFilter) => ['finance', 'portfolio', filter] as const,
  flows: (filter: PeriodFilter) => ['finance', 'flows', filter] as const,
  budgets: (filter: { fiscalYear?: number | undefined; status?: BudgetStatus | undefined }) => ['finance', 'budgets', filter] as const,
  reallocations: (fiscalYear: number | undefined) => ['finance', 'reallocations', fiscalYear] as const,
};

export const useFinanceSettings = () =>
  useQuery({
    queryKey: financeKeys.settings,
    queryFn: ({ signal }) => api.get<FinanceSettings>('/finance/settings', { signal }),
    staleTime: 5 * 60_000,
  });

export const useTeamFinance = (teamId: string, period: PeriodFilter) =>
  useQuery({
    queryKey: financeKeys.teamReport(teamId, period),
    queryFn: ({ signal }) => api.get<TeamFinance>(`/teams/${teamId}/finance`, { query: period, signal }),
    placeholderData: keepPreviousData,
  });

/** The team's budget for a fiscal year with what the viewer may do with it; null while there is none. */
export const useTeamBudget = (teamId: string, fiscalYear: number) =>
  useQuery({
    queryKey: financeKeys.teamBudget(teamId, fiscalYear),
    queryFn: ({ signal }) =>
      api.get<Budget>(`/teams/${teamId}/budgets/${fiscalYear}`, { signal }).catch((error: unknown) => {
        if (isApiError(error) && error.status === 404) return null;
        throw error;
      }),
  });

export function useLedger(teamId: string, filter: { fiscalYear?: number | undefined; kind?: LedgerKind | undefined }) {
  return useInfiniteQuery({
    queryKey: financeKeys.ledger(teamId, filter),
    queryFn: ({ pageParam, signal }) => api.get<Page<LedgerEntry>>(`/teams/${teamId}/ledger`, { query: { ...filter, limit: 50, cursor: pageParam }, signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export const usePortfolioFinance = (filter: PortfolioFilter) =>
  useQuery({
    queryKey: financeKeys.portfolio(filter),
    queryFn: ({ signal }) => api.get<PortfolioFinance>('/finance/portfolio', { query: filter, signal }),
    placeholderData: keepPreviousData,
  });

/** The flows cover every team: the twelve biggest spenders one by one, all others as one. */
export const usePortfolioFlows = (filter: PeriodFilter) =>
  useQuery({
    queryKey: financeKeys.flows(filter),
    queryFn: ({ signal }) => api.get<PortfolioFlows>('/finance/portfolio/flows', { query: filter, signal }),
    placeholderData: keepPreviousData,
  });

export const useBudgets = (filter: { fiscalYear?: number | undefined; status?: BudgetStatus | undefined }) =>
  useQuery({
    queryKey: financeKeys.budgets(filter),
    queryFn: ({ signal }) => api.get<Budget[]>('/finance/budgets', { query: filter, signal }),
  });

export const useReallocations = (fiscalYear: number | undefined) =>
  useQuery({
    queryKey: financeKeys.reallocations(fiscalYear),
    queryFn: ({ signal }) => api.get<Reallocation[]>('/finance/reallocations', { query: { fiscalYear }, signal }),
  });

/** Every booking moves a team's numbers and the portfolio's sums: all finance views load again. */
function useFinanceChanged() {
  const queryClient = useQueryClient();
  return () => void queryClient.invalidateQueries({ queryKey: financeKeys.all });
}

export function useBook() {
  const changed = useFinanceChanged();
  return useMutation({
    mutationFn: (booking: LedgerBooking) => api.post<LedgerEntry>('/ledger/entries', booking),
    onSuccess: changed,
    meta: { inlineErrors: true },
  });
}

export function useReverse() {
  const changed = useFinanceChanged();
  return useMutation({
    mutationFn: ({ entryId, reason }: { entryId: string; reason: string }) => api.post<LedgerEntry>(`/ledger/entries/${entryId}/reversal`, { reason }),
    onSuccess: changed,
    meta: { inlineErrors: true },
  });
}

export function useImportLedger() {
  const changed = useFinanceChanged();
  return useMutation({
    mutationFn: (request: LedgerImportInput) => api.post<LedgerImportResult>('/ledger/imports', request),
    onSuccess: (result) => {
      if (!result.dryRun) changed();
    },
    meta: { inlineErrors: true },
  });
}

export function useSaveBudget(teamId: string, fiscalYear: number, version: number | undefined) {
  const changed = useFinanceChanged();
  return useMutation({
    mutationFn: (input: SaveBudgetInput) => api.put<Budget>(`/teams/${teamId}/budgets/${fiscalYear}`, input, version),
    onSuccess: changed,
    meta: { inlineErrors: true },
  });
}

export function useSubmitBudget(budget: Budget) {
  const changed = useFinanceChanged();
  return useMutation({
    mutationFn: () => api.post<Budget>(`/teams/${budget.teamId}/budgets/${budget.fiscalYear}/submission`, {}, { version: budget.version }),
    onSuccess: changed,
  });
}

export function useDecideBudget(budget: Budget) {
  const changed = useFinanceChanged();
  return useMutation({
    mutationFn: (input: { decision: 'approve' | 'reject'; comment: string }) =>
      api.post<Budget>(`/teams/${budget.teamId}/budgets/${budget.fiscalYear}/decision`, input, { version: budget.version }),
    onSuccess: changed,
    meta: { inlineErrors: true },
  });
}

export function useCreateReallocation() {
  const changed = useFinanceChanged();
  return useMutation({
    mutationFn: (input: z.output<typeof CreateReallocation>) => api.post<Reallocation>('/finance/reallocations', input),
    onSuccess: changed,
    meta: { inlineErrors: true },
  });
}

export function useUpdateFinanceSettings(version: number) {
  const changed = useFinanceChanged();
  return useMutation({
    mutationFn: (input: z.output<typeof UpdateFinanceSettings>) => api.put<FinanceSettings>('/finance/settings', input, version),
    onSuccess: changed,
    meta: { inlineErrors: true },
  });
}

/** The download address of an export; the browser sends the session cookie with it. */
export function exportUrl(path: string, query: Record<string, string | number | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined && value !== '') params.set(key, String(value));
  return `/api/v1${path}?${params.toString()}`;
}
