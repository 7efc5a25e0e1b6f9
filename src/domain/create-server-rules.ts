/**
 * The rules of "인스턴스 생성하기" (POST /v2/{tenantId}/servers), written once and used by
 * the create form (before it submits) and by the emulator (to answer 400).
 */
import { isU2Flavor, MB_PER_GB, usesLocalRootDisk } from './flavor';
import {
  checkInstanceName,
  INSTANCE_NAME_MAX,
  type InstanceNameProblem,
  WINDOWS_INSTANCE_NAME_MAX,
} from './instance-name';
import { VOLUME_SIZE_MAX_GB, VOLUME_SIZE_MIN_GB } from './volume';

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

/** block_device_mapping_v2.source_type (current guide, 인스턴스 생성하기). */
export const BDM_SOURCE_TYPES = ['image', 'blank', 'volume', 'snapshot'] as const;
export type BdmSourceType = (typeof BDM_SOURCE_TYPES)[number];
/** block_device_mapping_v2.destination_type: `local` for GPU and U2 flavors, `volume` for the rest. */
export const BDM_DESTINATION_TYPES = ['local', 'volume'] as const;

/** Volume types that need a Secure Key Manager key (`nhn_encryption`). */
export function isEncryptedVolumeType(name: string): boolean {
  return name.toLowerCase().startsWith('encrypted');
}

export type OsType = 'linux' | 'windows';

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

export type CreateField =
  | 'name'
  | 'flavorRef'
  | 'block_device_mapping_v2'
  | 'availability_zone'
  | 'user_data'
  | 'min_count'
  | 'max_count'
  | 'metadata';

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

export function isWindows(image: { osType: string } | null | undefined): boolean {
  return image?.osType.toLowerCase() === 'windows';
}

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

export function isBase64(value: string): boolean {
  return BASE64.test(value.replace(/[\r\n]/g, ''));
}

/** The size of user_data as sent: the base64 text of the script's UTF-8 bytes. */
export function encodedUserDataBytes(script: string): number {
  const raw = new TextEncoder().encode(script).length;
  return Math.ceil(raw / 3) * 4;
}

export function validateCreateServer(plan: CreateServerPlan): CreateViolation[] {
  const violations: CreateViolation[] = [];
  const windows = isWindows(plan.image);
  const u2 = plan.flavor ? isU2Flavor(plan.flavor.name) : false;

  const nameProblem = checkInstanceName(plan.name, windows);
  if (nameProblem) violations.push({ field: 'name', ...nameProblem });

  if (plan.flavor) {
    if (windows && u2) violations.push({ field: 'flavorRef', code: 'flavor.windowsU2' });
    else if (windows && plan.flavor.ramMb < CREATE_LIMITS.windowsMinRamMb)
      violations.push({
        field: 'flavorRef',
        code: 'flavor.windowsRam',
        minRamMb: CREATE_LIMITS.windowsMinRamMb,
      });
    else if (plan.image?.minRamMb && plan.flavor.ramMb < plan.image.minRamMb)
      violations.push({
        field: 'flavorRef',
        code: 'flavor.imageMinRam',
        minRamMb: plan.image.minRamMb,
      });
  }

  violations.push(...validateBlockDevices(plan, windows));

  if (plan.userData !== undefined) {
    if (!isBase64(plan.userData))
      violations.push({ field: 'user_data', code: 'userData.notBase64' });
    else if (plan.userData.length > CREATE_LIMITS.userDataMaxBytes)
      violations.push({
        field: 'user_data',
        code: 'userData.tooLarge',
        max: CREATE_LIMITS.userDataMaxBytes,
        size: plan.userData.length,
      });
  }

  const min = plan.minCount ?? 1;
  const max = plan.maxCount ?? min;
  if (min < 1) violations.push({ field: 'min_count', code: 'count.min' });
  if (max > CREATE_LIMITS.maxCount)
    violations.push({ field: 'max_count', code: 'count.max', max: CREATE_LIMITS.maxCount });
  else if (max < min) violations.push({ field: 'max_count', code: 'count.order' });
  // Current guide (min_count, max_count): with a `volume` source, only 1 — a volume boots one server.
  else if (
    (min > 1 || max > 1) &&
    (plan.blockDevices ?? []).some((device) => device.sourceType === 'volume')
  )
    violations.push({ field: 'max_count', code: 'count.volumeSource' });

  for (const [key, value] of Object.entries(plan.metadata ?? {})) {
    if (key.length === 0) violations.push({ field: 'metadata', code: 'metadata.emptyKey' });
    else if (key.length > CREATE_LIMITS.metadataMax)
      violations.push({
        field: 'metadata',
        code: 'metadata.keyTooLong',
        key,
        max: CREATE_LIMITS.metadataMax,
      });
    else if (value.length > CREATE_LIMITS.metadataMax)
      violations.push({
        field: 'metadata',
        code: 'metadata.valueTooLong',
        key,
        max: CREATE_LIMITS.metadataMax,
      });
  }
  return violations;
}

/**
 * block_device_mapping_v2 as the current guide has it (인스턴스 생성하기): required for every
 * flavor; each entry names its source_type, boot_index and destination_type; boot_index 0 is the
 * root, which is never `blank`; `local` is for GPU and U2 flavors (whose root is local and made
 * from an image) and `volume` for the rest; new volumes need a size and a type from `GET /types`
 * (an encrypted type also `nhn_encryption`); a root from a snapshot is at least the snapshot's
 * size; volumes and snapshots must be usable and in the server's availability zone.
 */
function validateBlockDevices(plan: CreateServerPlan, windows: boolean): CreateViolation[] {
  const violations: CreateViolation[] = [];
  const devices = plan.blockDevices ?? [];
  if (devices.length === 0) {
    return [{ field: 'block_device_mapping_v2', code: 'bdm.required' }];
  }
  const field = 'block_device_mapping_v2' as const;
  const localFlavor = plan.flavor ? usesLocalRootDisk(plan.flavor.name) : undefined;

  // Entry by entry: the required fields and their values.
  devices.forEach((device, index) => {
    if (!(BDM_SOURCE_TYPES as readonly (string | undefined)[]).includes(device.sourceType))
      violations.push({ field, index, code: 'bdm.sourceType' });
    if (
      !(BDM_DESTINATION_TYPES as readonly (string | undefined)[]).includes(device.destinationType)
    )
      violations.push({ field, index, code: 'bdm.destinationType' });
    if (device.bootIndex === undefined) violations.push({ field, index, code: 'bdm.bootIndex' });
  });
  if (violations.length > 0) return violations;

  // Boot order: one root (boot_index 0), then 1, 2, … each once (Nova's boot sequence rule).
  const bootIndexes = devices
    .map((device) => device.bootIndex)
    .filter((bootIndex): bootIndex is number => typeof bootIndex === 'number' && bootIndex >= 0)
    .sort((a, b) => a - b);
  const rootIndex = devices.findIndex((device) => device.bootIndex === 0);
  if (rootIndex < 0) return [{ field, code: 'bdm.noRoot' }];
  if (bootIndexes.some((bootIndex, i) => bootIndex !== i)) {
    return [{ field, code: 'bdm.bootSequence' }];
  }

  devices.forEach((device, index) => {
    const root = index === rootIndex;
    const local = device.destinationType === 'local';
    if (root && device.sourceType === 'blank') {
      violations.push({ field, index, code: 'bdm.blankRoot' });
      return;
    }
    if (local && (!root || localFlavor === false)) {
      violations.push({ field, index, code: 'bdm.localNotAllowed' });
      return;
    }
    if (root && localFlavor && !local) {
      violations.push({ field, index, code: 'bdm.localRequired' });
      return;
    }
    if (local) {
      // A local root is the flavor's own disk, made from an image; volume_size is ignored.
      if (device.sourceType !== 'image')
        violations.push({ field, index, code: 'bdm.localFromImageOnly' });
      return;
    }

    const source = device.source;
    if (source) {
      const ready = source.status === 'available';
      if (!ready) {
        violations.push({
          field,
          index,
          code: 'bdm.sourceNotAvailable',
          kind: source.kind,
          status: source.status,
        });
      } else if (root && !source.bootable) {
        violations.push({ field, index, code: 'bdm.sourceNotBootable', kind: source.kind });
      }
    }
    // An existing volume is used as it is: no size, no type.
    if (device.sourceType === 'volume') return;

    if (device.sizeGb === undefined) {
      violations.push({ field, index, code: 'bdm.sizeRequired' });
    } else if (root) {
      violations.push(...rootSizeViolations(plan, device, index, windows));
    } else if (
      !Number.isInteger(device.sizeGb) ||
      device.sizeGb < VOLUME_SIZE_MIN_GB ||
      device.sizeGb > VOLUME_SIZE_MAX_GB ||
      (source?.kind === 'snapshot' && device.sizeGb < source.sizeGb)
    ) {
      violations.push({
        field,
        index,
        code: 'bdm.volumeSize',
        minGb: Math.max(VOLUME_SIZE_MIN_GB, source?.sizeGb ?? 0),
        maxGb: VOLUME_SIZE_MAX_GB,
      });
    }

    const volumeType = device.volumeType ?? DEFAULT_VOLUME_TYPE;
    if (plan.volumeTypes && !plan.volumeTypes.includes(volumeType)) {
      violations.push({
        field,
        index,
        code: 'bdm.volumeType',
        volumeType,
        allowed: plan.volumeTypes,
      });
    } else if (isEncryptedVolumeType(volumeType) && !device.encryption) {
      violations.push({ field, index, code: 'bdm.encryptionRequired', volumeType });
    }
  });

  // Current guide (server.availability_zone): a volume or snapshot source fixes the zone.
  const sourced = devices
    .map((device, index) => ({ source: device.source, index }))
    .filter((entry): entry is { source: DeviceSource; index: number } => Boolean(entry.source));
  const zones = new Set(sourced.map((entry) => entry.source.zone));
  if (zones.size > 1) {
    violations.push({ field: 'availability_zone', code: 'zone.sources' });
  } else if (plan.availabilityZone !== undefined) {
    const mismatch = sourced.find((entry) => entry.source.zone !== plan.availabilityZone);
    if (mismatch) {
      violations.push({
        field: 'availability_zone',
        code: 'zone.source',
        index: mismatch.index,
        zone: plan.availabilityZone,
        sourceZone: mismatch.source.zone,
      });
    }
  }
  return violations;
}

function rootSizeViolations(
  plan: CreateServerPlan,
  device: PlannedDevice,
  index: number,
  windows: boolean,
): CreateViolation[] {
  const field = 'block_device_mapping_v2' as const;
  const size = device.sizeGb ?? 0;
  if (device.source?.kind === 'snapshot' && size < device.source.sizeGb) {
    return [{ field, index, code: 'rootVolume.belowSnapshot', minGb: device.source.sizeGb }];
  }
  const osMin = windows ? CREATE_LIMITS.windowsMinRootGb : CREATE_LIMITS.linuxMinRootGb;
  if (size < osMin) {
    return [
      {
        field,
        index,
        code: 'rootVolume.tooSmall',
        minGb: osMin,
        os: windows ? 'windows' : 'linux',
      },
    ];
  }
  if (device.sourceType === 'image' && plan.image?.minDiskGb && size < plan.image.minDiskGb) {
    return [{ field, index, code: 'rootVolume.belowImageMinDisk', minGb: plan.image.minDiskGb }];
  }
  if (size > CREATE_LIMITS.maxRootGb) {
    return [{ field, index, code: 'rootVolume.tooLarge', maxGb: CREATE_LIMITS.maxRootGb }];
  }
  return [];
}

/** Plain-English text of a violation: the emulator's 400 messages and the console's fallback. */
export function describeCreateViolation(v: CreateViolation): string {
  const at = (index: number) => `block_device_mapping_v2[${index}]`;
  switch (v.code) {
    case 'name.required':
      return 'server.name is required and must not be blank.';
    case 'name.tooLong':
      return `server.name is longer than ${v.max} characters.`;
    case 'name.windowsTooLong':
      return `server.name must be at most ${v.max} characters for a Windows image.`;
    case 'flavor.windowsU2':
      return 'U2 flavors cannot run Windows images.';
    case 'flavor.windowsRam':
      return `Windows images need a flavor with at least ${v.minRamMb / MB_PER_GB} GB of RAM.`;
    case 'flavor.imageMinRam':
      return `Flavor's memory is too small for requested image (needs ${v.minRamMb} MB).`;
    case 'bdm.required':
      return 'server.block_device_mapping_v2 is required: give the root block device (boot_index 0).';
    case 'bdm.noRoot':
      return 'block_device_mapping_v2 has no root block device: one entry needs boot_index 0.';
    case 'bdm.bootSequence':
      return 'Boot sequence for the instance and image/block device mapping combination is not valid: boot_index values must be 0, 1, 2, … each used once.';
    case 'bdm.sourceType':
      return `${at(v.index)}.source_type is required: one of ${BDM_SOURCE_TYPES.join(', ')}.`;
    case 'bdm.destinationType':
      return `${at(v.index)}.destination_type is required: 'local' (GPU and U2 flavors) or 'volume'.`;
    case 'bdm.bootIndex':
      return `${at(v.index)}.boot_index is required (0 for the root block device).`;
    case 'bdm.blankRoot':
      return `${at(v.index)}: a 'blank' source cannot be the root block device.`;
    case 'bdm.localNotAllowed':
      return `${at(v.index)}: destination_type 'local' is only for the root of GPU and U2 flavors; use 'volume'.`;
    case 'bdm.localRequired':
      return `${at(v.index)}: GPU and U2 flavors boot from their local disk: use destination_type 'local'.`;
    case 'bdm.localFromImageOnly':
      return `${at(v.index)}: a local root disk is made from an image: use source_type 'image'.`;
    case 'bdm.sizeRequired':
      return `${at(v.index)}.volume_size is required for a new volume (GB).`;
    case 'bdm.sourceNotAvailable':
      return `${at(v.index)}: the ${v.kind} must be 'available', but it is '${v.status}'.`;
    case 'bdm.sourceNotBootable':
      return `${at(v.index)}: the ${v.kind} is not bootable and cannot be the root block device.`;
    case 'bdm.volumeType':
      return `${at(v.index)}.volume_type '${v.volumeType.slice(0, 64)}' is not a volume type (choose ${v.allowed.join(', ')}).`;
    case 'bdm.encryptionRequired':
      return `${at(v.index)}: volume type '${v.volumeType}' needs nhn_encryption with skm_appkey and skm_key_id.`;
    case 'bdm.volumeSize':
      return `${at(v.index)}.volume_size must be a whole number from ${v.minGb} to ${v.maxGb} GB.`;
    case 'rootVolume.tooSmall':
      return `The root volume must be at least ${v.minGb} GB for a ${v.os === 'windows' ? 'Windows' : 'Linux'} image.`;
    case 'rootVolume.belowImageMinDisk':
      return `The root volume is smaller than the image's minimum disk of ${v.minGb} GB.`;
    case 'rootVolume.belowSnapshot':
      return `The root volume must be at least ${v.minGb} GB, the size of the snapshot's volume.`;
    case 'rootVolume.tooLarge':
      return `The root volume may be at most ${v.maxGb} GB.`;
    case 'zone.source':
      return `server.availability_zone '${v.zone}' differs from ${at(v.index)}'s zone '${v.sourceZone}': an instance is created in the zone of the volume or snapshot it uses.`;
    case 'zone.sources':
      return 'The volumes and snapshots of block_device_mapping_v2 are in different availability zones.';
    case 'userData.notBase64':
      return 'server.user_data must be base64-encoded.';
    case 'userData.tooLarge':
      return `server.user_data is ${v.size} bytes; at most ${v.max} bytes are allowed.`;
    case 'count.min':
      return 'server.min_count must be at least 1.';
    case 'count.max':
      return `server.max_count may be at most ${v.max}.`;
    case 'count.order':
      return 'server.max_count must not be less than server.min_count.';
    case 'count.volumeSource':
      return "min_count and max_count must be 1 when a block device's source_type is 'volume'.";
    case 'metadata.emptyKey':
      return 'server.metadata keys must not be empty.';
    case 'metadata.keyTooLong':
      return `server.metadata key '${v.key.slice(0, 40)}…' is longer than ${v.max} characters.`;
    case 'metadata.valueTooLong':
      return `server.metadata value of '${v.key}' is longer than ${v.max} characters.`;
  }
}
