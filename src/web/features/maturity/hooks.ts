import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Assessment, AssessmentCreate, MaturityModel, MaturityModelUpdate, MaturityPortfolio } from '../../../contracts/index.ts';
import { api } from '../../app/api.ts';

export const maturityKeys = {
  all: ['maturity'] as const,
  model: ['maturity', 'model'] as const,
  versions: ['maturity', 'versions'] as const,
  portfolio: ['maturity', 'portfolio'] as const,
  team: (teamId: string) => ['maturity', 'team', teamId] as const,
};

export const maturityModelQuery = queryOptions({
  queryKey: maturityKeys.model,
  queryFn: ({ signal }) => api.get<MaturityModel>('/maturity-model', { signal }),
  staleTime: 60_000,
});

export const useMaturityModel = () => useQuery(maturityModelQuery);

export const useMaturityModelVersions = () =>
  useQuery({
    queryKey: maturityKeys.versions,
    queryFn: ({ signal }) => api.get<{ items: MaturityModel[] }>('/maturity-model/versions', { signal }),
  });

export const useMaturityPortfolio = () =>
  useQuery({
    queryKey: maturityKeys.portfolio,
    queryFn: ({ signal }) => api.get<MaturityPortfolio>('/maturity/portfolio', { signal }),
  });

/** A team's assessments, newest first. */
export const useTeamAssessments = (teamId: string) =>
  useQuery({
    queryKey: maturityKeys.team(teamId),
    queryFn: ({ signal }) => api.get<{ items: Assessment[] }>(`/teams/${teamId}/assessments`, { signal }),
  });

/** Every change to the model is a new version; assessments and the portfolio refer to it. */
export function useUpdateMaturityModel(model: MaturityModel) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: MaturityModelUpdate) => api.put<MaturityModel>('/maturity-model', input, model.version),
    onSuccess: (updated) => {
      queryClient.setQueryData(maturityKeys.model, updated);
      void queryClient.invalidateQueries({ queryKey: maturityKeys.all });
    },
    meta: { inlineErrors: true },
  });
}

export function useCreateAssessment(teamId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: AssessmentCreate) => api.post<Assessment>(`/teams/${teamId}/assessments`, input),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: maturityKeys.team(teamId) });
      void queryClient.invalidateQueries({ queryKey: maturityKeys.portfolio });
    },
    meta: { inlineErrors: true },
  });
}
