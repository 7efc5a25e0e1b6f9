/**
 * Placement policies (current guide, 배치 정책: `os-server-groups`): the region's list, and create
 * and delete. Members change when an instance is created in a policy or deleted, so the instance
 * mutations elsewhere invalidate `placementPolicyKeys.all`.
 */
import { mutationOptions, queryOptions } from '@tanstack/react-query';
import { createServerGroup, deleteServerGroup, listServerGroups } from '../api/compute';
import type { ApiScope } from '../api/endpoints';
import type { ServerGroup } from '../domain/server-group';

export const placementPolicyKeys = {
  all: (scope: ApiScope) => ['placement-policies', scope.tenantId, scope.region] as const,
  list: (scope: ApiScope) => [...placementPolicyKeys.all(scope), 'list'] as const,
};

export const placementPoliciesQuery = (scope: ApiScope) =>
  queryOptions({
    queryKey: placementPolicyKeys.list(scope),
    queryFn: ({ signal }) => listServerGroups(scope, signal),
  });

/**
 * Creates an anti-affinity policy, one at a time in a region (the mutation convention,
 * src/resources/mutations.ts); the list learns it at once and asks again once it settles.
 */
export const createPlacementPolicyOptions = (scope: ApiScope) =>
  mutationOptions({
    mutationKey: ['placement-policies', 'create', scope.region],
    mutationFn: (name: string) => createServerGroup(scope, name),
    onSuccess: (created, _name, _result, { client }) => {
      client.setQueryData(placementPolicyKeys.list(scope), (list: ServerGroup[] | undefined) =>
        list ? [...list.filter((group) => group.id !== created.id), created] : list,
      );
    },
    meta: { invalidates: [placementPolicyKeys.list(scope)] },
  });

/** Deletes a policy (its members keep running); the list drops it at once and asks again. */
export const deletePlacementPolicyOptions = (scope: ApiScope, groupId: string) =>
  mutationOptions({
    mutationKey: ['placement-policies', 'delete', groupId],
    mutationFn: () => deleteServerGroup(scope, groupId),
    onSuccess: (_data, _variables, _result, { client }) => {
      client.setQueryData(placementPolicyKeys.list(scope), (list: ServerGroup[] | undefined) =>
        list?.filter((group) => group.id !== groupId),
      );
    },
    meta: { invalidates: [placementPolicyKeys.list(scope)] },
  });
