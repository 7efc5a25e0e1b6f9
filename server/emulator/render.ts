/**
 * Records → the wire shapes of the spec. Derived facts (a server's addresses, security groups and
 * volumes) are computed here from the records that own them. Images, volumes and snapshots are
 * render-storage.ts, the network's shapes render-network.ts.
 */

import type {
  Flavor,
  KeypairDetail,
  Server,
  VolumeAttachment,
} from '../../src/domain/compute-types';
import type { ServerGroup } from '../../src/domain/server-group';
import type {
  FlavorRecord,
  FloatingIpRecord,
  KeypairRecord,
  PortRecord,
  RegionId,
  ServerGroupRecord,
  ServerRecord,
  TenantRegionState,
  VolumeRecord,
} from './state';
import { isoMicros, isoSeconds } from './time';

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
