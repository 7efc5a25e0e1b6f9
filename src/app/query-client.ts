import { QueryClient } from '@tanstack/react-query';
import { isApiError } from '../api/api-error';

/*
 * Query functions do not hand react-query's AbortSignal to the API layer: a consumed signal makes
 * React's development double-mount cancel and repeat every request, and letting a request finish
 * after the operator has moved on costs nothing. The API functions still take a signal for callers
 * that need to cancel.
 */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // A refetch on focus happens when the data is older than this.
      staleTime: 10_000,
      refetchOnWindowFocus: true,
      // Never poll a hidden tab.
      refetchIntervalInBackground: false,
      // 4xx answers will not change by asking again; network trouble and 5xx might.
      retry: (failureCount, error) => {
        if (isApiError(error) && error.status >= 400 && error.status < 500) return false;
        return failureCount < 2;
      },
    },
    mutations: { retry: false },
  },
});
