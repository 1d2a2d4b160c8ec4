import { useQuery } from '@tanstack/react-query';
import type { HealthSignal } from '../../../contracts/index.ts';
import { api } from '../../app/api.ts';

export const useHealthSignals = (teamId?: string) =>
  useQuery({
    queryKey: ['health-signals', teamId ?? 'all'],
    queryFn: ({ signal }) => api.get<{ items: HealthSignal[] }>('/health-signals', { query: { teamId }, signal }),
  });
