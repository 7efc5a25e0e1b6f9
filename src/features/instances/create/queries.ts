/** Mutations of the create page (its key pairs use the key pairs feature's `useCreateKeypair`). */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { createServer } from '../../../api/compute';
import type { ApiScope } from '../../../api/endpoints';
import type { CreateServerRequest } from '../../../domain/compute-types';
import { instanceKeys } from '../queries';

/**
 * `POST /servers`. The instances queries are invalidated before the mutation resolves, so the
 * list the operator lands on already asks for the new instances.
 */
export function useCreateServers(scope: ApiScope) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: CreateServerRequest) => createServer(scope, request),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: instanceKeys.all(scope) }),
  });
}
