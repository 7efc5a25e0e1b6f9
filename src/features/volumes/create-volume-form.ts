/**
 * The create-volume form's pure half (블록 스토리지 생성하기): its values, what they become (the
 * exact `POST /volumes` body) and every check made before sending. A new volume is empty (blank)
 * or made from a snapshot (`snapshot_id`): then it is at least the snapshot's size, in the zone of
 * the snapshot's volume, and of that volume's type unless another is chosen. An encrypted type
 * takes `nhn_encryption`. No React, no fetch.
 */
import type { CreateVolumeRequest } from '../../domain/block-storage-types';
import type { AvailabilityZone } from '../../domain/compute-types';
import { DEFAULT_VOLUME_TYPE } from '../../domain/create-server-plan';
import { preferredVolumeType } from '../../domain/root-volume';
import type { SnapshotSource } from '../../domain/snapshot-rules';
import {
  checkVolumeSize,
  VOLUME_NAME_MAX,
  VOLUME_SIZE_MAX_GB,
  VOLUME_SIZE_MIN_GB,
} from '../../domain/volume';
import {
  type EncryptionKeyInput,
  type EncryptionKeyPart,
  missingEncryptionKeyParts,
  nhnEncryptionOf,
} from '../../domain/volume-encryption';

export const VOLUME_SOURCES = ['blank', 'snapshot'] as const;
export type VolumeSourceKind = (typeof VOLUME_SOURCES)[number];

export interface CreateVolumeFormValues {
  name: string;
  description: string;
  size: number | string;
  type: string;
  /** The zone of a blank volume; a volume from a snapshot takes the snapshot's. */
  zone: string;
  source: VolumeSourceKind;
  snapshotId: string | null;
  encryption: EncryptionKeyInput;
}

export function initialVolumeFormValues(): CreateVolumeFormValues {
  return {
    name: '',
    description: '',
    size: VOLUME_SIZE_MIN_GB,
    type: DEFAULT_VOLUME_TYPE,
    zone: '',
    source: 'blank',
    snapshotId: null,
    encryption: { appKey: '', keyId: '' },
  };
}

/** The chosen snapshot, when the source is a snapshot and it is among the choices. */
export function chosenSource(
  values: Pick<CreateVolumeFormValues, 'source' | 'snapshotId'>,
  sources: readonly SnapshotSource[],
): SnapshotSource | undefined {
  if (values.source !== 'snapshot' || !values.snapshotId) return undefined;
  return sources.find((source) => source.snapshot.id === values.snapshotId);
}

/** The zone the volume will be in: the snapshot's volume's, or the one chosen. */
export function zoneOf(
  values: Pick<CreateVolumeFormValues, 'source' | 'zone'>,
  source: SnapshotSource | undefined,
): string | undefined {
  if (values.source === 'snapshot') return source?.volume?.availability_zone || undefined;
  return values.zone || undefined;
}

/** The zones a blank volume may be made in: the region's available ones, by name. */
export function availableZoneNames(zones: readonly AvailabilityZone[]): string[] {
  return zones
    .filter((zone) => zone.zoneState.available)
    .map((zone) => zone.zoneName)
    .sort();
}

/** The zone preselected once the zones are known: the one the page filters on, else the first. */
export function preferredZone(
  zoneNames: readonly string[],
  pageZone: string | undefined,
): string | undefined {
  return pageZone && zoneNames.includes(pageZone) ? pageZone : zoneNames[0];
}

/** The smallest size allowed: the snapshot's for a volume made from one (and never below 10 GB). */
export function minimumSizeGb(source: SnapshotSource | undefined): number {
  return Math.max(VOLUME_SIZE_MIN_GB, source?.snapshot.size ?? 0);
}

/**
 * The type a new volume starts with: the snapshot's volume's (블록 스토리지 생성하기: omitted, the
 * new volume takes it), else the domain's choice for a new volume (General HDD, else the first
 * type the region lists: src/domain/root-volume.ts); none while the region lists none.
 */
export function defaultVolumeType(
  typeNames: readonly string[],
  source?: SnapshotSource,
): string | undefined {
  const sourceType = source?.volume?.volume_type;
  if (sourceType && typeNames.includes(sourceType)) return sourceType;
  return typeNames.length > 0 ? preferredVolumeType(typeNames) : undefined;
}

const sizeNumber = (size: number | string) => (typeof size === 'number' ? size : Number(size));

/** The exact `volume` of `POST /volumes`. */
export function volumeBody(
  values: CreateVolumeFormValues,
  source: SnapshotSource | undefined,
): CreateVolumeRequest['volume'] {
  const name = values.name.trim();
  const description = values.description.trim();
  const zone = zoneOf(values, source);
  const encryption = nhnEncryptionOf(values.type, values.encryption);
  return {
    size: sizeNumber(values.size),
    ...(name ? { name } : {}),
    ...(description ? { description } : {}),
    ...(zone ? { availability_zone: zone } : {}),
    volume_type: values.type,
    ...(values.source === 'snapshot' && values.snapshotId
      ? { snapshot_id: values.snapshotId }
      : {}),
    ...(encryption ? { nhn_encryption: encryption } : {}),
  };
}

/** What is wrong with one field, as a code the form translates. */
export type VolumeFormProblem =
  | { field: 'name'; code: 'tooLong'; max: number }
  | { field: 'size'; code: 'required' }
  | { field: 'size'; code: 'notInteger' }
  | { field: 'size'; code: 'outOfRange'; min: number; max: number }
  | { field: 'size'; code: 'belowSnapshot'; min: number; snapshot: number }
  | { field: 'zone'; code: 'required' }
  | { field: 'snapshotId'; code: 'required' }
  | { field: 'type'; code: 'required' | 'unknown' }
  | { field: `encryption.${EncryptionKeyPart}`; code: 'required' };

/**
 * Every check before sending. `typeNames` are the region's types (GET /types) once known.
 */
export function checkCreateVolumeForm(
  values: CreateVolumeFormValues,
  source: SnapshotSource | undefined,
  typeNames?: readonly string[],
): VolumeFormProblem[] {
  const problems: VolumeFormProblem[] = [];
  if (values.name.trim().length > VOLUME_NAME_MAX) {
    problems.push({ field: 'name', code: 'tooLong', max: VOLUME_NAME_MAX });
  }
  if (values.size === '' || values.size === null || values.size === undefined) {
    problems.push({ field: 'size', code: 'required' });
  } else {
    const size = sizeNumber(values.size);
    const problem = checkVolumeSize(size);
    if (problem === 'notInteger') problems.push({ field: 'size', code: 'notInteger' });
    else if (source && size < source.snapshot.size) {
      // 블록 스토리지 생성하기 from a snapshot: at least the snapshot's size.
      problems.push({
        field: 'size',
        code: 'belowSnapshot',
        min: minimumSizeGb(source),
        snapshot: source.snapshot.size,
      });
    } else if (problem) {
      problems.push({
        field: 'size',
        code: 'outOfRange',
        min: VOLUME_SIZE_MIN_GB,
        max: VOLUME_SIZE_MAX_GB,
      });
    }
  }
  if (values.source === 'snapshot') {
    if (!source) problems.push({ field: 'snapshotId', code: 'required' });
  } else if (!values.zone) {
    problems.push({ field: 'zone', code: 'required' });
  }
  if (!values.type) problems.push({ field: 'type', code: 'required' });
  else if (typeNames && typeNames.length > 0 && !typeNames.includes(values.type)) {
    problems.push({ field: 'type', code: 'unknown' });
  }
  for (const part of missingEncryptionKeyParts(values.type, values.encryption)) {
    problems.push({ field: `encryption.${part}`, code: 'required' });
  }
  return problems;
}
