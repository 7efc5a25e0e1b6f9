/**
 * The create form's values as the plan the domain's create rules check (`validateCreateServer`):
 * the block devices as the rules see them, the user data as sent (base64 of its UTF-8 bytes).
 */
import type { CreateServerPlan, PlannedDevice } from '../../../domain/create-server-rules';
import { nhnEncryptionOf } from '../../../domain/volume-encryption';
import { bootFacts, snapshotSource, volumeSource } from './boot-source';
import {
  type CreateInstanceFormValues,
  countOf,
  type EncryptionValues,
  flavorOf,
  hasLocalRoot,
  type Lookups,
  metadataOf,
  toNumber,
  zoneOf,
} from './create-form';

// ── encoding ──

/** Base64 of the UTF-8 bytes of `text` (btoa alone fails on anything beyond Latin-1). */
export function toBase64Utf8(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return btoa(binary);
}

/** The inverse of toBase64Utf8 (for tests and for showing what is sent). */
export function fromBase64Utf8(encoded: string): string {
  const binary = atob(encoded);
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  return new TextDecoder().decode(bytes);
}

/** A size as the rules get it: an empty or broken entry is 0 (refused), never NaN. */
const sizeOf = (value: number | string): number => {
  const size = toNumber(value);
  return Number.isFinite(size) ? size : 0;
};

const hasKey = (key: { skm_appkey: string; skm_key_id: string } | undefined) =>
  Boolean(key?.skm_appkey && key.skm_key_id);

/** block_device_mapping_v2 as the rules see it: the root first, then the extra volumes. */
function plannedDevices(values: CreateInstanceFormValues, lookups: Lookups): PlannedDevice[] {
  const root = values.rootVolume;
  const newVolume = (sizeGb: number | string, volumeType: string, key: EncryptionValues) => ({
    destinationType: 'volume',
    sizeGb: sizeOf(sizeGb),
    volumeType,
    encryption: hasKey(nhnEncryptionOf(volumeType, key)),
  });
  let rootDevice: PlannedDevice;
  if (values.bootSource === 'volume') {
    rootDevice = {
      sourceType: 'volume',
      destinationType: 'volume',
      bootIndex: 0,
      source: lookups.volume ? volumeSource(lookups.volume) : undefined,
    };
  } else if (values.bootSource === 'snapshot') {
    rootDevice = {
      sourceType: 'snapshot',
      bootIndex: 0,
      ...newVolume(root.sizeGb, root.volumeType, root.encryption),
      source: lookups.snapshot
        ? snapshotSource(lookups.snapshot, lookups.snapshotVolume)
        : undefined,
    };
  } else if (hasLocalRoot(values, lookups.flavor)) {
    rootDevice = { sourceType: 'image', destinationType: 'local', bootIndex: 0 };
  } else {
    rootDevice = {
      sourceType: 'image',
      bootIndex: 0,
      ...newVolume(root.sizeGb, root.volumeType, root.encryption),
    };
  }
  const extras = values.extraVolumes.map(
    (row, i): PlannedDevice => ({
      sourceType: 'blank',
      bootIndex: i + 1,
      ...newVolume(row.sizeGb, row.volumeType, row.encryption),
    }),
  );
  return [rootDevice, ...extras];
}

/** What the domain's create rules look at. */
export function formToPlan(values: CreateInstanceFormValues, lookups: Lookups): CreateServerPlan {
  const count = countOf(values);
  return {
    name: values.name.trim(),
    image: bootFacts(values.bootSource, lookups),
    flavor: flavorOf(lookups.flavor),
    blockDevices: plannedDevices(values, lookups),
    volumeTypes: lookups.volumeTypes,
    availabilityZone: zoneOf(values, lookups),
    userData: values.userData === '' ? undefined : toBase64Utf8(values.userData),
    minCount: count,
    maxCount: count,
    metadata: metadataOf(values.metadata),
  };
}
