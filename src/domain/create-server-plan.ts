/**
 * What the create rules of "인스턴스 생성하기" (POST /v2/{tenantId}/servers) look at and what they
 * answer: the guide's limits and defaults, the plan (independent of the form or the wire format)
 * and the violations. The rules are create-server-rules.ts (name, flavor, user data, count,
 * metadata) and block-device-rules.ts (block_device_mapping_v2, the root's size, the zone).
 */
import { MB_PER_GB } from './flavor';
import {
  INSTANCE_NAME_MAX,
  type InstanceNameProblem,
  WINDOWS_INSTANCE_NAME_MAX,
} from './instance-name';

export const CREATE_LIMITS = {
  /** server.name: up to 255 characters (./instance-name.ts). */
  nameMax: INSTANCE_NAME_MAX,
  /** server.name: Windows images take at most 15 characters, a NetBIOS name (./instance-name.ts). */
  windowsNameMax: WINDOWS_INSTANCE_NAME_MAX,
  /** Windows needs a flavor with at least 2 GB RAM. */
  windowsMinRamMb: 2 * MB_PER_GB,
  /** Root block storage: Linux from 10 GB, Windows from 50 GB. */
  linuxMinRootGb: 10,
  windowsMinRootGb: 50,
  /** Root volumes go up to 2,000 GB (neighbour-apis.md, Block Storage). */
  maxRootGb: 2000,
  /** server.user_data: base64, up to 65535 bytes. */
  userDataMaxBytes: 65535,
  /** server.max_count: at most 10. */
  maxCount: 10,
  /** server.metadata: keys and values up to 255 characters. */
  metadataMax: 255,
} as const;

/** Omitted, a new volume is General HDD (Block Storage: the default type). */
export const DEFAULT_VOLUME_TYPE = 'General HDD';
export const DEFAULT_SECURITY_GROUP = 'default';

/** Volume types that need a Secure Key Manager key (`nhn_encryption`). */
export function isEncryptedVolumeType(name: string): boolean {
  return name.toLowerCase().startsWith('encrypted');
}

type OsType = 'linux' | 'windows';

export function isWindows(image: { osType: string } | null | undefined): boolean {
  return image?.osType.toLowerCase() === 'windows';
}

/** What the rules know of an image: the OS and its minimums. */
export interface ImageFacts {
  osType: string;
  minDiskGb?: number;
  minRamMb?: number;
}

/** An existing volume, or a snapshot, that a block device is made from. */
export interface DeviceSource {
  kind: 'volume' | 'snapshot';
  status: string;
  bootable: boolean;
  sizeGb: number;
  /** The availability zone of the volume (of a snapshot: of the volume it was taken from). */
  zone: string;
}

/** One entry of block_device_mapping_v2, as the rules see it. `undefined`: the field is missing. */
export interface PlannedDevice {
  sourceType?: string;
  destinationType?: string;
  bootIndex?: number | null;
  sizeGb?: number;
  volumeType?: string;
  /** nhn_encryption with both skm_appkey and skm_key_id. */
  encryption?: boolean;
  /** The volume or snapshot it comes from, when the caller looked it up. */
  source?: DeviceSource;
}

/** Everything the rules look at, independent of the form or the wire format. */
export interface CreateServerPlan {
  name: string;
  /**
   * The OS the root holds: the image's, or for a root made from a volume or a snapshot, the
   * image its volume was made from (`volume_image_metadata`).
   */
  image?: ImageFacts | null;
  flavor?: { name: string; ramMb: number } | null;
  /** block_device_mapping_v2 as sent; null or empty when the request has none. */
  blockDevices?: readonly PlannedDevice[] | null;
  /** The names Block Storage's `GET /types` lists, when the caller knows them. */
  volumeTypes?: readonly string[];
  /** server.availability_zone, when given. */
  availabilityZone?: string;
  /** Already base64-encoded, as sent. */
  userData?: string;
  minCount?: number;
  maxCount?: number;
  metadata?: Record<string, string>;
}

type Bdm<T> = { field: 'block_device_mapping_v2'; index: number } & T;

export type CreateViolation =
  | ({ field: 'name' } & InstanceNameProblem)
  | { field: 'flavorRef'; code: 'flavor.windowsU2' }
  | { field: 'flavorRef'; code: 'flavor.windowsRam'; minRamMb: number }
  | { field: 'flavorRef'; code: 'flavor.imageMinRam'; minRamMb: number }
  | { field: 'block_device_mapping_v2'; code: 'bdm.required' }
  | { field: 'block_device_mapping_v2'; code: 'bdm.noRoot' }
  | { field: 'block_device_mapping_v2'; code: 'bdm.bootSequence' }
  | Bdm<{ code: 'bdm.sourceType' }>
  | Bdm<{ code: 'bdm.destinationType' }>
  | Bdm<{ code: 'bdm.bootIndex' }>
  | Bdm<{ code: 'bdm.blankRoot' }>
  | Bdm<{ code: 'bdm.localNotAllowed' }>
  | Bdm<{ code: 'bdm.localRequired' }>
  | Bdm<{ code: 'bdm.localFromImageOnly' }>
  | Bdm<{ code: 'bdm.sizeRequired' }>
  | Bdm<{ code: 'bdm.sourceNotAvailable'; kind: 'volume' | 'snapshot'; status: string }>
  | Bdm<{ code: 'bdm.sourceNotBootable'; kind: 'volume' | 'snapshot' }>
  | Bdm<{ code: 'bdm.volumeType'; volumeType: string; allowed: readonly string[] }>
  | Bdm<{ code: 'bdm.encryptionRequired'; volumeType: string }>
  | Bdm<{ code: 'bdm.volumeSize'; minGb: number; maxGb: number }>
  | Bdm<{ code: 'rootVolume.tooSmall'; minGb: number; os: OsType }>
  | Bdm<{ code: 'rootVolume.belowImageMinDisk'; minGb: number }>
  | Bdm<{ code: 'rootVolume.belowSnapshot'; minGb: number }>
  | Bdm<{ code: 'rootVolume.tooLarge'; maxGb: number }>
  | {
      field: 'availability_zone';
      code: 'zone.source';
      index: number;
      zone: string;
      sourceZone: string;
    }
  | { field: 'availability_zone'; code: 'zone.sources' }
  | { field: 'user_data'; code: 'userData.notBase64' }
  | { field: 'user_data'; code: 'userData.tooLarge'; max: number; size: number }
  | { field: 'min_count'; code: 'count.min' }
  | { field: 'max_count'; code: 'count.max'; max: number }
  | { field: 'max_count'; code: 'count.order' }
  | { field: 'max_count'; code: 'count.volumeSource' }
  | { field: 'metadata'; code: 'metadata.emptyKey' }
  | { field: 'metadata'; code: 'metadata.keyTooLong'; key: string; max: number }
  | { field: 'metadata'; code: 'metadata.valueTooLong'; key: string; max: number };
