import { QueryClient } from '@tanstack/react-query';
import { isApiError } from './errors';

/**
 * The tab's one cache of server state, shared by every view that reads the same thing (the
 * workspace's phenomena on the board's panel and in the workspace view …). Its provider
 * wraps only the lazily loaded views (WithQueries), so the form's first load does not carry
 * TanStack Query.
 *
 * The API client already retries a read the store turned away briefly; more retries here
 * would only keep a user waiting on an error they should see (a 403 or 404 never heals).
 */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      retry: (failures, error) =>
        failures < 1 && !(isApiError(error) && error.status >= 400 && error.status < 500),
      refetchOnWindowFocus: false,
    },
  },
});
