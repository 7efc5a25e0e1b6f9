/**
 * The create form's pure half: its values, and what they become — the plan the domain's create
 * rules check (`validateCreateServer`) and the exact `POST /servers` body (spec: 인스턴스 생성하기).
 * No React, no fetch: unit-tested next to this file.
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
  isWindows,
  validateCreateServer,
} from '../../../domain/create-server-rules';
import { isU2Flavor } from '../../../domain/flavor';
import type { Image } from '../../../domain/image-types';

export type RootVolumeType = 'General HDD' | 'General SSD';

export interface MetadataRow {
  /** Identifies the row in the editor; never sent. */
  id: string;
  key: string;
  value: string;
}

let rowCounter = 0;
export function newMetadataRow(key = '', value = ''): MetadataRow {
  rowCounter += 1;
  return { id: `meta-${rowCounter}`, key, value };
}

export interface CreateInstanceFormValues {
  name: string;
  /** How many instances: sent as both min_count and max_count. */
  count: number | string;
  /** '' lets NHN Cloud choose. */
  availabilityZone: string;
  imageId: string | null;
  flavorId: string | null;
  rootVolume: {
    sizeGb: number | string;
    volumeType: string;
    deleteOnTermination: boolean;
  };
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
    imageId: null,
    flavorId: null,
    rootVolume: { sizeGb: DEFAULT_ROOT_GB, volumeType: 'General HDD', deleteOnTermination: true },
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

// ── the chosen image and flavor, as the rules see them ──

export function imageOf(image: Image | null | undefined): CreateServerPlan['image'] {
  if (!image) return null;
  return {
    // NHN images carry os_type; one without it is treated as Linux (as the emulator does).
    osType: image.os_type ?? 'linux',
    minDiskGb: image.min_disk,
    minRamMb: image.min_ram,
  };
}

export function flavorOf(flavor: Flavor | null | undefined): CreateServerPlan['flavor'] {
  return flavor ? { name: flavor.name, ramMb: flavor.ram } : null;
}

export function isWindowsImage(image: Image | null | undefined): boolean {
  return isWindows(imageOf(image));
}

/**
 * Why a flavor cannot take the image, from the create rules themselves: the violations on
 * `flavorRef` of a plan that holds only this image and this flavor. Empty when it can.
 */
export function flavorViolations(
  image: Image | null | undefined,
  flavor: Flavor,
): CreateViolation[] {
  if (!image) return [];
  return validateCreateServer({
    name: 'x',
    image: imageOf(image),
    flavor: flavorOf(flavor),
    // U2 boots from its local disk; every other flavor from a volume. Only the flavor matters here.
    rootVolume: isU2Flavor(flavor.name)
      ? null
      : { sizeGb: CREATE_LIMITS.maxRootGb, destination: 'volume' },
  }).filter((v) => v.field === 'flavorRef');
}

/** The smallest root volume the rules allow for an image: the OS minimum or the image's min_disk. */
export function minimumRootGb(image: Image | null | undefined): number {
  const osMin = isWindowsImage(image)
    ? CREATE_LIMITS.windowsMinRootGb
    : CREATE_LIMITS.linuxMinRootGb;
  return Math.max(osMin, image?.min_disk ?? 0);
}

// ── form → plan → request ──

export interface Lookups {
  image: Image | null | undefined;
  flavor: Flavor | null | undefined;
}

const toNumber = (value: number | string): number =>
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

export function usesRootVolume(flavor: Flavor | null | undefined): boolean {
  return flavor ? !isU2Flavor(flavor.name) : true;
}

/** What the domain's create rules look at. */
export function formToPlan(values: CreateInstanceFormValues, lookups: Lookups): CreateServerPlan {
  const count = countOf(values);
  const sizeGb = toNumber(values.rootVolume.sizeGb);
  return {
    name: values.name.trim(),
    image: imageOf(lookups.image),
    flavor: flavorOf(lookups.flavor),
    rootVolume:
      lookups.flavor && usesRootVolume(lookups.flavor)
        ? {
            sizeGb: Number.isFinite(sizeGb) ? sizeGb : 0,
            volumeType: values.rootVolume.volumeType,
            destination: 'volume',
          }
        : null,
    userData: values.userData === '' ? undefined : toBase64Utf8(values.userData),
    minCount: count,
    maxCount: count,
    metadata: metadataOf(values.metadata),
  };
}

/** The exact body of `POST /v2/{tenantId}/servers`. Call it with values that passed validation. */
export function formToRequest(
  values: CreateInstanceFormValues,
  lookups: Lookups,
): CreateServerRequest {
  const { image, flavor } = lookups;
  if (!image || !flavor || !values.subnetId || !values.keyName) {
    throw new Error('formToRequest: the form is not complete');
  }
  const count = countOf(values);
  const network: ServerNetworkRequest = { subnet: values.subnetId };
  const fixedIp = values.fixedIp.trim();
  if (fixedIp !== '') network.fixed_ip = fixedIp;

  const server: CreateServerRequest['server'] = {
    name: values.name.trim(),
    imageRef: image.id,
    flavorRef: flavor.id,
    networks: [network],
    key_name: values.keyName,
  };
  if (values.availabilityZone !== '') server.availability_zone = values.availabilityZone;
  if (usesRootVolume(flavor)) {
    const root: BlockDeviceMapping = {
      uuid: image.id,
      boot_index: 0,
      volume_size: toNumber(values.rootVolume.sizeGb),
      volume_type: values.rootVolume.volumeType,
      source_type: 'image',
      destination_type: 'volume',
      delete_on_termination: values.rootVolume.deleteOnTermination,
    };
    server.block_device_mapping_v2 = [root];
  }
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
  return { server };
}

// ── where a violation shows ──

/** The form field a create-rule violation belongs next to. */
export function violationPath(
  violation: CreateViolation,
  values: CreateInstanceFormValues,
): string {
  switch (violation.field) {
    case 'name':
      return 'name';
    case 'flavorRef':
      return 'flavorId';
    case 'block_device_mapping_v2':
      return violation.code === 'rootVolume.type' ? 'rootVolume.volumeType' : 'rootVolume.sizeGb';
    case 'user_data':
      return 'userData';
    case 'min_count':
    case 'max_count':
      return 'count';
    case 'metadata': {
      const filled = filledMetadataRows(values.metadata);
      if (violation.code === 'metadata.emptyKey') {
        const row = filled.find(({ row }) => row.key === '');
        return row ? `metadata.${row.index}.key` : 'metadata';
      }
      // The last row with the key wins in the body (an object), so that one is the culprit.
      const row = filled.findLast(({ row }) => row.key === violation.key);
      if (!row) return 'metadata';
      return `metadata.${row.index}.${violation.code === 'metadata.keyTooLong' ? 'key' : 'value'}`;
    }
  }
}
