/**
 * Where the new instance boots from (current guide, 인스턴스 생성하기,
 * `block_device_mapping_v2.source_type` of the root): an image, an existing bootable volume, or a
 * snapshot. For a volume or a snapshot the OS the rules check is the image the volume was made
 * from (`volume_image_metadata`), and the instance is created in the source's availability zone.
 * Pure: no React, no fetch.
 */
import type { Snapshot, Volume } from '../../../domain/block-storage-types';
import type { DeviceSource, ImageFacts } from '../../../domain/create-server-rules';
import type { Image } from '../../../domain/image-types';
import { isBootable } from '../../../domain/volume-rules';

export const BOOT_SOURCES = ['image', 'volume', 'snapshot'] as const;
export type BootSourceKind = (typeof BOOT_SOURCES)[number];

/** What the form looked up for its choices; any of them may still be loading (undefined). */
export interface BootLookups {
  image?: Image | null;
  /** The chosen boot volume (boot source `volume`). */
  volume?: Volume | null;
  /** The chosen snapshot (boot source `snapshot`) and the volume it was taken from. */
  snapshot?: Snapshot | null;
  snapshotVolume?: Volume | null;
}

/** An image's OS and minimums, as the create rules read them. */
export function imageFacts(image: Image | null | undefined): ImageFacts | null {
  if (!image) return null;
  return {
    // NHN images carry os_type; one without it is treated as Linux (as the emulator does).
    osType: image.os_type ?? 'linux',
    minDiskGb: image.min_disk,
    minRamMb: image.min_ram,
  };
}

const wholeNumber = (text: string | undefined): number | undefined => {
  if (text === undefined || text.trim() === '') return undefined;
  const value = Number(text);
  return Number.isFinite(value) ? value : undefined;
};

/**
 * The image a volume was made from, from its `volume_image_metadata` (Cinder copies the image's
 * properties there as strings). A volume without it (a blank volume) has no known OS: null.
 */
export function volumeImageFacts(volume: Volume | null | undefined): ImageFacts | null {
  const metadata = volume?.volume_image_metadata;
  if (!metadata) return null;
  return {
    osType: metadata.os_type ?? 'linux',
    minDiskGb: wholeNumber(metadata.min_disk),
    minRamMb: wholeNumber(metadata.min_ram),
  };
}

/** The OS the root will hold, whichever source it comes from. */
export function bootFacts(kind: BootSourceKind, lookups: BootLookups): ImageFacts | null {
  switch (kind) {
    case 'image':
      return imageFacts(lookups.image);
    case 'volume':
      return volumeImageFacts(lookups.volume);
    case 'snapshot':
      return volumeImageFacts(lookups.snapshotVolume);
  }
}

/** The name of the image behind the root, for the summary and the details under the choice. */
export function bootImageName(kind: BootSourceKind, lookups: BootLookups): string | undefined {
  if (kind === 'image') return lookups.image?.name;
  const volume = kind === 'volume' ? lookups.volume : lookups.snapshotVolume;
  return volume?.volume_image_metadata?.image_name;
}

/** An existing volume as the rules see a block device's source. */
export function volumeSource(volume: Volume): DeviceSource {
  return {
    kind: 'volume',
    status: volume.status,
    bootable: isBootable(volume),
    sizeGb: volume.size,
    zone: volume.availability_zone,
  };
}

/** A snapshot as the rules see a block device's source: its volume gives bootable and zone. */
export function snapshotSource(
  snapshot: Snapshot,
  volume: Volume | null | undefined,
): DeviceSource {
  return {
    kind: 'snapshot',
    status: snapshot.status,
    bootable: volume ? isBootable(volume) : false,
    sizeGb: snapshot.size,
    zone: volume?.availability_zone ?? '',
  };
}

/**
 * The zone a volume or snapshot root fixes (current guide, server.availability_zone: the same as
 * the source's); undefined for an image, or while the source is not known.
 */
export function sourceZone(kind: BootSourceKind, lookups: BootLookups): string | undefined {
  if (kind === 'volume') return lookups.volume?.availability_zone || undefined;
  if (kind === 'snapshot') return lookups.snapshotVolume?.availability_zone || undefined;
  return undefined;
}

/** A volume's name, or its id's first characters when it has none (`name` may be null). */
export function volumeLabel(volume: Pick<Volume, 'id' | 'name'>): string {
  return volume.name || volume.id.slice(0, 8);
}

export function snapshotLabel(snapshot: Pick<Snapshot, 'id' | 'name'>): string {
  return snapshot.name || snapshot.id.slice(0, 8);
}

const byLabel = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true });

/** Volumes that can be the root: available and bootable (`bootable` is the string "true"). */
export function bootVolumeChoices(volumes: readonly Volume[]): Volume[] {
  return volumes
    .filter((volume) => volume.status === 'available' && isBootable(volume))
    .sort((a, b) => byLabel(volumeLabel(a), volumeLabel(b)));
}

export interface SnapshotChoice {
  snapshot: Snapshot;
  /** The volume it was taken from; undefined when the volume list does not hold it. */
  volume: Volume | undefined;
  /** Why it cannot be the root, when it cannot. */
  problem?: 'notBootable' | 'volumeUnknown';
}

/** Available snapshots, each with its volume (size, zone, OS) and whether it can boot. */
export function snapshotChoices(
  snapshots: readonly Snapshot[],
  volumes: readonly Volume[],
): SnapshotChoice[] {
  const volumeById = new Map(volumes.map((volume) => [volume.id, volume] as const));
  return snapshots
    .filter((snapshot) => snapshot.status === 'available')
    .map((snapshot): SnapshotChoice => {
      const volume = volumeById.get(snapshot.volume_id);
      if (!volume) return { snapshot, volume, problem: 'volumeUnknown' };
      return isBootable(volume)
        ? { snapshot, volume }
        : { snapshot, volume, problem: 'notBootable' };
    })
    .sort((a, b) => byLabel(snapshotLabel(a.snapshot), snapshotLabel(b.snapshot)));
}
