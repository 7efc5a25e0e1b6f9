/**
 * The request in words, for the confirmation: what will be created, row by row, from the same
 * values and lookups the request is built from.
 */
import type { TFunction } from 'i18next';
import { encodedUserDataBytes, isEncryptedVolumeType } from '../../../domain/create-server-rules';
import { MB_PER_GB } from '../../../domain/flavor';
import type { VpcSubnet } from '../../../domain/network-types';
import type { ServerGroup } from '../../../domain/server-group';
import { formatNumber } from '../../../i18n';
import { bootImageName, snapshotLabel, volumeLabel } from './boot-source';
import {
  type CreateInstanceFormValues,
  countOf,
  type EncryptionValues,
  hasLocalRoot,
  type Lookups,
  zoneOf,
} from './create-form';

export interface SummaryRow {
  label: string;
  value: string;
}

export interface SummaryContext extends Lookups {
  subnet: VpcSubnet | null | undefined;
  placementPolicy: ServerGroup | null | undefined;
}

/** "20 GB General SSD, deleted with the instance" (and its key when the type is encrypted). */
function newVolumeText(
  t: TFunction,
  volume: {
    sizeGb: number | string;
    volumeType: string;
    deleteOnTermination: boolean;
    encryption: EncryptionValues;
  },
): string {
  const text = t(
    volume.deleteOnTermination
      ? 'createInstance.submit.rootVolumeDeleted'
      : 'createInstance.submit.rootVolumeKept',
    { size: volume.sizeGb, type: volume.volumeType },
  );
  return isEncryptedVolumeType(volume.volumeType)
    ? t('createInstance.submit.encrypted', {
        volume: text,
        keyId: volume.encryption.keyId.trim(),
      })
    : text;
}

function bootSourceText(t: TFunction, v: CreateInstanceFormValues, c: SummaryContext): string {
  const image = bootImageName(v.bootSource, c) ?? t('createInstance.bootSource.unknownImage');
  switch (v.bootSource) {
    case 'image':
      return t('createInstance.submit.bootImage', { name: c.image?.name ?? '' });
    case 'volume':
      return c.volume
        ? t('createInstance.submit.bootVolume', {
            name: volumeLabel(c.volume),
            size: c.volume.size,
            image,
          })
        : '';
    case 'snapshot':
      return c.snapshot
        ? t('createInstance.submit.bootSnapshot', {
            name: snapshotLabel(c.snapshot),
            size: c.snapshot.size,
            image,
          })
        : '';
  }
}

function rootText(t: TFunction, v: CreateInstanceFormValues, c: SummaryContext): string {
  if (!c.flavor) return '';
  if (v.bootSource === 'volume') {
    return c.volume ? t('createInstance.submit.rootExisting', { name: volumeLabel(c.volume) }) : '';
  }
  if (hasLocalRoot(v, c.flavor)) {
    return t('createInstance.submit.rootLocal', { size: c.flavor.disk });
  }
  return newVolumeText(t, v.rootVolume);
}

function zoneText(t: TFunction, v: CreateInstanceFormValues, c: SummaryContext): string {
  const zone = zoneOf(v, c);
  if (v.bootSource === 'image' || !zone) return zone ?? t('createInstance.zone.any');
  const source =
    v.bootSource === 'volume'
      ? c.volume && volumeLabel(c.volume)
      : c.snapshot && snapshotLabel(c.snapshot);
  return t('createInstance.zone.fromSource', { zone, name: source ?? '' });
}

export function summarize(
  t: TFunction,
  v: CreateInstanceFormValues,
  c: SummaryContext,
): SummaryRow[] {
  const none = t('createInstance.submit.none');
  const metadata = v.metadata.filter((row) => row.key !== '' || row.value !== '');
  const flavor = c.flavor;
  const subnet = c.subnet;
  const policy = c.placementPolicy;
  return [
    { label: t('createInstance.name.label'), value: v.name.trim() },
    { label: t('createInstance.count.label'), value: String(countOf(v)) },
    { label: t('createInstance.sections.bootSource'), value: bootSourceText(t, v, c) },
    {
      label: t('createInstance.flavor.label'),
      value: flavor
        ? `${flavor.name} · ${t('instanceList.flavorSpec', { vcpus: flavor.vcpus, ram: flavor.ram / MB_PER_GB })}`
        : '',
    },
    { label: t('createInstance.sections.rootVolume'), value: rootText(t, v, c) },
    {
      label: t('createInstance.sections.extraVolumes'),
      value:
        v.extraVolumes.length > 0
          ? v.extraVolumes.map((row) => newVolumeText(t, row)).join('; ')
          : none,
    },
    { label: t('createInstance.zone.label'), value: zoneText(t, v, c) },
    {
      label: t('createInstance.placement.label'),
      value: policy
        ? t('createInstance.placement.option', { name: policy.name, count: policy.members.length })
        : none,
    },
    {
      label: t('createInstance.network.subnet'),
      value: subnet
        ? [`${subnet.name} (${subnet.cidr})`, v.fixedIp.trim()].filter(Boolean).join(' · ')
        : '',
    },
    { label: t('createInstance.keypair.label'), value: v.keyName ?? '' },
    {
      label: t('createInstance.securityGroups.label'),
      value:
        v.securityGroups.length > 0
          ? v.securityGroups.join(', ')
          : t('createInstance.submit.defaultGroup'),
    },
    {
      label: t('createInstance.sections.userData'),
      value: v.userData
        ? t('createInstance.submit.userDataSummary', {
            size: formatNumber(encodedUserDataBytes(v.userData)),
          })
        : none,
    },
    {
      label: t('createInstance.sections.metadata'),
      value:
        metadata.length > 0 ? metadata.map((row) => `${row.key}=${row.value}`).join(', ') : none,
    },
  ];
}
