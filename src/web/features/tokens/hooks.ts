import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ApiToken, ApiTokenCreate } from '../../../contracts/index.ts';
import { api } from '../../app/api.ts';

type ApiTokenCreated = ApiToken & { token: string };

const tokenKeys = { all: ['tokens'] as const };

export const useTokens = () =>
  useQuery({ queryKey: tokenKeys.all, queryFn: ({ signal }) => api.get<{ items: ApiToken[] }>('/tokens', { signal }) });

export function useCreateToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ApiTokenCreate) => api.post<ApiTokenCreated>('/tokens', input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: tokenKeys.all }),
    meta: { inlineErrors: true },
  });
}

export function useRevokeToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/tokens/${id}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: tokenKeys.all }),
  });
}
