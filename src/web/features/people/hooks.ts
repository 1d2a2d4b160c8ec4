import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Discipline, Person, PersonCreate, PersonDetail, PersonUpdate, Side } from '../../../contracts/index.ts';
import { api } from '../../app/api.ts';

export type PeopleFilters = { q?: string; discipline?: Discipline; side?: Side };
type Page<T> = { items: T[]; nextCursor: string | null };

export const personKeys = {
  all: ['people'] as const,
  list: (filters: PeopleFilters) => ['people', 'list', filters] as const,
  detail: (id: string) => ['people', 'detail', id] as const,
};

export const peopleQuery = (filters: PeopleFilters) =>
  queryOptions({
    queryKey: personKeys.list(filters),
    queryFn: ({ signal }) => api.get<Page<Person>>('/people', { query: { ...filters, limit: 500 }, signal }),
    placeholderData: keepPreviousData,
  });

export const usePeople = (filters: PeopleFilters = {}) => useQuery(peopleQuery(filters));

export const usePerson = (id: string) =>
  useQuery({
    queryKey: personKeys.detail(id),
    queryFn: ({ signal }) => api.get<PersonDetail>(`/people/${id}`, { signal }),
  });

export function useCreatePerson() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: PersonCreate) => api.post<Person>('/people', input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: personKeys.all }),
    meta: { inlineErrors: true },
  });
}

export function useUpdatePerson(person: Person) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: PersonUpdate) => api.patch<Person>(`/people/${person.id}`, input, person.version),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: personKeys.all });
      // Team pages show the person's name and discipline.
      void queryClient.invalidateQueries({ queryKey: ['teams'] });
    },
    meta: { inlineErrors: true },
  });
}
