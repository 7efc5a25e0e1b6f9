/**
 * Image, volume and snapshot records → the wire shapes of the spec (Image API v2,
 * current/block-storage-api.ko.md). A volume's attachments come from its own record, which the
 * compute side writes too, so both APIs always agree.
 */
import type { Snapshot, Volume } from '../../src/domain/block-storage-types';
import type { Image } from '../../src/domain/image-types';
import type { ImageRecord, SnapshotRecord, VolumeRecord } from './state';
import { isoMicros, isoSeconds } from './time';

export function renderImage(image: ImageRecord): Image {
  return {
    ...image.properties,
    id: image.id,
    name: image.name,
    status: image.status,
    visibility: image.visibility,
    protected: image.protected,
    container_format: image.containerFormat,
    disk_format: image.diskFormat,
    min_disk: image.minDiskGb,
    min_ram: image.minRamMb,
    size: image.sizeBytes,
    owner: image.owner,
    created_at: isoSeconds(image.createdAt),
    updated_at: isoSeconds(image.updatedAt),
    self: `/v2/images/${image.id}`,
    file: `/v2/images/${image.id}/file`,
    schema: '/v2/schemas/image',
    tags: [],
    ...(image.instanceUuid ? { instance_uuid: image.instanceUuid, image_type: 'snapshot' } : {}),
  };
}

export function renderVolume(
  volume: VolumeRecord,
  links: { href: string; rel: string }[],
  images: ImageRecord[],
): Volume {
  const image = volume.imageId ? images.find((i) => i.id === volume.imageId) : undefined;
  return {
    id: volume.id,
    name: volume.name,
    description: volume.description,
    size: volume.size,
    status: volume.status,
    volume_type: volume.volumeType,
    availability_zone: volume.availabilityZone,
    // Cinder says "true"/"false" as strings (neighbour-apis.md).
    bootable: volume.bootable ? 'true' : 'false',
    encrypted: volume.encryptionKeyId !== null,
    multiattach: false,
    ...(volume.encryptionKeyId
      ? { nhn_encryption: { skm_key_id: volume.encryptionKeyId, skm_key_version: 1 } }
      : {}),
    attachments: volume.attachments.map((a) => ({
      server_id: a.serverId,
      attachment_id: `${volume.id.slice(0, 24)}${a.serverId.slice(24)}`,
      volume_id: volume.id,
      device: a.device,
      id: volume.id,
      host_name: null,
      attached_at: isoMicros(a.attachedAt),
    })),
    snapshot_id: volume.snapshotId,
    source_volid: null,
    consistencygroup_id: null,
    replication_status: 'disabled',
    'os-volume-replication:extended_status': null,
    'os-volume-replication:driver_data': null,
    metadata: volume.metadata,
    user_id: volume.userId,
    'os-vol-tenant-attr:tenant_id': volume.tenantId,
    created_at: isoMicros(volume.createdAt),
    updated_at: volume.updatedAt === null ? null : isoMicros(volume.updatedAt),
    links,
    ...(image
      ? {
          volume_image_metadata: {
            image_id: image.id,
            image_name: image.name,
            ...image.properties,
          },
        }
      : {}),
  };
}

/** A snapshot as 스냅숏 목록 상세 보기 / 스냅숏 보기 answer it (`detail: false`: 스냅숏 목록 보기). */
export function renderSnapshot(
  snapshot: SnapshotRecord,
  tenantId: string,
  detail = true,
): Snapshot {
  const base: Snapshot = {
    status: snapshot.status,
    description: snapshot.description,
    created_at: isoMicros(snapshot.createdAt),
    metadata: snapshot.metadata,
    volume_id: snapshot.volumeId,
    size: snapshot.size,
    id: snapshot.id,
    name: snapshot.name,
  };
  if (!detail) return base;
  return {
    ...base,
    'os-extended-snapshot-attributes:progress': snapshot.status === 'available' ? '100%' : '0%',
    'os-extended-snapshot-attributes:project_id': tenantId,
  };
}
