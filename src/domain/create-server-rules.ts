/**
 * The rules of "인스턴스 생성하기" (POST /v2/{tenantId}/servers), written once and used by
 * the create form (before it submits) and by the emulator (to answer 400): the name, the flavor
 * against the image, user data, the count and metadata here, block_device_mapping_v2 in
 * block-device-rules.ts; what they look at and answer is create-server-plan.ts.
 */
import { BDM_SOURCE_TYPES, validateBlockDevices } from './block-device-rules';
import {
  CREATE_LIMITS,
  type CreateServerPlan,
  type CreateViolation,
  isWindows,
} from './create-server-plan';
import { isU2Flavor, MB_PER_GB } from './flavor';
import { checkInstanceName } from './instance-name';

// The plan's names, as the console's create form and components have read them from here since
// before the block device rules had a module of their own (issue 11).
export {
  CREATE_LIMITS,
  type CreateServerPlan,
  type CreateViolation,
  DEFAULT_SECURITY_GROUP,
  DEFAULT_VOLUME_TYPE,
  type DeviceSource,
  type ImageFacts,
  isEncryptedVolumeType,
  isWindows,
  type PlannedDevice,
} from './create-server-plan';

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
