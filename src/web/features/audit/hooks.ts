import { useInfiniteQuery, useMutation } from '@tanstack/react-query';
import type { AuditEvent, AuditVerification } from '../../../contracts/index.ts';
import { api } from '../../app/api.ts';

export { AUDIT_ACTION_ENTITY, AUDIT_ACTIONS, AUDIT_ENTITY_TYPES, type AuditEntity as AuditEntityType } from '../../../contracts/index.ts';

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
