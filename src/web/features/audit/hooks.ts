import { useInfiniteQuery, useMutation } from '@tanstack/react-query';
import type { AuditEvent, AuditVerification } from '../../../contracts/index.ts';
import { api } from '../../app/api.ts';

// What the server records (its audit action list); used for the filters and their labels.
export const AUDIT_ENTITY_TYPES = ['team', 'membership', 'person', 'user', 'token'] as const;
export type AuditEntityType = (typeof AUDIT_ENTITY_TYPES)[number];
export const AUDIT_ACTIONS = [
  'team.create',
  'team.update',
  'team.transition',
  'membership.create',
  'membership.update',
  'membership.end',
  'person.create',
  'person.update',
  'user.create',
  'user.update',
  'user.login',
  'user.logout',
  'token.create',
  'token.revoke',
] as const;

export type AuditFilters = { entityType?: string; entityId?: string; action?: string };
type Page<T> = { items: T[]; nextCursor: string | null };

export function useAuditEvents(filters: AuditFilters) {
  return useInfiniteQuery({
    queryKey: ['audit', filters],
    queryFn: ({ pageParam, signal }) =>
      api.get<Page<AuditEvent>>('/audit', { query: { ...filters, limit: 50, cursor: pageParam }, signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    staleTime: 0, // the log grows with every change anyone makes
  });
}

/** Verification walks the whole chain on the server, so it runs on demand, not on page load. */
export function useVerifyAudit() {
  return useMutation({
    mutationFn: () => api.get<AuditVerification>('/audit/verify'),
    meta: { inlineErrors: true },
  });
}
