import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Initiative, InitiativeCreate, InitiativeUpdate, Milestone } from '../../../contracts/index.ts';
import { api } from '../../app/api.ts';

export const roadmapKeys = {
  all: ['initiatives'] as const,
  list: ['initiatives', 'list'] as const,
};

export const useInitiatives = () =>
  useQuery({
    queryKey: roadmapKeys.list,
    queryFn: ({ signal }) => api.get<{ items: Initiative[] }>('/initiatives', { signal }),
  });

function useRoadmapChanged() {
  const queryClient = useQueryClient();
  return () => void queryClient.invalidateQueries({ queryKey: roadmapKeys.all });
}

/** Creates an initiative, or changes the one given. */
export function useSaveInitiative(initiative?: Initiative) {
  const changed = useRoadmapChanged();
  return useMutation({
    mutationFn: (input: InitiativeCreate | InitiativeUpdate) =>
      initiative ? api.patch<Initiative>(`/initiatives/${initiative.id}`, input, initiative.version) : api.post<Initiative>('/initiatives', input),
    onSuccess: changed,
    meta: { inlineErrors: true },
  });
}

export function useAddMilestone(initiativeId: string) {
  const changed = useRoadmapChanged();
  return useMutation({
    mutationFn: (input: { title: string; dueOn: string }) => api.post<Milestone>(`/initiatives/${initiativeId}/milestones`, input),
    onSuccess: changed,
    meta: { inlineErrors: true },
  });
}

export function useUpdateMilestone(milestone: Milestone) {
  const changed = useRoadmapChanged();
  return useMutation({
    mutationFn: (input: { title?: string; dueOn?: string; doneOn?: string | null }) => api.patch<Milestone>(`/milestones/${milestone.id}`, input, milestone.version),
    onSuccess: changed,
    meta: { inlineErrors: true },
  });
}
