/**
 * Deleting a placement policy: a confirmation that names it, says it cannot be undone and what
 * happens to its members (they keep running; the policy stops keeping them apart), the request
 * it sends, and a notification that follows the request.
 */
import { Stack, Text } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { describeDeleteServerGroup } from '../../../api/compute';
import { confirm } from '../../../components/confirm';
import { withProgress } from '../../../components/notify';
import { policyMembers } from '../../../domain/placement-members';
import type { ServerGroup } from '../../../domain/server-group';
import { isInFlight, runOnce } from '../../../resources/mutations';
import { deletePlacementPolicyOptions } from '../../../resources/placement-policies';
import {
  selectServersById,
  serversCollectionQuery,
} from '../../../resources/server-collection-query';
import { useScope } from '../../../session/use-session';

/**
 * What becomes of the members, named from the region's servers as they are now: read live, so a
 * confirmation opened while the servers still load names them when they come, instead of keeping
 * the ids it had at the press.
 */
function MembersKeepRunning({ policy }: { policy: ServerGroup }) {
  const { t } = useTranslation();
  const scope = useScope();
  const servers = useQuery({ ...serversCollectionQuery(scope), select: selectServersById });
  const members = policyMembers(policy, servers.data);
  if (members.length === 0) return <Text size="sm">{t('placementPolicies.delete.noMembers')}</Text>;
  const names = members.map((member) => member.server?.name ?? member.id).join(', ');
  return (
    <Text size="sm">{t('placementPolicies.delete.members', { count: members.length, names })}</Text>
  );
}

export function useDeletePlacementPolicyFlow() {
  const { t } = useTranslation();
  const scope = useScope();
  const queryClient = useQueryClient();

  /**
   * Resolves true once the policy is deleted; false when cancelled or failed, and at once when its
   * delete is in flight already (one request per press: src/resources/mutations.ts).
   */
  return async (policy: ServerGroup): Promise<boolean> => {
    const options = deletePlacementPolicyOptions(scope, policy.id);
    if (isInFlight(queryClient, options.mutationKey)) return false;
    const name = policy.name;
    const confirmed = await confirm({
      title: t('placementPolicies.delete.title', { name }),
      body: (
        <Stack gap="xs" data-testid="delete-policy-body">
          <Text size="sm">{t('placementPolicies.delete.body', { name })}</Text>
          <MembersKeepRunning policy={policy} />
        </Stack>
      ),
      confirmLabel: t('placementPolicies.delete.confirm'),
      danger: true,
      requests: [describeDeleteServerGroup(scope, policy.id)],
    });
    if (!confirmed) return false;

    /** True once deleted; false when another press's delete of it is in flight. */
    const run = async (): Promise<boolean> => {
      const request = runOnce(queryClient, options, undefined);
      if (!request) return false;
      await withProgress(
        {
          pending: { title: t('placementPolicies.notify.deleting', { name }) },
          success: { title: t('placementPolicies.notify.deleted', { name }) },
          failure: { title: t('placementPolicies.notify.deleteFailed', { name }) },
          retryLabel: t('placementPolicies.notify.retry'),
        },
        () => request,
        () => {
          run().catch(() => undefined);
        },
      );
      return true;
    };
    try {
      return await run();
    } catch {
      return false;
    }
  };
}
