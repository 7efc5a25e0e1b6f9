/**
 * Records → the wire shapes of the spec. Derived facts (a server's addresses, security groups and
 * volumes) are computed here from the records that own them.
 */

import type { Snapshot, Volume } from '../../src/domain/block-storage-types';
import type {
  Flavor,
  KeypairDetail,
  Server,
  VolumeAttachment,
} from '../../src/domain/compute-types';
import type { Image } from '../../src/domain/image-types';
import type {
  FloatingIp,
  Network,
  Port,
  SecurityGroup,
  Subnet,
  Vpc,
  VpcSubnet,
} from '../../src/domain/network-types';
import type { ServerGroup } from '../../src/domain/server-group';
import { allocationPool, usableHostCount } from './ipv4';
import type {
  ExternalNetworkRecord,
  FlavorRecord,
  FloatingIpRecord,
  ImageRecord,
  KeypairRecord,
  PortRecord,
  RegionId,
  SecurityGroupRecord,
  ServerGroupRecord,
  ServerRecord,
  SnapshotRecord,
  SubnetRecord,
  TenantRegionState,
  VolumeRecord,
  VpcRecord,
} from './state';
import { isoMicros, isoSeconds, spaced } from './time';

/** Where the compute API of a tenant lives, for `links`. */
export interface ComputeBase {
  origin: string;
  region: RegionId;
  tenantId: string;
}

const computeUrl = ({ origin, region, tenantId }: ComputeBase) =>
  `${origin}/compute/${region}/v2/${tenantId}`;
const bookmarkUrl = ({ origin, region, tenantId }: ComputeBase) =>
  `${origin}/compute/${region}/${tenantId}`;

export function links(base: ComputeBase, kind: string, id: string) {
  return [
    { href: `${computeUrl(base)}/${kind}/${id}`, rel: 'self' },
    { href: `${bookmarkUrl(base)}/${kind}/${id}`, rel: 'bookmark' },
  ];
}

export function renderFlavorSummary(base: ComputeBase, flavor: FlavorRecord) {
  return { id: flavor.id, links: links(base, 'flavors', flavor.id), name: flavor.name };
}

export function renderFlavor(base: ComputeBase, flavor: FlavorRecord): Flavor {
  return {
    ...renderFlavorSummary(base, flavor),
    ram: flavor.ramMb,
    'OS-FLV-DISABLED:disabled': flavor.disabled,
    vcpus: flavor.vcpus,
    extra_specs: { flavor_type: flavor.flavorType },
    // NHN answers "" where Nova would say 0 (neighbour-apis.md): keep the quirk.
    swap: '',
    'os-flavor-access:is_public': flavor.isPublic,
    rxtx_factor: 1.0,
    'OS-FLV-EXT-DATA:ephemeral': flavor.ephemeralGb,
    disk: flavor.diskGb,
  };
}

export function renderKeypair(keypair: KeypairRecord): KeypairDetail {
  return {
    public_key: keypair.publicKey,
    user_id: keypair.userId,
    name: keypair.name,
    deleted: false,
    created_at: isoMicros(keypair.createdAt),
    updated_at: null,
    fingerprint: keypair.fingerprint,
    deleted_at: null,
    id: keypair.id,
  };
}

/** Appends `value` to the list under `key`. */
function group<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Indexes a tenant's ports, floating IPs, networks and volumes by server, so rendering a server
 * costs what it owns, not what the tenant owns. Built from the records in one pass; the store
 * keeps one per tenant until the state changes (TenantIndex in indexes.ts, issue 10).
 */
export class ServerIndex {
  private readonly portsByServer = new Map<string, PortRecord[]>();
  private readonly volumesByServer = new Map<string, VolumeRecord[]>();
  private readonly floatingByPort = new Map<string, FloatingIpRecord[]>();
  private readonly vpcNames = new Map<string, string>();
  private readonly ephemeralByFlavor = new Map<string, number>();

  constructor(
    readonly tenant: TenantRegionState,
    flavors: readonly FlavorRecord[] = [],
  ) {
    for (const port of tenant.ports) group(this.portsByServer, port.deviceId, port);
    for (const volume of tenant.volumes) {
      for (const attachment of volume.attachments) {
        group(this.volumesByServer, attachment.serverId, volume);
      }
    }
    for (const fip of tenant.floatingIps)
      if (fip.portId) group(this.floatingByPort, fip.portId, fip);
    // The first record of an id wins, as `find` would.
    for (const vpc of tenant.vpcs)
      if (!this.vpcNames.has(vpc.id)) this.vpcNames.set(vpc.id, vpc.name);
    for (const flavor of flavors) {
      if (!this.ephemeralByFlavor.has(flavor.id))
        this.ephemeralByFlavor.set(flavor.id, flavor.ephemeralGb);
    }
  }

  ports(serverId: string): PortRecord[] {
    return this.portsByServer.get(serverId) ?? [];
  }

  floatingIps(portId: string): FloatingIpRecord[] {
    return this.floatingByPort.get(portId) ?? [];
  }

  /** The name of the VPC a port is in (its id when the VPC is gone). */
  networkName(networkId: string): string {
    return this.vpcNames.get(networkId) ?? networkId;
  }

  volumes(serverId: string): VolumeRecord[] {
    return this.volumesByServer.get(serverId) ?? [];
  }

  attachments(serverId: string): VolumeAttachment[] {
    return this.volumes(serverId)
      .flatMap((volume) =>
        volume.attachments
          .filter((a) => a.serverId === serverId)
          .map((a) => ({ id: volume.id, device: a.device, serverId, volumeId: volume.id })),
      )
      .sort((a, b) => a.device.localeCompare(b.device));
  }

  /** The extra local disk its flavor gives (GB), for `NHN-EXT-ATTR:ephemeral_disk_size`. */
  ephemeralGb(server: ServerRecord): number {
    return this.ephemeralByFlavor.get(server.flavorId) ?? 0;
  }

  securityGroupNames(serverId: string): string[] {
    const ids = new Set(this.ports(serverId).flatMap((p) => p.securityGroupIds));
    return this.tenant.securityGroups.filter((g) => ids.has(g.id)).map((g) => g.name);
  }
}

export function renderServer(base: ComputeBase, server: ServerRecord, index: ServerIndex): Server {
  const addresses: Server['addresses'] = {};
  for (const port of index.ports(server.id)) {
    const name = index.networkName(port.networkId);
    const list = addresses[name] ?? [];
    list.push({
      'OS-EXT-IPS-MAC:mac_addr': port.macAddress,
      version: 4,
      addr: port.ipAddress,
      'OS-EXT-IPS:type': 'fixed',
    });
    for (const fip of index.floatingIps(port.id)) {
      list.push({
        'OS-EXT-IPS-MAC:mac_addr': port.macAddress,
        version: 4,
        addr: fip.address,
        'OS-EXT-IPS:type': 'floating',
      });
    }
    addresses[name] = list;
  }
  const deleted = server.status === 'DELETED';
  return {
    status: server.status,
    updated: isoSeconds(server.updated),
    hostId: server.hostId,
    addresses: deleted ? {} : addresses,
    links: links(base, 'servers', server.id),
    key_name: server.keyName,
    // Booted from a volume or a snapshot: no image (neighbouring facts of current/README.md).
    image:
      server.imageId === ''
        ? ''
        : {
            id: server.imageId,
            links: [{ href: `${bookmarkUrl(base)}/images/${server.imageId}`, rel: 'bookmark' }],
          },
    'OS-EXT-STS:task_state': server.taskState,
    'OS-EXT-STS:vm_state': server.vmState,
    'OS-SRV-USG:launched_at': server.launchedAt === null ? null : isoMicros(server.launchedAt),
    flavor: {
      id: server.flavorId,
      links: [{ href: `${bookmarkUrl(base)}/flavors/${server.flavorId}`, rel: 'bookmark' }],
    },
    id: server.id,
    security_groups: deleted ? [] : index.securityGroupNames(server.id).map((name) => ({ name })),
    'OS-SRV-USG:terminated_at':
      server.terminatedAt === null ? null : isoSeconds(server.terminatedAt),
    'OS-EXT-AZ:availability_zone': server.availabilityZone,
    user_id: server.userId,
    name: server.name,
    created: isoSeconds(server.created),
    tenant_id: server.tenantId,
    'os-extended-volumes:volumes_attached': deleted
      ? []
      : index.attachments(server.id).map((a) => ({ id: a.volumeId })),
    accessIPv4: '',
    accessIPv6: '',
    progress: server.status === 'BUILD' ? 50 : 0,
    'OS-EXT-STS:power_state': server.powerState,
    config_drive: '',
    metadata: server.metadata,
    'NHN-EXT-ATTR:ephemeral_disk_size': index.ephemeralGb(server),
    'NHN-EXT-ATTR:protect': server.protect,
  };
}

export function renderImage(image: ImageRecord): Image {
  return {
    ...image.properties,
    id: image.id,
    name: image.name,
    status: image.status,
    visibility: image.visibility,
    protected: image.protected,
    container_format: image.containerFormat,
    disk_format: image.diskFormat,
    min_disk: image.minDiskGb,
    min_ram: image.minRamMb,
    size: image.sizeBytes,
    owner: image.owner,
    created_at: isoSeconds(image.createdAt),
    updated_at: isoSeconds(image.updatedAt),
    self: `/v2/images/${image.id}`,
    file: `/v2/images/${image.id}/file`,
    schema: '/v2/schemas/image',
    tags: [],
    ...(image.instanceUuid ? { instance_uuid: image.instanceUuid, image_type: 'snapshot' } : {}),
  };
}

export function renderVolume(
  volume: VolumeRecord,
  links: { href: string; rel: string }[],
  images: ImageRecord[],
): Volume {
  const image = volume.imageId ? images.find((i) => i.id === volume.imageId) : undefined;
  return {
    id: volume.id,
    name: volume.name,
    description: volume.description,
    size: volume.size,
    status: volume.status,
    volume_type: volume.volumeType,
    availability_zone: volume.availabilityZone,
    // Cinder says "true"/"false" as strings (neighbour-apis.md).
    bootable: volume.bootable ? 'true' : 'false',
    encrypted: volume.encryptionKeyId !== null,
    multiattach: false,
    ...(volume.encryptionKeyId
      ? { nhn_encryption: { skm_key_id: volume.encryptionKeyId, skm_key_version: 1 } }
      : {}),
    attachments: volume.attachments.map((a) => ({
      server_id: a.serverId,
      attachment_id: `${volume.id.slice(0, 24)}${a.serverId.slice(24)}`,
      volume_id: volume.id,
      device: a.device,
      id: volume.id,
      host_name: null,
      attached_at: isoMicros(a.attachedAt),
    })),
    snapshot_id: volume.snapshotId,
    source_volid: null,
    consistencygroup_id: null,
    replication_status: 'disabled',
    'os-volume-replication:extended_status': null,
    'os-volume-replication:driver_data': null,
    metadata: volume.metadata,
    user_id: volume.userId,
    'os-vol-tenant-attr:tenant_id': volume.tenantId,
    created_at: isoMicros(volume.createdAt),
    updated_at: volume.updatedAt === null ? null : isoMicros(volume.updatedAt),
    links,
    ...(image
      ? {
          volume_image_metadata: {
            image_id: image.id,
            image_name: image.name,
            ...image.properties,
          },
        }
      : {}),
  };
}

export function renderVpc(
  vpc: VpcRecord,
  tenantId: string,
  subnets?: SubnetRecord[],
  ports: PortRecord[] = [],
): Vpc {
  return {
    id: vpc.id,
    name: vpc.name,
    tenant_id: tenantId,
    state: 'available',
    create_time: spaced(vpc.createdAt),
    cidrv4: vpc.cidr,
    'router:external': false,
    shared: false,
    // The ports count against available_ip_count, as in GET /vpcsubnets: one subnet, one count.
    ...(subnets ? { subnets: subnets.map((s) => renderVpcSubnet(s, vpc, tenantId, ports)) } : {}),
  };
}

export function renderVpcSubnet(
  subnet: SubnetRecord,
  vpc: VpcRecord | undefined,
  tenantId: string,
  ports: PortRecord[],
): VpcSubnet {
  const used = ports.filter((p) => p.subnetId === subnet.id).length;
  return {
    id: subnet.id,
    name: subnet.name,
    vpc_id: subnet.vpcId,
    tenant_id: tenantId,
    state: 'available',
    create_time: spaced(subnet.createdAt),
    cidr: subnet.cidr,
    gateway: subnet.gateway,
    available_ip_count: usableHostCount(subnet.cidr) - used,
    'router:external': false,
    shared: false,
    vpc: { id: subnet.vpcId, name: vpc?.name ?? '', cidrv4: vpc?.cidr ?? '' },
  };
}

/** The shared external network as a VPC (current/vpc-api.ko.md, VPC 목록 보기's example). */
export function renderExternalVpc(external: ExternalNetworkRecord, withSubnets: boolean): Vpc {
  return {
    'router:external': true,
    name: external.name,
    tenant_id: external.ownerTenantId,
    state: 'available',
    create_time: spaced(external.createdAt),
    cidrv4: external.cidr,
    shared: true,
    id: external.id,
    ...(withSubnets ? { subnets: [renderExternalVpcSubnet(external)] } : {}),
  };
}

export function renderExternalVpcSubnet(external: ExternalNetworkRecord): VpcSubnet {
  return {
    'router:external': true,
    name: external.subnetName,
    tenant_id: external.ownerTenantId,
    gateway: external.gateway,
    state: 'available',
    create_time: spaced(external.createdAt),
    available_ip_count: 1,
    vpc: { id: external.id, name: external.name, cidrv4: external.cidr },
    shared: true,
    id: external.subnetId,
    vpc_id: external.id,
    cidr: external.subnetCidr,
  };
}

export function renderExternalNetwork(external: ExternalNetworkRecord): Network {
  return {
    id: external.id,
    name: external.name,
    tenant_id: external.ownerTenantId,
    status: 'ACTIVE',
    subnets: [external.subnetId],
    admin_state_up: true,
    shared: true,
    'router:external': true,
  };
}

export function renderExternalSubnet(external: ExternalNetworkRecord): Subnet {
  const prefix = external.subnetCidr.split('/')[0]?.split('.').slice(0, 3).join('.') ?? '';
  return {
    id: external.subnetId,
    name: external.subnetName,
    network_id: external.id,
    tenant_id: external.ownerTenantId,
    cidr: external.subnetCidr,
    gateway_ip: external.gateway,
    ip_version: 4,
    enable_dhcp: true,
    allocation_pools: [{ start: `${prefix}.2`, end: `${prefix}.254` }],
  };
}

export function renderNetwork(vpc: VpcRecord, tenantId: string, subnets: SubnetRecord[]): Network {
  return {
    id: vpc.id,
    name: vpc.name,
    tenant_id: tenantId,
    status: 'ACTIVE',
    subnets: subnets.filter((s) => s.vpcId === vpc.id).map((s) => s.id),
    admin_state_up: true,
    shared: false,
    'router:external': false,
  };
}

export function renderSubnet(subnet: SubnetRecord, tenantId: string): Subnet {
  return {
    id: subnet.id,
    name: subnet.name,
    network_id: subnet.vpcId,
    tenant_id: tenantId,
    cidr: subnet.cidr,
    gateway_ip: subnet.gateway,
    ip_version: 4,
    enable_dhcp: true,
    // x.11–x.254 for a /24; the load subnet of NHN_EMULATOR_SERVERS is larger (issue 10).
    allocation_pools: [allocationPool(subnet.cidr)],
  };
}

export function renderSecurityGroup(group: SecurityGroupRecord, tenantId: string): SecurityGroup {
  return {
    id: group.id,
    name: group.name,
    description: group.description,
    tenant_id: tenantId,
    security_group_rules: group.rules.map((rule) => ({
      id: rule.id,
      direction: rule.direction,
      ethertype: 'IPv4',
      protocol: rule.protocol,
      port_range_min: rule.portMin,
      port_range_max: rule.portMax,
      remote_ip_prefix: rule.remoteIpPrefix,
      remote_group_id: rule.remoteGroupId,
      security_group_id: group.id,
      tenant_id: tenantId,
      description: rule.description,
    })),
  };
}

export function renderPort(port: PortRecord, tenantId: string): Port {
  return {
    id: port.id,
    name: port.name,
    network_id: port.networkId,
    tenant_id: tenantId,
    mac_address: port.macAddress,
    admin_state_up: true,
    status: port.status,
    device_id: port.deviceId,
    device_owner: port.deviceOwner,
    fixed_ips: [{ subnet_id: port.subnetId, ip_address: port.ipAddress }],
    security_groups: port.securityGroupIds,
  };
}

export function renderFloatingIp(
  fip: TenantRegionState['floatingIps'][number],
  tenant: TenantRegionState,
  tenantId: string,
  externalNetworkId: string,
): FloatingIp {
  const port = fip.portId ? tenant.ports.find((p) => p.id === fip.portId) : undefined;
  return {
    id: fip.id,
    floating_ip_address: fip.address,
    floating_network_id: externalNetworkId,
    fixed_ip_address: port?.ipAddress ?? null,
    port_id: fip.portId,
    tenant_id: tenantId,
    status: port ? 'ACTIVE' : 'DOWN',
  };
}

/** A snapshot as 스냅숏 목록 상세 보기 / 스냅숏 보기 answer it (`detail: false`: 스냅숏 목록 보기). */
export function renderSnapshot(
  snapshot: SnapshotRecord,
  tenantId: string,
  detail = true,
): Snapshot {
  const base: Snapshot = {
    status: snapshot.status,
    description: snapshot.description,
    created_at: isoMicros(snapshot.createdAt),
    metadata: snapshot.metadata,
    volume_id: snapshot.volumeId,
    size: snapshot.size,
    id: snapshot.id,
    name: snapshot.name,
  };
  if (!detail) return base;
  return {
    ...base,
    'os-extended-snapshot-attributes:progress': snapshot.status === 'available' ? '100%' : '0%',
    'os-extended-snapshot-attributes:project_id': tenantId,
  };
}

/** A placement policy (배치 정책); its metadata is always empty (guide: 항상 빈 값으로 표시됨). */
export function renderServerGroup(group: ServerGroupRecord): ServerGroup {
  return {
    id: group.id,
    name: group.name,
    policies: [...group.policies],
    members: [...group.members],
    metadata: {},
  };
}
