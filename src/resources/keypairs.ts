import {
  queryOptions,
  type UseMutationOptions,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { writeOutcome } from '../api/api-error';
import { createKeypair, deleteKeypair, getKeypair, listKeypairs } from '../api/compute';
import { type ApiScope, computeBase } from '../api/endpoints';
import type { CreatedKeypair, Server } from '../domain/compute-types';
import { fromServers, serversCollectionQuery } from './server-collection-query';

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

export function useKeypairs(scope: ApiScope) {
  return useQuery(keypairsQuery(scope));
}

export function useKeypair(scope: ApiScope, name: string) {
  return useQuery(keypairQuery(scope, name));
}

/** The tenant's servers in the region by the key pair they were created with (`key_name`). */
export function serversByKeypair(servers: readonly Server[]): Map<string, Server[]> {
  const byKey = new Map<string, Server[]>();
  for (const server of servers) {
    if (!server.key_name) continue;
    const list = byKey.get(server.key_name) ?? [];
    list.push(server);
    byKey.set(server.key_name, list);
  }
  for (const list of byKey.values()) list.sort((a, b) => a.name.localeCompare(b.name));
  return byKey;
}

const selectByKeypair = fromServers(serversByKeypair);

/** Which instances use each key pair, from the region's kept-fresh servers (the collection). */
export function useInstancesByKeypair(scope: ApiScope) {
  return useQuery({ ...serversCollectionQuery(scope), select: selectByKeypair });
}

type CreateVariables = { name: string; publicKey?: string };

/**
 * A generated pair comes back with its private key, once (spec: 키페어 생성/등록하기). The mutation
 * is collected as soon as no component watches it (`gcTime: 0`), so the mutation cache does not
 * keep the key after the dialog has taken it and called `reset()`.
 */
export function createKeypairOptions(
  scope: ApiScope,
  invalidate: () => Promise<void>,
): UseMutationOptions<CreatedKeypair, Error, CreateVariables> {
  return {
    mutationFn: ({ name, publicKey }) => createKeypair(scope, name, publicKey),
    onSuccess: invalidate,
    // Without a clear answer the key pair may exist: the list asks again (issue 12).
    onError: (error) => (writeOutcome(error) === 'unknown' ? invalidate() : undefined),
    gcTime: 0,
  };
}

function useInvalidateKeypairList(scope: ApiScope) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: keypairKeys.list(scope) });
}

/** Creates (no public key: the server generates the pair) or imports a key pair. */
export function useCreateKeypair(scope: ApiScope) {
  return useMutation(createKeypairOptions(scope, useInvalidateKeypairList(scope)));
}

/** The server generates the pair; the result holds the private key, which must not be kept. */
export function useGenerateKeypair(scope: ApiScope) {
  return useMutation<CreatedKeypair, Error, { name: string }>(
    createKeypairOptions(scope, useInvalidateKeypairList(scope)),
  );
}

/** Registers an existing OpenSSH public key under a name. */
export function useImportKeypair(scope: ApiScope) {
  return useMutation<CreatedKeypair, Error, { name: string; publicKey: string }>(
    createKeypairOptions(scope, useInvalidateKeypairList(scope)),
  );
}

export function useDeleteKeypair(scope: ApiScope) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (name: string) => deleteKeypair(scope, name),
    onSuccess: async (_, name) => {
      // The details of a deleted key pair are gone: drop them rather than ask for a 404.
      queryClient.removeQueries({ queryKey: keypairKeys.detail(scope, name), exact: true });
      queryClient.setQueryData(keypairKeys.list(scope), (list: { name: string }[] | undefined) =>
        list?.filter((keypair) => keypair.name !== name),
      );
      await queryClient.invalidateQueries({ queryKey: keypairKeys.list(scope) });
    },
    // Without a clear answer it may be gone: the list asks again (issue 12).
    onError: (error) =>
      writeOutcome(error) === 'unknown'
        ? queryClient.invalidateQueries({ queryKey: keypairKeys.list(scope) })
        : undefined,
  });
}

/** The request a delete sends, for the confirmation's preview and copy-as-curl. */
export function deleteKeypairRequest(scope: ApiScope, name: string) {
  return {
    method: 'DELETE',
    path: `${computeBase(scope)}/os-keypairs/${encodeURIComponent(name)}`,
  };
}
