/**
 * Volumes and snapshots for the volumes feature's unit tests, shaped as Block Storage answers them
 * (the seed's names). Only tests import this file.
 */
import type { Snapshot, Volume } from './block-storage-types';

export function volume(partial: Partial<Volume> = {}): Volume {
  return {
    id: 'v-0000',
    name: 'data',
    description: null,
    size: 10,
    status: 'available',
    volume_type: 'General HDD',
    availability_zone: 'kr-pub-a',
    bootable: 'false',
    encrypted: false,
    multiattach: false,
    attachments: [],
    snapshot_id: null,
    source_volid: null,
    metadata: {},
    user_id: 'u',
    'os-vol-tenant-attr:tenant_id': 't',
    created_at: '2025-01-01T00:00:00.000000',
    ...partial,
  };
}

export function snapshot(partial: Partial<Snapshot> = {}): Snapshot {
  return {
    id: 's-0000',
    name: 'snap',
    description: '',
    status: 'available',
    size: 10,
    volume_id: 'v-0000',
    created_at: '2025-01-02T00:00:00.000000',
    metadata: {},
    ...partial,
  };
}

/** web-01's root volume (bootable, 20 GB General SSD in kr-pub-a) and its seeded snapshot. */
export const web01Root = volume({
  id: 'v-web01-root',
  name: null,
  size: 20,
  volume_type: 'General SSD',
  bootable: 'true',
  status: 'in-use',
});
export const web01RootSnap = snapshot({
  id: 's-web01-root',
  name: 'web-01-root-snap',
  size: 20,
  volume_id: web01Root.id,
});
