import { Group, Radio, Select, Stack, Text } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Snapshot, Volume } from '../../../domain/block-storage-types';
import { isWindows } from '../../../domain/create-server-rules';
import { MB_PER_GB } from '../../../domain/flavor';
import type { Image } from '../../../domain/image-types';
import { formatNumber } from '../../../i18n';
import {
  BOOT_SOURCES,
  type BootSourceKind,
  bootVolumeChoices,
  imageFacts,
  snapshotChoices,
  snapshotLabel,
  volumeImageFacts,
  volumeLabel,
} from './boot-source';
import type { CreateInstanceFormValues } from './create-form';
import { Loaded } from './loaded';

const osLabel = (facts: { osType: string } | null) => (isWindows(facts) ? 'Windows' : 'Linux');

/**
 * What the instance boots from: an image (a new root), an existing bootable volume (used as it
 * is), or a snapshot (a new root volume made from it). The choices call back so the page can
 * follow them (root size, count, zone).
 */
export function BootSourceSection({
  form,
  images,
  imagesQuery,
  volumesQuery,
  snapshotsQuery,
  onKindChange,
  onImageChange,
  onSnapshotChange,
}: {
  form: UseFormReturnType<CreateInstanceFormValues>;
  /** The active images of the region. */
  images: readonly Image[];
  imagesQuery: UseQueryResult<Image[]>;
  volumesQuery: UseQueryResult<Volume[]>;
  snapshotsQuery: UseQueryResult<Snapshot[]>;
  onKindChange: (kind: BootSourceKind) => void;
  onImageChange: (image: Image | undefined) => void;
  onSnapshotChange: (snapshot: Snapshot | undefined) => void;
}) {
  const { t } = useTranslation();
  const values = form.values;
  return (
    <Stack gap="sm">
      <Radio.Group
        label={t('createInstance.bootSource.label')}
        description={t('createInstance.bootSource.imageOnlyFlavors')}
        value={values.bootSource}
        onChange={(next) => onKindChange(next as BootSourceKind)}
        data-testid="boot-source"
      >
        <Group gap="xl" mt={8} wrap="wrap" align="flex-start">
          {BOOT_SOURCES.map((kind) => (
            <Radio
              key={kind}
              value={kind}
              label={t(`createInstance.bootSource.options.${kind}`)}
              description={t(`createInstance.bootSource.hints.${kind}`)}
            />
          ))}
        </Group>
      </Radio.Group>

      {values.bootSource === 'image' && (
        <Loaded query={imagesQuery} what={t('createInstance.image.label')}>
          {() => <ImagePicker form={form} images={images} onChange={onImageChange} />}
        </Loaded>
      )}
      {values.bootSource === 'volume' && (
        <Loaded query={volumesQuery} what={t('createInstance.bootSource.volume.label')}>
          {(volumes) => <VolumePicker form={form} volumes={volumes} />}
        </Loaded>
      )}
      {values.bootSource === 'snapshot' && (
        <Loaded query={volumesQuery} what={t('createInstance.bootSource.volume.label')}>
          {(volumes) => (
            <Loaded query={snapshotsQuery} what={t('createInstance.bootSource.snapshot.label')}>
              {(snapshots) => (
                <SnapshotPicker
                  form={form}
                  snapshots={snapshots}
                  volumes={volumes}
                  onChange={onSnapshotChange}
                />
              )}
            </Loaded>
          )}
        </Loaded>
      )}
    </Stack>
  );
}

function ImagePicker({
  form,
  images,
  onChange,
}: {
  form: UseFormReturnType<CreateInstanceFormValues>;
  images: readonly Image[];
  onChange: (image: Image | undefined) => void;
}) {
  const { t } = useTranslation();
  const groupOf = (image: Image) => (isWindows(imageFacts(image)) ? 'windows' : 'linux');
  const data = (['linux', 'windows'] as const)
    .map((os) => ({
      group: t(`createInstance.image.${os}`),
      items: images
        .filter((candidate) => groupOf(candidate) === os)
        .map((candidate) => ({ value: candidate.id, label: candidate.name })),
    }))
    .filter((group) => group.items.length > 0);
  const image = images.find((candidate) => candidate.id === form.values.imageId);
  return (
    <Stack gap={6}>
      <Select
        label={t('createInstance.image.label')}
        placeholder={t('createInstance.image.placeholder')}
        data={data}
        searchable
        withAsterisk
        nothingFoundMessage={t('createInstance.image.none')}
        maxDropdownHeight={360}
        {...form.getInputProps('imageId')}
        onChange={(id) => {
          form.setFieldValue('imageId', id);
          onChange(images.find((candidate) => candidate.id === id));
        }}
        data-testid="image-select"
      />
      {image && (
        <Text size="sm" c="dimmed" data-testid="image-details">
          {`${t(`createInstance.image.${groupOf(image)}`)} · `}
          {t('createInstance.image.details', {
            disk: image.min_disk,
            ram: image.min_ram
              ? `${formatNumber(image.min_ram / MB_PER_GB, { maximumFractionDigits: 1 })} GB`
              : t('createInstance.image.noMinRam'),
            user: image.login_username ?? '—',
          })}
        </Text>
      )}
    </Stack>
  );
}

function VolumePicker({
  form,
  volumes,
}: {
  form: UseFormReturnType<CreateInstanceFormValues>;
  volumes: readonly Volume[];
}) {
  const { t } = useTranslation();
  const choices = bootVolumeChoices(volumes);
  const chosen = choices.find((volume) => volume.id === form.values.volumeId);
  const facts = volumeImageFacts(chosen);
  return (
    <Stack gap={6}>
      <Select
        label={t('createInstance.bootSource.volume.label')}
        placeholder={t('createInstance.bootSource.volume.placeholder')}
        description={t('createInstance.bootSource.osFromVolume')}
        data={choices.map((volume) => ({
          value: volume.id,
          label: t('createInstance.bootSource.volume.option', {
            name: volumeLabel(volume),
            size: volume.size,
            type: volume.volume_type,
            zone: volume.availability_zone,
          }),
        }))}
        searchable
        withAsterisk
        nothingFoundMessage={t('createInstance.bootSource.volume.none')}
        {...form.getInputProps('volumeId')}
        data-testid="volume-select"
      />
      {choices.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('createInstance.bootSource.volume.none')}
        </Text>
      )}
      {chosen && (
        <Text size="sm" c="dimmed" data-testid="volume-details">
          {t('createInstance.bootSource.volume.details', {
            image:
              chosen.volume_image_metadata?.image_name ??
              t('createInstance.bootSource.unknownImage'),
            os: osLabel(facts),
            size: chosen.size,
            type: chosen.volume_type,
            zone: chosen.availability_zone,
          })}
        </Text>
      )}
    </Stack>
  );
}

function SnapshotPicker({
  form,
  snapshots,
  volumes,
  onChange,
}: {
  form: UseFormReturnType<CreateInstanceFormValues>;
  snapshots: readonly Snapshot[];
  volumes: readonly Volume[];
  onChange: (snapshot: Snapshot | undefined) => void;
}) {
  const { t } = useTranslation();
  const choices = snapshotChoices(snapshots, volumes);
  const chosen = choices.find((choice) => choice.snapshot.id === form.values.snapshotId);
  const optionLabel = ({ snapshot, volume, problem }: (typeof choices)[number]) => {
    const params = {
      name: snapshotLabel(snapshot),
      size: snapshot.size,
      zone: volume?.availability_zone ?? '',
    };
    if (problem === 'notBootable')
      return t('createInstance.bootSource.snapshot.notBootable', params);
    if (problem === 'volumeUnknown')
      return t('createInstance.bootSource.snapshot.volumeUnknown', params);
    return t('createInstance.bootSource.snapshot.option', params);
  };
  return (
    <Stack gap={6}>
      <Select
        label={t('createInstance.bootSource.snapshot.label')}
        placeholder={t('createInstance.bootSource.snapshot.placeholder')}
        description={t('createInstance.bootSource.osFromVolume')}
        data={choices.map((choice) => ({
          value: choice.snapshot.id,
          label: optionLabel(choice),
          // A snapshot of a data volume cannot be a root; one whose volume is unknown has no zone.
          disabled: Boolean(choice.problem),
        }))}
        searchable
        withAsterisk
        nothingFoundMessage={t('createInstance.bootSource.snapshot.none')}
        {...form.getInputProps('snapshotId')}
        onChange={(id) => {
          form.setFieldValue('snapshotId', id);
          onChange(snapshots.find((snapshot) => snapshot.id === id));
        }}
        data-testid="snapshot-select"
      />
      {choices.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('createInstance.bootSource.snapshot.none')}
        </Text>
      )}
      {chosen?.volume && (
        <Text size="sm" c="dimmed" data-testid="snapshot-details">
          {t('createInstance.bootSource.snapshot.details', {
            volume: volumeLabel(chosen.volume),
            size: chosen.volume.size,
            zone: chosen.volume.availability_zone,
            image:
              chosen.volume.volume_image_metadata?.image_name ??
              t('createInstance.bootSource.unknownImage'),
            os: osLabel(volumeImageFacts(chosen.volume)),
          })}
        </Text>
      )}
    </Stack>
  );
}
