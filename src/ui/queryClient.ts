import { QueryClient } from '@tanstack/react-query';

/** The one place for query defaults. The data is static files: fetch once, keep. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: Infinity,
        gcTime: 30 * 60_000,
        retry: 1,
        refetchOnWindowFocus: false,
      },
    },
  });
}
