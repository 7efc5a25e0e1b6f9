import { Anchor, Code, Group, Skeleton, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PolicyMember } from '../../../domain/placement-members';
import { instancePath } from '../../../navigation/paths';

/**
 * A policy's member instances: names linked to their details; an id whose server the region's
 * list does not hold stays an id (the policy names ids only).
 */
export function PolicyMembers({
  region,
  members,
  loading,
}: {
  region: string;
  members: readonly PolicyMember[];
  /** The region's servers are still loading: names are not known yet. */
  loading: boolean;
}) {
  const { t } = useTranslation();
  if (members.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('placementPolicies.noMembers')}
      </Text>
    );
  }
  if (loading) {
    return <Skeleton height={14} width={120} aria-label={t('placementPolicies.membersLoading')} />;
  }
  return (
    <Group gap={10} wrap="wrap" data-testid="policy-members">
      {members.map(({ id, server }) =>
        server ? (
          <Anchor key={id} component={Link} to={instancePath(region, id)} size="sm">
            {server.name}
          </Anchor>
        ) : (
          <Code key={id} title={t('placementPolicies.unknownMember', { id })}>
            {id}
          </Code>
        ),
      )}
    </Group>
  );
}
