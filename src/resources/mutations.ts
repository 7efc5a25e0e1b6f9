/**
 * Every change the console sends is a react-query mutation, in one convention (issue 11):
 *
 * - **A key per action and target**, `[resource, action, target]` (e.g. `['servers', 'stop', id]`):
 *   a press sends nothing while a mutation with the same key is in flight, wherever the press
 *   comes from (toolbar, row menu, bulk bar, a dialog's Enter). The mutation cache says so at
 *   once: a mutation is pending from the moment it is started, so two presses in one tick send
 *   one request.
 * - **`meta.invalidates`**: the queries to ask again once it settles, whatever the answer (a write
 *   without a clear answer may still have happened: src/api/api-error.ts, writeOutcome). The
 *   query client's MutationCache does it (src/app/query-client.ts), in this one place.
 */
import {
  type DefaultError,
  type MutationKey,
  type MutationOptions,
  type QueryClient,
  type QueryKey,
  useIsMutating,
} from '@tanstack/react-query';

export interface ConsoleMutationMeta extends Record<string, unknown> {
  /** Query keys (prefixes) asked again once the mutation settles, success or not. */
  invalidates?: readonly QueryKey[];
}

declare module '@tanstack/react-query' {
  interface Register {
    mutationMeta: ConsoleMutationMeta;
  }
}

/** Whether a mutation with exactly this key is in flight. */
export function isInFlight(client: QueryClient, mutationKey: MutationKey): boolean {
  return client.isMutating({ mutationKey, exact: true }) > 0;
}

/** The same, for a component: it renders again when the answer changes. */
export function useInFlight(mutationKey: MutationKey): boolean {
  return useIsMutating({ mutationKey, exact: true }) > 0;
}

/**
 * Starts the mutation `options` describes with `variables`, unless one with its key is in flight:
 * then null, and nothing is sent. For presses whose target is known only at the press (a bulk
 * bar's selection, a row's menu); a component with one fixed target may use useMutation with the
 * same key and ask `useInFlight` / `isInFlight` before `mutate`.
 */
export function runOnce<TData, TVariables>(
  client: QueryClient,
  options: MutationOptions<TData, DefaultError, TVariables> & { mutationKey: MutationKey },
  variables: TVariables,
): Promise<TData> | null {
  if (isInFlight(client, options.mutationKey)) return null;
  const mutation = client.getMutationCache().build(client, options);
  return mutation.execute(variables);
}

/** The MutationCache's onSettled: asks again what the settled mutation's meta names. */
export function invalidateWhatItChanged(
  client: QueryClient,
  meta: ConsoleMutationMeta | undefined,
) {
  const keys = meta?.invalidates ?? [];
  return Promise.all(keys.map((queryKey) => client.invalidateQueries({ queryKey })));
}
