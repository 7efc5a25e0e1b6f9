/**
 * Images, flavors, volumes and snapshots for the create form's unit tests, shaped as the APIs
 * answer them (the seed's names). Only tests import this file.
 */
import type { Snapshot, Volume } from '../../../domain/block-storage-types';
import type { Flavor } from '../../../domain/compute-types';
import type { Image } from '../../../domain/image-types';
import { type CreateInstanceFormValues, initialFormValues } from './create-form';

export function image(overrides: Partial<Image> = {}): Image {
  return {
    id: 'img-ubuntu',
    name: 'Ubuntu Server 24.04.1 LTS (2024.09.24)',
    status: 'active',
    visibility: 'public',
    protected: true,
    container_format: 'bare',
    disk_format: 'qcow2',
    min_disk: 10,
    min_ram: 0,
    size: 1,
    owner: 'nhn',
    created_at: '',
    updated_at: '',
    self: '',
    file: '',
    schema: '',
    tags: [],
    os_type: 'linux',
    ...overrides,
  };
}

export const windowsImage = image({
  id: 'img-win',
  name: 'Windows 2022 STD (2024.08.20) KO',
  os_type: 'windows',
  min_disk: 50,
  min_ram: 2048,
});

export function flavor(name: string, ramGb: number, disk = 0): Flavor {
  return {
    id: `flv-${name}`,
    name,
    links: [],
    ram: ramGb * 1024,
    vcpus: 2,
    disk,
    swap: '',
    'OS-FLV-DISABLED:disabled': false,
    'OS-FLV-EXT-DATA:ephemeral': 0,
    'os-flavor-access:is_public': true,
    rxtx_factor: 1,
  };
}

export const m2 = flavor('m2.c2m4', 4);
export const t2small = flavor('t2.c1m1', 1);
export const u2 = flavor('u2.c1m1', 1, 20);
export const u2big = flavor('u2.c2m4', 4, 50);
export const gpu = flavor('g2.c8m64', 64, 100);

export function volume(overrides: Partial<Volume> = {}): Volume {
  return {
    id: 'vol-web-restore',
    name: 'web-restore',
    description: null,
    size: 20,
    status: 'available',
    volume_type: 'General SSD',
    availability_zone: 'kr-pub-a',
    bootable: 'true',
    encrypted: false,
    multiattach: false,
    attachments: [],
    snapshot_id: 'snap-web-01-root',
    source_volid: null,
    metadata: {},
    user_id: 'u',
    'os-vol-tenant-attr:tenant_id': 't',
    created_at: '',
    volume_image_metadata: {
      image_id: 'img-ubuntu-22',
      image_name: 'Ubuntu Server 22.04.4 LTS (2024.05.21)',
      os_type: 'linux',
      min_disk: '10',
      min_ram: '0',
    },
    ...overrides,
  };
}

/** web-01's root volume, of which the seed's snapshot was taken. */
export const web01Root = volume({
  id: 'vol-web-01-root',
  name: null,
  status: 'in-use',
  size: 20,
  snapshot_id: null,
});

export function snapshot(overrides: Partial<Snapshot> = {}): Snapshot {
  return {
    id: 'snap-web-01-root',
    name: 'web-01-root-snap',
    description: null,
    status: 'available',
    size: 20,
    volume_id: web01Root.id,
    created_at: '',
    metadata: {},
    ...overrides,
  };
}

/** A complete form for one Linux instance from an image on m2.c2m4. */
export function formValues(
  overrides: Partial<CreateInstanceFormValues> = {},
): CreateInstanceFormValues {
  return {
    ...initialFormValues(),
    name: 'web-01',
    imageId: 'img-ubuntu',
    flavorId: m2.id,
    subnetId: 'subnet-1',
    keyName: 'demo-key',
    ...overrides,
  };
}

export const rootVolume = (
  sizeGb: number | string,
  volumeType = 'General HDD',
  deleteOnTermination = true,
  encryption = { appKey: '', keyId: '' },
): CreateInstanceFormValues['rootVolume'] => ({
  sizeGb,
  volumeType,
  deleteOnTermination,
  encryption,
});
