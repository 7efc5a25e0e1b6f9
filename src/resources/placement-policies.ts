/**
 * Placement policies (current guide, 배치 정책: `os-server-groups`): the region's list, and create
 * and delete. Members change when an instance is created in a policy or deleted, so the instance
 * mutations elsewhere invalidate `placementPolicyKeys.all`.
 */
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
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

export function useCreatePlacementPolicy(scope: ApiScope) {
  const queryClient = useQueryClient();
  return useMutation({
    // One create at a time per region: react-query's state for this key is "one request per press".
    mutationKey: [...placementPolicyKeys.all(scope), 'create'],
    mutationFn: (name: string) => createServerGroup(scope, name),
    onSuccess: async (created) => {
      queryClient.setQueryData(
        placementPolicyKeys.list(scope),
        (list: ServerGroup[] | undefined) =>
          list ? [...list.filter((group) => group.id !== created.id), created] : list,
      );
      await queryClient.invalidateQueries({ queryKey: placementPolicyKeys.list(scope) });
    },
  });
}

export function useDeletePlacementPolicy(scope: ApiScope) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (groupId: string) => deleteServerGroup(scope, groupId),
    onSuccess: async (_, groupId) => {
      queryClient.setQueryData(placementPolicyKeys.list(scope), (list: ServerGroup[] | undefined) =>
        list?.filter((group) => group.id !== groupId),
      );
      await queryClient.invalidateQueries({ queryKey: placementPolicyKeys.list(scope) });
    },
  });
}
