import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ApprovalCreate, Decision, DecisionCategory, DecisionCreate, DecisionStatus, DecisionSummary, DecisionUpdate } from '../../../contracts/index.ts';
import { api } from '../../app/api.ts';

export type DecisionFilters = { teamId?: string; status?: DecisionStatus; category?: DecisionCategory; awaitingMe?: boolean };
type Page<T> = { items: T[]; nextCursor: string | null };

export const decisionKeys = {
  all: ['decisions'] as const,
  list: (filters: DecisionFilters) => ['decisions', 'list', filters] as const,
  detail: (id: string) => ['decisions', 'detail', id] as const,
};

export const useDecisions = (filters: DecisionFilters) =>
  useQuery({
    queryKey: decisionKeys.list(filters),
    queryFn: ({ signal }) =>
      api.get<Page<DecisionSummary>>('/decisions', {
        query: { ...filters, awaitingMe: filters.awaitingMe ? 'true' : undefined, limit: 500 },
        signal,
      }),
    placeholderData: keepPreviousData,
  });

export const useDecision = (id: string | undefined) =>
  useQuery({
    queryKey: decisionKeys.detail(id ?? ''),
    queryFn: ({ signal }) => api.get<Decision>(`/decisions/${id}`, { signal }),
    enabled: id !== undefined,
  });

/** A decision's status feeds lists, the one it supersedes, and the "decision waiting" signal. */
function useDecisionChanged() {
  const queryClient = useQueryClient();
  return (decision: Decision) => {
    queryClient.setQueryData(decisionKeys.detail(decision.id), decision);
    void queryClient.invalidateQueries({ queryKey: decisionKeys.all, predicate: (query) => query.queryKey[2] !== decision.id });
    void queryClient.invalidateQueries({ queryKey: ['health-signals'] });
  };
}

export function useCreateDecision(teamId: string) {
  const changed = useDecisionChanged();
  return useMutation({
    mutationFn: (input: DecisionCreate) => api.post<Decision>(`/teams/${teamId}/decisions`, input),
    onSuccess: changed,
    meta: { inlineErrors: true },
  });
}

export function useUpdateDecision(decision: Decision) {
  const changed = useDecisionChanged();
  return useMutation({
    mutationFn: (input: DecisionUpdate) => api.patch<Decision>(`/decisions/${decision.id}`, input, decision.version),
    onSuccess: changed,
    meta: { inlineErrors: true },
  });
}

export function useSubmitDecision(decision: Decision) {
  const changed = useDecisionChanged();
  return useMutation({
    mutationFn: () => api.post<Decision>(`/decisions/${decision.id}/submit`, {}, { version: decision.version }),
    onSuccess: changed,
  });
}

/** An approval answers with the decision as it now stands (decided once every role has approved). */
export function useRecordApproval(decision: Decision) {
  const changed = useDecisionChanged();
  return useMutation({
    mutationFn: (input: ApprovalCreate) => api.post<Decision>(`/decisions/${decision.id}/approvals`, input),
    onSuccess: changed,
    meta: { inlineErrors: true },
  });
}
