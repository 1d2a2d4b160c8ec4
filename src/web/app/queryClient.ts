import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { notifications } from '@mantine/notifications';
import { i18next } from './i18n.ts';
import { isApiError } from './api.ts';
import { problemMessage } from '../ui/problem.ts';

declare module '@tanstack/react-query' {
  interface Register {
    mutationMeta: {
      /** The form that runs this mutation shows its errors itself; do not raise a notification. */
      inlineErrors?: boolean;
    };
  }
}

type Handlers = { onUnauthenticated: () => void };

export function createQueryClient({ onUnauthenticated }: Handlers): QueryClient {
  const queryClient: QueryClient = new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 15_000,
        // Client errors will not fix themselves; only retry what may be transient.
        retry: (failureCount, error) => (!isApiError(error) || error.status === 0 || error.status >= 500) && failureCount < 2,
      },
    },
    queryCache: new QueryCache({
      onError: (error) => {
        if (isApiError(error) && error.status === 401) onUnauthenticated();
      },
    }),
    mutationCache: new MutationCache({
      onError: (error, _variables, _context, mutation) => {
        if (isApiError(error) && error.status === 401) {
          onUnauthenticated();
          return;
        }
        // Someone else changed the data: whatever is on screen is stale, so load it again.
        if (isApiError(error) && error.status === 412) void queryClient.invalidateQueries();
        if (mutation.meta?.inlineErrors) return;
        notifications.show({
          color: 'red',
          title: i18next.t('errors.title'),
          message: problemMessage(error, i18next.t),
        });
      },
    }),
  });
  return queryClient;
}
