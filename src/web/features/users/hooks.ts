import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { User, UserCreate, UserUpdate } from '../../../contracts/index.ts';
import { api } from '../../app/api.ts';

const userKeys = { all: ['users'] as const };

export const useUsers = () =>
  useQuery({
    queryKey: userKeys.all,
    queryFn: ({ signal }) => api.get<{ items: User[] }>('/users', { query: { limit: 500 }, signal }),
  });

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UserCreate) => api.post<User>('/users', input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: userKeys.all }),
    meta: { inlineErrors: true },
  });
}

export function useUpdateUser(user: User) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UserUpdate) => api.patch<User>(`/users/${user.id}`, input, user.version),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: userKeys.all }),
    meta: { inlineErrors: true },
  });
}
