import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { DecisionRuleSet, DecisionRulesUpdate, OperatingModel, OperatingModelUpdate, Team } from '../../../contracts/index.ts';
import { api } from '../../app/api.ts';
import { teamKeys } from '../teams/hooks.ts';

export const modelKeys = {
  all: ['operating-model'] as const,
  model: ['operating-model', 'current'] as const,
  ruleVersions: ['operating-model', 'rule-versions'] as const,
};

/** The operating model changes rarely; every page that names roles or limits reads it from here. */
export const operatingModelQuery = queryOptions({
  queryKey: modelKeys.model,
  queryFn: ({ signal }) => api.get<OperatingModel>('/operating-model', { signal }),
  staleTime: 60_000,
});

export const useOperatingModel = () => useQuery(operatingModelQuery);

export const useRuleVersions = () =>
  useQuery({
    queryKey: modelKeys.ruleVersions,
    queryFn: ({ signal }) => api.get<{ items: DecisionRuleSet[] }>('/operating-model/decision-rules/versions', { signal }),
  });

export function useUpdateOperatingModel(model: OperatingModel) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: OperatingModelUpdate) => api.put<OperatingModel>('/operating-model', input, model.version),
    onSuccess: (updated) => {
      queryClient.setQueryData(modelKeys.model, updated);
      // Approvals depend on who holds which role.
      void queryClient.invalidateQueries({ queryKey: ['decisions'] });
    },
    meta: { inlineErrors: true },
  });
}

export function useUpdateDecisionRules(model: OperatingModel) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: DecisionRulesUpdate) => api.put<DecisionRuleSet>('/operating-model/decision-rules', input, model.decisionRules.version),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: modelKeys.all });
      // Decisions not yet submitted are previewed against the current rules.
      void queryClient.invalidateQueries({ queryKey: ['decisions'] });
    },
    meta: { inlineErrors: true },
  });
}

export function useUpdateTeamAutonomy(team: Team) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (autonomyLimitCents: number | null) => api.put<Team>(`/teams/${team.id}/autonomy`, { autonomyLimitCents }, team.version),
    onSuccess: (updated) => {
      queryClient.setQueryData(teamKeys.detail(team.id), updated);
      void queryClient.invalidateQueries({ queryKey: ['decisions'] });
    },
    meta: { inlineErrors: true },
  });
}

/** A lower_snake_case key from a name, for new roles, cadences and rules ("Portfolio-Board" → "portfolio_board"). */
export function keyFromName(name: string): string {
  const ascii = name
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');
  const key = ascii.replace(/[^a-z0-9]+/g, '_').replace(/^[^a-z]+/, '').replace(/_+$/, '').slice(0, 50).replace(/_+$/, '');
  return key.length >= 2 ? key : '';
}

/** A key not yet taken: `key`, else `key_2`, `key_3`, … */
export function uniqueKey(key: string, taken: readonly string[]): string {
  if (!taken.includes(key)) return key;
  for (let n = 2; ; n++) {
    const candidate = `${key.slice(0, 46)}_${n}`;
    if (!taken.includes(candidate)) return candidate;
  }
}
