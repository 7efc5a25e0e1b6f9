/**
 * What one press of a bulk action sends, without the UI around it (bulk-run.tsx): once the
 * operator agreed, the action on each instance it runs on, as that instance's own mutation
 * (`['servers', action, id]`, src/resources/server-mutations.ts). An instance whose same action
 * is in flight — pressed on its own, or by an earlier bulk — is left out and sends nothing. The
 * whole bulk is one more mutation that names what to ask again, once, when all have settled.
 */
import type { QueryClient } from '@tanstack/react-query';
import type { ApiScope } from '../../../api/endpoints';
import type { Server } from '../../../domain/compute-types';
import { isInFlight } from '../../../resources/mutations';
import {
  serverActionInvalidates,
  serverActionMutation,
  serverMutationKeys,
} from '../../../resources/server-mutations';
import type { ParameterlessAction } from './registry';

export interface BulkPress {
  client: QueryClient;
  scope: ApiScope;
  action: ParameterlessAction;
  /** The selected instances that allow the action. */
  run: readonly Server[];
  /** Asked before anything is sent; false: nothing is. */
  ask?: () => Promise<boolean>;
  /** Called with the instances it is sent for, before the requests go. */
  onSend?: (sending: readonly Server[]) => void;
}

export type BulkResult = { server: Server } & (
  | { result: 'accepted' }
  | { result: 'failed'; error: unknown }
);

/** Resolves to each request's result, or null when the operator said no. */
export async function pressBulk({
  client,
  scope,
  action,
  run,
  ask,
  onSend,
}: BulkPress): Promise<BulkResult[] | null> {
  if (ask && !(await ask())) return null;
  const sending = run.filter(
    (server) => !isInFlight(client, serverMutationKeys.action(action, server.id)),
  );
  // Each instance's mutation is pending from here, in this tick: a press elsewhere sends nothing.
  const requests = sending.map((server) =>
    client
      .getMutationCache()
      // The bulk asks again once for all of them (below), not once per instance.
      .build(client, { ...serverActionMutation(scope, action, server.id), meta: undefined })
      .execute(undefined),
  );
  const answers = Promise.allSettled(requests);
  onSend?.(sending);
  return client
    .getMutationCache()
    .build(client, {
      mutationKey: serverMutationKeys.bulk(action),
      mutationFn: async (): Promise<BulkResult[]> => {
        const settled = await answers;
        return sending.map((server, index) => {
          const answer = settled[index];
          return answer?.status === 'fulfilled'
            ? { server, result: 'accepted' }
            : { server, result: 'failed', error: answer?.reason };
        });
      },
      meta: { invalidates: serverActionInvalidates(scope, action) },
    })
    .execute(undefined);
}
