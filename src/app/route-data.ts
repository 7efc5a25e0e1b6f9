/**
 * Route loaders that ask for a page's data at once (issue 10, "navigation → first rows" and
 * "overview: time to content"). A route's loader runs as the navigation starts, in parallel with
 * its lazy chunk and its messages (react-router runs a static loader next to `lazy`), so the
 * first `servers/detail` no longer waits for the page's code to arrive and render: the page's
 * own queries, with the same options, find the requests in flight or the answers in the cache.
 *
 * The loader never waits for the data (the page shows its own loading and error states) and
 * never fetches what the cache holds: whether held data is stale is the page's queries' call, as
 * before. No session: nothing is asked (the session guard sends the operator to sign in).
 */
import type { QueryClient, UseQueryOptions } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import type { ApiScope } from '../api/endpoints';
import { type Session, sessionStore } from '../session/session';

// The options of any query: each page's query functions return their own data types.
// biome-ignore lint/suspicious/noExplicitAny: the loader only hands each query's options back to react-query
type AnyQueryOptions = UseQueryOptions<any, any, any, any>;

export function prefetchingLoader(
  client: QueryClient,
  queries: (scope: ApiScope) => Record<string, AnyQueryOptions>,
  session: () => Session | null = sessionStore.get,
) {
  return ({ params }: Pick<LoaderFunctionArgs, 'params'>): null => {
    const tenantId = session()?.tenantId;
    if (!tenantId || !params.region) return null;
    const scope = { region: params.region, tenantId };
    for (const options of Object.values(queries(scope))) {
      // An error stays in the query's state, where the page's query shows it and retries.
      client.ensureQueryData(options).catch(() => undefined);
    }
    return null;
  };
}
