import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  MandateKind,
  Membership,
  MembershipCreate,
  MembershipEnd,
  Stage,
  Team,
  TeamCreate,
  TeamKind,
  TeamSummary,
  TeamUpdate,
} from '../../../contracts/index.ts';
import { api, isApiError } from '../../app/api.ts';

export type TeamFilters = { q?: string; stage?: Stage; kind?: TeamKind; mandateKind?: MandateKind };
type Page<T> = { items: T[]; nextCursor: string | null };

export const teamKeys = {
  all: ['teams'] as const,
  list: (filters: TeamFilters) => ['teams', 'list', filters] as const,
  detail: (id: string) => ['teams', 'detail', id] as const,
};

/** The whole portfolio in one page: the list is small enough to sort and show at once. */
export const teamsQuery = (filters: TeamFilters) =>
  queryOptions({
    queryKey: teamKeys.list(filters),
    queryFn: ({ signal }) => api.get<Page<TeamSummary>>('/teams', { query: { ...filters, limit: 500 }, signal }),
    placeholderData: keepPreviousData,
  });

export const teamQuery = (id: string) =>
  queryOptions({
    queryKey: teamKeys.detail(id),
    queryFn: ({ signal }) => api.get<Team>(`/teams/${id}`, { signal }),
  });

export const useTeams = (filters: TeamFilters) => useQuery(teamsQuery(filters));
export const useTeam = (id: string) => useQuery(teamQuery(id));

/** After any change to a team: the fresh team is in the cache, lists and people views reload. */
function useTeamChanged() {
  const queryClient = useQueryClient();
  return (team?: Team) => {
    if (team) queryClient.setQueryData(teamKeys.detail(team.id), team);
    void queryClient.invalidateQueries({ queryKey: [...teamKeys.all, 'list'] });
    void queryClient.invalidateQueries({ queryKey: ['people'] });
  };
}

export function useCreateTeam() {
  const changed = useTeamChanged();
  return useMutation({
    mutationFn: (input: TeamCreate) => api.post<Team>('/teams', input),
    onSuccess: changed,
    meta: { inlineErrors: true },
  });
}

export function useUpdateTeam(team: Team) {
  const changed = useTeamChanged();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: TeamUpdate) => {
      try {
        return await api.patch<Team>(`/teams/${team.id}`, input, team.version);
      } catch (error) {
        // Someone else changed the team: tell the user only once the fresh version is loaded,
        // so saving again sends that version instead of the stale one.
        if (isApiError(error) && error.status === 412) await queryClient.refetchQueries({ queryKey: teamKeys.detail(team.id) });
        throw error;
      }
    },
    onSuccess: changed,
    meta: { inlineErrors: true },
  });
}

export function useTransitionTeam(team: Team) {
  const changed = useTeamChanged();
  return useMutation({
    mutationFn: (to: Exclude<Stage, 'proposed'>) => api.post<Team>(`/teams/${team.id}/transitions`, { to }, { version: team.version }),
    onSuccess: changed,
  });
}

/** Membership changes alter the team's numbers, so the team is loaded again rather than patched locally. */
function useMembershipChanged(teamId: string) {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: [...teamKeys.all, 'list'] });
    void queryClient.invalidateQueries({ queryKey: teamKeys.detail(teamId) });
    void queryClient.invalidateQueries({ queryKey: ['people'] });
  };
}

export function useAddMember(teamId: string) {
  const changed = useMembershipChanged(teamId);
  return useMutation({
    mutationFn: (input: MembershipCreate) => api.post<Membership>(`/teams/${teamId}/memberships`, input),
    onSuccess: changed,
    meta: { inlineErrors: true },
  });
}

export function useEndMembership(membership: Membership) {
  const changed = useMembershipChanged(membership.teamId);
  return useMutation({
    mutationFn: (input: MembershipEnd) => api.post<Membership>(`/memberships/${membership.id}/end`, input, { version: membership.version }),
    onSuccess: changed,
    meta: { inlineErrors: true },
  });
}
