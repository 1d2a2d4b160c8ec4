import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Completion, LearningOffer, LearningOfferCreate, TeamEnablement } from '../../../contracts/index.ts';
import { api } from '../../app/api.ts';

export type LearningOfferChange = Partial<LearningOfferCreate>;

export const enablementKeys = {
  all: ['enablement'] as const,
  offers: ['enablement', 'offers'] as const,
  completions: (offerId: string) => ['enablement', 'completions', offerId] as const,
  team: (teamId: string) => ['enablement', 'team', teamId] as const,
};

export const useLearningOffers = () =>
  useQuery({
    queryKey: enablementKeys.offers,
    queryFn: ({ signal }) => api.get<{ items: LearningOffer[] }>('/learning-offers', { signal }),
  });

export const useOfferCompletions = (offerId: string | null) =>
  useQuery({
    queryKey: enablementKeys.completions(offerId ?? ''),
    queryFn: ({ signal }) => api.get<{ items: Completion[] }>(`/learning-offers/${offerId}/completions`, { signal }),
    enabled: offerId !== null,
  });

export const useTeamEnablement = (teamId: string) =>
  useQuery({
    queryKey: enablementKeys.team(teamId),
    queryFn: ({ signal }) => api.get<TeamEnablement>(`/teams/${teamId}/enablement`, { signal }),
  });

/** Creates an offer, or changes the one given. */
export function useSaveOffer(offer?: LearningOffer) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: LearningOfferChange) =>
      offer ? api.patch<LearningOffer>(`/learning-offers/${offer.id}`, input, offer.version) : api.post<LearningOffer>('/learning-offers', input),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: enablementKeys.all }),
    meta: { inlineErrors: true },
  });
}

export function useRecordCompletion(offerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { personId: string; completedOn: string }) => api.post<Completion>(`/learning-offers/${offerId}/completions`, input),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: enablementKeys.all }),
    meta: { inlineErrors: true },
  });
}
