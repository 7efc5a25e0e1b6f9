/** Wire types of the Block Storage API v2 (neighbour-apis.md). */

export interface VolumeType {
  id: string;
  name: string;
  description?: string | null;
  is_public?: boolean;
  extra_specs?: Record<string, string>;
}

export interface VolumeAttachmentInfo {
  server_id: string;
  attachment_id: string;
  volume_id: string;
  device: string;
  id: string;
  host_name?: string | null;
  attached_at?: string;
}

export interface Volume {
  id: string;
  name: string | null;
  description: string | null;
  size: number;
  status: string;
  volume_type: string;
  availability_zone: string;
  /** The string "true" or "false", not a boolean. */
  bootable: 'true' | 'false';
  encrypted: boolean;
  multiattach: boolean;
  nhn_encryption?: { skm_key_id: string; skm_key_version?: number } | null;
  attachments: VolumeAttachmentInfo[];
  snapshot_id: string | null;
  source_volid: string | null;
  consistencygroup_id?: string | null;
  replication_status?: string;
  'os-volume-replication:extended_status'?: string | null;
  'os-volume-replication:driver_data'?: string | null;
  metadata: Record<string, string>;
  user_id: string;
  'os-vol-tenant-attr:tenant_id': string;
  created_at: string;
  updated_at?: string | null;
  links?: { href: string; rel: string }[];
  volume_image_metadata?: Record<string, string>;
}

export interface CreateVolumeRequest {
  volume: {
    size: number;
    name?: string;
    description?: string;
    availability_zone?: string;
    volume_type?: string;
    /** A new volume from a snapshot (bootable when the snapshot's volume was); blank without. */
    snapshot_id?: string;
    metadata?: Record<string, string>;
    nhn_encryption?: { skm_appkey: string; skm_key_id: string };
  };
}

/** Snapshot statuses (Block Storage API v2, 스냅숏 상태). */
export type SnapshotStatus =
  | 'creating'
  | 'available'
  | 'backing-up'
  | 'deleting'
  | 'error'
  | 'deleted'
  | 'unmanaging'
  | 'restoring'
  | 'error_deleting';

/** A snapshot, as 스냅숏 목록 상세 보기 / 스냅숏 보기 answer it. */
export interface Snapshot {
  id: string;
  name: string | null;
  description: string | null;
  status: SnapshotStatus | string;
  /** The size (GB) of the volume it was taken from. */
  size: number;
  volume_id: string;
  created_at: string;
  metadata: Record<string, string>;
  'os-extended-snapshot-attributes:progress'?: string;
  'os-extended-snapshot-attributes:project_id'?: string;
}

export interface CreateSnapshotRequest {
  snapshot: { volume_id: string; name?: string; description?: string; force?: boolean };
}
