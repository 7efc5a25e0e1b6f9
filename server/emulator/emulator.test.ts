/**
 * Contract tests for the emulator as a whole: the seed data of every region, scale
 * (extraServers), the control API (reset, faults, settle, clock), robustness against bad
 * requests on every service, and persistence to a state file.
 */
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createEmulator, type Emulator } from './app';
import { DEFAULT_CONFIG } from './config';
import { startEmulator } from './main';
import { PERSIST_DELAY_MS } from './store';
import { DEMO, OTHER, rawRequest, signIn, type TestClient, testClient } from './testing';

// Every file system call the store makes goes through these spies (they call the real ones), so
// a test can tell whether the emulator wrote anything, and how.
vi.mock('node:fs', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs')>();
  return {
    ...actual,
    openSync: vi.fn(actual.openSync),
    writeSync: vi.fn(actual.writeSync),
    writeFileSync: vi.fn(actual.writeFileSync),
    renameSync: vi.fn(actual.renameSync),
  };
});

const REGION_ZONES: Record<string, string[]> = {
  kr1: ['kr-pub-a', 'kr-pub-b'],
  kr2: ['kr2-pub-a', 'kr2-pub-b'],
  kr3: ['kr3-pub-a', 'kr3-pub-b'],
  jp1: ['jp-pub-a', 'jp-pub-b'],
};

/**
 * Transitions so long that real time never completes one during a test: only the control API's
 * clock and settle move them, so a transitional status can be asserted without racing.
 */
const SLOW = { config: { transitionMs: 600_000 } };

const FAMILIES = ['u2', 't2', 'm2', 'c2', 'r2', 'x1', 'g2'];

const control = (emulator: Emulator, method: string, path: string, body?: unknown) =>
  rawRequest(emulator, method, `/_emulator${path}`, body);

/** The whole emulator state, to prove that a refused request changed nothing. */
const stateOf = (emulator: Emulator) => JSON.stringify(emulator.store.state);

/** The first `message` string anywhere in an error body, whatever its shape. */
function messageOf(body: unknown): string | undefined {
  if (body === null || typeof body !== 'object') return undefined;
  for (const [key, value] of Object.entries(body)) {
    if (key === 'message' && typeof value === 'string') return value;
    const inner = messageOf(value);
    if (inner !== undefined) return inner;
  }
  return undefined;
}

async function createU2Server(client: TestClient, name: string) {
  const flavors = (await client.compute('GET', '/flavors')).body.flavors as any[];
  const images = (await client.image('GET', '/images')).body.images as any[];
  const [vpc] = (await client.network('GET', '/vpcs')).body.vpcs;
  const linux = images.find((i) => i.os_type === 'linux');
  const res = await client.compute('POST', '/servers', {
    server: {
      name,
      flavorRef: flavors.find((f) => f.name === 'u2.c1m1').id,
      networks: [{ uuid: vpc.id }],
      key_name: 'demo-key',
      block_device_mapping_v2: [
        { source_type: 'image', uuid: linux.id, boot_index: 0, destination_type: 'local' },
      ],
    },
  });
  expect(res.status).toBe(202);
  return res.body.server.id as string;
}

describe('seed data', () => {
  it('kr3 (Gwangju, opened January 2026) holds only the default network: a region not used yet', async () => {
    const client = await testClient();
    const compute = async (path: string) =>
      (await client.compute('GET', path, undefined, 'kr3')).body;
    expect(
      (await compute('/os-availability-zone')).availabilityZoneInfo.map((z: any) => z.zoneName),
    ).toEqual(REGION_ZONES.kr3);
    expect((await compute('/flavors')).flavors.length).toBeGreaterThanOrEqual(12);
    expect((await compute('/servers')).servers).toEqual([]);
    expect((await compute('/os-keypairs')).keypairs).toEqual([]);
    expect((await compute('/os-server-groups')).server_groups).toEqual([]);
    expect((await client.blockStorage('GET', '/volumes', undefined, 'kr3')).body.volumes).toEqual(
      [],
    );
    expect(
      (await client.blockStorage('GET', '/snapshots', undefined, 'kr3')).body.snapshots,
    ).toEqual([]);
    const vpcs = (await client.network('GET', '/vpcs', 'kr3')).body.vpcs as any[];
    expect(vpcs.map((v) => v.name).sort()).toEqual(['Default Network', 'public_network']);
    const groups = (await client.network('GET', '/security-groups', 'kr3')).body.security_groups;
    expect(groups.map((g: any) => g.name)).toContain('default');
  });

  it.each(Object.keys(REGION_ZONES).filter((region) => region !== 'kr3'))(
    'region %s has the full seed for the demo tenant',
    async (region) => {
      const client = await testClient();
      const compute = async (path: string) => {
        const res = await client.compute('GET', path, undefined, region);
        expect(res.status, path).toBe(200);
        return res.body;
      };
      const network = async (path: string) => (await client.network('GET', path, region)).body;

      // Two availability zones.
      const zones = (await compute('/os-availability-zone')).availabilityZoneInfo as any[];
      expect(zones.map((z) => z.zoneName)).toEqual(REGION_ZONES[region]);
      expect(zones.every((z) => z.zoneState.available)).toBe(true);

      // At least 12 flavors across the seven families (GPU among them), named
      // <family>.c<vCPU>m<RAM GB>.
      const flavors = (await compute('/flavors/detail')).flavors as any[];
      expect(flavors.length).toBeGreaterThanOrEqual(12);
      expect([...new Set(flavors.map((f) => f.name.slice(0, 2)))].sort()).toEqual(
        [...FAMILIES].sort(),
      );
      for (const flavor of flavors) {
        const match = /^(u2|t2|m2|c2|r2|x1|g2)\.c(\d+)m(\d+)$/.exec(flavor.name);
        expect(match, flavor.name).not.toBeNull();
        expect(flavor.vcpus).toBe(Number(match?.[2]));
        expect(flavor.ram).toBe(Number(match?.[3]) * 1024);
        // U2 and GPU have a local root disk; the others boot from a volume.
        expect(flavor.disk > 0).toBe(match?.[1] === 'u2' || match?.[1] === 'g2');
      }

      // At least 6 images, Windows among them.
      const images = (await client.image('GET', '/images', region)).body.images as any[];
      expect(images.length).toBeGreaterThanOrEqual(6);
      expect(images.some((i) => i.os_type === 'windows')).toBe(true);

      // A VPC with two subnets (and the shared external network); default and at least two
      // more security groups.
      const vpcs = ((await network('/vpcs')).vpcs as any[]).filter((v) => !v['router:external']);
      expect(vpcs).toHaveLength(1);
      const subnets = (await network(`/vpcsubnets?vpc_id=${vpcs[0].id}`)).vpcsubnets as any[];
      expect(subnets).toHaveLength(2);
      const groups = (await network('/security-groups')).security_groups as any[];
      expect(groups.map((g) => g.name)).toContain('default');
      expect(groups.length).toBeGreaterThanOrEqual(3);

      // A key pair.
      const keypairs = (await compute('/os-keypairs')).keypairs as any[];
      expect(keypairs.length).toBeGreaterThanOrEqual(1);
      expect(keypairs[0].keypair.public_key).toMatch(/^ssh-/);

      // At least 6 servers in different statuses, with addresses, metadata and volumes.
      const servers = (await compute('/servers/detail')).servers as any[];
      expect(servers.length).toBeGreaterThanOrEqual(6);
      const statuses = new Set(servers.map((s) => s.status));
      for (const status of ['ACTIVE', 'SHUTOFF', 'SHELVED_OFFLOADED', 'ERROR', 'PAUSED']) {
        expect(statuses, status).toContain(status);
      }
      const u2Ids = new Set(flavors.filter((f) => f.name.startsWith('u2')).map((f) => f.id));
      for (const server of servers) {
        expect(Object.values(server.addresses).flat().length, server.name).toBeGreaterThan(0);
        expect(Object.keys(server.metadata).length, server.name).toBeGreaterThan(0);
        expect(REGION_ZONES[region]).toContain(server['OS-EXT-AZ:availability_zone']);
        expect(server.key_name).toBe('demo-key');
        // Every server that boots from a volume has it attached.
        if (!u2Ids.has(server.flavor.id)) {
          expect(
            server['os-extended-volumes:volumes_attached'].length,
            server.name,
          ).toBeGreaterThan(0);
        }
      }
      expect(
        servers.filter((s) => s['os-extended-volumes:volumes_attached'].length > 1).length,
      ).toBe(2);
      // Today's NHN Cloud: a deletion-protected instance, one booted from a volume.
      expect(servers.filter((s) => s['NHN-EXT-ATTR:protect']).map((s) => s.name)).toEqual([
        'db-master',
      ]);
      expect(servers.filter((s) => s.image === '').map((s) => s.name)).toEqual(['app-from-volume']);

      // Free volumes, a snapshot of a root volume and a bootable volume made from it.
      const volumes = (await client.blockStorage('GET', '/volumes/detail', undefined, region)).body
        .volumes as any[];
      const free = volumes.filter((v) => v.status === 'available' && v.attachments.length === 0);
      expect(free.length).toBeGreaterThanOrEqual(1);
      const snapshots = (await client.blockStorage('GET', '/snapshots/detail', undefined, region))
        .body.snapshots as any[];
      expect(snapshots.map((s) => s.name)).toEqual(['web-01-root-snap']);
      const restored = volumes.find((v) => v.snapshot_id === snapshots[0].id);
      expect(restored).toMatchObject({
        name: 'web-restore',
        bootable: 'true',
        status: 'available',
      });

      // A placement policy with two members.
      const policies = (await compute('/os-server-groups')).server_groups as any[];
      expect(policies.map((g) => [g.name, g.members.length])).toEqual([['web-spread', 2]]);
    },
  );

  it('the other tenant has its own, smaller seed in its two regions', async () => {
    const other = await testClient({ user: OTHER });
    for (const region of ['kr1', 'kr2']) {
      const servers = (await other.compute('GET', '/servers/detail', undefined, region)).body
        .servers as any[];
      expect(servers.length).toBeGreaterThanOrEqual(2);
      expect(servers.every((s) => s.tenant_id === OTHER.tenantId)).toBe(true);
      expect(servers.every((s) => s.key_name === 'other-key')).toBe(true);
    }
  });

  it('ids are the same in every fresh emulator', async () => {
    const a = await testClient();
    const b = await testClient();
    const ids = async (client: TestClient) => ({
      servers: (await client.compute('GET', '/servers')).body.servers.map((s: any) => s.id),
      volumes: (await client.blockStorage('GET', '/volumes')).body.volumes.map((v: any) => v.id),
      images: (await client.image('GET', '/images')).body.images.map((i: any) => i.id),
      ports: (await client.network('GET', '/ports')).body.ports.map((p: any) => p.id),
    });
    expect(await ids(a)).toEqual(await ids(b));
  });

  it('extraServers adds that many servers to the demo tenant in KR1', async () => {
    const client = await testClient({ config: { extraServers: 50 } });
    const plain = await testClient();
    const count = async (c: TestClient, region = 'kr1') =>
      (await c.compute('GET', '/servers?limit=1000', undefined, region)).body.servers.length;
    expect(await count(client)).toBe((await count(plain)) + 50);
    expect(await count(client, 'kr2')).toBe(await count(plain, 'kr2'));
    const servers = (await client.compute('GET', '/servers/detail')).body.servers as any[];
    const load = servers.filter((s) => /^load-\d{4}$/.test(s.name));
    expect(load).toHaveLength(50);
    expect(new Set(servers.map((s) => s.id)).size).toBe(servers.length);
    const ips = servers.flatMap((s) =>
      Object.values(s.addresses as Record<string, any[]>)
        .flat()
        .map((a) => a.addr),
    );
    expect(new Set(ips).size).toBe(ips.length);
    expect(new Set(load.map((s) => s.status)).size).toBeGreaterThan(3);
  });
});

describe('POST /_emulator/reset', () => {
  it('restores the seed: same ids, deleted things back, created things gone, faults cleared', async () => {
    const client = await testClient();
    const emulator = client.emulator;
    const seedServers = (await client.compute('GET', '/servers')).body.servers.map(
      (s: any) => s.id,
    );
    const seedVolumes = (await client.blockStorage('GET', '/volumes')).body.volumes.map(
      (v: any) => v.id,
    );
    const web02 = (await client.compute('GET', '/servers')).body.servers.find(
      (s: any) => s.name === 'web-02',
    );

    expect((await client.compute('DELETE', `/servers/${web02.id}`)).status).toBe(204);
    const created = await createU2Server(client, 'made-in-test');
    const volume = await client.blockStorage('POST', '/volumes', { volume: { size: 10 } });
    expect(volume.status).toBe(202);
    await client.settle();
    expect((await client.compute('GET', `/servers/${web02.id}`)).status).toBe(404);
    await control(emulator, 'POST', '/clock', { advanceMs: 3_600_000 });
    await control(emulator, 'POST', '/faults', { path: '/volumes', status: 500 });
    expect((await client.blockStorage('GET', '/volumes')).status).toBe(500);

    const reset = await control(emulator, 'POST', '/reset');
    expect(reset.status).toBe(200);

    // Tokens are part of the state: sign in again.
    expect((await client.compute('GET', '/servers')).status).toBe(401);
    const again = await testClient({ emulator });
    const servers = (await again.compute('GET', '/servers')).body.servers.map((s: any) => s.id);
    expect([...servers].sort()).toEqual([...seedServers].sort());
    expect(servers).toContain(web02.id);
    expect(servers).not.toContain(created);
    const volumes = await again.blockStorage('GET', '/volumes');
    expect(volumes.status).toBe(200);
    expect(volumes.body.volumes.map((v: any) => v.id).sort()).toEqual([...seedVolumes].sort());
    expect((await control(emulator, 'GET', '/faults')).body.faults).toEqual([]);
    const clock = await control(emulator, 'GET', '/clock');
    expect(clock.body).toMatchObject({ offsetMs: 0, pending: 0 });
  });
});

describe('faults', () => {
  it('answers `times` matching requests with the status, in compute’s shape, then normally', async () => {
    const client = await testClient();
    const added = await control(client.emulator, 'POST', '/faults', {
      method: 'GET',
      path: '/servers/detail$',
      status: 500,
      times: 2,
    });
    expect(added.status).toBe(201);
    expect(added.body.fault).toMatchObject({ id: expect.any(Number), hits: 0 });
    // Only matching paths are affected.
    expect((await client.compute('GET', '/servers')).status).toBe(200);
    for (let i = 0; i < 2; i++) {
      const res = await client.compute('GET', '/servers/detail');
      expect(res.status).toBe(500);
      expect(res.body).toEqual({ computeFault: { code: 500, message: expect.any(String) } });
    }
    expect((await client.compute('GET', '/servers/detail')).status).toBe(200);
    // The fault counts what it answered.
    const listed = await control(client.emulator, 'GET', '/faults');
    expect(listed.body.faults[0].hits).toBe(2);
  });

  it('a 409 comes as conflictingRequest, and a faulted write changes nothing', async () => {
    const client = await testClient();
    const web01 = (await client.compute('GET', '/servers')).body.servers.find(
      (s: any) => s.name === 'web-01',
    );
    await control(client.emulator, 'POST', '/faults', {
      method: 'POST',
      path: '/action$',
      status: 409,
      times: 1,
      message: 'Cannot stop right now',
    });
    const before = stateOf(client.emulator);
    const res = await client.compute('POST', `/servers/${web01.id}/action`, { 'os-stop': null });
    expect(res.status).toBe(409);
    expect(res.body).toEqual({
      conflictingRequest: { code: 409, message: 'Cannot stop right now' },
    });
    expect(stateOf(client.emulator)).toBe(before);
    // The GET on the same server was not affected; the next POST goes through.
    expect((await client.compute('GET', `/servers/${web01.id}`)).status).toBe(200);
    expect(
      (await client.compute('POST', `/servers/${web01.id}/action`, { 'os-stop': null })).status,
    ).toBe(202);
  });

  it.each([
    [
      'network',
      '^/network/',
      (c: TestClient) => c.network('GET', '/vpcs'),
      { NeutronError: { type: 'InternalServerError', message: expect.any(String), detail: '' } },
    ],
    [
      'block storage',
      '^/block-storage/',
      (c: TestClient) => c.blockStorage('GET', '/volumes'),
      { computeFault: { code: 500, message: expect.any(String) } },
    ],
    [
      'image',
      '^/image/',
      (c: TestClient) => c.image('GET', '/images'),
      { code: 500, title: 'Internal Server Error', message: expect.any(String) },
    ],
    [
      'identity',
      '^/identity/',
      (c: TestClient) => rawRequest(c.emulator, 'POST', '/identity/v2.0/tokens', {}),
      { error: { code: 500, title: 'Internal Server Error', message: expect.any(String) } },
    ],
  ])('%s faults come in the service’s error shape', async (_, path, call, shape) => {
    const client = await testClient();
    await control(client.emulator, 'POST', '/faults', { path, status: 500, times: 1 });
    const res = await call(client);
    expect(res.status).toBe(500);
    expect(res.body).toEqual(shape);
    expect((await call(client)).status).not.toBe(500);
  });

  it('rate 0 never fires and rate 1 always does', async () => {
    const client = await testClient();
    const never = await control(client.emulator, 'POST', '/faults', {
      path: '/flavors$',
      status: 503,
      rate: 0,
    });
    expect(never.status).toBe(201);
    for (let i = 0; i < 20; i++) expect((await client.compute('GET', '/flavors')).status).toBe(200);
    await control(client.emulator, 'DELETE', '/faults');
    await control(client.emulator, 'POST', '/faults', { path: '/flavors$', status: 503, rate: 1 });
    for (let i = 0; i < 20; i++) expect((await client.compute('GET', '/flavors')).status).toBe(503);
  });

  it('latencyMs delays the answer without changing it', async () => {
    const client = await testClient();
    await control(client.emulator, 'POST', '/faults', { path: '/os-keypairs$', latencyMs: 200 });
    const started = performance.now();
    const res = await client.compute('GET', '/os-keypairs');
    const elapsed = performance.now() - started;
    expect(res.status).toBe(200);
    expect(res.body.keypairs.length).toBeGreaterThan(0);
    // A generous lower bound only: timers may fire a little early or late.
    expect(elapsed).toBeGreaterThanOrEqual(150);
  });

  it('DELETE /_emulator/faults clears them all; DELETE /_emulator/faults/{id} one', async () => {
    const client = await testClient();
    const a = await control(client.emulator, 'POST', '/faults', { path: '/servers$', status: 500 });
    await control(client.emulator, 'POST', '/faults', { path: '/volumes$', status: 500 });
    expect((await control(client.emulator, 'GET', '/faults')).body.faults).toHaveLength(2);
    expect((await control(client.emulator, 'DELETE', `/faults/${a.body.fault.id}`)).status).toBe(
      204,
    );
    expect((await client.compute('GET', '/servers')).status).toBe(200);
    expect((await client.blockStorage('GET', '/volumes')).status).toBe(500);
    expect((await control(client.emulator, 'DELETE', '/faults')).status).toBe(204);
    expect((await control(client.emulator, 'GET', '/faults')).body.faults).toEqual([]);
    expect((await client.blockStorage('GET', '/volumes')).status).toBe(200);
    expect((await control(client.emulator, 'DELETE', '/faults/999')).status).toBe(404);
  });

  it('never blocks the control API itself', async () => {
    const client = await testClient();
    await control(client.emulator, 'POST', '/faults', { path: '.*', status: 500 });
    expect((await client.compute('GET', '/servers')).status).toBe(500);
    expect((await control(client.emulator, 'POST', '/settle')).status).toBe(200);
    expect((await control(client.emulator, 'DELETE', '/faults')).status).toBe(204);
    expect((await client.compute('GET', '/servers')).status).toBe(200);
  });

  it.each([
    ['no status and no latency', { path: '/servers' }],
    ['no path', { status: 500 }],
    ['an empty path', { path: '', status: 500 }],
    ['an invalid regular expression', { path: '(unclosed', status: 500 }],
    ['a status below 400', { path: '/servers', status: 200 }],
    ['a status above 599', { path: '/servers', status: 600 }],
    ['a status that is a string', { path: '/servers', status: '500' }],
    ['times 0', { path: '/servers', status: 500, times: 0 }],
    ['a rate above 1', { path: '/servers', status: 500, rate: 1.5 }],
    ['a negative rate', { path: '/servers', status: 500, rate: -0.1 }],
    ['a negative latency', { path: '/servers', latencyMs: -5 }],
    ['a method that is not one', { path: '/servers', status: 500, method: 'GET /x' }],
    ['malformed JSON', '{"path": "/servers", "status": 5'],
    ['an empty body', ''],
  ])('refuses a fault with %s (400) and adds nothing', async (_, spec) => {
    const client = await testClient();
    const res = await control(client.emulator, 'POST', '/faults', spec);
    expect(res.status).toBe(400);
    expect(res.body.error).toEqual({ code: 400, message: expect.any(String) });
    expect((await control(client.emulator, 'GET', '/faults')).body.faults).toEqual([]);
    expect((await client.compute('GET', '/servers')).status).toBe(200);
  });
});

describe('settle and clock', () => {
  it('the clock steps transitions; settle completes them all', async () => {
    const client = await testClient(SLOW);
    const emulator = client.emulator;
    const transitionMs = emulator.config.transitionMs;
    const created = await client.blockStorage('POST', '/volumes', { volume: { size: 10 } });
    const id = created.body.volume.id;
    const status = async () =>
      (await client.blockStorage('GET', `/volumes/${id}`)).body.volume.status;

    expect((await control(emulator, 'GET', '/clock')).body.pending).toBe(1);
    const early = await control(emulator, 'POST', '/clock', { advanceMs: transitionMs - 200 });
    expect(early.status).toBe(200);
    expect(early.body.applied).toBe(0);
    expect(await status()).toBe('creating');
    const late = await control(emulator, 'POST', '/clock', { advanceMs: 200 });
    expect(late.body).toMatchObject({ applied: 1, pending: 0 });
    expect(await status()).toBe('available');

    // Delete, then settle.
    expect((await client.blockStorage('DELETE', `/volumes/${id}`)).status).toBe(202);
    expect(await status()).toBe('deleting');
    const settled = await control(emulator, 'POST', '/settle');
    expect(settled.status).toBe(200);
    expect(settled.body.applied).toBe(1);
    expect((await client.blockStorage('GET', `/volumes/${id}`)).status).toBe(404);
    expect((await control(emulator, 'GET', '/clock')).body.pending).toBe(0);
  });

  it('settle moves the clock to when the last transition ends', async () => {
    const client = await testClient(SLOW);
    const web01 = (await client.compute('GET', '/servers')).body.servers.find(
      (s: any) => s.name === 'web-01',
    );
    const before = Date.parse((await control(client.emulator, 'GET', '/clock')).body.now);
    expect(
      (await client.compute('POST', `/servers/${web01.id}/action`, { 'os-stop': null })).status,
    ).toBe(202);
    await client.settle();
    const after = await control(client.emulator, 'GET', '/clock');
    expect(Date.parse(after.body.now)).toBeGreaterThanOrEqual(
      before + client.emulator.config.transitionMs,
    );
    expect((await client.compute('GET', `/servers/${web01.id}`)).body.server.status).toBe(
      'SHUTOFF',
    );
  });

  it.each([
    ['a negative step', { advanceMs: -1 }],
    ['a string', { advanceMs: '1000' }],
    ['a fraction', { advanceMs: 1.5 }],
    ['nothing', {}],
    ['more than a year', { advanceMs: 400 * 24 * 3600 * 1000 }],
  ])('refuses %s with 400 and leaves the clock alone', async (_, body) => {
    const client = await testClient(SLOW);
    const res = await control(client.emulator, 'POST', '/clock', body);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toEqual(expect.any(String));
    expect((await control(client.emulator, 'GET', '/clock')).body.offsetMs).toBe(0);
  });
});

describe('robustness: refused requests', () => {
  let client: TestClient;
  let ids: Record<string, string>;

  beforeAll(async () => {
    client = await testClient();
    const servers = (await client.compute('GET', '/servers')).body.servers as any[];
    const volumes = (await client.blockStorage('GET', '/volumes/detail')).body.volumes as any[];
    const images = (await client.image('GET', '/images')).body.images as any[];
    const groups = (await client.network('GET', '/security-groups')).body.security_groups as any[];
    const otherVolume = (
      await (
        await testClient({ emulator: client.emulator, user: OTHER })
      ).blockStorage('GET', '/volumes')
    ).body.volumes[0];
    ids = {
      T: DEMO.tenantId,
      OT: OTHER.tenantId,
      server: servers.find((s) => s.name === 'web-01').id,
      volume: volumes.find((v) => v.name === 'archive').id,
      attached: volumes.find((v) => v.name === 'db-data').id,
      image: images[0].id,
      group: groups[0].id,
      otherVolume: otherVolume.id,
    };
  });

  const C = '/compute/kr1/v2/{T}';
  const B = '/block-storage/kr1/v2/{T}';
  const N = '/network/kr1/v2.0';
  const I = '/image/kr1/v2';
  const NIL = '00000000-0000-0000-0000-000000000000';
  const BIG = JSON.stringify({ server: { name: 'x'.repeat(1024 * 1024 + 10) } });

  // [method, path, body, expected status (or 4xx)]
  const CASES: [string, string, unknown, number | '4xx'][] = [
    // identity
    ['POST', '/identity/v2.0/tokens', '{"auth":', 400],
    ['POST', '/identity/v2.0/tokens', { auth: [] }, 400],
    [
      'POST',
      '/identity/v2.0/tokens',
      { auth: { passwordCredentials: { username: DEMO.username, password: 7 } } },
      400,
    ],
    ['POST', '/identity/v2.0/tokens', BIG, 413],
    ['GET', '/identity/v2.0/tokens', undefined, '4xx'],
    ['POST', '/identity/v3/auth/tokens', { auth: {} }, 404],
    // compute
    ['GET', `${C}/servers/not-a-uuid`, undefined, 404],
    ['GET', `${C}/servers/${NIL}`, undefined, 404],
    ['PUT', `${C}/servers/${NIL}`, { server: { name: 'x' } }, 404],
    ['PUT', `${C}/servers/{server}`, { server: { name: 42 } }, 400],
    ['PUT', `${C}/servers/{server}`, { server: { name: '   ' } }, 400],
    ['PUT', `${C}/servers/{server}`, { server: { name: 'n'.repeat(256) } }, 400],
    ['PUT', `${C}/servers/{server}`, '{"server":', 400],
    ['PUT', `${C}/servers/{server}`, BIG, 413],
    ['DELETE', `${C}/servers/not-a-uuid`, undefined, 404],
    ['POST', `${C}/servers`, '{oops', 400],
    ['POST', `${C}/servers`, [], 400],
    ['POST', `${C}/servers`, { server: 'web-03' }, 400],
    ['POST', `${C}/servers`, { server: { name: 'half' } }, 400],
    ['POST', `${C}/servers`, BIG, 413],
    ['POST', `${C}/servers/{server}/action`, '', 400],
    ['POST', `${C}/servers/{server}/action`, {}, 400],
    ['POST', `${C}/servers/{server}/action`, { 'os-explode': null }, 400],
    ['POST', `${C}/servers/{server}/action`, { 'os-stop': null, 'os-start': null }, 400],
    ['POST', `${C}/servers/{server}/action`, { createImage: { name: 5 } }, 400],
    ['POST', `${C}/servers/not-a-uuid/action`, { 'os-stop': null }, 404],
    ['GET', `${C}/servers?limit=abc`, undefined, 400],
    ['GET', `${C}/servers?limit=-1`, undefined, 400],
    ['GET', `${C}/servers?marker=not-a-uuid`, undefined, 400],
    ['GET', `${C}/servers?changes-since=yesterday`, undefined, 400],
    ['GET', `${C}/servers?name=(`, undefined, 400],
    ['GET', `${C}/flavors/not-a-flavor`, undefined, 404],
    ['GET', `${C}/flavors?minRam=lots`, undefined, 400],
    ['GET', `${C}/os-keypairs/no-such-key`, undefined, 404],
    ['DELETE', `${C}/os-keypairs/no-such-key`, undefined, 404],
    ['POST', `${C}/os-keypairs`, { keypair: { name: 5 } }, 400],
    ['POST', `${C}/os-keypairs`, { keypair: { name: 'k', public_key: 'not a key' } }, 400],
    ['GET', `${C}/servers/{server}/os-volume_attachments/not-a-uuid`, undefined, 404],
    [
      'POST',
      `${C}/servers/{server}/os-volume_attachments`,
      { volumeAttachment: { volumeId: 5 } },
      400,
    ],
    [
      'POST',
      `${C}/servers/{server}/os-volume_attachments`,
      { volumeAttachment: { volumeId: NIL } },
      404,
    ],
    [
      'POST',
      `${C}/servers/{server}/os-volume_attachments`,
      { volumeAttachment: { volumeId: '{attached}' } },
      400,
    ],
    ['DELETE', `${C}/servers/{server}/os-volume_attachments/not-a-uuid`, undefined, 404],
    ['GET', `${C}/no-such-thing`, undefined, 404],
    ['PATCH', `${C}/servers`, { server: {} }, '4xx'],
    ['GET', '/compute/kr9/v2/{T}/servers', undefined, 404],
    ['GET', '/compute/kr1/v2/{OT}/servers', undefined, '4xx'],
    // image
    ['GET', `${I}/images/not-a-uuid`, undefined, 404],
    ['GET', `${I}/images/${NIL}`, undefined, 404],
    ['GET', `${I}/images?limit=many`, undefined, 400],
    ['GET', `${I}/images?sort_key=bogus`, undefined, 400],
    ['POST', `${I}/images`, { name: 'upload' }, '4xx'],
    ['POST', `${I}/images`, BIG, 413],
    ['DELETE', `${I}/images/{image}`, undefined, '4xx'],
    ['GET', `${I}/no-such-thing`, undefined, 404],
    // network
    ['GET', `${N}/vpcs/not-a-uuid`, undefined, 404],
    ['GET', `${N}/vpcs/${NIL}`, undefined, 404],
    ['GET', `${N}/vpcsubnets/not-a-uuid`, undefined, 404],
    ['GET', `${N}/networks/not-a-uuid`, undefined, 404],
    ['GET', `${N}/subnets/not-a-uuid`, undefined, 404],
    ['GET', `${N}/security-groups/not-a-uuid`, undefined, 404],
    ['GET', `${N}/ports/not-a-uuid`, undefined, 404],
    ['GET', `${N}/floatingips/not-a-uuid`, undefined, 404],
    ['POST', `${N}/ports`, '{"port":', '4xx'],
    ['POST', `${N}/vpcs`, BIG, 413],
    ['DELETE', `${N}/security-groups/{group}`, undefined, '4xx'],
    ['GET', `${N}/no-such-thing`, undefined, 404],
    // block storage
    ['GET', `${B}/volumes/not-a-uuid`, undefined, 404],
    ['GET', `${B}/volumes/${NIL}`, undefined, 404],
    ['PUT', `${B}/volumes/not-a-uuid`, { volume: { name: 'x' } }, 404],
    ['PUT', `${B}/volumes/{volume}`, { volume: { name: 5 } }, 400],
    ['PUT', `${B}/volumes/{volume}`, '[]', 400],
    ['DELETE', `${B}/volumes/not-a-uuid`, undefined, 404],
    ['DELETE', `${B}/volumes/{attached}`, undefined, 400],
    ['DELETE', `${B}/volumes/{otherVolume}`, undefined, 404],
    ['POST', `${B}/volumes`, '{"volume": {', 400],
    ['POST', `${B}/volumes`, { volume: { size: 'ten' } }, 400],
    ['POST', `${B}/volumes`, { volume: { size: 10, metadata: { a: 5 } } }, 400],
    ['POST', `${B}/volumes`, { volume: { size: 10, snapshot_id: NIL } }, '4xx'],
    ['POST', `${B}/volumes`, BIG, 413],
    ['GET', `${B}/volumes?limit=x`, undefined, 400],
    ['GET', `${B}/types/not-a-uuid`, undefined, 404],
    ['GET', `${B}/no-such-thing`, undefined, 404],
    ['DELETE', '/block-storage/kr1/v2/{OT}/volumes/{otherVolume}', undefined, '4xx'],
    // elsewhere
    ['GET', '/no-such-service/v1', undefined, 404],
    ['GET', '/_emulator/no-such-thing', undefined, 404],
    ['POST', '/_emulator/faults', BIG, 413],
    ['POST', '/_emulator/clock', '{', 400],
  ];

  it.each(CASES)(
    '%s %s → 4xx with a message, nothing changed',
    async (method, template, body, expected) => {
      const path = template.replace(/\{(\w+)\}/g, (_, key: string) => ids[key] ?? key);
      const text = body === undefined || typeof body === 'string' ? body : JSON.stringify(body);
      const payload = text?.replace(/\{(\w+)\}/g, (whole, key: string) => ids[key] ?? whole);
      const before = stateOf(client.emulator);
      const res = await client.request(method, path, payload);
      if (expected === '4xx') {
        expect(res.status).toBeGreaterThanOrEqual(400);
        expect(res.status).toBeLessThan(500);
      } else {
        expect(res.status).toBe(expected);
      }
      const message = messageOf(res.body);
      expect(message, JSON.stringify(res.body)).toEqual(expect.any(String));
      expect(message?.length).toBeGreaterThan(0);
      expect(stateOf(client.emulator)).toBe(before);
    },
  );
});

describe('persistence', () => {
  const spied = () => ({
    open: vi.mocked(fs.openSync),
    write: vi.mocked(fs.writeSync),
    writeFile: vi.mocked(fs.writeFileSync),
    rename: vi.mocked(fs.renameSync),
  });

  function tempDir() {
    return fs.mkdtempSync(join(tmpdir(), 'nhn-emulator-state-'));
  }

  it('a change survives a new emulator on the same state file', async () => {
    const dir = tempDir();
    try {
      const stateFile = join(dir, 'state.json');
      const first = await testClient({ config: { stateFile } });
      const web01 = (await first.compute('GET', '/servers')).body.servers.find(
        (s: any) => s.name === 'web-01',
      );
      const renamed = await first.compute('PUT', `/servers/${web01.id}`, {
        server: { name: 'web-01-renamed' },
      });
      expect(renamed.status).toBe(200);
      const created = await first.blockStorage('POST', '/volumes', {
        volume: { size: 30, name: 'kept-volume' },
      });
      expect(created.status).toBe(202);
      await control(first.emulator, 'POST', '/clock', { advanceMs: 60_000 });
      // Changes are written in batches (issue 12): closing writes the rest.
      first.emulator.close();

      const second = await testClient({ config: { stateFile } });
      expect(second.emulator).not.toBe(first.emulator);
      const server = await second.compute('GET', `/servers/${web01.id}`);
      expect(server.body.server.name).toBe('web-01-renamed');
      const volume = await second.blockStorage('GET', `/volumes/${created.body.volume.id}`);
      expect(volume.status).toBe(200);
      expect(volume.body.volume).toMatchObject({ name: 'kept-volume', size: 30 });
      // The clock offset came along, so the pending creation had already finished.
      expect(volume.body.volume.status).toBe('available');
      expect((await control(second.emulator, 'GET', '/clock')).body.offsetMs).toBe(60_000);
      // Another emulator without the file still has the seed.
      const fresh = await testClient();
      const seedName = (await fresh.compute('GET', `/servers/${web01.id}`)).body.server.name;
      expect(seedName).toBe('web-01');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('writes through a temporary file and a rename, leaving no *.tmp behind', async () => {
    const dir = tempDir();
    try {
      const stateFile = join(dir, 'state.json');
      const { rename } = spied();
      rename.mockClear();
      const client = await testClient({ config: { stateFile } });
      await client.blockStorage('POST', '/volumes', { volume: { size: 10, name: 'x' } });
      client.emulator.close();
      expect(rename).toHaveBeenCalled();
      for (const [from, to] of rename.mock.calls) {
        expect(to).toBe(stateFile);
        expect(String(from)).toMatch(/\.tmp$/);
        expect(String(from).startsWith(`${stateFile}.`)).toBe(true);
      }
      expect(fs.readdirSync(dir)).toEqual(['state.json']);
      const saved = JSON.parse(fs.readFileSync(stateFile, 'utf8'));
      expect(saved.version).toBe(2);
      const volumes = saved.regions.kr1.tenants[DEMO.tenantId].volumes as any[];
      expect(volumes.map((v) => v.name)).toContain('x');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads do not rewrite the file', async () => {
    const dir = tempDir();
    try {
      const stateFile = join(dir, 'state.json');
      const client = await testClient({ config: { stateFile } });
      // The sign-in's write, now rather than during the reads below.
      client.emulator.close();
      const { rename } = spied();
      rename.mockClear();
      await client.compute('GET', '/servers/detail');
      await client.network('GET', '/vpcs');
      expect(rename).not.toHaveBeenCalled();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('without a state file nothing is written', async () => {
    const calls = spied();
    for (const spy of Object.values(calls)) spy.mockClear();
    const client = await testClient();
    await client.blockStorage('POST', '/volumes', { volume: { size: 10 } });
    await client.compute(
      'PUT',
      `/servers/${(await client.compute('GET', '/servers')).body.servers[0].id}`,
      {
        server: { name: 'renamed' },
      },
    );
    await client.settle();
    await control(client.emulator, 'POST', '/reset');
    for (const [name, spy] of Object.entries(calls)) {
      expect(spy, name).not.toHaveBeenCalled();
    }
  });

  it('a state file from a newer version is refused, not misread', () => {
    const dir = tempDir();
    try {
      const stateFile = join(dir, 'state.json');
      fs.writeFileSync(stateFile, JSON.stringify({ version: 3 }));
      expect(() => createEmulator({ stateFile })).toThrow(/version/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a token issued before a restart still works after it', async () => {
    const dir = tempDir();
    try {
      const stateFile = join(dir, 'state.json');
      const first = createEmulator({ stateFile });
      const token = await signIn(first);
      first.close();
      const second = createEmulator({ stateFile });
      const res = await rawRequest(
        second,
        'GET',
        `/compute/kr1/v2/${DEMO.tenantId}/servers`,
        undefined,
        {
          'X-Auth-Token': token,
        },
      );
      expect(res.status).toBe(200);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
  /** Renames onto the state file: one per write of the state. */
  const writesTo = (stateFile: string) =>
    vi.mocked(fs.renameSync).mock.calls.filter(([, to]) => to === stateFile).length;

  const serverNames = (file: string) =>
    (
      JSON.parse(fs.readFileSync(file, 'utf8')).regions.kr1.tenants[DEMO.tenantId].servers as {
        name: string;
      }[]
    ).map((s) => s.name);

  describe('in batches, off the request path (issue 12)', () => {
    afterEach(() => {
      vi.useRealTimers();
    });

    it('writes many changes in quick succession once, and the last of them', async () => {
      const dir = tempDir();
      try {
        const stateFile = join(dir, 'state.json');
        // The emulator's timers only run when the test moves them: no wall clock involved.
        vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
        const client = await testClient({ config: { stateFile } });
        vi.mocked(fs.renameSync).mockClear();
        const web01 = (await client.compute('GET', '/servers')).body.servers.find(
          (s: any) => s.name === 'web-01',
        );
        const changes = 40;
        for (let i = 1; i <= changes; i++) {
          const res = await client.compute('PUT', `/servers/${web01.id}`, {
            server: { name: `web-01-v${i}` },
          });
          expect(res.status).toBe(200);
          await signIn(client.emulator);
        }
        // Nothing was written on the requests' path.
        expect(writesTo(stateFile)).toBe(0);
        expect(serverNames(stateFile)).toContain('web-01');

        vi.advanceTimersByTime(PERSIST_DELAY_MS);
        expect(writesTo(stateFile)).toBe(1);
        expect(serverNames(stateFile)).toContain(`web-01-v${changes}`);
        // Nothing changed since: no timer, no write.
        vi.advanceTimersByTime(10 * PERSIST_DELAY_MS);
        expect(writesTo(stateFile)).toBe(1);

        // The next change waits for the next batch, or for close().
        await client.compute('PUT', `/servers/${web01.id}`, { server: { name: 'web-01-last' } });
        expect(serverNames(stateFile)).not.toContain('web-01-last');
        client.emulator.close();
        expect(writesTo(stateFile)).toBe(2);
        expect(serverNames(stateFile)).toContain('web-01-last');
        // close() left no write pending, and nothing to write.
        vi.advanceTimersByTime(10 * PERSIST_DELAY_MS);
        expect(writesTo(stateFile)).toBe(2);
        expect(fs.readdirSync(dir)).toEqual(['state.json']);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });

    it('writes a change by itself soon after, with no flush', async () => {
      const dir = tempDir();
      try {
        const stateFile = join(dir, 'state.json');
        const client = await testClient({ config: { stateFile } });
        const volume = await client.blockStorage('POST', '/volumes', {
          volume: { size: 10, name: 'batched' },
        });
        expect(volume.status).toBe(202);
        await vi.waitFor(() => expect(fs.readFileSync(stateFile, 'utf8')).toContain('batched'));
        client.emulator.close();
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });

    it('writes what is pending when the server startEmulator started closes', async () => {
      const dir = tempDir();
      try {
        const stateFile = join(dir, 'state.json');
        vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
        const { emulator, server } = startEmulator({
          ...DEFAULT_CONFIG,
          port: 0,
          stateFile,
        });
        const token = await signIn(emulator);
        expect(fs.readFileSync(stateFile, 'utf8')).not.toContain(token);
        await new Promise<void>((resolve) => server.close(() => resolve()));
        expect(fs.readFileSync(stateFile, 'utf8')).toContain(token);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });

    it('leaves the state as it was when a batched write fails, and writes it later', async () => {
      const dir = tempDir();
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      try {
        const stateFile = join(dir, 'state.json');
        vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
        const client = await testClient({ config: { stateFile } });
        vi.mocked(fs.renameSync).mockImplementationOnce(() => {
          throw new Error('disk full');
        });
        vi.advanceTimersByTime(PERSIST_DELAY_MS);
        expect(error).toHaveBeenCalledWith(expect.stringContaining('disk full'));
        client.emulator.close();
        expect(fs.readFileSync(stateFile, 'utf8')).toContain(client.token);
      } finally {
        error.mockRestore();
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });
  });

  it('removes temporary files a crash left beside the state file, and only those', () => {
    const dir = tempDir();
    try {
      const stateFile = join(dir, 'state.json');
      const write = (name: string) => fs.writeFileSync(join(dir, name), '{"torn": ');
      // A writer that is gone (no such pid), this process (it writes synchronously, so never
      // midway), and one that is alive (the test runner's parent) and may be writing.
      const gone = 'state.json.999999999.tmp';
      const own = `state.json.${process.pid}.tmp`;
      const alive = `state.json.${process.ppid}.tmp`;
      const others = ['other.json.1.tmp', 'state.json.bak', 'state.json.x.tmp', 'notes.tmp'];
      for (const name of [gone, own, alive, ...others]) write(name);
      const emulator = createEmulator({ stateFile });
      expect(fs.readdirSync(dir).sort()).toEqual([alive, ...others, 'state.json'].sort());
      emulator.close();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  describe('a damaged state file stops the start, naming the file and what is wrong', () => {
    const seedJson = () => JSON.parse(JSON.stringify(createEmulator().store.state));

    it.each([
      ['cut short', () => '{"version": 2, "clockOffsetMs": 0, "tok', /is not JSON/],
      ['empty', () => '', /is not JSON/],
      ['not JSON at all', () => 'hello', /is not JSON/],
      ['null', () => 'null', /not an emulator state/],
      ['an array', () => '[]', /not an emulator state/],
      ['a string', () => '"state"', /not an emulator state/],
      [
        'without its regions',
        () =>
          '{"version": 2, "clockOffsetMs": 0, "nextKeypairId": 1, "eventSeq": 0, "tokens": {}, "events": []}',
        /field\/attribute regions: /,
      ],
      [
        'a server without a flavor',
        () => {
          const state = seedJson();
          delete state.regions.kr1.tenants[DEMO.tenantId].servers[0].flavorId;
          return JSON.stringify(state);
        },
        /regions\.kr1\.tenants\.[0-9a-f]+\.servers\.0\.flavorId/,
      ],
      [
        'a token whose expiry is text',
        () => {
          const state = seedJson();
          state.tokens.abc = { id: 'abc', tenantId: 't', userId: 'u', issuedAt: 0, expiresAt: 'x' };
          return JSON.stringify(state);
        },
        /tokens\.abc\.expiresAt/,
      ],
      [
        'a pending step of an unknown kind',
        () => {
          const state = seedJson();
          state.events.push({ at: 0, seq: 0, ops: [{ op: 'explode', region: 'kr1' }] });
          return JSON.stringify(state);
        },
        /events\.0\.ops\.0/,
      ],
      [
        'a key __proto__',
        () => {
          const state = seedJson();
          return JSON.stringify(state).replace('"tokens":{}', '"tokens":{"__proto__":{}}');
        },
        /'__proto__' at tokens\.__proto__/,
      ],
    ])('%s', (_, contents, problem) => {
      const dir = tempDir();
      try {
        const stateFile = join(dir, 'state.json');
        const text = contents();
        fs.writeFileSync(stateFile, text);
        let thrown: unknown;
        try {
          createEmulator({ stateFile });
        } catch (error) {
          thrown = error;
        }
        expect(thrown).toBeInstanceOf(Error);
        const message = (thrown as Error).message;
        expect(message.startsWith(`${stateFile}: `)).toBe(true);
        expect(message).toMatch(problem);
        // The file is left as it was, for its owner to look at.
        expect(fs.readFileSync(stateFile, 'utf8')).toBe(text);
        expect(() => startEmulator({ ...DEFAULT_CONFIG, port: 0, stateFile })).toThrow(message);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });

    it('a state the emulator wrote, after every kind of change, is one', async () => {
      const dir = tempDir();
      try {
        const stateFile = join(dir, 'state.json');
        const client = await testClient({ config: { stateFile, extraServers: 5 } });
        await createU2Server(client, 'kept');
        await client.blockStorage('POST', '/volumes', { volume: { size: 10 } });
        await client.compute('POST', '/os-keypairs', {
          keypair: { name: 'generated-here' },
        });
        // Pending steps of several kinds stay in the file.
        const web01 = (await client.compute('GET', '/servers')).body.servers.find(
          (s: any) => s.name === 'web-01',
        );
        await client.compute('POST', `/servers/${web01.id}/action`, { 'os-stop': null });
        client.emulator.close();
        expect(JSON.parse(fs.readFileSync(stateFile, 'utf8')).events.length).toBeGreaterThan(0);
        const again = createEmulator({ stateFile });
        expect(JSON.stringify(again.store.state)).toBe(JSON.stringify(client.emulator.store.state));
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });
  });
});

describe('POST /_emulator/servers/{id}/status (statuses no operator action causes)', () => {
  it('puts a server into MIGRATING with Nova’s vm_state and task, and back to where it was', async () => {
    const client = await testClient(SLOW);
    const web01 = (await client.compute('GET', '/servers/detail?name=^web-01$')).body.servers[0];
    const res = await control(client.emulator, 'POST', `/servers/${web01.id}/status`, {
      status: 'MIGRATING',
    });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ id: web01.id, status: 'MIGRATING', returnsTo: 'ACTIVE' });
    const now = (await client.compute('GET', `/servers/${web01.id}`)).body.server;
    expect(now).toMatchObject({
      status: 'MIGRATING',
      'OS-EXT-STS:vm_state': 'active',
      'OS-EXT-STS:task_state': 'migrating',
    });
    expect(
      (await client.compute('GET', '/servers?status=MIGRATING')).body.servers.map((s: any) => s.id),
    ).toEqual([web01.id]);
    await client.settle();
    expect((await client.compute('GET', `/servers/${web01.id}`)).body.server).toMatchObject({
      status: 'ACTIVE',
      'OS-EXT-STS:task_state': null,
    });
  });

  it('keeps a settled status (RESCUE) until something changes it', async () => {
    const client = await testClient(SLOW);
    const web01 = (await client.compute('GET', '/servers/detail?name=^web-01$')).body.servers[0];
    await control(client.emulator, 'POST', `/servers/${web01.id}/status`, { status: 'RESCUE' });
    await client.settle();
    expect((await client.compute('GET', `/servers/${web01.id}`)).body.server).toMatchObject({
      status: 'RESCUE',
      'OS-EXT-STS:vm_state': 'rescued',
    });
  });

  it('refuses a status the table does not know, and an unknown server, changing nothing', async () => {
    const client = await testClient(SLOW);
    const before = stateOf(client.emulator);
    const web01 = (await client.compute('GET', '/servers/detail?name=^web-01$')).body.servers[0];
    for (const status of ['STOPPED', 'BUILDING', 'deleted', 'DELETED', 42]) {
      const res = await control(client.emulator, 'POST', `/servers/${web01.id}/status`, { status });
      expect(res.status, String(status)).toBe(400);
    }
    const unknown = await control(client.emulator, 'POST', '/servers/nope/status', {
      status: 'ACTIVE',
    });
    expect(unknown.status).toBe(404);
    expect(stateOf(client.emulator)).toBe(before);
  });
});

describe('faults in NHN gateway style and with Retry-After', () => {
  it('answers HTTP 200 with {"header": {"isSuccessful": false, …}} for a gateway fault', async () => {
    const client = await testClient(SLOW);
    await control(client.emulator, 'POST', '/faults', {
      path: '/servers/detail$',
      status: 503,
      gateway: true,
      message: 'Service temporarily unavailable',
      times: 1,
    });
    const res = await client.compute('GET', '/servers/detail');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      header: {
        isSuccessful: false,
        resultCode: 503,
        resultMessage: 'Service temporarily unavailable',
      },
    });
    expect((await client.compute('GET', '/servers/detail')).body.servers.length).toBeGreaterThan(0);
  });

  it('sends Retry-After with a rate-limit fault', async () => {
    const client = await testClient(SLOW);
    await control(client.emulator, 'POST', '/faults', {
      path: '/servers',
      status: 429,
      retryAfterS: 7,
      times: 1,
    });
    const res = await client.compute('GET', '/servers');
    expect(res.status).toBe(429);
    expect(res.headers.get('Retry-After')).toBe('7');
    expect(res.body.overLimit.code).toBe(429);
  });

  it('refuses a gateway fault without a status', async () => {
    const client = await testClient(SLOW);
    const res = await control(client.emulator, 'POST', '/faults', {
      path: '/servers',
      latencyMs: 10,
      gateway: true,
    });
    expect(res.status).toBe(400);
  });
});

describe("the emulator's Date header and a reset at scale", () => {
  it('answers with its own clock in Date, so changes-since from it asks in the same time', async () => {
    const client = await testClient(SLOW);
    const before = Date.parse((await client.compute('GET', '/servers')).headers.get('Date') ?? '');
    expect(Math.abs(before - Date.now())).toBeLessThan(5_000);
    await control(client.emulator, 'POST', '/clock', { advanceMs: 3_600_000 });
    const res = await client.compute('GET', '/servers');
    const date = Date.parse(res.headers.get('Date') ?? '');
    expect(date - before).toBeGreaterThanOrEqual(3_600_000 - 1_000);
    // A server changed now, in the emulator's time, is found from the answer's Date.
    const web02 = (await client.compute('GET', '/servers?name=^web-02$')).body.servers[0];
    await client.compute('PUT', `/servers/${web02.id}`, { server: { name: 'web-02b' } });
    const since = new Date(date - 5_000).toISOString().slice(0, 19);
    const changed = await client.compute('GET', `/servers?changes-since=${since}`);
    expect(changed.body.servers.map((s: any) => s.name)).toEqual(['web-02b']);
  });

  it('resets to the seed with as many load servers as asked, then back to the configured seed', async () => {
    const client = await testClient(SLOW);
    const res = await control(client.emulator, 'POST', '/reset', { extraServers: 500 });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ reset: true, extraServers: 500 });
    const token = await signIn(client.emulator);
    const count = async () =>
      (
        await rawRequest(
          client.emulator,
          'GET',
          `/compute/kr1/v2/${DEMO.tenantId}/servers?limit=1000`,
          undefined,
          { 'X-Auth-Token': token },
        )
      ).body.servers.length;
    expect(await count()).toBe(509);
    expect((await control(client.emulator, 'POST', '/reset')).body.extraServers).toBe(0);
    const again = await signIn(client.emulator);
    const plain = await rawRequest(
      client.emulator,
      'GET',
      `/compute/kr1/v2/${DEMO.tenantId}/servers`,
      undefined,
      { 'X-Auth-Token': again },
    );
    expect(plain.body.servers).toHaveLength(9);
    for (const body of [
      { extraServers: -1 },
      { extraServers: 1.5 },
      { extraServers: 'many' },
      '{',
    ]) {
      expect((await control(client.emulator, 'POST', '/reset', body)).status).toBe(400);
    }
  });
});
