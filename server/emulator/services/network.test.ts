/**
 * Contract tests for the Network API (neighbour-apis.md, "Network API (VPC)"): VPCs and VPC
 * subnets, their OpenStack views (networks, subnets), security groups, ports and floating IPs,
 * and Neutron-shaped errors.
 */
import { describe, expect, it } from 'vitest';
import { DEMO, OTHER, rawRequest, shapeMismatches, type TestClient, testClient } from '../testing';

/** The examples of neighbour-apis.md, "Network API (VPC)", with the values it gives. */
const DOC_VPC = {
  id: '',
  name: '',
  tenant_id: '',
  state: 'available',
  create_time: '2020-02-27 03:16:05',
  cidrv4: '192.168.0.0/16',
  'router:external': false,
  shared: false,
};
const DOC_VPCSUBNET = {
  id: '',
  name: '',
  vpc_id: '',
  tenant_id: '',
  state: 'available',
  create_time: '',
  cidr: '192.168.0.0/24',
  gateway: '192.168.0.1',
  available_ip_count: 251,
  'router:external': false,
  shared: false,
  vpc: { id: '', name: '', cidrv4: '' },
};
const DOC_SECURITY_GROUP = {
  id: '',
  name: 'default',
  description: '',
  tenant_id: '',
  security_group_rules: [
    {
      id: '',
      direction: 'ingress',
      ethertype: 'IPv4',
      protocol: 'tcp',
      port_range_min: 22,
      port_range_max: 22,
      remote_ip_prefix: '0.0.0.0/0',
      remote_group_id: null,
      security_group_id: '',
    },
  ],
};
const DOC_FLOATING_IP = {
  id: '',
  floating_ip_address: '',
  floating_network_id: '',
  fixed_ip_address: '',
  port_id: '',
  status: 'ACTIVE',
};

const SPACED = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/;
/** The tenant's own networks: everything but the shared external one. */
const own = (list: any[]) => list.filter((item) => item['router:external'] !== true);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

async function get(client: TestClient, path: string) {
  const res = await client.network('GET', path);
  expect(res.status, path).toBe(200);
  return res.body;
}

function ipToInt(ip: string): number {
  return ip.split('.').reduce((n, part) => n * 256 + Number(part), 0);
}

function inCidr(ip: string, cidr: string): boolean {
  const [base = '', bits = '32'] = cidr.split('/');
  const size = 2 ** (32 - Number(bits));
  const start = ipToInt(base);
  return ipToInt(ip) >= start && ipToInt(ip) < start + size;
}

describe('VPCs', () => {
  it('lists the tenant’s VPC in the shape of the spec', async () => {
    const client = await testClient();
    const vpcs = own((await get(client, '/vpcs')).vpcs);
    expect(vpcs.length).toBeGreaterThanOrEqual(1);
    for (const vpc of vpcs) {
      expect(shapeMismatches(vpc, DOC_VPC)).toEqual([]);
      expect(vpc.id).toMatch(UUID);
      expect(vpc.tenant_id).toBe(DEMO.tenantId);
      expect(vpc.state).toBe('available');
      // A space and no time zone.
      expect(vpc.create_time).toMatch(SPACED);
      expect(Date.parse(`${vpc.create_time.replace(' ', 'T')}Z`)).toBeLessThan(Date.now());
      expect(vpc.cidrv4).toMatch(/^\d+\.\d+\.\d+\.\d+\/\d+$/);
      expect(vpc['router:external']).toBe(false);
    }
  });

  it('shows a VPC with its subnets, the same as the vpcsubnets list', async () => {
    const client = await testClient();
    const [listed] = (await get(client, '/vpcs')).vpcs;
    const { vpc } = await get(client, `/vpcs/${listed.id}`);
    const { subnets, ...rest } = vpc;
    expect(rest).toEqual(listed);
    expect(subnets).toHaveLength(2);
    const { vpcsubnets } = await get(client, `/vpcsubnets?vpc_id=${listed.id}`);
    expect(subnets).toEqual(vpcsubnets);
  });

  it('filters the list by id and name', async () => {
    const client = await testClient();
    const [vpc] = (await get(client, '/vpcs')).vpcs;
    expect((await get(client, `/vpcs?id=${vpc.id}`)).vpcs).toEqual([vpc]);
    expect((await get(client, `/vpcs?name=${encodeURIComponent(vpc.name)}`)).vpcs).toEqual([vpc]);
    expect((await get(client, '/vpcs?name=nope')).vpcs).toEqual([]);
  });
});

describe('VPC subnets', () => {
  it('lists two subnets inside the VPC, in the shape of the spec', async () => {
    const client = await testClient();
    const [vpc] = (await get(client, '/vpcs')).vpcs;
    const vpcsubnets = own((await get(client, '/vpcsubnets')).vpcsubnets);
    expect(vpcsubnets).toHaveLength(2);
    expect(new Set(vpcsubnets.map((s: any) => s.cidr)).size).toBe(2);
    for (const subnet of vpcsubnets) {
      expect(shapeMismatches(subnet, DOC_VPCSUBNET)).toEqual([]);
      expect(subnet.create_time).toMatch(SPACED);
      expect(subnet.vpc_id).toBe(vpc.id);
      expect(subnet.vpc).toEqual({ id: vpc.id, name: vpc.name, cidrv4: vpc.cidrv4 });
      expect(subnet.tenant_id).toBe(DEMO.tenantId);
      expect(inCidr(subnet.cidr.split('/')[0], vpc.cidrv4)).toBe(true);
      expect(inCidr(subnet.gateway, subnet.cidr)).toBe(true);
      expect(subnet.available_ip_count).toBeGreaterThan(0);
    }
  });

  it('counts the addresses ports use against available_ip_count', async () => {
    const client = await testClient();
    const vpcsubnets = own((await get(client, '/vpcsubnets')).vpcsubnets);
    const { ports } = await get(client, '/ports');
    const totals = vpcsubnets.map(
      (s: any) =>
        s.available_ip_count +
        ports.filter((p: any) => p.fixed_ips.some((f: any) => f.subnet_id === s.id)).length,
    );
    // Both are /24 subnets: free plus used is the same for each.
    expect(vpcsubnets.every((s: any) => s.cidr.endsWith('/24'))).toBe(true);
    expect(new Set(totals).size).toBe(1);
    expect(
      ports.filter((p: any) => p.fixed_ips.some((f: any) => f.subnet_id === vpcsubnets[0].id))
        .length,
    ).toBeGreaterThan(0);
  });

  it('filters by id, name, vpc_id, cidr, shared and router:external', async () => {
    const client = await testClient();
    const all = (await get(client, '/vpcsubnets')).vpcsubnets;
    const vpcsubnets = own(all);
    const external = all.filter((s: any) => s['router:external']);
    const [a, b] = vpcsubnets;
    const only = async (query: string) => (await get(client, `/vpcsubnets?${query}`)).vpcsubnets;
    expect(await only(`id=${a.id}`)).toEqual([a]);
    expect(await only(`id=${b.id}`)).toEqual([b]);
    expect(await only(`name=${a.name}`)).toEqual([a]);
    expect(await only(`cidr=${encodeURIComponent(b.cidr)}`)).toEqual([b]);
    expect(await only(`vpc_id=${a.vpc_id}`)).toEqual(vpcsubnets);
    expect(await only('vpc_id=00000000-0000-0000-0000-000000000000')).toEqual([]);
    expect(await only('shared=false')).toEqual(vpcsubnets);
    expect(await only('shared=true')).toEqual(external);
    expect(await only('router:external=false')).toEqual(vpcsubnets);
    expect(await only('router:external=true')).toEqual(external);
    expect(await only(`name=${a.name}&cidr=${encodeURIComponent(b.cidr)}`)).toEqual([]);
  });

  it('shows one subnet as the list has it', async () => {
    const client = await testClient();
    const { vpcsubnets } = await get(client, '/vpcsubnets');
    for (const subnet of vpcsubnets) {
      expect((await get(client, `/vpcsubnets/${subnet.id}`)).vpcsubnet).toEqual(subnet);
    }
  });
});

describe('the shared external network (current/vpc-api.ko.md, VPC 목록 보기)', () => {
  it('is listed with every tenant’s VPCs and subnets, as the real service lists it', async () => {
    const demo = await testClient();
    const other = await testClient({ user: OTHER, emulator: demo.emulator });
    for (const client of [demo, other]) {
      const vpcs = (await get(client, '/vpcs')).vpcs;
      const external = vpcs.filter((v: any) => v['router:external']);
      expect(external).toHaveLength(1);
      expect(shapeMismatches(external[0], DOC_VPC)).toEqual([]);
      expect(external[0]).toMatchObject({
        name: 'public_network',
        shared: true,
        cidrv4: '0.0.0.0/0',
        state: 'available',
      });
      expect(external[0].tenant_id).not.toBe(client.tenantId);
      const subnets = (await get(client, '/vpcsubnets')).vpcsubnets.filter(
        (s: any) => s['router:external'],
      );
      expect(subnets).toHaveLength(1);
      expect(shapeMismatches(subnets[0], DOC_VPCSUBNET)).toEqual([]);
      expect(subnets[0]).toMatchObject({
        name: 'public_snat_gateway',
        vpc_id: external[0].id,
        shared: true,
      });
      const shown = (await get(client, `/vpcs/${external[0].id}`)).vpc;
      expect(shown.subnets).toEqual(subnets);
      expect((await get(client, `/vpcsubnets/${subnets[0].id}`)).vpcsubnet).toEqual(subnets[0]);
      expect((await get(client, '/vpcs?router:external=true')).vpcs.map((v: any) => v.id)).toEqual([
        external[0].id,
      ]);
      // Floating IPs come from it.
      const fips = (await get(client, '/floatingips')).floatingips;
      for (const fip of fips) expect(fip.floating_network_id).toBe(external[0].id);
    }
  });
});

describe('networks and subnets (OpenStack views)', () => {
  it('a network is its VPC: same id, name and subnets', async () => {
    const client = await testClient();
    const { vpcs } = await get(client, '/vpcs');
    const { networks } = await get(client, '/networks');
    const { vpcsubnets } = await get(client, '/vpcsubnets');
    expect(networks.map((n: any) => n.id)).toEqual(vpcs.map((v: any) => v.id));
    for (const network of networks) {
      const vpc = vpcs.find((v: any) => v.id === network.id);
      expect(network.name).toBe(vpc.name);
      expect(network.tenant_id).toBe(vpc.tenant_id);
      expect(network['router:external']).toBe(vpc['router:external']);
      expect([...network.subnets].sort()).toEqual(
        vpcsubnets
          .filter((s: any) => s.vpc_id === vpc.id)
          .map((s: any) => s.id)
          .sort(),
      );
      expect((await get(client, `/networks/${network.id}`)).network).toEqual(network);
    }
  });

  it('a subnet is its VPC subnet: same id, network, cidr and gateway', async () => {
    const client = await testClient();
    const { vpcsubnets } = await get(client, '/vpcsubnets');
    const { subnets } = await get(client, '/subnets');
    expect(subnets.map((s: any) => s.id).sort()).toEqual(vpcsubnets.map((s: any) => s.id).sort());
    for (const subnet of subnets) {
      const vpcsubnet = vpcsubnets.find((s: any) => s.id === subnet.id);
      expect(subnet).toMatchObject({
        name: vpcsubnet.name,
        network_id: vpcsubnet.vpc_id,
        cidr: vpcsubnet.cidr,
        gateway_ip: vpcsubnet.gateway,
        ip_version: 4,
      });
      expect((await get(client, `/subnets/${subnet.id}`)).subnet).toEqual(subnet);
    }
    const [first] = subnets;
    expect((await get(client, `/subnets?network_id=${first.network_id}`)).subnets).toHaveLength(2);
  });
});

describe('security groups', () => {
  it('lists default and at least two more, with IPv4 rules only', async () => {
    const client = await testClient();
    const { security_groups: groups } = await get(client, '/security-groups');
    const names = groups.map((g: any) => g.name);
    expect(names).toContain('default');
    expect(groups.length).toBeGreaterThanOrEqual(3);
    expect(new Set(names).size).toBe(names.length);
    for (const group of groups) {
      expect(shapeMismatches(group, DOC_SECURITY_GROUP), group.name).toEqual([]);
      expect(group.tenant_id).toBe(DEMO.tenantId);
      expect(group.security_group_rules.length).toBeGreaterThan(0);
      for (const rule of group.security_group_rules) {
        expect(rule.ethertype).toBe('IPv4');
        expect(['ingress', 'egress']).toContain(rule.direction);
        expect(rule.security_group_id).toBe(group.id);
        if (rule.remote_ip_prefix !== null) expect(rule.remote_ip_prefix).not.toContain(':');
      }
    }
    // At least one group opens a TCP port to an address range, as the spec's example does.
    const tcp = groups
      .flatMap((g: any) => g.security_group_rules)
      .filter((r: any) => r.direction === 'ingress' && r.protocol === 'tcp');
    expect(tcp.length).toBeGreaterThan(0);
    expect(tcp.every((r: any) => r.port_range_min <= r.port_range_max)).toBe(true);
  });

  it('shows one group as the list has it, and filters by name', async () => {
    const client = await testClient();
    const { security_groups: groups } = await get(client, '/security-groups');
    for (const group of groups) {
      expect((await get(client, `/security-groups/${group.id}`)).security_group).toEqual(group);
    }
    const byName = (await get(client, '/security-groups?name=default')).security_groups;
    expect(byName.map((g: any) => g.name)).toEqual(['default']);
  });
});

describe('ports', () => {
  it('device_id=<server id> returns the server’s port, matching its addresses', async () => {
    const client = await testClient();
    const servers = (await client.compute('GET', '/servers/detail')).body.servers as any[];
    const { security_groups: groups } = await get(client, '/security-groups');
    const { vpcs } = await get(client, '/vpcs');
    expect(servers.length).toBeGreaterThanOrEqual(6);
    for (const server of servers) {
      const { ports } = await get(client, `/ports?device_id=${server.id}`);
      expect(ports, server.name).toHaveLength(1);
      const [port] = ports;
      expect(port.device_id).toBe(server.id);
      expect(port.device_owner).toBe(`compute:${server['OS-EXT-AZ:availability_zone']}`);
      const fixed = Object.values(server.addresses as Record<string, any[]>)
        .flat()
        .filter((a) => a['OS-EXT-IPS:type'] === 'fixed');
      expect(fixed).toHaveLength(1);
      expect(port.fixed_ips.map((f: any) => f.ip_address)).toEqual([fixed[0].addr]);
      expect(port.mac_address).toBe(fixed[0]['OS-EXT-IPS-MAC:mac_addr']);
      const network = vpcs.find((v: any) => v.id === port.network_id);
      expect(Object.keys(server.addresses)).toEqual([network.name]);
      const groupNames = port.security_groups
        .map((id: string) => groups.find((g: any) => g.id === id)?.name)
        .sort();
      expect(groupNames).toEqual(server.security_groups.map((g: any) => g.name).sort());
      expect((await get(client, `/ports/${port.id}`)).port).toEqual(port);
    }
  });

  it('every address is unique and inside its subnet', async () => {
    const client = await testClient();
    const { ports } = await get(client, '/ports');
    const { vpcsubnets } = await get(client, '/vpcsubnets');
    const ips = ports.flatMap((p: any) => p.fixed_ips.map((f: any) => f.ip_address));
    expect(new Set(ips).size).toBe(ips.length);
    for (const port of ports) {
      for (const fixed of port.fixed_ips) {
        const subnet = vpcsubnets.find((s: any) => s.id === fixed.subnet_id);
        expect(inCidr(fixed.ip_address, subnet.cidr)).toBe(true);
        expect(fixed.ip_address).not.toBe(subnet.gateway);
      }
    }
  });

  it('a device_id no server has matches nothing', async () => {
    const client = await testClient();
    expect(
      (await get(client, '/ports?device_id=00000000-0000-0000-0000-000000000000')).ports,
    ).toEqual([]);
  });
});

describe('floating IPs', () => {
  it('lists them in the shape of the spec, one bound to web-01 and one spare', async () => {
    const client = await testClient();
    const { floatingips } = await get(client, '/floatingips');
    expect(floatingips.length).toBeGreaterThanOrEqual(2);
    for (const fip of floatingips) {
      expect(shapeMismatches(fip, DOC_FLOATING_IP)).toEqual([]);
      expect(['ACTIVE', 'DOWN', 'ERROR']).toContain(fip.status);
      expect(fip.floating_ip_address).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    }
    const bound = floatingips.filter((f: any) => f.port_id !== null);
    const spare = floatingips.filter((f: any) => f.port_id === null);
    expect(bound.length).toBeGreaterThanOrEqual(1);
    expect(spare.length).toBeGreaterThanOrEqual(1);
    expect(spare.every((f: any) => f.status === 'DOWN' && f.fixed_ip_address === null)).toBe(true);

    const servers = (await client.compute('GET', '/servers/detail')).body.servers as any[];
    for (const fip of bound) {
      const { port } = await get(client, `/ports/${fip.port_id}`);
      expect(fip.fixed_ip_address).toBe(port.fixed_ips[0].ip_address);
      const server = servers.find((s) => s.id === port.device_id);
      const floating = Object.values(server.addresses as Record<string, any[]>)
        .flat()
        .filter((a) => a['OS-EXT-IPS:type'] === 'floating')
        .map((a) => a.addr);
      expect(floating).toEqual([fip.floating_ip_address]);
    }
    const web01 = servers.find((s) => s.name === 'web-01');
    const web01Port = (await get(client, `/ports?device_id=${web01.id}`)).ports[0];
    expect(bound.map((f: any) => f.port_id)).toContain(web01Port.id);
  });
});

describe('errors', () => {
  it.each([
    ['vpcs', 'VpcNotFound'],
    ['vpcsubnets', 'VpcsubnetNotFound'],
    ['networks', 'NetworkNotFound'],
    ['subnets', 'SubnetNotFound'],
    ['security-groups', 'SecurityGroupNotFound'],
    ['ports', 'PortNotFound'],
  ])('an unknown %s id is 404 in Neutron’s shape', async (resource, type) => {
    const client = await testClient();
    for (const id of ['00000000-0000-0000-0000-000000000000', 'not-a-uuid']) {
      const res = await client.network('GET', `/${resource}/${id}`);
      expect(res.status).toBe(404);
      expect(Object.keys(res.body)).toEqual(['NeutronError']);
      expect(res.body.NeutronError).toEqual({
        type,
        message: expect.stringContaining(id),
        detail: '',
      });
    }
  });

  it('an unknown path is 404 in Neutron’s shape', async () => {
    const client = await testClient();
    const res = await client.network('GET', '/routers-of-doom');
    expect(res.status).toBe(404);
    expect(res.body.NeutronError).toMatchObject({ type: expect.any(String), detail: '' });
  });

  it('a missing token is 401 and a version document needs none', async () => {
    const client = await testClient();
    const res = await rawRequest(client.emulator, 'GET', '/network/kr1/v2.0/vpcs');
    expect(res.status).toBe(401);
    const versions = await rawRequest(client.emulator, 'GET', '/network/kr1');
    expect(versions.status).toBe(200);
    expect(versions.body.versions[0].id).toBe('v2.0');
  });
});
