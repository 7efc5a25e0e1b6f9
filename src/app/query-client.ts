import { MutationCache, QueryClient } from '@tanstack/react-query';
import { queryRetryDelayMs, shouldRetryQuery } from '../api/back-off';
import { invalidateWhatItChanged } from '../resources/mutations';

/*
 * Query functions do not hand react-query's AbortSignal to the API layer: a consumed signal makes
 * React's development double-mount cancel and repeat every request, and letting a request finish
 * after the operator has moved on costs nothing. The API functions still take a signal for callers
 * that need to cancel.
 */
export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    // After every change, success or not, what it changed is asked again: the mutation's
    // meta.invalidates (src/resources/mutations.ts), one place instead of one block per feature.
    mutationCache: new MutationCache({
      onSettled: (_data, _error, _variables, _context, mutation) =>
        invalidateWhatItChanged(client, mutation.meta),
    }),
    defaultOptions: {
      queries: {
        // A refetch on focus happens when the data is older than this.
        staleTime: 10_000,
        refetchOnWindowFocus: true,
        // Never poll a hidden tab.
        refetchIntervalInBackground: false,
        // Refusals (4xx, a gateway's HTTP-200 refusal) are not asked again; network trouble and
        // 5xx are; rate limiting waits as long as Retry-After says (src/api/back-off.ts).
        retry: shouldRetryQuery,
        retryDelay: queryRetryDelayMs,
      },
      // Nothing that changes state is ever sent again by itself.
      mutations: { retry: false },
    },
  });
  return client;
}

export const queryClient = createQueryClient();
