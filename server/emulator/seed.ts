/**
 * Realistic seed data: per region, flavors across the u2/t2/m2/c2/r2/x1 families and GPU (g2),
 * Linux and Windows images, the shared external network, and for each tenant a VPC with two
 * subnets, security groups, a key pair, servers in many statuses (with addresses, metadata and
 * volumes; one deletion-protected, one booted from a volume, two in a placement policy), free
 * volumes, and a snapshot of a root volume with a bootable volume made from it.
 * Ids are derived from names, so they are the same after every reset.
 *
 * Large because: it is the demo world in one place, a third of it tables (flavors, images,
 * servers, volumes) and the rest the functions that lay them out per region and tenant, which
 * share those tables and one address cursor: a server, its ports, volumes and snapshot are made
 * together, from rows of the tables the tests name (web-01, db-data, …).
 */
import { USERS, type UserAccount } from './accounts';
import { macFrom, stableHex, stableUuid } from './ids';
import { AddressCursor, usableHostCount } from './ipv4';
import { steadyState } from './lifecycle';
import { parsePublicKey } from './ssh-keys';
import {
  type EmulatorState,
  type ExternalNetworkRecord,
  type FlavorRecord,
  type FloatingIpRecord,
  type ImageRecord,
  type KeypairRecord,
  type PortRecord,
  REGION_IDS,
  REGIONS,
  type RegionId,
  type RegionState,
  type SecurityGroupRecord,
  type ServerRecord,
  type SubnetRecord,
  type TenantRegionState,
  type VpcRecord,
} from './state';

const DAY = 24 * 60 * 60 * 1000;
const MINUTE = 60 * 1000;

const FLAVORS: [name: string, vcpus: number, ramGb: number, localDiskGb: number][] = [
  // GPU flavors boot from a local disk, like U2 (current guide, destination_type).
  ['g2.c8m64', 8, 64, 100],
  ['g2.c16m128', 16, 128, 200],
  ['u2.c1m1', 1, 1, 20],
  ['u2.c2m4', 2, 4, 50],
  ['u2.c4m8', 4, 8, 100],
  ['t2.c1m1', 1, 1, 0],
  ['t2.c2m4', 2, 4, 0],
  ['m2.c1m2', 1, 2, 0],
  ['m2.c2m4', 2, 4, 0],
  ['m2.c4m8', 4, 8, 0],
  ['m2.c8m16', 8, 16, 0],
  ['c2.c2m2', 2, 2, 0],
  ['c2.c4m4', 4, 4, 0],
  ['c2.c16m16', 16, 16, 0],
  ['r2.c2m16', 2, 16, 0],
  ['r2.c4m32', 4, 32, 0],
  ['x1.c32m128', 32, 128, 0],
  ['x1.c32m256', 32, 256, 0],
];

const FLAVOR_TYPES: Record<string, string> = {
  u2: 'local',
  t2: 'standard',
  m2: 'general',
  c2: 'compute',
  r2: 'memory',
  x1: 'performance',
  g2: 'gpu',
};

interface ImageSeed {
  name: string;
  osType: 'linux' | 'windows';
  distro: string;
  version: string;
  login: string;
  minDiskGb: number;
  minRamMb: number;
  sizeBytes: number;
  ageDays: number;
}

const IMAGES: ImageSeed[] = [
  {
    name: 'Ubuntu Server 22.04.4 LTS (2024.05.21)',
    osType: 'linux',
    distro: 'Ubuntu',
    version: '22.04',
    login: 'ubuntu',
    minDiskGb: 10,
    minRamMb: 0,
    sizeBytes: 1_778_843_648,
    ageDays: 190,
  },
  {
    name: 'Ubuntu Server 24.04.1 LTS (2024.09.24)',
    osType: 'linux',
    distro: 'Ubuntu',
    version: '24.04',
    login: 'ubuntu',
    minDiskGb: 10,
    minRamMb: 0,
    sizeBytes: 2_013_265_920,
    ageDays: 60,
  },
  {
    name: 'Rocky Linux 9.4 (2024.06.18)',
    osType: 'linux',
    distro: 'Rocky',
    version: '9.4',
    login: 'rocky',
    minDiskGb: 10,
    minRamMb: 0,
    sizeBytes: 1_610_612_736,
    ageDays: 160,
  },
  {
    name: 'CentOS 7.9 (2024.03.19)',
    osType: 'linux',
    distro: 'CentOS',
    version: '7.9',
    login: 'centos',
    minDiskGb: 10,
    minRamMb: 0,
    sizeBytes: 1_342_177_280,
    ageDays: 250,
  },
  {
    name: 'Debian 12.6 Bookworm (2024.07.16)',
    osType: 'linux',
    distro: 'Debian',
    version: '12.6',
    login: 'debian',
    minDiskGb: 10,
    minRamMb: 0,
    sizeBytes: 1_073_741_824,
    ageDays: 130,
  },
  {
    name: 'Windows 2022 STD (2024.08.20) KO',
    osType: 'windows',
    distro: 'Windows',
    version: '2022 STD',
    login: 'Administrator',
    minDiskGb: 50,
    minRamMb: 2048,
    sizeBytes: 12_884_901_888,
    ageDays: 100,
  },
  {
    name: 'Windows 2019 STD (2024.08.20) EN',
    osType: 'windows',
    distro: 'Windows',
    version: '2019 STD',
    login: 'Administrator',
    minDiskGb: 50,
    minRamMb: 2048,
    sizeBytes: 11_811_160_064,
    ageDays: 100,
  },
];

/** Real public keys (their private halves were thrown away). */
const SEED_KEYS: Record<string, string> = {
  'demo-key':
    'ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC82RttI7jH48qv0/dnJeUampHCR0m3s0B3Bnf/ZcFhmbmfbAGFIvMMYCdmAId87EBe27oUcWoN+LvOayFf/r2EpOS4ZO1olccQjJVU2yGInAP6mDZyZ/+Hqf7bu6jSVomVaslv/6Vqd5FrD688QZqa/f7WM/ijWdW8/zp1DK65PGlEdgYWwK8VnTv8AnALzBVKQKtq0h1uzZsQoHBSyuXqCoh5+9RToueXAs5vUw6Bd7WV4HPlWhUmCpgdxehqNCTj44fMp/L1dgPxPHrCJyY4LoeEOQNwUme50XMLfpJpg5hRIMO0dzO0VHW3DmcvRdAsoMukoSwciC/Aywx7cN0T demo-key',
  'other-key':
    'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIEAsJRhZ9SHfuPpbPKZSXKcF922tWzqo8N1cuLvyF8CG other-key',
};

interface ServerSeed {
  name: string;
  status: string;
  flavor: string;
  image: string;
  zone: 0 | 1;
  subnet: 'default-subnet' | 'backend-subnet' | typeof LOAD_SUBNET.name;
  groups: string[];
  rootGb?: number;
  rootType?: string;
  floatingIp?: boolean;
  data?: { name: string; size: number; type: string }[];
  metadata?: Record<string, string>;
  ageDays: number;
  /** Deletion protection (`NHN-EXT-ATTR:protect`). */
  protect?: boolean;
  /** Booted from an existing volume: the API answers `"image": ""`; the metadata names the image. */
  bootFromVolume?: boolean;
  /** The placement policy it was created in. */
  group?: string;
}

const DEMO_SERVERS: ServerSeed[] = [
  {
    name: 'web-01',
    status: 'ACTIVE',
    flavor: 'm2.c2m4',
    image: 'Ubuntu Server 22.04.4 LTS (2024.05.21)',
    zone: 0,
    subnet: 'default-subnet',
    groups: ['default', 'web', 'ssh-admin'],
    rootGb: 20,
    rootType: 'General SSD',
    floatingIp: true,
    data: [{ name: 'web-01-data', size: 100, type: 'General HDD' }],
    metadata: { role: 'web', team: 'platform' },
    ageDays: 42,
    group: 'web-spread',
  },
  {
    name: 'web-02',
    status: 'ACTIVE',
    flavor: 'm2.c2m4',
    image: 'Ubuntu Server 22.04.4 LTS (2024.05.21)',
    zone: 1,
    subnet: 'default-subnet',
    groups: ['default', 'web'],
    rootGb: 20,
    metadata: { role: 'web', team: 'platform' },
    ageDays: 41,
    group: 'web-spread',
  },
  {
    name: 'db-master',
    status: 'SHUTOFF',
    flavor: 'r2.c4m32',
    image: 'Rocky Linux 9.4 (2024.06.18)',
    zone: 0,
    subnet: 'backend-subnet',
    groups: ['default', 'db'],
    rootGb: 50,
    rootType: 'General SSD',
    data: [{ name: 'db-data', size: 200, type: 'General SSD' }],
    metadata: { role: 'database', backup: 'daily' },
    ageDays: 90,
    protect: true,
  },
  {
    name: 'batch-worker',
    status: 'SHELVED_OFFLOADED',
    flavor: 'c2.c4m4',
    image: 'Debian 12.6 Bookworm (2024.07.16)',
    zone: 1,
    subnet: 'backend-subnet',
    groups: ['default'],
    rootGb: 20,
    metadata: { role: 'batch' },
    ageDays: 30,
  },
  {
    name: 'legacy-app',
    status: 'ERROR',
    flavor: 't2.c1m1',
    image: 'CentOS 7.9 (2024.03.19)',
    zone: 0,
    subnet: 'default-subnet',
    groups: ['default'],
    rootGb: 20,
    metadata: { role: 'legacy', owner: 'ops' },
    ageDays: 200,
  },
  {
    name: 'win-ad-01',
    status: 'PAUSED',
    flavor: 'm2.c4m8',
    image: 'Windows 2022 STD (2024.08.20) KO',
    zone: 1,
    subnet: 'default-subnet',
    groups: ['default'],
    rootGb: 50,
    metadata: { role: 'directory' },
    ageDays: 60,
  },
  {
    name: 'dev-sandbox',
    status: 'ACTIVE',
    flavor: 'u2.c1m1',
    image: 'Ubuntu Server 24.04.1 LTS (2024.09.24)',
    zone: 0,
    subnet: 'default-subnet',
    groups: ['default', 'ssh-admin'],
    metadata: { role: 'development' },
    ageDays: 7,
  },
  {
    name: 'cache-01',
    status: 'SUSPENDED',
    flavor: 'r2.c2m16',
    image: 'Debian 12.6 Bookworm (2024.07.16)',
    zone: 1,
    subnet: 'backend-subnet',
    groups: ['default'],
    rootGb: 20,
    metadata: { role: 'cache' },
    ageDays: 15,
  },
  {
    name: 'app-from-volume',
    status: 'ACTIVE',
    flavor: 'm2.c1m2',
    image: 'Rocky Linux 9.4 (2024.06.18)',
    zone: 1,
    subnet: 'backend-subnet',
    groups: ['default'],
    rootGb: 30,
    metadata: { role: 'app' },
    ageDays: 20,
    bootFromVolume: true,
  },
];

/** The demo tenant's placement policies (배치 정책), with the servers created in them. */
const SERVER_GROUPS = ['web-spread'];

/** A snapshot of web-01's root volume, and a bootable volume made from it. */
const ROOT_SNAPSHOT = { server: 'web-01', name: 'web-01-root-snap', ageDays: 3 };
const RESTORED_VOLUME = { name: 'web-restore', type: 'General SSD', ageDays: 2 };

const OTHER_SERVERS: ServerSeed[] = [
  {
    name: 'other-app-01',
    status: 'ACTIVE',
    flavor: 'm2.c1m2',
    image: 'Ubuntu Server 22.04.4 LTS (2024.05.21)',
    zone: 0,
    subnet: 'default-subnet',
    groups: ['default'],
    rootGb: 20,
    ageDays: 12,
  },
  {
    name: 'other-db',
    status: 'SHUTOFF',
    flavor: 'r2.c2m16',
    image: 'Rocky Linux 9.4 (2024.06.18)',
    zone: 1,
    subnet: 'backend-subnet',
    groups: ['default'],
    rootGb: 40,
    ageDays: 20,
  },
];

const FREE_VOLUMES: { name: string; size: number; type: string; zone: 0 | 1; ageDays: number }[] = [
  { name: 'backup-vol', size: 100, type: 'General HDD', zone: 0, ageDays: 25 },
  { name: 'scratch-ssd', size: 50, type: 'General SSD', zone: 1, ageDays: 5 },
  { name: 'archive', size: 500, type: 'General HDD', zone: 0, ageDays: 120 },
];

const LOAD_STATUSES = [
  'ACTIVE',
  'ACTIVE',
  'ACTIVE',
  'SHUTOFF',
  'ACTIVE',
  'ERROR',
  'SHELVED_OFFLOADED',
  'PAUSED',
];
const LOAD_FLAVORS = ['m2.c2m4', 'u2.c1m1', 'c2.c2m2', 'm2.c4m8', 'u2.c2m4', 't2.c1m1'];

function flavorId(region: RegionId, name: string): string {
  return stableUuid('flavor', region, name);
}

function imageId(region: RegionId, name: string): string {
  return stableUuid('image', region, name);
}

function seedFlavors(region: RegionId): FlavorRecord[] {
  return FLAVORS.map(([name, vcpus, ramGb, diskGb]) => ({
    id: flavorId(region, name),
    name,
    vcpus,
    ramMb: ramGb * 1024,
    diskGb,
    ephemeralGb: 0,
    flavorType: FLAVOR_TYPES[name.slice(0, 2)] ?? 'general',
    isPublic: true,
    disabled: false,
  }));
}

function seedImages(region: RegionId, now: number): ImageRecord[] {
  return IMAGES.map((image) => {
    const created = now - image.ageDays * DAY;
    return {
      id: imageId(region, image.name),
      name: image.name,
      status: 'active',
      visibility: 'public',
      owner: 'c3d8d4a5d4b8451b8c1b1e8f2a9e7f10',
      minDiskGb: image.minDiskGb,
      minRamMb: image.minRamMb,
      sizeBytes: image.sizeBytes,
      createdAt: created,
      updatedAt: created,
      protected: true,
      diskFormat: 'qcow2',
      containerFormat: 'bare',
      properties: {
        os_type: image.osType,
        os_distro: image.distro,
        os_version: image.version,
        os_architecture: 'amd64',
        login_username: image.login,
        hypervisor_type: 'qemu',
        description: image.name,
        release_date: image.name.match(/\((\d{4}\.\d{2}\.\d{2})\)/)?.[1] ?? '',
      },
    };
  });
}

interface TenantSeedContext {
  region: RegionId;
  user: UserAccount;
  now: number;
  images: ImageRecord[];
  flavors: FlavorRecord[];
}

function seedNetwork(ctx: TenantSeedContext) {
  const { region, user, now } = ctx;
  const key = [region, user.tenantId];
  const vpc: VpcRecord = {
    id: stableUuid('vpc', ...key, 'Default Network'),
    name: 'Default Network',
    cidr: '192.168.0.0/16',
    createdAt: now - 400 * DAY,
  };
  const subnets: SubnetRecord[] = [
    {
      id: stableUuid('subnet', ...key, 'default-subnet'),
      name: 'default-subnet',
      vpcId: vpc.id,
      cidr: '192.168.0.0/24',
      gateway: '192.168.0.1',
      createdAt: now - 400 * DAY,
    },
    {
      id: stableUuid('subnet', ...key, 'backend-subnet'),
      name: 'backend-subnet',
      vpcId: vpc.id,
      cidr: '192.168.10.0/24',
      gateway: '192.168.10.1',
      createdAt: now - 300 * DAY,
    },
  ];
  const rule = (
    group: string,
    n: number,
    r: Omit<SecurityGroupRecord['rules'][number], 'id'>,
  ): SecurityGroupRecord['rules'][number] => ({
    id: stableUuid('sg-rule', ...key, group, n),
    ...r,
  });
  const defaultId = stableUuid('sg', ...key, 'default');
  const egress = (group: string) =>
    rule(group, 0, {
      direction: 'egress',
      protocol: null,
      portMin: null,
      portMax: null,
      remoteIpPrefix: null,
      remoteGroupId: null,
      description: '',
    });
  const tcpIn = (group: string, n: number, port: number, prefix: string, description: string) =>
    rule(group, n, {
      direction: 'ingress',
      protocol: 'tcp',
      portMin: port,
      portMax: port,
      remoteIpPrefix: prefix,
      remoteGroupId: null,
      description,
    });
  const securityGroups: SecurityGroupRecord[] = [
    {
      id: defaultId,
      name: 'default',
      description: 'Default security group',
      rules: [
        egress('default'),
        rule('default', 1, {
          direction: 'ingress',
          protocol: null,
          portMin: null,
          portMax: null,
          remoteIpPrefix: null,
          remoteGroupId: defaultId,
          description: 'Traffic between members of this group',
        }),
      ],
    },
    {
      id: stableUuid('sg', ...key, 'web'),
      name: 'web',
      description: 'HTTP and HTTPS from anywhere',
      rules: [
        egress('web'),
        tcpIn('web', 1, 80, '0.0.0.0/0', 'HTTP'),
        tcpIn('web', 2, 443, '0.0.0.0/0', 'HTTPS'),
      ],
    },
    {
      id: stableUuid('sg', ...key, 'ssh-admin'),
      name: 'ssh-admin',
      description: 'SSH from the office network',
      rules: [egress('ssh-admin'), tcpIn('ssh-admin', 1, 22, '203.0.113.0/24', 'Office SSH')],
    },
    {
      id: stableUuid('sg', ...key, 'db'),
      name: 'db',
      description: 'MySQL from inside the VPC',
      rules: [egress('db'), tcpIn('db', 1, 3306, '192.168.0.0/16', 'MySQL')],
    },
  ];
  return { vpcs: [vpc], subnets, securityGroups };
}

function seedKeypair(
  name: string,
  user: UserAccount,
  id: number,
  createdAt: number,
): KeypairRecord {
  const publicKey = SEED_KEYS[name];
  if (!publicKey) throw new Error(`no seed key named ${name}`);
  const parsed = parsePublicKey(publicKey);
  return {
    id,
    name,
    publicKey: parsed.openssh,
    fingerprint: parsed.fingerprint,
    type: 'ssh',
    userId: user.userId,
    createdAt,
  };
}

/**
 * Where the extra servers of NHN_EMULATOR_SERVERS live (issue 10): a subnet of their own in the
 * demo tenant's Default Network (192.168.0.0/16), added only when extra servers are asked for, so
 * the plain seed keeps its two /24 subnets. A /17 holds 32,756 instances.
 */
export const LOAD_SUBNET = {
  name: 'load-subnet',
  cidr: '192.168.128.0/17',
  gateway: '192.168.128.1',
} as const;

/** The most extra servers the load subnet has addresses for. */
export const MAX_EXTRA_SERVERS = usableHostCount(LOAD_SUBNET.cidr);

/** Each subnet's next free address while a tenant is seeded (one cursor per subnet id). */
type SeedAddresses = Map<string, AddressCursor>;

/** Builds one server with its ports, root volume and data volumes, as a create would. */
function seedServer(
  ctx: TenantSeedContext,
  state: TenantRegionState,
  seed: ServerSeed,
  index: number,
  addresses: SeedAddresses,
): void {
  const { region, user, now } = ctx;
  const key = [region, user.tenantId, seed.name];
  const flavor = ctx.flavors.find((f) => f.name === seed.flavor);
  const image = ctx.images.find((i) => i.name === seed.image);
  if (!flavor || !image)
    throw new Error(`seed server ${seed.name} names an unknown flavor or image`);
  const created = now - seed.ageDays * DAY - index * 17 * MINUTE;
  const zone = REGIONS[region].zones[seed.zone];
  const id = stableUuid('server', ...key);
  const steady = steadyState(seed.status);
  const server: ServerRecord = {
    id,
    name: seed.name,
    status: seed.status,
    vmState: steady.vmState,
    taskState: null,
    powerState: steady.powerState,
    flavorId: flavor.id,
    imageId: seed.bootFromVolume ? '' : image.id,
    keyName: user.username.startsWith('demo') ? 'demo-key' : 'other-key',
    availabilityZone: zone,
    hostId: stableHex(56, 'host', user.tenantId, region, index % 3),
    userId: user.userId,
    tenantId: user.tenantId,
    created,
    updated: Math.min(created + 90 * 1000 + index * DAY, now - MINUTE),
    launchedAt: created + 75 * 1000,
    terminatedAt: null,
    metadata: {
      ...imageMetadata(image, seed.rootGb ?? flavor.diskGb),
      ...seed.metadata,
    },
    reservationId: `r-${stableHex(8, 'reservation', ...key)}`,
    userData: null,
    diskConfig: 'MANUAL',
    protect: seed.protect ?? false,
  };
  state.servers.push(server);
  if (seed.group) {
    const group = state.serverGroups.find((g) => g.name === seed.group);
    if (!group) throw new Error(`seed server ${seed.name} names an unknown placement policy`);
    group.members.push(id);
  }

  const subnet = state.subnets.find((s) => s.name === seed.subnet);
  if (!subnet) throw new Error(`no subnet ${seed.subnet}`);
  // The seed allocates in order and never frees, so a cursor per subnet finds the first free
  // address that a scan from the start would (linear seeding: issue 10).
  let cursor = addresses.get(subnet.id);
  if (!cursor) {
    cursor = new AddressCursor(subnet.cidr, subnet.gateway);
    addresses.set(subnet.id, cursor);
  }
  const ipAddress = cursor.take();
  if (!ipAddress) throw new Error(`subnet ${subnet.name} is full`);
  const port: PortRecord = {
    id: stableUuid('port', ...key),
    name: '',
    networkId: subnet.vpcId,
    subnetId: subnet.id,
    ipAddress,
    macAddress: macFrom(...key),
    deviceId: id,
    deviceOwner: `compute:${zone}`,
    status: server.powerState === 1 ? 'ACTIVE' : 'DOWN',
    securityGroupIds: seed.groups.map((name) => {
      const group = state.securityGroups.find((g) => g.name === name);
      if (!group) throw new Error(`no security group ${name}`);
      return group.id;
    }),
    createdAt: created,
  };
  state.ports.push(port);

  if (seed.floatingIp) {
    const floating: FloatingIpRecord = {
      id: stableUuid('fip', ...key),
      address: `${REGIONS[region].publicIpPrefix}.${40 + state.floatingIps.length}`,
      portId: port.id,
    };
    state.floatingIps.push(floating);
  }

  if (seed.rootGb) {
    // A server booted from a volume was given a volume made earlier, kept when it is deleted.
    const earlier = seed.bootFromVolume ? 2 * DAY : 0;
    state.volumes.push({
      id: stableUuid('volume', ...key, 'root'),
      name: seed.bootFromVolume ? `${seed.name}-root` : '',
      description: null,
      size: seed.rootGb,
      status: 'in-use',
      volumeType: seed.rootType ?? 'General HDD',
      availabilityZone: zone,
      bootable: true,
      attachments: [
        {
          serverId: id,
          device: '/dev/vda',
          attachedAt: created,
          deleteOnTermination: !seed.bootFromVolume,
        },
      ],
      metadata: {},
      userId: user.userId,
      tenantId: user.tenantId,
      createdAt: created - earlier,
      updatedAt: created + 60 * 1000,
      imageId: image.id,
      snapshotId: null,
      encryptionKeyId: null,
    });
  }
  seed.data?.forEach((data, n) => {
    state.volumes.push({
      id: stableUuid('volume', ...key, data.name),
      name: data.name,
      description: `Data volume of ${seed.name}`,
      size: data.size,
      status: 'in-use',
      volumeType: data.type,
      availabilityZone: zone,
      bootable: false,
      attachments: [
        {
          serverId: id,
          device: `/dev/vd${String.fromCharCode(98 + n)}`,
          attachedAt: created + DAY,
          deleteOnTermination: false,
        },
      ],
      metadata: {},
      userId: user.userId,
      tenantId: user.tenantId,
      createdAt: created + DAY,
      updatedAt: created + DAY,
      imageId: null,
      snapshotId: null,
      encryptionKeyId: null,
    });
  });
}

/**
 * A snapshot of a root volume, and a bootable volume made from it: NHN's volume create takes a
 * `snapshot_id`, not an image, so this is how a new bootable volume comes about.
 */
function seedSnapshot(ctx: TenantSeedContext, state: TenantRegionState): void {
  const { region, user, now } = ctx;
  const server = state.servers.find((s) => s.name === ROOT_SNAPSHOT.server);
  const root = state.volumes.find((v) =>
    v.attachments.some((a) => a.serverId === server?.id && a.device === '/dev/vda'),
  );
  if (!server || !root) throw new Error(`no root volume of ${ROOT_SNAPSHOT.server} to snapshot`);
  const snapshotAt = now - ROOT_SNAPSHOT.ageDays * DAY;
  const snapshot = {
    id: stableUuid('snapshot', region, user.tenantId, ROOT_SNAPSHOT.name),
    name: ROOT_SNAPSHOT.name,
    description: `Root volume of ${server.name} before the upgrade`,
    volumeId: root.id,
    size: root.size,
    status: 'available',
    metadata: {},
    createdAt: snapshotAt,
  };
  state.snapshots.push(snapshot);
  const restoredAt = now - RESTORED_VOLUME.ageDays * DAY;
  state.volumes.push({
    id: stableUuid('volume', region, user.tenantId, RESTORED_VOLUME.name),
    name: RESTORED_VOLUME.name,
    description: `Made from snapshot ${snapshot.name}`,
    size: root.size,
    status: 'available',
    volumeType: RESTORED_VOLUME.type,
    availabilityZone: root.availabilityZone,
    bootable: true,
    attachments: [],
    metadata: {},
    userId: user.userId,
    tenantId: user.tenantId,
    createdAt: restoredAt,
    updatedAt: restoredAt,
    imageId: root.imageId,
    snapshotId: snapshot.id,
    encryptionKeyId: null,
  });
}

/** The shared external network of a region, as every tenant's VPC list shows it. */
function seedExternalNetwork(region: RegionId, now: number): ExternalNetworkRecord {
  return {
    id: stableUuid('external-network', region),
    name: 'public_network',
    ownerTenantId: 'e873d250f2ca40b78e2c12cfbaaeb740',
    cidr: '0.0.0.0/0',
    subnetId: stableUuid('external-subnet', region),
    subnetName: 'public_snat_gateway',
    subnetCidr: '100.127.64.0/24',
    gateway: '100.127.64.1',
    createdAt: now - 900 * DAY,
  };
}

/** NHN copies the image's properties into a new server's metadata (spec example). */
export function imageMetadata(image: ImageRecord, rootGb: number): Record<string, string> {
  const p = image.properties;
  const meta: Record<string, string> = { image_name: image.name, volume_size: String(rootGb) };
  for (const key of [
    'os_distro',
    'os_version',
    'os_type',
    'os_architecture',
    'login_username',
    'hypervisor_type',
    'description',
  ]) {
    const value = p[key];
    if (value) meta[key] = key === 'os_type' && value === 'windows' ? 'Windows' : value;
  }
  return meta;
}

/**
 * Regions a tenant has used for a while hold the full seed; a region opened recently (kr3,
 * Gwangju, January 2026) holds only what NHN Cloud gives every project there: the default VPC
 * and security groups. It is where an empty region looks as operators first see it.
 */
const NEW_REGIONS: readonly RegionId[] = ['kr3'];

/** A region the tenant has not used yet: the default network and security groups, nothing else. */
function seedNewRegion(ctx: TenantSeedContext): TenantRegionState {
  return {
    servers: [],
    deletedServers: [],
    keypairs: [],
    volumes: [],
    ...seedNetwork(ctx),
    ports: [],
    floatingIps: [],
    snapshots: [],
    serverGroups: [],
  };
}

function seedTenant(
  ctx: TenantSeedContext,
  extraServers: number,
  keypairId: number,
): TenantRegionState {
  const { user, now, region } = ctx;
  if (NEW_REGIONS.includes(region)) return seedNewRegion(ctx);
  const demo = user.username.startsWith('demo');
  const state: TenantRegionState = {
    servers: [],
    deletedServers: [],
    keypairs: [seedKeypair(demo ? 'demo-key' : 'other-key', user, keypairId, now - 200 * DAY)],
    volumes: [],
    ...seedNetwork(ctx),
    ports: [],
    floatingIps: [],
    snapshots: [],
    serverGroups: (demo ? SERVER_GROUPS : []).map((name) => ({
      id: stableUuid('server-group', region, user.tenantId, name),
      name,
      policies: ['anti-affinity'],
      members: [],
      createdAt: now - 45 * DAY,
    })),
  };
  const addresses: SeedAddresses = new Map();
  (demo ? DEMO_SERVERS : OTHER_SERVERS).forEach((seed, i) => {
    seedServer(ctx, state, seed, i, addresses);
  });
  if (extraServers > MAX_EXTRA_SERVERS) {
    throw new Error(
      `NHN_EMULATOR_SERVERS=${extraServers}: the load subnet ${LOAD_SUBNET.cidr} has room for ${MAX_EXTRA_SERVERS}.`,
    );
  }
  if (extraServers > 0) {
    state.subnets.push({
      id: stableUuid('subnet', region, user.tenantId, LOAD_SUBNET.name),
      name: LOAD_SUBNET.name,
      vpcId: state.vpcs[0]?.id ?? '',
      cidr: LOAD_SUBNET.cidr,
      gateway: LOAD_SUBNET.gateway,
      createdAt: now - 60 * DAY,
    });
  }
  for (let i = 0; i < extraServers; i++) {
    const n = String(i + 1).padStart(4, '0');
    const flavor = LOAD_FLAVORS[i % LOAD_FLAVORS.length] ?? 'm2.c2m4';
    seedServer(
      ctx,
      state,
      {
        name: `load-${n}`,
        status: LOAD_STATUSES[i % LOAD_STATUSES.length] ?? 'ACTIVE',
        flavor,
        image: (IMAGES[i % 5] ?? IMAGES[0])?.name ?? '',
        zone: (i % 2) as 0 | 1,
        subnet: LOAD_SUBNET.name,
        groups: ['default'],
        rootGb: flavor.startsWith('u2') ? undefined : 20,
        metadata: { role: 'load-test' },
        ageDays: 1 + (i % 30),
      },
      DEMO_SERVERS.length + i,
      addresses,
    );
  }
  for (const volume of demo ? FREE_VOLUMES : FREE_VOLUMES.slice(0, 1)) {
    const created = now - volume.ageDays * DAY;
    state.volumes.push({
      id: stableUuid('volume', region, user.tenantId, volume.name),
      name: demo ? volume.name : `other-${volume.name}`,
      description: null,
      size: volume.size,
      status: 'available',
      volumeType: volume.type,
      availabilityZone: REGIONS[region].zones[volume.zone],
      bootable: false,
      attachments: [],
      metadata: {},
      userId: user.userId,
      tenantId: user.tenantId,
      createdAt: created,
      updatedAt: created,
      imageId: null,
      snapshotId: null,
      encryptionKeyId: null,
    });
  }
  if (demo) seedSnapshot(ctx, state);
  // One floating IP that no port uses yet.
  state.floatingIps.push({
    id: stableUuid('fip', region, user.tenantId, 'spare'),
    address: `${REGIONS[region].publicIpPrefix}.${90 + (demo ? 0 : 1)}`,
    portId: null,
  });
  return state;
}

export interface SeedOptions {
  now: number;
  extraServers: number;
}

export function seedState({ now, extraServers }: SeedOptions): EmulatorState {
  let keypairId = 40;
  const regions = {} as Record<RegionId, RegionState>;
  for (const region of REGION_IDS) {
    const flavors = seedFlavors(region);
    const images = seedImages(region, now);
    const tenants: Record<string, TenantRegionState> = {};
    for (const user of USERS) {
      if (!user.regions.includes(region)) continue;
      const extra = region === 'kr1' && user.username.startsWith('demo') ? extraServers : 0;
      tenants[user.tenantId] = seedTenant(
        { region, user, now, images, flavors },
        extra,
        keypairId++,
      );
    }
    regions[region] = {
      flavors,
      images,
      externalNetwork: seedExternalNetwork(region, now),
      tenants,
    };
  }
  return {
    version: 2,
    clockOffsetMs: 0,
    nextKeypairId: keypairId + 10,
    eventSeq: 0,
    tokens: {},
    regions,
    events: [],
  };
}
