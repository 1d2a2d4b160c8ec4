import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Criticality, Service, ServiceCreate, ServiceKind, ServiceLifecycle, ServiceSummary, ServiceUpdate, TeamServices } from '../../../contracts/index.ts';
import { api } from '../../app/api.ts';

export type ServiceFilters = { q?: string; kind?: ServiceKind; lifecycle?: ServiceLifecycle; criticality?: Criticality; ownerTeamId?: string };
type Page<T> = { items: T[]; nextCursor: string | null };

export const serviceKeys = {
  all: ['services'] as const,
  list: (filters: ServiceFilters) => ['services', 'list', filters] as const,
  detail: (id: string) => ['services', 'detail', id] as const,
  team: (teamId: string) => ['services', 'team', teamId] as const,
};

/** The catalog in one page, like the portfolio: small enough to filter and show at once. */
export const servicesQuery = (filters: ServiceFilters) =>
  queryOptions({
    queryKey: serviceKeys.list(filters),
    queryFn: ({ signal }) => api.get<Page<ServiceSummary>>('/services', { query: { ...filters, limit: 500 }, signal }),
    placeholderData: keepPreviousData,
  });

export const useServices = (filters: ServiceFilters = {}) => useQuery(servicesQuery(filters));

export const useService = (id: string) =>
  useQuery({ queryKey: serviceKeys.detail(id), queryFn: ({ signal }) => api.get<Service>(`/services/${id}`, { signal }) });

export const useTeamServices = (teamId: string) =>
  useQuery({ queryKey: serviceKeys.team(teamId), queryFn: ({ signal }) => api.get<TeamServices>(`/teams/${teamId}/services`, { signal }) });

/** Services name each other (depends on / used by) and appear on team pages and in health signals. */
function useServiceChanged() {
  const queryClient = useQueryClient();
  return (service: Service) => {
    queryClient.setQueryData(serviceKeys.detail(service.id), service);
    void queryClient.invalidateQueries({ queryKey: serviceKeys.all, predicate: (query) => query.queryKey[2] !== service.id });
    void queryClient.invalidateQueries({ queryKey: ['health-signals'] });
  };
}

/** Creates a service, or changes `service` when given (only the changed fields, with its version). */
export function useSaveService(service?: Service) {
  const changed = useServiceChanged();
  return useMutation({
    mutationFn: (input: ServiceCreate | ServiceUpdate) =>
      service ? api.patch<Service>(`/services/${service.id}`, input, service.version) : api.post<Service>('/services', input),
    onSuccess: changed,
    meta: { inlineErrors: true },
  });
}
