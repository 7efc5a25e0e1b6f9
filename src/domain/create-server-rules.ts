/**
 * The rules of "인스턴스 생성하기" (POST /v2/{tenantId}/servers), written once and used by
 * the create form (before it submits) and by the emulator (to answer 400).
 */
import { isU2Flavor, MB_PER_GB } from './flavor';

export const CREATE_LIMITS = {
  /** server.name: up to 255 characters. */
  nameMax: 255,
  /** server.name: Windows images take at most 15 characters (a NetBIOS name). */
  windowsNameMax: 15,
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

/** block_device_mapping_v2.volume_type; omitted means General HDD. */
export const ROOT_VOLUME_TYPES = ['General HDD', 'General SSD'] as const;
export const DEFAULT_VOLUME_TYPE = 'General HDD';
export const DEFAULT_SECURITY_GROUP = 'default';

export type OsType = 'linux' | 'windows';

/** Everything the rules look at, independent of the form or the wire format. */
export interface CreateServerPlan {
  name: string;
  image?: { osType: string; minDiskGb?: number; minRamMb?: number } | null;
  flavor?: { name: string; ramMb: number } | null;
  /** The boot_index 0 volume, or null when the request has no block_device_mapping_v2. */
  rootVolume?: { sizeGb: number; volumeType?: string; destination?: string } | null;
  /** Already base64-encoded, as sent. */
  userData?: string;
  minCount?: number;
  maxCount?: number;
  metadata?: Record<string, string>;
}

export type CreateField =
  | 'name'
  | 'imageRef'
  | 'flavorRef'
  | 'block_device_mapping_v2'
  | 'user_data'
  | 'min_count'
  | 'max_count'
  | 'metadata';

export type CreateViolation =
  | { field: 'name'; code: 'name.required' }
  | { field: 'name'; code: 'name.tooLong'; max: number }
  | { field: 'name'; code: 'name.windowsTooLong'; max: number }
  | { field: 'flavorRef'; code: 'flavor.windowsU2' }
  | { field: 'flavorRef'; code: 'flavor.windowsRam'; minRamMb: number }
  | { field: 'flavorRef'; code: 'flavor.imageMinRam'; minRamMb: number }
  | { field: 'block_device_mapping_v2'; code: 'rootVolume.required' }
  | { field: 'block_device_mapping_v2'; code: 'rootVolume.localOnlyForU2' }
  | { field: 'block_device_mapping_v2'; code: 'rootVolume.u2IsLocal' }
  | { field: 'block_device_mapping_v2'; code: 'rootVolume.tooSmall'; minGb: number; os: OsType }
  | { field: 'block_device_mapping_v2'; code: 'rootVolume.belowImageMinDisk'; minGb: number }
  | { field: 'block_device_mapping_v2'; code: 'rootVolume.tooLarge'; maxGb: number }
  | { field: 'block_device_mapping_v2'; code: 'rootVolume.type'; allowed: readonly string[] }
  | { field: 'user_data'; code: 'userData.notBase64' }
  | { field: 'user_data'; code: 'userData.tooLarge'; max: number; size: number }
  | { field: 'min_count'; code: 'count.min' }
  | { field: 'max_count'; code: 'count.max'; max: number }
  | { field: 'max_count'; code: 'count.order' }
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

  const name = plan.name.trim();
  if (name.length === 0) violations.push({ field: 'name', code: 'name.required' });
  else if (windows && plan.name.length > CREATE_LIMITS.windowsNameMax)
    violations.push({
      field: 'name',
      code: 'name.windowsTooLong',
      max: CREATE_LIMITS.windowsNameMax,
    });
  else if (plan.name.length > CREATE_LIMITS.nameMax)
    violations.push({ field: 'name', code: 'name.tooLong', max: CREATE_LIMITS.nameMax });

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

  const root = plan.rootVolume ?? null;
  if (plan.flavor && !u2 && !root) {
    violations.push({ field: 'block_device_mapping_v2', code: 'rootVolume.required' });
  }
  if (root && plan.flavor && !u2 && root.destination === 'local') {
    violations.push({ field: 'block_device_mapping_v2', code: 'rootVolume.localOnlyForU2' });
  }
  if (root && plan.flavor && u2 && root.destination === 'volume') {
    violations.push({ field: 'block_device_mapping_v2', code: 'rootVolume.u2IsLocal' });
  }
  // A U2 root disk is local and sized by the flavor; only block storage roots have a size rule.
  if (root && root.destination !== 'local' && !u2) {
    const osMin = windows ? CREATE_LIMITS.windowsMinRootGb : CREATE_LIMITS.linuxMinRootGb;
    if (root.sizeGb < osMin) {
      violations.push({
        field: 'block_device_mapping_v2',
        code: 'rootVolume.tooSmall',
        minGb: osMin,
        os: windows ? 'windows' : 'linux',
      });
    } else if (plan.image?.minDiskGb && root.sizeGb < plan.image.minDiskGb) {
      violations.push({
        field: 'block_device_mapping_v2',
        code: 'rootVolume.belowImageMinDisk',
        minGb: plan.image.minDiskGb,
      });
    } else if (root.sizeGb > CREATE_LIMITS.maxRootGb) {
      violations.push({
        field: 'block_device_mapping_v2',
        code: 'rootVolume.tooLarge',
        maxGb: CREATE_LIMITS.maxRootGb,
      });
    }
    if (
      root.volumeType !== undefined &&
      !(ROOT_VOLUME_TYPES as readonly string[]).includes(root.volumeType)
    ) {
      violations.push({
        field: 'block_device_mapping_v2',
        code: 'rootVolume.type',
        allowed: ROOT_VOLUME_TYPES,
      });
    }
  }

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

/** Plain-English text of a violation: the emulator's 400 messages and the console's fallback. */
export function describeCreateViolation(v: CreateViolation): string {
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
    case 'rootVolume.required':
      return 'block_device_mapping_v2 is required for every flavor except U2.';
    case 'rootVolume.localOnlyForU2':
      return "destination_type 'local' is only for U2 flavors; use 'volume'.";
    case 'rootVolume.u2IsLocal':
      return "U2 flavors boot from their local disk: use destination_type 'local'.";
    case 'rootVolume.tooSmall':
      return `The root volume must be at least ${v.minGb} GB for a ${v.os === 'windows' ? 'Windows' : 'Linux'} image.`;
    case 'rootVolume.belowImageMinDisk':
      return `The root volume is smaller than the image's minimum disk of ${v.minGb} GB.`;
    case 'rootVolume.tooLarge':
      return `The root volume may be at most ${v.maxGb} GB.`;
    case 'rootVolume.type':
      return `volume_type must be one of: ${v.allowed.join(', ')}.`;
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
    case 'metadata.emptyKey':
      return 'server.metadata keys must not be empty.';
    case 'metadata.keyTooLong':
      return `server.metadata key '${v.key.slice(0, 40)}…' is longer than ${v.max} characters.`;
    case 'metadata.valueTooLong':
      return `server.metadata value of '${v.key}' is longer than ${v.max} characters.`;
  }
}
