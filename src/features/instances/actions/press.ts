/**
 * One press of a change that may ask first (a confirmation) — an instance action, the create
 * form's submit — in the mutation convention (src/resources/mutations.ts). The press itself is a
 * mutation with the change's key, in flight from the press through the question to the answer:
 * a second press while the question is open or the request is under way sends nothing. The
 * change is a second mutation under the same key, started once the operator agreed, and it alone
 * names what to ask again (`meta.invalidates`): a question answered "no" refreshes nothing.
 */
import type {
  DefaultError,
  MutationKey,
  MutationOptions,
  QueryClient,
} from '@tanstack/react-query';
import { runOnce } from '../../../resources/mutations';

export interface Press<TData, TVariables> {
  client: QueryClient;
  /** The change: its key (action and target), its request and what it makes stale. */
  change: MutationOptions<TData, DefaultError, TVariables> & { mutationKey: MutationKey };
  variables: TVariables;
  /** Asked before anything is sent; false: nothing is. */
  ask?: () => Promise<boolean>;
  /** Follows the request (a notification); given the send, returns its result. */
  report?: (send: () => Promise<TData>) => Promise<TData>;
}

/**
 * Runs the press unless one with the change's key is in flight: then null, and nothing is asked
 * or sent. Resolves to the change's result, or null when the operator said no.
 */
export function press<TData, TVariables>({
  client,
  change,
  variables,
  ask,
  report = (send) => send(),
}: Press<TData, TVariables>): Promise<TData | null> | null {
  return runOnce<TData | null, void>(
    client,
    {
      mutationKey: change.mutationKey,
      mutationFn: async () => {
        if (ask && !(await ask())) return null;
        // Under the press's key, already in flight: started here rather than through runOnce.
        return report(() => client.getMutationCache().build(client, change).execute(variables));
      },
    },
    undefined,
  );
}
