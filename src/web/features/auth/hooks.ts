import { queryOptions, useMutation, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import type { Me } from '../../../contracts/index.ts';
import { api } from '../../app/api.ts';

export const meQuery = queryOptions({
  queryKey: ['me'],
  queryFn: () => api.get<Me>('/me'),
  staleTime: 5 * 60_000,
});

/** The signed-in user. Only used below the authenticated layout, which has loaded it already. */
export function useMe(): Me {
  return useSuspenseQuery(meQuery).data;
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (credentials: { email: string; password: string }) => api.post<Me>('/auth/login', credentials),
    onSuccess: (me) => {
      queryClient.clear();
      queryClient.setQueryData(meQuery.queryKey, me);
    },
    meta: { inlineErrors: true },
  });
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<void>('/auth/logout'),
    onSettled: () => queryClient.clear(),
  });
}
