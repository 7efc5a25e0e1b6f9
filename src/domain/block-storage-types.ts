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
  attachments: VolumeAttachmentInfo[];
  snapshot_id: string | null;
  source_volid: string | null;
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
    snapshot_id?: string;
  };
}
