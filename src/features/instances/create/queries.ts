/**
 * The mutation of the create page that no other feature has: `POST /servers`. Its key pairs use
 * the key pairs feature's `useCreateKeypair`, its volumes and snapshots the volumes feature's
 * queries.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { writeOutcome } from '../../../api/api-error';
import { createServer } from '../../../api/compute';
import type { ApiScope } from '../../../api/endpoints';
import type { CreateServerRequest } from '../../../domain/compute-types';
import { placementPolicyKeys } from '../../../resources/placement-policies';
import { instanceKeys } from '../../../resources/servers';
import { volumeKeys } from '../../../resources/volumes';

/**
 * `POST /servers`. What a create changes is invalidated before the mutation resolves, so the page
 * the operator lands on already asks again: the instances, the volumes (a root or extra volume is
 * made, a boot volume becomes in-use) and the placement policies (a new member).
 */
export function useCreateServers(scope: ApiScope) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: CreateServerRequest) => createServer(scope, request),
    // After a success, and after an error whose outcome is unknown (something may have been made).
    onSettled: (_data, error) =>
      error && writeOutcome(error) === 'refused'
        ? undefined
        : Promise.all([
            queryClient.invalidateQueries({ queryKey: instanceKeys.all(scope) }),
            queryClient.invalidateQueries({ queryKey: volumeKeys.all(scope) }),
            queryClient.invalidateQueries({ queryKey: placementPolicyKeys.all(scope) }),
          ]),
  });
}
