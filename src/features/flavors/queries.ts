import { queryOptions, useQuery } from '@tanstack/react-query';
import { type FlavorQuery, listFlavorsDetail } from '../../api/compute';
import type { ApiScope } from '../../api/endpoints';
import type { Flavor } from '../../domain/compute-types';

export const flavorKeys = {
  all: (scope: ApiScope) => ['flavors', scope.tenantId, scope.region] as const,
  list: (scope: ApiScope, query: FlavorQuery = {}) =>
    [...flavorKeys.all(scope), 'list', query] as const,
};

/** Flavors change rarely: one request serves every page for five minutes. */
export const flavorsQuery = (scope: ApiScope, query: FlavorQuery = {}) =>
  queryOptions({
    queryKey: flavorKeys.list(scope, query),
    queryFn: () => listFlavorsDetail(scope, query),
    staleTime: 5 * 60_000,
  });

export function useFlavorMap(scope: ApiScope) {
  return useQuery({
    ...flavorsQuery(scope),
    select: (flavors) => new Map(flavors.map((flavor) => [flavor.id, flavor] as const)),
  });
}

export type FlavorMap = Map<string, Flavor>;
