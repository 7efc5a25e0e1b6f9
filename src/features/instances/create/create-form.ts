/**
 * The create form's pure half: its values and what the rules need to know of them (what they
 * become: form-plan.ts, the plan the domain's create rules check, and form-request.ts, the exact
 * `POST /servers` body). No React, no fetch: unit-tested next to this file.
 */
import type { Flavor } from '../../../domain/compute-types';
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
import { type BootLookups, type BootSourceKind, sourceZone } from './boot-source';

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

// ── what the choices point at ──

export interface Lookups extends BootLookups {
  flavor?: Flavor | null;
  /** The names Block Storage's `GET /types` lists, once known. */
  volumeTypes?: readonly string[];
}

export const toNumber = (value: number | string): number =>
  typeof value === 'number' ? value : value.trim() === '' ? Number.NaN : Number(value);

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
