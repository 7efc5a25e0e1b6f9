import { Group, Select } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { SnapshotSource } from '../../../domain/snapshot-rules';
import { type CreateVolumeFormValues, zoneOf } from '../create-volume-form';

/**
 * A new volume's type (the region's, from `GET /types`) and zone: chosen for a blank volume, the
 * snapshot's volume's (fixed) for one made from a snapshot.
 */
export function VolumeTypeZoneFields({
  form,
  chosen,
  typeNames,
  zoneNames,
  zonesPending,
}: {
  form: UseFormReturnType<CreateVolumeFormValues>;
  chosen: SnapshotSource | undefined;
  /** The region's types once known. */
  typeNames: readonly string[] | undefined;
  /** The zones a blank volume may be made in. */
  zoneNames: readonly string[];
  zonesPending: boolean;
}) {
  const { t } = useTranslation();
  const values = form.values;
  const fixedZone = values.source === 'snapshot' ? zoneOf(values, chosen) : undefined;
  const typeOptions = typeNames && typeNames.length > 0 ? [...typeNames] : [values.type];
  const sourceType = chosen?.volume?.volume_type;
  return (
    <Group grow align="flex-start">
      <Select
        label={t('volumes.createForm.type')}
        description={
          sourceType
            ? t('volumes.createForm.typeHintSnapshot', { type: sourceType })
            : t('volumes.createForm.typeHint')
        }
        data={typeOptions}
        allowDeselect={false}
        required
        {...form.getInputProps('type')}
      />
      {values.source === 'snapshot' ? (
        <Select
          label={t('volumes.createForm.zone')}
          description={
            fixedZone
              ? t('volumes.createForm.zoneFixed', { zone: fixedZone })
              : t('volumes.createForm.zoneFromSnapshot')
          }
          data={fixedZone ? [fixedZone] : []}
          value={fixedZone ?? null}
          disabled
          data-testid="volume-zone-fixed"
        />
      ) : (
        <Select
          label={t('volumes.createForm.zone')}
          description={t('volumes.createForm.zoneHint')}
          data={[...zoneNames]}
          allowDeselect={false}
          required
          disabled={zonesPending}
          {...form.getInputProps('zone')}
        />
      )}
    </Group>
  );
}
