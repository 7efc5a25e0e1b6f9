/**
 * The block device rules of "인스턴스 생성하기" (current guide): block_device_mapping_v2 entry by
 * entry, the boot order, the root (local for GPU and U2 flavors, its size against the OS, the
 * image and the snapshot), new volumes' sizes and types, and the zone their sources fix. Read
 * through validateCreateServer (create-server-rules.ts), by the create form and the emulator.
 */

import {
  CREATE_LIMITS,
  type CreateServerPlan,
  type CreateViolation,
  DEFAULT_VOLUME_TYPE,
  type DeviceSource,
  isEncryptedVolumeType,
  type PlannedDevice,
} from './create-server-plan';
import { usesLocalRootDisk } from './flavor';
import { VOLUME_SIZE_MAX_GB, VOLUME_SIZE_MIN_GB } from './volume';

/** block_device_mapping_v2.source_type (current guide, 인스턴스 생성하기). */
export const BDM_SOURCE_TYPES = ['image', 'blank', 'volume', 'snapshot'] as const;
/** block_device_mapping_v2.destination_type: `local` for GPU and U2 flavors, `volume` for the rest. */
const BDM_DESTINATION_TYPES = ['local', 'volume'] as const;

/**
 * block_device_mapping_v2 as the current guide has it (인스턴스 생성하기): required for every
 * flavor; each entry names its source_type, boot_index and destination_type; boot_index 0 is the
 * root, which is never `blank`; `local` is for GPU and U2 flavors (whose root is local and made
 * from an image) and `volume` for the rest; new volumes need a size and a type from `GET /types`
 * (an encrypted type also `nhn_encryption`); a root from a snapshot is at least the snapshot's
 * size; volumes and snapshots must be usable and in the server's availability zone.
 */
export function validateBlockDevices(plan: CreateServerPlan, windows: boolean): CreateViolation[] {
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
