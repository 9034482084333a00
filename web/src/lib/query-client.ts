import { QueryClient } from '@tanstack/react-query';
import { isApiError } from './api-client.ts';

/** Retrying cannot fix what the server refused on purpose (4xx); only network trouble and 5xx are retried. */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      retry: (failures, error) => failures < 2 && !(isApiError(error) && error.status < 500),
    },
    mutations: { retry: false },
  },
});
