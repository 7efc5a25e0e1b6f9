import {
  ActionIcon,
  Anchor,
  Badge,
  Button,
  Group,
  Stack,
  Text,
  Tooltip,
  VisuallyHidden,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { DataTable } from 'mantine-datatable';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { IconLayoutDistributeHorizontal, IconPlus, IconTrash } from '../../../components/icons';
import { ListBody } from '../../../components/list-body';
import { RefreshButton } from '../../../components/list-states';
import { PageHeader } from '../../../components/page-header';
import { regionLabel } from '../../../components/region-label';
import { policyMembers, sortPolicies } from '../../../domain/placement-members';
import type { ServerGroup } from '../../../domain/server-group';
import { createInstancePath } from '../../../navigation/paths';
import { placementPoliciesQuery } from '../../../resources/placement-policies';
import {
  selectServersById,
  serversCollectionQuery,
} from '../../../resources/server-collection-query';
import { useScope } from '../../../session/use-session';
import { CreatePlacementPolicyModal } from '../components/create-placement-policy-modal';
import { PolicyMembers } from '../components/policy-members';
import { useDeletePlacementPolicyFlow } from '../components/use-delete-placement-policy';

/**
 * Placement policies of the region (current guide, 배치 정책): each with its type and member
 * instances; create (anti-affinity only) and delete.
 */
export function PlacementPoliciesPage() {
  const { t } = useTranslation();
  const scope = useScope();
  const policies = useQuery(placementPoliciesQuery(scope));
  const servers = useQuery({ ...serversCollectionQuery(scope), select: selectServersById });
  const deletePolicy = useDeletePlacementPolicyFlow();
  const [creating, setCreating] = useState(false);

  const regionName = regionLabel(t, scope.region);
  const records = useMemo(() => sortPolicies(policies.data ?? []), [policies.data]);
  const membersOf = (policy: ServerGroup) => policyMembers(policy, servers.data);

  const createButton = (
    <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
      {t('placementPolicies.create')}
    </Button>
  );

  return (
    <>
      <PageHeader
        title={t('placementPolicies.title')}
        description={t('placementPolicies.description', { region: regionName })}
        actions={
          <>
            <RefreshButton
              query={policies}
              label={t('placementPolicies.refresh')}
              onClick={() => {
                policies.refetch();
                servers.refetch();
              }}
            />
            {createButton}
          </>
        }
      />

      <ListBody
        query={policies}
        what={t('placementPolicies.title')}
        testIdPrefix="placement-policies"
        skeleton={{ rows: 3, height: 44 }}
        isEmpty={records.length === 0}
        noMatches={null}
        empty={{
          icon: <IconLayoutDistributeHorizontal />,
          title: t('placementPolicies.empty.title'),
          text: t('placementPolicies.empty.text'),
          action: createButton,
        }}
      >
        {servers.isError && (
          <Group gap="xs" mb="xs">
            <Text size="sm" c="dimmed" role="status">
              {t('placementPolicies.membersUnknown')}
            </Text>
            <Button size="compact-xs" variant="default" onClick={() => servers.refetch()}>
              {t('errors.retry')}
            </Button>
          </Group>
        )}
        <DataTable<ServerGroup>
          withTableBorder
          borderRadius="sm"
          verticalSpacing="sm"
          records={records}
          idAccessor="id"
          aria-label={t('placementPolicies.title')}
          data-testid="placement-policies-table"
          columns={[
            {
              accessor: 'name',
              title: t('placementPolicies.columns.name'),
              render: (policy) => (
                <Stack gap={0}>
                  <Text size="sm" fw={600} data-testid="policy-name">
                    {policy.name}
                  </Text>
                  <Text size="xs" c="dimmed" ff="monospace">
                    {policy.id}
                  </Text>
                </Stack>
              ),
            },
            {
              accessor: 'policies',
              title: t('placementPolicies.columns.policy'),
              render: (policy) => (
                <Stack gap={2} align="flex-start">
                  {policy.policies.map((type) => (
                    <Badge key={type} variant="default" radius="sm" tt="none">
                      {type === 'anti-affinity' ? t('placementPolicies.antiAffinity') : type}
                    </Badge>
                  ))}
                  <Text size="xs" c="dimmed">
                    {t('placementPolicies.antiAffinityHint')}
                  </Text>
                </Stack>
              ),
            },
            {
              accessor: 'members',
              title: t('placementPolicies.columns.members'),
              render: (policy) => (
                <PolicyMembers
                  region={scope.region}
                  members={membersOf(policy)}
                  loading={servers.isPending}
                />
              ),
            },
            {
              accessor: 'actions',
              title: <VisuallyHidden>{t('placementPolicies.columns.actions')}</VisuallyHidden>,
              textAlign: 'right',
              width: 220,
              render: (policy) => (
                <Group gap="xs" justify="flex-end" wrap="nowrap">
                  <Anchor
                    component={Link}
                    to={createInstancePath(scope.region, { placementPolicy: policy.id })}
                    size="sm"
                  >
                    {t('placementPolicies.createInstance')}
                  </Anchor>
                  <Tooltip
                    label={t('placementPolicies.deleteLabel', { name: policy.name })}
                    withArrow
                  >
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={t('placementPolicies.deleteLabel', { name: policy.name })}
                      onClick={() => deletePolicy(policy)}
                    >
                      <IconTrash size={16} />
                    </ActionIcon>
                  </Tooltip>
                </Group>
              ),
            },
          ]}
        />
        <Text size="sm" c="dimmed" mt="sm" data-testid="placement-policies-count">
          {t('placementPolicies.count', { count: records.length })}
        </Text>
      </ListBody>

      <CreatePlacementPolicyModal
        scope={scope}
        opened={creating}
        onClose={() => setCreating(false)}
        existing={policies.data ?? []}
      />
    </>
  );
}
