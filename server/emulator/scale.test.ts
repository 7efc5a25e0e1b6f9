/**
 * NHN_EMULATOR_SERVERS at the scale of issue 10: 10,000 extra servers seed, list page after page
 * with unique ids and addresses, and live in a subnet of their own that exists only when extra
 * servers are asked for (the plain seed keeps its two /24 subnets).
 */
import { describe, expect, it } from 'vitest';
import type { Server } from '../../src/domain/compute-types';
import { configFromEnv } from './config';
import { LOAD_SUBNET, MAX_EXTRA_SERVERS } from './seed';
import { ipInCidr } from './services/compute-test-support';
import { type TestClient, testClient } from './testing';

/** Every server of the list, page by page through the `next` links. */
async function everyServer(client: TestClient, limit: number): Promise<Server[]> {
  const servers: Server[] = [];
  let path = `/servers/detail?limit=${limit}`;
  for (let pages = 0; pages < 100; pages++) {
    const res = await client.compute('GET', path);
    expect(res.status).toBe(200);
    servers.push(...(res.body.servers as Server[]));
    const next = res.body.servers_links?.[0]?.href as string | undefined;
    if (!next) return servers;
    const url = new URL(next);
    path = `/servers/detail${url.search}`;
  }
  throw new Error('more than 100 pages');
}

const fixedIps = (server: Server) =>
  Object.values(server.addresses)
    .flat()
    .filter((a) => a['OS-EXT-IPS:type'] === 'fixed')
    .map((a) => a.addr);

describe('NHN_EMULATOR_SERVERS=10000', () => {
  it('lists 10,009 servers in KR1 page after page, with unique ids and addresses', async () => {
    const client = await testClient({ config: { extraServers: 10_000 } });
    const servers = await everyServer(client, 1000);
    expect(servers).toHaveLength(10_009);
    expect(new Set(servers.map((s) => s.id)).size).toBe(10_009);
    const ips = servers.flatMap(fixedIps);
    expect(ips).toHaveLength(10_009);
    expect(new Set(ips).size).toBe(10_009);
    const load = servers.filter((s) => /^load-\d{4,5}$/.test(s.name));
    expect(load).toHaveLength(10_000);
    expect(load.every((s) => fixedIps(s).every((ip) => ipInCidr(ip, LOAD_SUBNET.cidr)))).toBe(true);
    // Newest first, as Nova orders them, across every page.
    const created = servers.map((s) => Date.parse(s.created));
    expect(created.every((t, i) => i === 0 || (created[i - 1] as number) >= t)).toBe(true);
    // The seed's own servers keep the subnets they always had.
    const web01 = servers.find((s) => s.name === 'web-01');
    expect(web01 && fixedIps(web01)).toEqual(['192.168.0.11']);
  }, 120_000);
});

describe('the load subnet', () => {
  const subnetNames = async (client: TestClient, region = 'kr1') =>
    ((await client.network('GET', '/vpcsubnets', region)).body.vpcsubnets as any[])
      .filter((s) => !s['router:external'])
      .map((s) => s.name);

  it('is there only when extra servers are asked for, in the demo tenant in KR1', async () => {
    const plain = await testClient();
    expect(await subnetNames(plain)).toEqual(['default-subnet', 'backend-subnet']);

    const loaded = await testClient({ config: { extraServers: 5 } });
    expect(await subnetNames(loaded)).toEqual(['default-subnet', 'backend-subnet', 'load-subnet']);
    expect(await subnetNames(loaded, 'kr2')).toEqual(await subnetNames(plain, 'kr2'));

    const subnets = (await loaded.network('GET', '/vpcsubnets?name=load-subnet')).body
      .vpcsubnets as any[];
    expect(subnets[0]).toMatchObject({
      cidr: '192.168.128.0/17',
      gateway: '192.168.128.1',
      available_ip_count: MAX_EXTRA_SERVERS - 5,
      vpc: { name: 'Default Network', cidrv4: '192.168.0.0/16' },
    });
    const openstack = (await loaded.network('GET', `/subnets/${subnets[0].id}`)).body.subnet;
    expect(openstack.allocation_pools).toEqual([
      { start: '192.168.128.11', end: '192.168.255.254' },
    ]);
    // A /24 keeps the pool it always had.
    const first = (await plain.network('GET', '/subnets')).body.subnets[0];
    expect(first.allocation_pools).toEqual([{ start: '192.168.0.11', end: '192.168.0.254' }]);
  });

  it('holds 32,756 servers; more is refused when the setting is read, naming the limit', () => {
    expect(MAX_EXTRA_SERVERS).toBe(32_756);
    expect(configFromEnv({ NHN_EMULATOR_SERVERS: '32756' }).extraServers).toBe(32_756);
    expect(() => configFromEnv({ NHN_EMULATOR_SERVERS: '32757' })).toThrow(
      /NHN_EMULATOR_SERVERS must be at most 32756/,
    );
  });
});
