import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { createQueryClient } from './queryClient.ts';
import { createAppRouter } from './router.tsx';
import { cssVariablesResolver, theme } from './theme.ts';

// The query client must send users to the login page when their session ends, and the router
// needs the query client for its auth check, so the two are wired together once, here.
const queryClient = createQueryClient({
  onUnauthenticated: () => {
    const { pathname, href } = router.state.location;
    if (pathname === '/login') return;
    queryClient.clear();
    void router.navigate({ to: '/login', search: { redirect: href } });
  },
});
const router = createAppRouter(queryClient);

export function App() {
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
      <Notifications position="bottom-right" />
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </MantineProvider>
  );
}
