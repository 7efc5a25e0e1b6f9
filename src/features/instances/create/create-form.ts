/**
 * The create form's pure half: its values, and what they become — the plan the domain's create
 * rules check (`validateCreateServer`) and the exact `POST /servers` body (current guide:
 * 인스턴스 생성하기). No React, no fetch: unit-tested next to this file.
 */
import type {
  BlockDeviceMapping,
  CreateServerRequest,
  Flavor,
  ServerNetworkRequest,
} from '../../../domain/compute-types';
import {
  CREATE_LIMITS,
  type CreateServerPlan,
  type CreateViolation,
  DEFAULT_SECURITY_GROUP,
  DEFAULT_VOLUME_TYPE,
  type ImageFacts,
  isWindows,
  type PlannedDevice,
  validateCreateServer,
} from '../../../domain/create-server-rules';
import { usesLocalRootDisk } from '../../../domain/flavor';
import { VOLUME_SIZE_MIN_GB } from '../../../domain/volume';
import { nhnEncryptionOf } from '../../../domain/volume-encryption';
import {
  type BootLookups,
  type BootSourceKind,
  bootFacts,
  snapshotSource,
  sourceZone,
  volumeSource,
} from './boot-source';

export interface MetadataRow {
  /** Identifies the row in the editor; never sent. */
  id: string;
  key: string;
  value: string;
}

/** A Secure Key Manager key for an encrypted volume type (`nhn_encryption`). */
export interface EncryptionValues {
  appKey: string;
  keyId: string;
}

/** A new empty volume attached at creation (`source_type: blank`). */
export interface ExtraVolumeRow {
  /** Identifies the row in the editor; never sent. */
  id: string;
  sizeGb: number | string;
  volumeType: string;
  deleteOnTermination: boolean;
  encryption: EncryptionValues;
}

let rowCounter = 0;
const nextRowId = (prefix: string) => {
  rowCounter += 1;
  return `${prefix}-${rowCounter}`;
};

export function newMetadataRow(key = '', value = ''): MetadataRow {
  return { id: nextRowId('meta'), key, value };
}

const noEncryption = (): EncryptionValues => ({ appKey: '', keyId: '' });

export function newExtraVolumeRow(volumeType = DEFAULT_VOLUME_TYPE): ExtraVolumeRow {
  return {
    id: nextRowId('volume'),
    sizeGb: VOLUME_SIZE_MIN_GB,
    volumeType,
    deleteOnTermination: true,
    encryption: noEncryption(),
  };
}

export interface CreateInstanceFormValues {
  name: string;
  /** How many instances: sent as both min_count and max_count. */
  count: number | string;
  /** '' lets NHN Cloud choose (an image root only: a volume or snapshot fixes the zone). */
  availabilityZone: string;
  bootSource: BootSourceKind;
  imageId: string | null;
  volumeId: string | null;
  snapshotId: string | null;
  flavorId: string | null;
  /** The new root volume (an image root on a block storage flavor, or a snapshot root). */
  rootVolume: {
    sizeGb: number | string;
    volumeType: string;
    deleteOnTermination: boolean;
    encryption: EncryptionValues;
  };
  extraVolumes: ExtraVolumeRow[];
  /** A placement policy (os-server-groups) id, or null for none. */
  placementPolicyId: string | null;
  subnetId: string | null;
  /** Optional; must be a host address of the subnet. */
  fixedIp: string;
  keyName: string | null;
  securityGroups: string[];
  /** The script as typed; the console base64-encodes it. */
  userData: string;
  metadata: MetadataRow[];
}

/** A new root volume starts at this size unless the image or the OS asks for more. */
export const DEFAULT_ROOT_GB = 20;

export function initialFormValues(): CreateInstanceFormValues {
  return {
    name: '',
    count: 1,
    availabilityZone: '',
    bootSource: 'image',
    imageId: null,
    volumeId: null,
    snapshotId: null,
    flavorId: null,
    rootVolume: {
      sizeGb: DEFAULT_ROOT_GB,
      volumeType: DEFAULT_VOLUME_TYPE,
      deleteOnTermination: true,
      encryption: noEncryption(),
    },
    extraVolumes: [],
    placementPolicyId: null,
    subnetId: null,
    fixedIp: '',
    keyName: null,
    securityGroups: [DEFAULT_SECURITY_GROUP],
    userData: '',
    metadata: [],
  };
}

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

// ── the chosen flavor and OS, as the rules see them ──

export function flavorOf(flavor: Flavor | null | undefined): CreateServerPlan['flavor'] {
  return flavor ? { name: flavor.name, ramMb: flavor.ram } : null;
}

/** Root device codes that are about the flavor (GPU and U2 boot from a local image disk only). */
const FLAVOR_ROOT_CODES: readonly string[] = ['bdm.localRequired', 'bdm.localFromImageOnly'];

/**
 * Why a flavor cannot take the OS or the boot source, from the create rules themselves: the
 * violations on `flavorRef`, and a GPU or U2 flavor's refusal of a volume or snapshot root, for
 * a plan that holds only this OS, this flavor and a root of this kind. Empty when it can.
 */
export function flavorViolations(
  facts: ImageFacts | null,
  flavor: Flavor,
  bootSource: BootSourceKind = 'image',
): CreateViolation[] {
  const local = usesLocalRootDisk(flavor.name);
  // The largest root passes every size rule: only the flavor is judged here.
  const largest = CREATE_LIMITS.maxRootGb;
  const root: PlannedDevice =
    bootSource === 'image'
      ? local
        ? { sourceType: 'image', destinationType: 'local', bootIndex: 0 }
        : { sourceType: 'image', destinationType: 'volume', bootIndex: 0, sizeGb: largest }
      : bootSource === 'volume'
        ? { sourceType: 'volume', destinationType: 'volume', bootIndex: 0 }
        : { sourceType: 'snapshot', destinationType: 'volume', bootIndex: 0, sizeGb: largest };
  return validateCreateServer({
    name: 'x',
    image: facts,
    flavor: flavorOf(flavor),
    blockDevices: [root],
  }).filter((v) => v.field === 'flavorRef' || FLAVOR_ROOT_CODES.includes(v.code));
}

/**
 * The smallest root volume the rules allow: the OS minimum, the image's min_disk, and for a
 * snapshot root the snapshot's size.
 */
export function minimumRootGb(facts: ImageFacts | null, snapshotGb = 0): number {
  const osMin = isWindows(facts) ? CREATE_LIMITS.windowsMinRootGb : CREATE_LIMITS.linuxMinRootGb;
  return Math.max(osMin, facts?.minDiskGb ?? 0, snapshotGb);
}

// ── form → plan → request ──

export interface Lookups extends BootLookups {
  flavor?: Flavor | null;
  /** The names Block Storage's `GET /types` lists, once known. */
  volumeTypes?: readonly string[];
}

export const toNumber = (value: number | string): number =>
  typeof value === 'number' ? value : value.trim() === '' ? Number.NaN : Number(value);

/** A size as the rules get it: an empty or broken entry is 0 (refused), never NaN. */
const sizeOf = (value: number | string): number => {
  const size = toNumber(value);
  return Number.isFinite(size) ? size : 0;
};

/** Metadata rows with something in them (a row left blank is not sent). */
export function filledMetadataRows(rows: MetadataRow[]): { row: MetadataRow; index: number }[] {
  return rows
    .map((row, index) => ({ row, index }))
    .filter(({ row }) => row.key !== '' || row.value !== '');
}

export function metadataOf(rows: MetadataRow[]): Record<string, string> | undefined {
  const filled = filledMetadataRows(rows);
  if (filled.length === 0) return undefined;
  return Object.fromEntries(filled.map(({ row }) => [row.key, row.value]));
}

export function countOf(values: CreateInstanceFormValues): number {
  return toNumber(values.count);
}

/**
 * Whether the root is the flavor's local disk (GPU and U2 booting from an image) rather than a
 * block storage volume. Unknown until a flavor is chosen: false.
 */
export function hasLocalRoot(values: CreateInstanceFormValues, flavor: Flavor | null | undefined) {
  return values.bootSource === 'image' && Boolean(flavor && usesLocalRootDisk(flavor.name));
}

/** Whether the form asks for the root volume's size and type (a new volume is made for it). */
export function asksRootVolume(
  values: CreateInstanceFormValues,
  flavor: Flavor | null | undefined,
) {
  return values.bootSource !== 'volume' && !hasLocalRoot(values, flavor);
}

/** The zone the request names: the source's for a volume or snapshot, else the one chosen. */
export function zoneOf(values: CreateInstanceFormValues, lookups: Lookups): string | undefined {
  if (values.bootSource !== 'image') return sourceZone(values.bootSource, lookups);
  return values.availabilityZone || undefined;
}

const hasKey = (key: { skm_appkey: string; skm_key_id: string } | undefined) =>
  Boolean(key?.skm_appkey && key.skm_key_id);

/** block_device_mapping_v2 as the rules see it: the root first, then the extra volumes. */
export function plannedDevices(
  values: CreateInstanceFormValues,
  lookups: Lookups,
): PlannedDevice[] {
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

/** A new volume's entry: size, type, what happens at deletion, and its key when encrypted. */
function newVolumeMapping(
  base: Pick<BlockDeviceMapping, 'source_type' | 'uuid' | 'boot_index'>,
  volume: Pick<ExtraVolumeRow, 'sizeGb' | 'volumeType' | 'deleteOnTermination' | 'encryption'>,
): BlockDeviceMapping {
  const mapping: BlockDeviceMapping = {
    ...base,
    destination_type: 'volume',
    volume_size: toNumber(volume.sizeGb),
    volume_type: volume.volumeType,
    delete_on_termination: volume.deleteOnTermination,
  };
  const key = nhnEncryptionOf(volume.volumeType, volume.encryption);
  if (key) mapping.nhn_encryption = key;
  return mapping;
}

/** The root entry of block_device_mapping_v2 (boot_index 0). */
export function rootMapping(
  values: CreateInstanceFormValues,
  lookups: Lookups,
): BlockDeviceMapping {
  switch (values.bootSource) {
    case 'volume':
      if (!lookups.volume) throw new Error('rootMapping: no volume chosen');
      // The volume is used as it is (no size, no type) and kept when the instance is deleted.
      return {
        source_type: 'volume',
        uuid: lookups.volume.id,
        boot_index: 0,
        destination_type: 'volume',
        delete_on_termination: false,
      };
    case 'snapshot':
      if (!lookups.snapshot) throw new Error('rootMapping: no snapshot chosen');
      return newVolumeMapping(
        { source_type: 'snapshot', uuid: lookups.snapshot.id, boot_index: 0 },
        values.rootVolume,
      );
    case 'image':
      if (!lookups.image) throw new Error('rootMapping: no image chosen');
      // GPU and U2: the flavor's own disk, made from the image, of the flavor's size.
      if (hasLocalRoot(values, lookups.flavor)) {
        return {
          source_type: 'image',
          uuid: lookups.image.id,
          boot_index: 0,
          destination_type: 'local',
        };
      }
      return newVolumeMapping(
        { source_type: 'image', uuid: lookups.image.id, boot_index: 0 },
        values.rootVolume,
      );
  }
}

/** The exact body of `POST /v2/{tenantId}/servers`. Call it with values that passed validation. */
export function formToRequest(
  values: CreateInstanceFormValues,
  lookups: Lookups,
): CreateServerRequest {
  const { flavor } = lookups;
  if (!flavor || !values.subnetId || !values.keyName) {
    throw new Error('formToRequest: the form is not complete');
  }
  const root = rootMapping(values, lookups);
  const extras = values.extraVolumes.map((row, i) =>
    newVolumeMapping({ source_type: 'blank', boot_index: i + 1 }, row),
  );
  const count = countOf(values);
  const network: ServerNetworkRequest = { subnet: values.subnetId };
  const fixedIp = values.fixedIp.trim();
  if (fixedIp !== '') network.fixed_ip = fixedIp;

  const server: CreateServerRequest['server'] = {
    name: values.name.trim(),
    // Not needed (and not sent) when the root comes from a volume or a snapshot.
    ...(values.bootSource === 'image' && lookups.image ? { imageRef: lookups.image.id } : {}),
    flavorRef: flavor.id,
    networks: [network],
    key_name: values.keyName,
    block_device_mapping_v2: [root, ...extras],
  };
  const zone = zoneOf(values, lookups);
  if (zone) server.availability_zone = zone;
  // Omitted, NHN Cloud applies `default`; a chosen list is sent as it is.
  if (values.securityGroups.length > 0) {
    server.security_groups = values.securityGroups.map((name) => ({ name }));
  }
  if (values.userData !== '') server.user_data = toBase64Utf8(values.userData);
  const metadata = metadataOf(values.metadata);
  if (metadata) server.metadata = metadata;
  server.min_count = count;
  server.max_count = count;
  // Several instances: ask for the reservation id, which the list filters by.
  if (count > 1) server.return_reservation_id = true;

  const request: CreateServerRequest = { server };
  // Current guide: a placement policy is given as a scheduler hint, beside `server`.
  if (values.placementPolicyId) {
    request['os:scheduler_hints'] = { group: values.placementPolicyId };
  }
  return request;
}
