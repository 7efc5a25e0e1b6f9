/** Wire types of the Network (VPC) API v2.0 (neighbour-apis.md). */

export interface Vpc {
  id: string;
  name: string;
  tenant_id: string;
  state: string;
  /** `YYYY-MM-DD hh:mm:ss`, no time zone. */
  create_time: string;
  cidrv4: string;
  'router:external': boolean;
  shared: boolean;
  subnets?: VpcSubnet[];
}

export interface VpcSubnet {
  id: string;
  name: string;
  vpc_id: string;
  tenant_id: string;
  state: string;
  create_time: string;
  cidr: string;
  gateway: string;
  available_ip_count: number;
  'router:external': boolean;
  shared: boolean;
  vpc: { id: string; name: string; cidrv4: string };
}

export interface Network {
  id: string;
  name: string;
  tenant_id: string;
  status: string;
  subnets: string[];
  admin_state_up: boolean;
  shared: boolean;
  'router:external': boolean;
}

export interface Subnet {
  id: string;
  name: string;
  network_id: string;
  tenant_id: string;
  cidr: string;
  gateway_ip: string;
  ip_version: number;
  enable_dhcp: boolean;
  allocation_pools: { start: string; end: string }[];
}

interface SecurityGroupRule {
  id: string;
  direction: 'ingress' | 'egress';
  ethertype: 'IPv4';
  protocol: string | null;
  port_range_min: number | null;
  port_range_max: number | null;
  remote_ip_prefix: string | null;
  remote_group_id: string | null;
  security_group_id: string;
  tenant_id: string;
  description?: string;
}

export interface SecurityGroup {
  id: string;
  name: string;
  description: string;
  tenant_id: string;
  security_group_rules: SecurityGroupRule[];
}

export interface Port {
  id: string;
  name: string;
  network_id: string;
  tenant_id: string;
  mac_address: string;
  admin_state_up: boolean;
  status: string;
  device_id: string;
  device_owner: string;
  fixed_ips: { subnet_id: string; ip_address: string }[];
  security_groups: string[];
}

export interface FloatingIp {
  id: string;
  floating_ip_address: string;
  floating_network_id: string;
  fixed_ip_address: string | null;
  port_id: string | null;
  tenant_id: string;
  status: 'ACTIVE' | 'DOWN' | 'ERROR';
}
