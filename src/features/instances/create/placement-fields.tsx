import { Anchor, Group, Radio, Select, Stack, Text } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AvailabilityZone } from '../../../domain/compute-types';
import { sortPolicies } from '../../../domain/placement-members';
import type { ServerGroup } from '../../../domain/server-group';
import { placementPoliciesPath } from '../../../navigation/paths';
import { snapshotLabel, sourceZone, volumeLabel } from './boot-source';
import type { CreateInstanceFormValues, Lookups } from './create-form';
import { Loaded } from './loaded';

/**
 * The availability zone: chosen for an image root; for a volume or snapshot root it is the
 * source's, shown with the reason (current guide, server.availability_zone).
 */
export function ZoneField({
  form,
  zonesQuery,
  lookups,
}: {
  form: UseFormReturnType<CreateInstanceFormValues>;
  zonesQuery: UseQueryResult<AvailabilityZone[]>;
  lookups: Lookups;
}) {
  const { t } = useTranslation();
  const kind = form.values.bootSource;
  if (kind !== 'image') {
    const zone = sourceZone(kind, lookups);
    const source =
      kind === 'volume'
        ? lookups.volume && volumeLabel(lookups.volume)
        : lookups.snapshot && snapshotLabel(lookups.snapshot);
    const error = form.errors.availabilityZone;
    return (
      <Stack gap={4}>
        <Text size="sm" data-testid="zone-follows-source">
          {zone && source
            ? t('createInstance.zone.followsSource', {
                zone,
                name: source,
                kind: t(`createInstance.bootSource.kinds.${kind}`),
              })
            : t('createInstance.zone.followsSourcePending')}
        </Text>
        {error && (
          <Text size="sm" c="red" role="alert">
            {error}
          </Text>
        )}
      </Stack>
    );
  }
  return (
    <Loaded query={zonesQuery} what={t('createInstance.sections.zone')}>
      {(list) => (
        <Radio.Group
          label={t('createInstance.zone.label')}
          {...form.getInputProps('availabilityZone')}
        >
          <Group gap="lg" mt={6} wrap="wrap">
            <Radio
              value=""
              label={t('createInstance.zone.any')}
              description={t('createInstance.zone.anyHint')}
            />
            {list.map((zone) => (
              <Radio
                key={zone.zoneName}
                value={zone.zoneName}
                disabled={!zone.zoneState.available}
                label={
                  zone.zoneState.available
                    ? zone.zoneName
                    : t('createInstance.zone.unavailable', { zone: zone.zoneName })
                }
              />
            ))}
          </Group>
        </Radio.Group>
      )}
    </Loaded>
  );
}

/** An optional placement policy: sent as `os:scheduler_hints.group` (current guide). */
export function PlacementPolicyField({
  form,
  policiesQuery,
  region,
}: {
  form: UseFormReturnType<CreateInstanceFormValues>;
  policiesQuery: UseQueryResult<ServerGroup[]>;
  region: string;
}) {
  const { t } = useTranslation();
  return (
    <Loaded query={policiesQuery} what={t('createInstance.sections.placement')}>
      {(policies) => (
        <Stack gap={6}>
          <Select
            label={t('createInstance.placement.label')}
            description={t('createInstance.placement.description')}
            placeholder={
              policies.length > 0
                ? t('createInstance.placement.none')
                : t('createInstance.placement.noPolicies')
            }
            data={sortPolicies(policies).map((policy) => ({
              value: policy.id,
              label: t('createInstance.placement.option', {
                name: policy.name,
                count: policy.members.length,
              }),
            }))}
            clearable
            w={{ base: '100%', sm: 480 }}
            {...form.getInputProps('placementPolicyId')}
            data-testid="placement-policy-select"
          />
          <Anchor component={Link} to={placementPoliciesPath(region)} size="sm" w="fit-content">
            {t('createInstance.placement.manage')}
          </Anchor>
        </Stack>
      )}
    </Loaded>
  );
}
