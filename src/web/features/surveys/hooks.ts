import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Survey, SurveyAnswer, SurveyCreate, SurveyResults } from '../../../contracts/index.ts';
import { api } from '../../app/api.ts';

export const surveyKeys = {
  all: ['surveys'] as const,
  list: ['surveys', 'list'] as const,
  detail: (id: string) => ['surveys', 'detail', id] as const,
  results: (id: string) => ['surveys', 'results', id] as const,
};

export const useSurveys = () =>
  useQuery({
    queryKey: surveyKeys.list,
    queryFn: ({ signal }) => api.get<{ items: Survey[] }>('/surveys', { signal }),
  });

export const useSurvey = (id: string) =>
  useQuery({
    queryKey: surveyKeys.detail(id),
    queryFn: ({ signal }) => api.get<Survey>(`/surveys/${id}`, { signal }),
  });

export const useSurveyResults = (id: string) =>
  useQuery({
    queryKey: surveyKeys.results(id),
    queryFn: ({ signal }) => api.get<SurveyResults>(`/surveys/${id}/results`, { signal }),
  });

export function useCreateSurvey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SurveyCreate) => api.post<Survey>('/surveys', input),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: surveyKeys.all }),
    meta: { inlineErrors: true },
  });
}

/** An answer is anonymous: nothing of it comes back but that it was recorded. */
export function useAnswerSurvey(surveyId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SurveyAnswer) => api.post<{ recorded: true }>(`/surveys/${surveyId}/responses`, input),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: surveyKeys.all }),
    meta: { inlineErrors: true },
  });
}
