/**
 * Network records → the wire shapes of the spec (neighbour-apis.md, Network API v2): VPCs and
 * their subnets, the shared external network, security groups, ports and floating IPs. A VPC's
 * and a subnet's derived facts (their ports, the allocation pool) are computed here.
 */
import type {
  FloatingIp,
  Network,
  Port,
  SecurityGroup,
  Subnet,
  Vpc,
  VpcSubnet,
} from '../../src/domain/network-types';
import { allocationPool, usableHostCount } from './ipv4';
import type {
  ExternalNetworkRecord,
  PortRecord,
  SecurityGroupRecord,
  SubnetRecord,
  TenantRegionState,
  VpcRecord,
} from './state';
import { spaced } from './time';

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
