/** Mutations of the create page: create servers, and a key pair made inline. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { createKeypair, createServer } from '../../../api/compute';
import type { ApiScope } from '../../../api/endpoints';
import type { CreateServerRequest } from '../../../domain/compute-types';
import { keypairKeys } from '../../keypairs/queries';
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

/**
 * Creates (no public key: NHN Cloud generates the pair and returns the private key, once) or
 * imports a key pair from the create form. Unlike the key pairs page's hook, the mutation is
 * forgotten as soon as nobody watches it (`gcTime: 0`), so a generated private key does not stay
 * in the mutation cache: the form hands it to the operator as a download and drops it.
 */
export function useInlineKeypair(scope: ApiScope) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ name, publicKey }: { name: string; publicKey?: string }) =>
      createKeypair(scope, name, publicKey),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keypairKeys.all(scope) }),
    gcTime: 0,
  });
}
