/**
 * The emulator's state: plain JSON (so it can be written to NHN_EMULATOR_STATE), per region and
 * per tenant. Wire shapes are rendered from these records on every read, so a fact lives once:
 * a server's addresses and security groups come from its ports, its volumes from the volumes.
 * The built-in accounts are accounts.ts.
 */
import type { ImageStatus } from '../../src/domain/image-status';

/** NHN Cloud's regions today (current guides: kr3, Gwangju, since January 2026). */
export const REGIONS = {
  kr1: { catalog: 'KR1', zones: ['kr-pub-a', 'kr-pub-b'], publicIpPrefix: '133.186.210' },
  kr2: { catalog: 'KR2', zones: ['kr2-pub-a', 'kr2-pub-b'], publicIpPrefix: '180.210.80' },
  kr3: { catalog: 'KR3', zones: ['kr3-pub-a', 'kr3-pub-b'], publicIpPrefix: '175.45.200' },
  jp1: { catalog: 'JP1', zones: ['jp-pub-a', 'jp-pub-b'], publicIpPrefix: '133.186.150' },
} as const;

export type RegionId = keyof typeof REGIONS;
export const REGION_IDS = Object.keys(REGIONS) as RegionId[];

export function isRegionId(value: string): value is RegionId {
  return Object.hasOwn(REGIONS, value);
}

export interface TokenRecord {
  id: string;
  tenantId: string;
  userId: string;
  issuedAt: number;
  expiresAt: number;
}

export interface FlavorRecord {
  id: string;
  name: string;
  vcpus: number;
  ramMb: number;
  /** Local root disk (U2, GPU) in GB; 0 when the root is a block storage volume. */
  diskGb: number;
  /** Extra local disk in GB (`OS-FLV-EXT-DATA:ephemeral`). */
  ephemeralGb: number;
  flavorType: string;
  isPublic: boolean;
  disabled: boolean;
}

export interface ImageRecord {
  id: string;
  name: string;
  status: ImageStatus;
  visibility: 'public' | 'private' | 'shared';
  owner: string;
  minDiskGb: number;
  minRamMb: number;
  sizeBytes: number | null;
  createdAt: number;
  updatedAt: number;
  protected: boolean;
  diskFormat: string | null;
  containerFormat: string | null;
  /** os_type, os_distro, login_username, … and createImage metadata. */
  properties: Record<string, string>;
  /** The server a createImage made it from. */
  instanceUuid?: string;
}

export interface ServerRecord {
  id: string;
  name: string;
  status: string;
  vmState: string;
  taskState: string | null;
  powerState: number;
  flavorId: string;
  /** '' when the root came from a volume or a snapshot (the API then answers `"image": ""`). */
  imageId: string;
  keyName: string | null;
  availabilityZone: string;
  hostId: string;
  userId: string;
  tenantId: string;
  created: number;
  updated: number;
  launchedAt: number | null;
  terminatedAt: number | null;
  metadata: Record<string, string>;
  reservationId: string;
  userData: string | null;
  diskConfig: 'MANUAL' | 'AUTO';
  /** `NHN-EXT-ATTR:protect`: deletion protection, changed only in NHN Cloud's own console. */
  protect: boolean;
  /** The flavor a resize moves to, until it is confirmed. */
  resizeToFlavorId?: string;
  /** The status a resize returns to (ACTIVE or SHUTOFF). */
  resizeReturnStatus?: string;
}

export interface KeypairRecord {
  id: number;
  name: string;
  publicKey: string;
  fingerprint: string;
  type: string;
  userId: string;
  createdAt: number;
}

interface VolumeAttachmentRecord {
  serverId: string;
  device: string;
  attachedAt: number;
  deleteOnTermination: boolean;
}

export interface VolumeRecord {
  id: string;
  name: string;
  description: string | null;
  size: number;
  status: string;
  volumeType: string;
  availabilityZone: string;
  bootable: boolean;
  attachments: VolumeAttachmentRecord[];
  metadata: Record<string, string>;
  userId: string;
  tenantId: string;
  createdAt: number;
  updatedAt: number | null;
  /** The image a root volume was made from (also kept by volumes made from its snapshots). */
  imageId: string | null;
  /** The snapshot it was made from. */
  snapshotId: string | null;
  /** The Secure Key Manager key of an encrypted volume. */
  encryptionKeyId: string | null;
}

export interface SnapshotRecord {
  id: string;
  name: string;
  description: string | null;
  volumeId: string;
  /** The size of the volume it was taken from (GB). */
  size: number;
  status: string;
  metadata: Record<string, string>;
  createdAt: number;
}

/** A placement policy (os-server-groups); NHN offers only anti-affinity. */
export interface ServerGroupRecord {
  id: string;
  name: string;
  policies: string[];
  /** Member server ids, in the order they joined. */
  members: string[];
  createdAt: number;
}

interface SecurityGroupRuleRecord {
  id: string;
  direction: 'ingress' | 'egress';
  protocol: string | null;
  portMin: number | null;
  portMax: number | null;
  remoteIpPrefix: string | null;
  remoteGroupId: string | null;
  description: string;
}

export interface SecurityGroupRecord {
  id: string;
  name: string;
  description: string;
  rules: SecurityGroupRuleRecord[];
}

export interface VpcRecord {
  id: string;
  name: string;
  cidr: string;
  createdAt: number;
}

export interface SubnetRecord {
  id: string;
  name: string;
  vpcId: string;
  cidr: string;
  gateway: string;
  createdAt: number;
}

export interface PortRecord {
  id: string;
  name: string;
  networkId: string;
  subnetId: string;
  ipAddress: string;
  macAddress: string;
  deviceId: string;
  deviceOwner: string;
  status: 'ACTIVE' | 'DOWN' | 'BUILD';
  securityGroupIds: string[];
  createdAt: number;
}

export interface FloatingIpRecord {
  id: string;
  address: string;
  portId: string | null;
}

/** What one tenant owns in one region. */
export interface TenantRegionState {
  servers: ServerRecord[];
  /** Deleted servers, kept for `changes-since`. */
  deletedServers: ServerRecord[];
  keypairs: KeypairRecord[];
  volumes: VolumeRecord[];
  securityGroups: SecurityGroupRecord[];
  vpcs: VpcRecord[];
  subnets: SubnetRecord[];
  ports: PortRecord[];
  floatingIps: FloatingIpRecord[];
  snapshots: SnapshotRecord[];
  serverGroups: ServerGroupRecord[];
}

/**
 * The shared external network every tenant sees in its VPC lists (`router:external: true`,
 * subnet `public_snat_gateway`): where floating IPs come from, never a place for an instance.
 */
export interface ExternalNetworkRecord {
  id: string;
  name: string;
  ownerTenantId: string;
  cidr: string;
  subnetId: string;
  subnetName: string;
  subnetCidr: string;
  gateway: string;
  createdAt: number;
}

export interface RegionState {
  flavors: FlavorRecord[];
  /** Public images and every tenant's private ones (filtered by owner on read). */
  images: ImageRecord[];
  externalNetwork: ExternalNetworkRecord;
  tenants: Record<string, TenantRegionState>;
}

/** A change that a transition applies when its time comes. Data only, so it persists. */
export type Op =
  | {
      op: 'server';
      region: RegionId;
      tenantId: string;
      id: string;
      set: Partial<ServerRecord>;
      stamp?: (keyof ServerRecord)[];
    }
  | { op: 'server-delete'; region: RegionId; tenantId: string; id: string }
  | { op: 'volume'; region: RegionId; tenantId: string; id: string; set: Partial<VolumeRecord> }
  | { op: 'volume-delete'; region: RegionId; tenantId: string; id: string }
  | {
      op: 'snapshot';
      region: RegionId;
      tenantId: string;
      id: string;
      set: Partial<SnapshotRecord>;
    }
  | { op: 'snapshot-delete'; region: RegionId; tenantId: string; id: string }
  | { op: 'volume-detach'; region: RegionId; tenantId: string; id: string; serverId: string }
  | { op: 'ports'; region: RegionId; tenantId: string; deviceId: string; set: Partial<PortRecord> }
  | { op: 'image'; region: RegionId; id: string; set: Partial<ImageRecord> };

interface ScheduledEvent {
  at: number;
  seq: number;
  ops: Op[];
}

export interface EmulatorState {
  /** 2: Nova's status names, deletion protection, snapshots, placement policies, kr3. */
  version: 2;
  clockOffsetMs: number;
  nextKeypairId: number;
  eventSeq: number;
  tokens: Record<string, TokenRecord>;
  regions: Record<RegionId, RegionState>;
  events: ScheduledEvent[];
}
