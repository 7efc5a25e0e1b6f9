import { Alert, Group, Radio, Select, Stack, Text } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { IconAlertTriangle } from '../../../components/icons';
import { errorMessage } from '../../../components/notify';
import type { Snapshot } from '../../../domain/block-storage-types';
import { type SnapshotSource, snapshotLabel } from '../../../domain/snapshot-rules';
import { isBootable, volumeLabel } from '../../../domain/volume-rules';
import {
  type CreateVolumeFormValues,
  VOLUME_SOURCES,
  type VolumeSourceKind,
} from '../create-volume-form';

/**
 * Where a new volume comes from (블록 스토리지 생성하기: `snapshot_id`, or nothing for a blank
 * one): the choice, and for a snapshot, which one — each with its size and its volume's zone —
 * and what the new volume will be (its source volume, whether it boots).
 */
export function VolumeSourceFields({
  form,
  sources,
  snapshots,
  chosen,
  onSourceChange,
  onSnapshotChange,
}: {
  form: UseFormReturnType<CreateVolumeFormValues>;
  /** The region's available snapshots, each with its volume. */
  sources: readonly SnapshotSource[];
  snapshots: UseQueryResult<Snapshot[]>;
  chosen: SnapshotSource | undefined;
  onSourceChange: (kind: VolumeSourceKind) => void;
  onSnapshotChange: (source: SnapshotSource | undefined) => void;
}) {
  const { t } = useTranslation();
  const values = form.values;
  const hints = {
    blank: t('volumes.createForm.sourceBlankHint'),
    snapshot: t('volumes.createForm.sourceSnapshotHint'),
  };
  const labels = {
    blank: t('volumes.createForm.sourceBlank'),
    snapshot: t('volumes.createForm.sourceSnapshot'),
  };
  return (
    <Stack gap="sm">
      <Radio.Group
        label={t('volumes.createForm.source')}
        value={values.source}
        onChange={(next) => onSourceChange(next as VolumeSourceKind)}
        data-testid="volume-source"
      >
        <Group gap="xl" mt={6} wrap="wrap" align="flex-start">
          {VOLUME_SOURCES.map((kind) => (
            <Radio key={kind} value={kind} label={labels[kind]} description={hints[kind]} />
          ))}
        </Group>
      </Radio.Group>

      {values.source === 'snapshot' && (
        <Stack gap={6}>
          <Select
            label={t('volumes.createForm.snapshot')}
            placeholder={t('volumes.createForm.snapshotPlaceholder')}
            description={t('volumes.createForm.snapshotHint')}
            data={sources.map(({ snapshot, volume }) => ({
              value: snapshot.id,
              label: t('volumes.createForm.snapshotOption', {
                name: snapshotLabel(snapshot),
                size: snapshot.size,
                zone: volume?.availability_zone ?? t('volumes.createForm.snapshotZoneUnknown'),
              }),
            }))}
            searchable
            withAsterisk
            disabled={snapshots.isPending}
            nothingFoundMessage={t('volumes.createForm.snapshotNone')}
            {...form.getInputProps('snapshotId')}
            onChange={(id) => onSnapshotChange(sources.find((source) => source.snapshot.id === id))}
            data-testid="volume-snapshot-select"
          />
          {snapshots.isError && (
            <Alert color="red" icon={<IconAlertTriangle />} role="alert">
              {t('volumes.createForm.snapshotsFailed')} {errorMessage(snapshots.error)}
            </Alert>
          )}
          {snapshots.isSuccess && sources.length === 0 && (
            <Text size="sm" c="dimmed">
              {t('volumes.createForm.snapshotNone')}
            </Text>
          )}
          {chosen?.volume && (
            <Stack gap={2} data-testid="volume-snapshot-details">
              <Text size="sm" c="dimmed">
                {t('volumes.createForm.snapshotDetails', {
                  volume: volumeLabel(chosen.volume),
                  size: chosen.volume.size,
                  type: chosen.volume.volume_type,
                  zone: chosen.volume.availability_zone,
                })}
              </Text>
              <Text size="sm">
                {isBootable(chosen.volume)
                  ? t('volumes.createForm.snapshotBootable')
                  : t('volumes.createForm.snapshotNotBootable')}
              </Text>
            </Stack>
          )}
        </Stack>
      )}
    </Stack>
  );
}
