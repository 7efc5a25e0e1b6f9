import { QueryClient, QueryObserver } from '@tanstack/react-query';
import { describe, expect, it, vi } from 'vitest';
import { loadedByRoute } from './loaded-by-route';

describe('loadedByRoute', () => {
  it('shows the error the loader met instead of asking again when the page mounts', async () => {
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const queryFn = vi.fn().mockRejectedValueOnce(new Error('refused')).mockResolvedValue('list');
    const { servers } = loadedByRoute({ servers: { queryKey: ['servers'], queryFn } });
    // The route's loader: asks, and leaves the error in the query's state.
    await client.prefetchQuery(servers);
    expect(queryFn).toHaveBeenCalledTimes(1);
    // The page mounts: it sees the refusal, nothing is sent again.
    const page = new QueryObserver(client, servers);
    const unsubscribe = page.subscribe(() => undefined);
    expect(page.getCurrentResult().error?.message).toBe('refused');
    expect(queryFn).toHaveBeenCalledTimes(1);
    // "Try again" still asks.
    await page.refetch();
    expect(queryFn).toHaveBeenCalledTimes(2);
    expect(page.getCurrentResult().data).toBe('list');
    unsubscribe();
  });

  it('keeps every other option of each query', () => {
    const queryFn = async () => 1;
    const options = loadedByRoute({ a: { queryKey: ['a'], queryFn, staleTime: 5 } });
    expect(options.a).toEqual({ queryKey: ['a'], queryFn, staleTime: 5, retryOnMount: false });
  });
});
