import { mutationOptions, queryOptions, useMutation, useQuery } from '@tanstack/react-query';
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

const keypairQuery = (scope: ApiScope, name: string) =>
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

/**
 * Only once every server of the region is known: a region of thousands is read in the background
 * (issue 10), and a key pair that only a later page's instance uses would meanwhile count as
 * unused — and be deleted without the warning and the typed name that an in-use key pair asks.
 */
const selectByKeypair = fromServers(serversByKeypair, { complete: true });

/**
 * Which instances use each key pair, from the region's kept-fresh servers (the collection):
 * `data` is undefined until every server is known (then `usageLoading` is true).
 */
export function useInstancesByKeypair(scope: ApiScope) {
  return useQuery(instancesByKeypairQuery(scope));
}

export const instancesByKeypairQuery = (scope: ApiScope) => ({
  ...serversCollectionQuery(scope),
  select: selectByKeypair,
});

/** Still finding out which instances use each key pair (not failed: that is `isError`). */
export function usageLoading(usage: ReturnType<typeof useInstancesByKeypair>): boolean {
  return usage.data === undefined && !usage.isError;
}

type CreateVariables = { name: string; publicKey?: string };

/**
 * Creates (no public key: the server generates the pair) or imports a key pair, one at a time in a
 * region (the mutation convention, src/resources/mutations.ts). The list asks again once it
 * settles, whatever the answer: without a clear answer the key pair may exist (issue 12).
 *
 * A generated pair comes back with its private key, once (spec: 키페어 생성/등록하기). The mutation
 * is collected as soon as no component watches it (`gcTime: 0`), so the mutation cache does not
 * keep the key after the dialog has taken it and called `reset()`.
 */
export const createKeypairOptions = (scope: ApiScope) =>
  mutationOptions<CreatedKeypair, Error, CreateVariables>({
    mutationKey: ['keypairs', 'create', scope.region],
    mutationFn: ({ name, publicKey }) => createKeypair(scope, name, publicKey),
    meta: { invalidates: [keypairKeys.list(scope)] },
    gcTime: 0,
  });

/** For a dialog: the result holds a generated private key, which must not be kept (reset()). */
export function useCreateKeypair(scope: ApiScope) {
  return useMutation(createKeypairOptions(scope));
}

/**
 * Deletes a key pair. Its key names the region as well as the name: a name is a key pair's
 * identity only within a region. The list asks again once it settles, whatever the answer
 * (without a clear answer it may be gone: issue 12).
 */
export const deleteKeypairOptions = (scope: ApiScope, name: string) =>
  mutationOptions({
    mutationKey: ['keypairs', 'delete', scope.region, name],
    mutationFn: () => deleteKeypair(scope, name),
    onSuccess: (_data, _variables, _result, { client }) => {
      // The details of a deleted key pair are gone: drop them rather than ask for a 404.
      client.removeQueries({ queryKey: keypairKeys.detail(scope, name), exact: true });
      client.setQueryData(keypairKeys.list(scope), (list: { name: string }[] | undefined) =>
        list?.filter((keypair) => keypair.name !== name),
      );
    },
    meta: { invalidates: [keypairKeys.list(scope)] },
  });

/** The request a delete sends, for the confirmation's preview and copy-as-curl. */
export function deleteKeypairRequest(scope: ApiScope, name: string) {
  return {
    method: 'DELETE',
    path: `${computeBase(scope)}/os-keypairs/${encodeURIComponent(name)}`,
  };
}
