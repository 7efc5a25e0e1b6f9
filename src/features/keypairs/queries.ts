import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { createKeypair, deleteKeypair, getKeypair, listKeypairs } from '../../api/compute';
import type { ApiScope } from '../../api/endpoints';

export const keypairKeys = {
  all: (scope: ApiScope) => ['keypairs', scope.tenantId, scope.region] as const,
  list: (scope: ApiScope) => [...keypairKeys.all(scope), 'list'] as const,
  detail: (scope: ApiScope, name: string) => [...keypairKeys.all(scope), 'detail', name] as const,
};

export const keypairsQuery = (scope: ApiScope) =>
  queryOptions({ queryKey: keypairKeys.list(scope), queryFn: () => listKeypairs(scope) });

export const keypairQuery = (scope: ApiScope, name: string) =>
  queryOptions({
    queryKey: keypairKeys.detail(scope, name),
    queryFn: () => getKeypair(scope, name),
  });

/** Creates (no public key: the server generates the pair) or imports a key pair. */
export function useCreateKeypair(scope: ApiScope) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ name, publicKey }: { name: string; publicKey?: string }) =>
      createKeypair(scope, name, publicKey),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keypairKeys.all(scope) }),
  });
}

export function useDeleteKeypair(scope: ApiScope) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (name: string) => deleteKeypair(scope, name),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keypairKeys.all(scope) }),
  });
}
