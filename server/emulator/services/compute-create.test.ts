/**
 * Contract tests of 인스턴스 생성하기 (POST /v2/{tenantId}/servers): every body field and every
 * rule of the spec. A refused request must leave no trace (no server, volume or port, nothing
 * queued); an accepted one must build and then settle into a complete ACTIVE server.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Server } from '../../../src/domain/compute-types';
import { SERVER_CREATE_REQUEST, SERVER_CREATE_RESPONSE, SERVER_SHOW } from '../spec-examples';
import type { PortRecord } from '../state';
import { DEMO, OTHER, shapeMismatches, type TestClient, testClient } from '../testing';
import {
  flavorIds,
  freezeDate,
  getServer,
  imageIds,
  inventory,
  ipInCidr,
  ports,
  type SubnetInfo,
  serverByName,
  serverShapeMismatches,
  subnetsByName,
  UBUNTU_22,
  volumeByName,
  volumesDetail,
  WINDOWS_2022,
} from './compute-test-support';

beforeEach(freezeDate);
afterEach(() => {
  vi.useRealTimers();
});

let client: TestClient;
let flavors: Record<string, string>;
let images: Record<string, string>;
let subnets: Record<string, SubnetInfo>;

beforeEach(async () => {
  client = await testClient();
  [flavors, images, subnets] = await Promise.all([
    flavorIds(client),
    imageIds(client),
    subnetsByName(client),
  ]);
});

const id = <T>(map: Record<string, T>, key: string): T => {
  const value = map[key];
  if (value === undefined) throw new Error(`no ${key} in the seed`);
  return value;
};

/** A root volume of `size` GB made from `image` (block_device_mapping_v2, boot_index 0). */
const rootFrom = (image: string, size: number, extra: Record<string, unknown> = {}) => ({
  uuid: id(images, image),
  boot_index: 0,
  volume_size: size,
  source_type: 'image',
  destination_type: 'volume',
  ...extra,
});

/** A valid Linux create body on m2.c2m4 with a 20 GB root volume; `server` overrides fields. */
function linux(server: Record<string, unknown> = {}) {
  return {
    server: {
      name: 'app-01',
      imageRef: id(images, UBUNTU_22),
      flavorRef: id(flavors, 'm2.c2m4'),
      networks: [{ subnet: id(subnets, 'default-subnet').id }],
      key_name: 'demo-key',
      block_device_mapping_v2: [rootFrom(UBUNTU_22, 20)],
      ...server,
    },
  };
}

/** A valid Windows create body on m2.c2m4 (4 GB) with a 50 GB root volume. */
function windows(server: Record<string, unknown> = {}) {
  return linux({
    name: 'win-01',
    imageRef: id(images, WINDOWS_2022),
    block_device_mapping_v2: [rootFrom(WINDOWS_2022, 50)],
    ...server,
  });
}

async function create(body: unknown) {
  return client.compute('POST', '/servers', body);
}

/** Posts `body`, expects `status` and a message matching `message`, and that nothing changed. */
async function expectRefused(body: unknown, message: RegExp | string, status = 400) {
  const before = await inventory(client);
  const res = await create(body);
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  const key = status === 409 ? 'conflictingRequest' : 'badRequest';
  expect(res.body[key].code).toBe(status);
  expect(res.body[key].message).toMatch(message);
  expect(await inventory(client)).toEqual(before);
  return res;
}

async function expectAccepted(body: unknown): Promise<string> {
  const res = await create(body);
  expect(res.status, JSON.stringify(res.body)).toBe(202);
  return res.body.server.id as string;
}

const attachmentsOf = async (serverId: string) =>
  (await client.compute('GET', `/servers/${serverId}/os-volume_attachments`)).body
    .volumeAttachments as { device: string; volumeId: string }[];

const volume = async (volumeId: string) =>
  (await client.blockStorage('GET', `/volumes/${volumeId}`)).body.volume;

const addressesOf = (server: Server) =>
  Object.values(server.addresses)
    .flat()
    .filter((a) => a['OS-EXT-IPS:type'] === 'fixed')
    .map((a) => a.addr);

describe('an accepted request', () => {
  it('answers 202 in the shape of the spec example and builds, then settles ACTIVE', async () => {
    const before = await inventory(client);
    const res = await create(linux({ metadata: { team: 'qa' } }));
    expect(res.status).toBe(202);
    expect(shapeMismatches(res.body, SERVER_CREATE_RESPONSE)).toEqual([]);
    const created = res.body.server;
    expect(created.security_groups).toEqual([{ name: 'default' }]);
    expect(created.links[0]).toEqual({
      rel: 'self',
      href: expect.stringMatching(
        new RegExp(`/compute/kr1/v2/${DEMO.tenantId}/servers/${created.id}$`),
      ),
    });

    // BUILD (Nova's status; vm_state building), spawning, not yet powered or launched.
    const building = await getServer(client, created.id);
    expect(building).toMatchObject({
      name: 'app-01',
      status: 'BUILD',
      'OS-EXT-STS:vm_state': 'building',
      'OS-EXT-STS:task_state': 'spawning',
      'OS-EXT-STS:power_state': 0,
      'OS-SRV-USG:launched_at': null,
      key_name: 'demo-key',
      image: { id: id(images, UBUNTU_22) },
      flavor: { id: id(flavors, 'm2.c2m4') },
      user_id: DEMO.userId,
      tenant_id: DEMO.tenantId,
    });
    expect(building.security_groups).toEqual([{ name: 'default' }]);
    const after = await inventory(client);
    expect(after.servers).toBe(before.servers + 1);
    expect(after.volumes).toBe(before.volumes + 1);
    expect(after.ports).toBe(before.ports + 1);
    expect((await ports(client, created.id))[0]?.status).toBe('BUILD');

    await client.settle();
    const active = await getServer(client, created.id);
    expect(serverShapeMismatches(active, SERVER_SHOW.server)).toEqual([]);
    expect(active).toMatchObject({
      status: 'ACTIVE',
      'OS-EXT-STS:vm_state': 'active',
      'OS-EXT-STS:task_state': null,
      'OS-EXT-STS:power_state': 1,
      progress: 0,
    });
    expect(active['OS-SRV-USG:launched_at']).toMatch(
      /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}$/,
    );
    expect((await ports(client, created.id))[0]?.status).toBe('ACTIVE');

    // The root volume: made from the image, bootable, in-use at /dev/vda, in the server's zone.
    const attachments = await attachmentsOf(created.id);
    expect(attachments.map((a) => a.device)).toEqual(['/dev/vda']);
    const root = await volume(attachments[0]?.volumeId ?? '');
    expect(root).toMatchObject({
      status: 'in-use',
      bootable: 'true',
      size: 20,
      volume_type: 'General HDD',
      availability_zone: active['OS-EXT-AZ:availability_zone'],
      attachments: [expect.objectContaining({ server_id: created.id, device: '/dev/vda' })],
    });
    expect(active['os-extended-volumes:volumes_attached']).toEqual([{ id: root.id }]);

    // An address from the subnet, not the gateway, not anyone else's.
    const [addr] = addressesOf(active);
    const subnet = id(subnets, 'default-subnet');
    expect(addr && ipInCidr(addr, subnet.cidr)).toBe(true);
    expect(addr).not.toBe(subnet.gateway);
    const allIps = (await ports(client)).flatMap((p) => p.fixed_ips.map((f) => f.ip_address));
    expect(allIps.filter((ip) => ip === addr)).toHaveLength(1);
    expect(Object.keys(active.addresses)).toEqual(['Default Network']);

    // The image's properties, then the request's metadata.
    expect(active.metadata).toEqual({
      image_name: UBUNTU_22,
      volume_size: '20',
      os_distro: 'Ubuntu',
      os_version: '22.04',
      os_type: 'linux',
      os_architecture: 'amd64',
      login_username: 'ubuntu',
      hypervisor_type: 'qemu',
      description: UBUNTU_22,
      team: 'qa',
    });
  });

  it("accepts the spec's own request example (ids swapped for the seed's)", async () => {
    const example = structuredClone(SERVER_CREATE_REQUEST);
    example.server.imageRef = id(images, UBUNTU_22);
    example.server.flavorRef = id(flavors, 'm2.c4m8');
    example.server.networks = [{ subnet: id(subnets, 'default-subnet').id }];
    example.server.key_name = 'demo-key';
    const bdm = example.server.block_device_mapping_v2[0];
    if (bdm) bdm.uuid = id(images, UBUNTU_22);
    // The example's placement policy (os:scheduler_hints.group) becomes the seed's.
    const spread = (await client.compute('GET', '/os-server-groups')).body.server_groups[0];
    example['os:scheduler_hints'].group = spread.id;
    const serverId = await expectAccepted(example);
    await client.settle();
    const server = await getServer(client, serverId);
    expect(server).toMatchObject({
      name: 'DB-Master',
      status: 'ACTIVE',
      'OS-EXT-AZ:availability_zone': 'kr-pub-a',
    });
    expect(server.security_groups).toEqual([{ name: 'default' }]);
    const members = (await client.compute('GET', `/os-server-groups/${spread.id}`)).body
      .server_group.members;
    expect(members).toContain(serverId);
    const rootId = (await attachmentsOf(serverId))[0]?.volumeId ?? '';
    expect(await volume(rootId)).toMatchObject({ size: 1000, availability_zone: 'kr-pub-a' });
    // "delete_on_termination": 1 means the root volume goes with the server.
    expect((await client.compute('DELETE', `/servers/${serverId}`)).status).toBe(204);
    await client.settle();
    expect((await client.blockStorage('GET', `/volumes/${rootId}`)).status).toBe(404);
  });
});

describe('body fields', () => {
  it('availability_zone places the server and its root volume', async () => {
    const serverId = await expectAccepted(linux({ availability_zone: 'kr-pub-b' }));
    await client.settle();
    expect((await getServer(client, serverId))['OS-EXT-AZ:availability_zone']).toBe('kr-pub-b');
    const rootId = (await attachmentsOf(serverId))[0]?.volumeId ?? '';
    expect((await volume(rootId)).availability_zone).toBe('kr-pub-b');
  });

  it('networks: by subnet, by network (VPC) id, by fixed IP, and several NICs', async () => {
    const backend = id(subnets, 'backend-subnet');
    const byNetwork = await expectAccepted(linux({ networks: [{ uuid: backend.vpc_id }] }));
    const bySubnet = await expectAccepted(linux({ networks: [{ subnet: backend.id }] }));
    const byFixedIp = await expectAccepted(linux({ networks: [{ fixed_ip: '192.168.10.200' }] }));
    const subnetAndIp = await expectAccepted(
      linux({ networks: [{ subnet: backend.id, fixed_ip: '192.168.10.201' }] }),
    );
    const twoNics = await expectAccepted(
      linux({
        networks: [{ subnet: id(subnets, 'default-subnet').id }, { subnet: backend.id }],
      }),
    );
    await client.settle();

    const vpcCidr = '192.168.0.0/16';
    const [networkIp] = addressesOf(await getServer(client, byNetwork));
    expect(networkIp && ipInCidr(networkIp, vpcCidr)).toBe(true);
    const [subnetIp] = addressesOf(await getServer(client, bySubnet));
    expect(subnetIp && ipInCidr(subnetIp, backend.cidr)).toBe(true);
    expect(addressesOf(await getServer(client, byFixedIp))).toEqual(['192.168.10.200']);
    expect(addressesOf(await getServer(client, subnetAndIp))).toEqual(['192.168.10.201']);
    const two = addressesOf(await getServer(client, twoNics));
    expect(two).toHaveLength(2);
    expect(two.some((ip) => ipInCidr(ip, id(subnets, 'default-subnet').cidr))).toBe(true);
    expect(two.some((ip) => ipInCidr(ip, backend.cidr))).toBe(true);
    expect(await ports(client, twoNics)).toHaveLength(2);
  });

  it('networks.port: takes a free port, with the security groups applied to it', async () => {
    const portId = '0b5c2a9e-4e8a-4b1e-9d7e-3f1a2b3c4d5e';
    const subnet = id(subnets, 'default-subnet');
    const free: PortRecord = {
      id: portId,
      name: 'spare',
      networkId: subnet.vpc_id,
      subnetId: subnet.id,
      ipAddress: '192.168.0.250',
      macAddress: 'fa:16:3e:00:00:fa',
      deviceId: '',
      deviceOwner: '',
      status: 'DOWN',
      securityGroupIds: [],
      createdAt: Date.now(),
    };
    // The network API here is read-only, so the free port is put in place directly.
    client.emulator.store.tenant('kr1', DEMO.tenantId).ports.push(free);

    const serverId = await expectAccepted(
      linux({ networks: [{ port: portId }], security_groups: [{ name: 'web' }] }),
    );
    await client.settle();
    const server = await getServer(client, serverId);
    expect(addressesOf(server)).toEqual(['192.168.0.250']);
    expect(server.security_groups).toEqual([{ name: 'web' }]);
    const port = (await client.network('GET', `/ports/${portId}`)).body.port;
    expect(port).toMatchObject({ device_id: serverId, status: 'ACTIVE' });

    // Now it is in use: another server cannot have it.
    await expectRefused(linux({ name: 'app-02', networks: [{ port: portId }] }), portId, 409);
    await expectRefused(
      linux({ networks: [{ port: '00000000-0000-0000-0000-000000000000' }] }),
      /port/,
    );
  });

  it('block_device_mapping_v2: volume_type, delete_on_termination and extra volumes', async () => {
    const backup = await volumeByName(client, 'backup-vol');
    const serverId = await expectAccepted(
      linux({
        availability_zone: 'kr-pub-a',
        block_device_mapping_v2: [
          rootFrom(UBUNTU_22, 30, { volume_type: 'General SSD', delete_on_termination: false }),
          { source_type: 'blank', destination_type: 'volume', volume_size: 50, boot_index: 1 },
          {
            source_type: 'volume',
            destination_type: 'volume',
            uuid: backup.id,
            boot_index: 2,
            delete_on_termination: true,
          },
        ],
      }),
    );
    await client.settle();
    const attachments = await attachmentsOf(serverId);
    expect(attachments.map((a) => a.device)).toEqual(['/dev/vda', '/dev/vdb', '/dev/vdc']);
    const [root, blank, existing] = await Promise.all(attachments.map((a) => volume(a.volumeId)));
    expect(root).toMatchObject({
      size: 30,
      volume_type: 'General SSD',
      bootable: 'true',
      status: 'in-use',
    });
    expect(blank).toMatchObject({
      size: 50,
      volume_type: 'General HDD',
      bootable: 'false',
      status: 'in-use',
    });
    expect(existing).toMatchObject({ id: backup.id, status: 'in-use' });
    expect(
      (await getServer(client, serverId))['os-extended-volumes:volumes_attached'],
    ).toHaveLength(3);

    // On delete: the root (delete_on_termination false) and the blank one (default false) stay;
    // the existing volume marked delete_on_termination goes.
    expect((await client.compute('DELETE', `/servers/${serverId}`)).status).toBe(204);
    await client.settle();
    expect(await volume(root.id)).toMatchObject({
      status: 'available',
      bootable: 'true',
      attachments: [],
    });
    expect(await volume(blank.id)).toMatchObject({ status: 'available', attachments: [] });
    expect((await client.blockStorage('GET', `/volumes/${backup.id}`)).status).toBe(404);
  });

  it('boots from an existing bootable volume (source_type volume) without imageRef', async () => {
    const first = await expectAccepted(
      linux({
        availability_zone: 'kr-pub-b',
        block_device_mapping_v2: [rootFrom(UBUNTU_22, 20, { delete_on_termination: false })],
      }),
    );
    await client.settle();
    const rootId = (await attachmentsOf(first))[0]?.volumeId ?? '';
    await client.compute('DELETE', `/servers/${first}`);
    await client.settle();
    expect((await volume(rootId)).status).toBe('available');

    const { imageRef: _omitted, ...withoutImage } = linux().server;
    const serverId = await expectAccepted({
      server: {
        ...withoutImage,
        name: 'from-volume',
        block_device_mapping_v2: [
          { uuid: rootId, source_type: 'volume', destination_type: 'volume', boot_index: '0' },
        ],
      },
    });
    expect((await volume(rootId)).status).toBe('attaching');
    await client.settle();
    const server = await getServer(client, serverId);
    expect(server.status).toBe('ACTIVE');
    // Booted from a volume: no image, but the metadata still names it (current/README.md).
    expect(server.image).toBe('');
    expect(server.metadata).toMatchObject({ image_name: UBUNTU_22, os_type: 'linux' });
    // The zone follows the volume's.
    expect(server['OS-EXT-AZ:availability_zone']).toBe('kr-pub-b');
    expect(await attachmentsOf(serverId)).toEqual([
      expect.objectContaining({ device: '/dev/vda', volumeId: rootId }),
    ]);
    expect((await volume(rootId)).status).toBe('in-use');
  });

  it('security_groups: default when omitted, exactly the named ones otherwise', async () => {
    const plain = await create(linux());
    expect(plain.body.server.security_groups).toEqual([{ name: 'default' }]);
    const named = await create(
      linux({ name: 'app-02', security_groups: [{ name: 'web' }, { name: 'ssh-admin' }] }),
    );
    expect(named.status).toBe(202);
    expect(named.body.server.security_groups).toEqual([{ name: 'web' }, { name: 'ssh-admin' }]);
    await client.settle();
    const server = await getServer(client, named.body.server.id);
    expect(server.security_groups?.map((g) => g.name).sort()).toEqual(['ssh-admin', 'web']);
    expect((await getServer(client, plain.body.server.id)).security_groups).toEqual([
      { name: 'default' },
    ]);
    const groups = (await client.network('GET', '/security-groups')).body.security_groups as {
      id: string;
      name: string;
    }[];
    const port = (await ports(client, named.body.server.id))[0];
    expect(port?.security_groups.sort()).toEqual(
      groups
        .filter((g) => ['web', 'ssh-admin'].includes(g.name))
        .map((g) => g.id)
        .sort(),
    );
  });

  it('security_groups: an empty list means the default group; a group named twice counts once', async () => {
    // Spec: 생략할 경우 default 그룹이 추가됨. Nova treats an empty list the same way
    // (`security_groups or ['default']`) and de-duplicates the names.
    const empty = await create(linux({ security_groups: [] }));
    expect(empty.status).toBe(202);
    expect(empty.body.server.security_groups).toEqual([{ name: 'default' }]);
    const twice = await create(
      linux({ name: 'app-02', security_groups: [{ name: 'web' }, { name: 'web' }] }),
    );
    expect(twice.status).toBe(202);
    expect(twice.body.server.security_groups).toEqual([{ name: 'web' }]);
    await client.settle();
    expect((await getServer(client, empty.body.server.id)).security_groups).toEqual([
      { name: 'default' },
    ]);
    const [port] = await ports(client, twice.body.server.id);
    expect(port?.security_groups).toHaveLength(1);
  });

  it('user_data: base64 up to 65535 bytes is accepted', async () => {
    const script = Buffer.from('#!/bin/bash\necho hello\n').toString('base64');
    await expectAccepted(linux({ user_data: script }));
    // 49149 bytes encode to 65532 base64 characters, the longest that fits in 65535.
    const largest = Buffer.alloc(49149, 'a').toString('base64');
    expect(largest.length).toBe(65532);
    await expectAccepted(linux({ name: 'app-02', user_data: largest }));
  });

  it('metadata: keys and values of 255 characters are accepted and kept', async () => {
    const key = 'k'.repeat(255);
    const serverId = await expectAccepted(
      linux({ metadata: { [key]: 'v'.repeat(255), env: 'prod' } }),
    );
    const server = await getServer(client, serverId);
    expect(server.metadata[key]).toBe('v'.repeat(255));
    expect(server.metadata.env).toBe('prod');
  });

  it('names: up to 255 characters for Linux', async () => {
    const serverId = await expectAccepted(linux({ name: 'n'.repeat(255) }));
    expect((await getServer(client, serverId)).name).toBe('n'.repeat(255));
  });
});

describe('block_device_mapping_v2 sources (spec: block_device_mapping_v2.uuid / source_type)', () => {
  /** A bootable volume left behind by a deleted server, in `zone`. */
  async function spareRootVolume(zone: string): Promise<string> {
    const serverId = await expectAccepted(
      linux({
        name: `donor-${zone}`,
        availability_zone: zone,
        block_device_mapping_v2: [rootFrom(UBUNTU_22, 20, { delete_on_termination: false })],
      }),
    );
    await client.settle();
    const rootId = (await attachmentsOf(serverId))[0]?.volumeId ?? '';
    await client.compute('DELETE', `/servers/${serverId}`);
    await client.settle();
    return rootId;
  }
  const fromVolume = (uuid: string, extra: Record<string, unknown> = {}) => ({
    uuid,
    source_type: 'volume',
    destination_type: 'volume',
    boot_index: 0,
    ...extra,
  });

  it('refuses a root volume that is not bootable', async () => {
    const backup = await volumeByName(client, 'backup-vol');
    expect(backup.bootable).toBe('false');
    await expectRefused(
      linux({ availability_zone: 'kr-pub-a', block_device_mapping_v2: [fromVolume(backup.id)] }),
      /bootable/,
    );
  });

  it('refuses a root volume that is in use', async () => {
    const web01 = await serverByName(client, 'web-01');
    const rootId = (await attachmentsOf(web01.id)).find((a) => a.device === '/dev/vda')?.volumeId;
    await expectRefused(
      linux({ availability_zone: 'kr-pub-a', block_device_mapping_v2: [fromVolume(rootId ?? '')] }),
      /available/,
    );
  });

  it('refuses volumes from another availability zone than the instance (root and extra)', async () => {
    const rootId = await spareRootVolume('kr-pub-b');
    await expectRefused(
      linux({ availability_zone: 'kr-pub-a', block_device_mapping_v2: [fromVolume(rootId)] }),
      /kr-pub-b|kr-pub-a/,
    );
    const scratch = await volumeByName(client, 'scratch-ssd');
    expect(scratch.availability_zone).toBe('kr-pub-b');
    await expectRefused(
      linux({
        availability_zone: 'kr-pub-a',
        block_device_mapping_v2: [
          rootFrom(UBUNTU_22, 20),
          { uuid: scratch.id, source_type: 'volume', destination_type: 'volume', boot_index: 1 },
        ],
      }),
      /kr-pub-a/,
    );
  });

  it("refuses source_type 'volume' with destination_type 'local' (it must be 'volume')", async () => {
    const rootId = await spareRootVolume('kr-pub-a');
    // On U2, where a 'local' root is otherwise right: the volume must not be silently ignored.
    const { imageRef: _none, ...noImage } = linux().server;
    await expectRefused(
      {
        server: {
          ...noImage,
          flavorRef: id(flavors, 'u2.c1m1'),
          availability_zone: 'kr-pub-a',
          block_device_mapping_v2: [fromVolume(rootId, { destination_type: 'local' })],
        },
      },
      /local root disk is made from an image/,
    );
    const backup = await volumeByName(client, 'backup-vol');
    await expectRefused(
      linux({
        availability_zone: 'kr-pub-a',
        block_device_mapping_v2: [
          rootFrom(UBUNTU_22, 20),
          { uuid: backup.id, source_type: 'volume', destination_type: 'local', boot_index: 1 },
        ],
      }),
      /destination_type/,
    );
    expect((await volume(rootId)).status).toBe('available');
  });
});

describe('min_count / max_count / return_reservation_id', () => {
  it('creates N servers named name-1..name-N that share a reservation id', async () => {
    const before = await inventory(client);
    const res = await create(linux({ name: 'worker', min_count: 2, max_count: 3 }));
    expect(res.status).toBe(202);
    expect(shapeMismatches(res.body, SERVER_CREATE_RESPONSE)).toEqual([]);
    const after = await inventory(client);
    expect(after.servers).toBe(before.servers + 3);
    expect(after.volumes).toBe(before.volumes + 3);
    expect(after.ports).toBe(before.ports + 3);

    await client.settle();
    const workers = await Promise.all(
      ['worker-1', 'worker-2', 'worker-3'].map((n) => serverByName(client, n)),
    );
    expect(workers.map((w) => w.id)).toContain(res.body.server.id);
    expect(workers.every((w) => w.status === 'ACTIVE')).toBe(true);
    // Each has its own address and its own root volume.
    expect(new Set(workers.flatMap(addressesOf)).size).toBe(3);
    expect(
      new Set(workers.flatMap((w) => w['os-extended-volumes:volumes_attached'].map((v) => v.id)))
        .size,
    ).toBe(3);
    const byName = await client.compute('GET', '/servers?name=^worker-');
    expect(byName.body.servers).toHaveLength(3);
  });

  it('max_count defaults to min_count', async () => {
    const before = await inventory(client);
    await expectAccepted(linux({ name: 'pair', min_count: 2 }));
    expect((await inventory(client)).servers).toBe(before.servers + 2);
    await serverByName(client, 'pair-1');
    await serverByName(client, 'pair-2');
  });

  it('creates up to 10 servers', async () => {
    const before = await inventory(client);
    await expectAccepted(linux({ name: 'ten', max_count: 10 }));
    await client.settle();
    const ten = (await client.compute('GET', '/servers/detail?name=^ten-')).body
      .servers as Server[];
    expect(ten.map((s) => s.name).sort()).toEqual(
      Array.from({ length: 10 }, (_, i) => `ten-${i + 1}`).sort(),
    );
    expect(ten.every((s) => s.status === 'ACTIVE')).toBe(true);
    expect((await inventory(client)).servers).toBe(before.servers + 10);
  });

  it('return_reservation_id answers {reservation_id}, which finds the servers', async () => {
    const res = await create(
      linux({ name: 'resv', min_count: 2, max_count: 2, return_reservation_id: true }),
    );
    expect(res.status).toBe(202);
    expect(Object.keys(res.body)).toEqual(['reservation_id']);
    expect(typeof res.body.reservation_id).toBe('string');
    const found = await client.compute(
      'GET',
      `/servers/detail?reservation_id=${res.body.reservation_id}`,
    );
    expect(found.body.servers.map((s: Server) => s.name).sort()).toEqual(['resv-1', 'resv-2']);

    const single = await create(linux({ name: 'solo', return_reservation_id: true }));
    expect(Object.keys(single.body)).toEqual(['reservation_id']);
    const solo = await client.compute(
      'GET',
      `/servers?reservation_id=${single.body.reservation_id}`,
    );
    expect(solo.body.servers.map((s: Server) => s.name)).toEqual(['solo']);

    const plain = await create(linux({ name: 'plain', return_reservation_id: false }));
    expect(plain.body.server.id).toEqual(expect.any(String));
  });

  it.each([
    ['max_count above 10', { max_count: 11 }, /max_count/],
    ['min_count above 10', { min_count: 11 }, /max_count|min_count/],
    ['min_count above max_count', { min_count: 3, max_count: 2 }, /max_count/],
    ['min_count of 0', { min_count: 0 }, /min_count/],
    ['a negative max_count', { max_count: -1 }, /max_count/],
  ])('refuses %s with 400 and creates nothing', async (_label, fields, message) => {
    await expectRefused(linux(fields), message);
  });
});

describe('the Windows rules', () => {
  it('accepts a Windows server that meets them all (name of 15, 2 GB RAM, 50 GB root)', async () => {
    const serverId = await expectAccepted(
      windows({ name: 'w'.repeat(15), flavorRef: id(flavors, 'm2.c1m2') }),
    );
    await client.settle();
    const server = await getServer(client, serverId);
    expect(server.status).toBe('ACTIVE');
    expect(server.metadata).toMatchObject({ os_type: 'Windows', volume_size: '50' });
  });

  it('refuses a name longer than 15 characters', async () => {
    await expectRefused(windows({ name: 'w'.repeat(16) }), /name.*15.*Windows/);
  });

  it('refuses a flavor with less than 2 GB of RAM', async () => {
    await expectRefused(windows({ flavorRef: id(flavors, 't2.c1m1') }), /Windows.*2 GB/);
  });

  it('refuses a root volume smaller than 50 GB', async () => {
    await expectRefused(
      windows({ block_device_mapping_v2: [rootFrom(WINDOWS_2022, 49)] }),
      /50 GB.*Windows/,
    );
  });

  it('refuses U2 flavors, with or without a local root disk', async () => {
    const { block_device_mapping_v2: _none, ...noBdm } = windows({
      flavorRef: id(flavors, 'u2.c2m4'),
    }).server;
    await expectRefused({ server: noBdm }, /U2/);
    await expectRefused(
      windows({
        flavorRef: id(flavors, 'u2.c4m8'),
        block_device_mapping_v2: [rootFrom(WINDOWS_2022, 100, { destination_type: 'local' })],
      }),
      /U2/,
    );
  });
});

describe('the Linux and root volume rules', () => {
  it('refuses a Linux root volume under 10 GB, accepts 10 GB', async () => {
    await expectRefused(
      linux({ block_device_mapping_v2: [rootFrom(UBUNTU_22, 9)] }),
      /10 GB.*Linux/,
    );
    await expectAccepted(linux({ block_device_mapping_v2: [rootFrom(UBUNTU_22, 10)] }));
  });

  it('refuses a root volume over 2000 GB and an unknown volume_type', async () => {
    await expectRefused(linux({ block_device_mapping_v2: [rootFrom(UBUNTU_22, 2001)] }), /2000/);
    await expectRefused(
      linux({ block_device_mapping_v2: [rootFrom(UBUNTU_22, 20, { volume_type: 'Turbo SSD' })] }),
      /volume_type/,
    );
  });

  it.each(['u2.c1m1', 'g2.c8m64', 't2.c1m1', 'm2.c2m4', 'c2.c2m2', 'r2.c2m16', 'x1.c32m128'])(
    'requires block_device_mapping_v2 for %s: every flavor, U2 and GPU too (current guide)',
    async (flavor) => {
      const { block_device_mapping_v2: _none, ...noBdm } = linux({
        flavorRef: id(flavors, flavor),
      }).server;
      await expectRefused({ server: noBdm }, /block_device_mapping_v2 is required/);
      await expectRefused(
        { server: { ...noBdm, block_device_mapping_v2: [] } },
        /block_device_mapping_v2 is required/,
      );
    },
  );

  it("refuses a 'local' root outside GPU and U2, and a 'volume' root on GPU or U2", async () => {
    await expectRefused(
      linux({ block_device_mapping_v2: [rootFrom(UBUNTU_22, 20, { destination_type: 'local' })] }),
      /local/,
    );
    await expectRefused(linux({ flavorRef: id(flavors, 'u2.c1m1') }), /GPU and U2.*local/);
    await expectRefused(linux({ flavorRef: id(flavors, 'g2.c8m64') }), /GPU and U2.*local/);
  });

  it("creates a GPU server with a 'local' root: no volume, the flavor's local disk", async () => {
    const before = await inventory(client);
    const serverId = await expectAccepted(
      linux({
        flavorRef: id(flavors, 'g2.c8m64'),
        block_device_mapping_v2: [rootFrom(UBUNTU_22, 20, { destination_type: 'local' })],
      }),
    );
    expect((await inventory(client)).volumes).toBe(before.volumes);
    await client.settle();
    const server = await getServer(client, serverId);
    expect(server.status).toBe('ACTIVE');
    // The local disk of g2.c8m64 is 100 GB, whatever volume_size said.
    expect(server.metadata.volume_size).toBe('100');
  });

  it('refuses a root volume without a size', async () => {
    await expectRefused(
      linux({ block_device_mapping_v2: [{ ...rootFrom(UBUNTU_22, 20), volume_size: undefined }] }),
      /volume_size|root volume/,
    );
  });

  it("creates a U2 server with a 'local' root and no imageRef: no volume, ACTIVE on its local disk", async () => {
    const before = await inventory(client);
    const { imageRef: _image, ...noImageRef } = linux({
      flavorRef: id(flavors, 'u2.c1m1'),
      block_device_mapping_v2: [rootFrom(UBUNTU_22, 20, { destination_type: 'local' })],
    }).server;
    const serverId = await expectAccepted({ server: noImageRef });
    const after = await inventory(client);
    expect(after.servers).toBe(before.servers + 1);
    expect(after.volumes).toBe(before.volumes);
    await client.settle();
    const server = await getServer(client, serverId);
    expect(server.status).toBe('ACTIVE');
    expect(server['os-extended-volumes:volumes_attached']).toEqual([]);
    expect(await attachmentsOf(serverId)).toEqual([]);
    // The local disk of u2.c1m1 is 20 GB.
    expect(server.metadata.volume_size).toBe('20');
  });

  it("creates a U2 server with a 'local' root in block_device_mapping_v2", async () => {
    const before = await inventory(client);
    await expectAccepted(
      linux({
        flavorRef: id(flavors, 'u2.c2m4'),
        block_device_mapping_v2: [rootFrom(UBUNTU_22, 50, { destination_type: 'local' })],
      }),
    );
    expect((await inventory(client)).volumes).toBe(before.volumes);
  });
});

describe('user_data and metadata rules', () => {
  it.each([
    ['not base64', 'echo hello; rm -rf /'],
    ['base64 with a bad length', 'aGVsbG8'],
    ['base64 with stray characters', 'aGVs*G8='],
  ])('refuses user_data that is %s', async (_label, userData) => {
    await expectRefused(linux({ user_data: userData }), /user_data/);
  });

  it('refuses user_data longer than 65535 bytes', async () => {
    const tooLarge = Buffer.alloc(49152, 'a').toString('base64');
    expect(tooLarge.length).toBe(65536);
    await expectRefused(linux({ user_data: tooLarge }), /user_data.*65535/);
  });

  it.each([
    ['a key longer than 255', { ['k'.repeat(256)]: 'v' }],
    ['a value longer than 255', { key: 'v'.repeat(256) }],
    ['an empty key', { '': 'v' }],
  ])('refuses metadata with %s', async (_label, metadata) => {
    await expectRefused(linux({ metadata }), /metadata/);
  });

  it('refuses a blank name and one longer than 255 characters', async () => {
    await expectRefused(linux({ name: '   ' }), /name/);
    await expectRefused(linux({ name: 'n'.repeat(256) }), /name.*255/);
  });
});

describe('references that do not exist', () => {
  it.each([
    ['security group', { security_groups: [{ name: 'no-such-group' }] }, /no-such-group/],
    [
      'security group among good ones',
      { security_groups: [{ name: 'web' }, { name: 'nope' }] },
      /nope/,
    ],
    ['key pair', { key_name: 'no-such-key' }, /no-such-key/],
    [
      'image',
      { imageRef: '00000000-0000-0000-0000-00000000beef' },
      /00000000-0000-0000-0000-00000000beef/,
    ],
    ['flavor', { flavorRef: '00000000-0000-0000-0000-00000000f1a0' }, /flavorRef|Flavor/],
    ['availability zone', { availability_zone: 'kr-pub-z' }, /kr-pub-z/],
    ['subnet', { networks: [{ subnet: '00000000-0000-0000-0000-0000000000ab' }] }, /subnet/],
    ['network', { networks: [{ uuid: '00000000-0000-0000-0000-0000000000cd' }] }, /network/],
    [
      'root image in block_device_mapping_v2',
      {
        block_device_mapping_v2: [
          { ...rootFromLiteral(), uuid: '00000000-0000-0000-0000-0000000000ef' },
        ],
      },
      /00000000-0000-0000-0000-0000000000ef/,
    ],
    [
      'extra volume',
      {
        block_device_mapping_v2: [
          rootFromLiteral(),
          { source_type: 'volume', uuid: '00000000-0000-0000-0000-000000000123', boot_index: 1 },
        ],
      },
      /00000000-0000-0000-0000-000000000123/,
    ],
  ])('refuses an unknown %s with 400 and creates nothing', async (_label, fields, message) => {
    const body = linux(fields);
    // The literal root mapping needs the real image id, which is known only now.
    for (const bdm of (body.server.block_device_mapping_v2 ?? []) as { uuid?: string }[]) {
      if (bdm.uuid === 'UBUNTU') bdm.uuid = id(images, UBUNTU_22);
    }
    await expectRefused(body, message);
  });

  it('refuses an image that is not active yet (a snapshot still being made)', async () => {
    const dev = await serverByName(client, 'dev-sandbox');
    const image = await client.compute('POST', `/servers/${dev.id}/action`, {
      createImage: { name: 'snap' },
    });
    const snapshotId = image.headers.get('Location')?.split('/').pop() ?? '';
    await expectRefused(
      linux({
        imageRef: snapshotId,
        block_device_mapping_v2: [{ ...rootFrom(UBUNTU_22, 20), uuid: snapshotId }],
      }),
      /not active/,
    );
  });
});

describe("another tenant's resources", () => {
  it("cannot be used by OTHER: DEMO's key pair, subnet, network, volume, port and private image", async () => {
    const other = await testClient({ user: OTHER, emulator: client.emulator });
    const [otherFlavors, otherSubnets] = await Promise.all([
      flavorIds(other),
      subnetsByName(other),
    ]);
    // A private image of DEMO's, made from dev-sandbox.
    const dev = await serverByName(client, 'dev-sandbox');
    const snapshot = await client.compute('POST', `/servers/${dev.id}/action`, {
      createImage: { name: 'demo-private' },
    });
    const privateImage = snapshot.headers.get('Location')?.split('/').pop() ?? '';
    await client.settle();
    const demoSubnet = id(subnets, 'default-subnet');
    const demoVolume = await volumeByName(client, 'backup-vol');
    const demoPort = (await ports(client, dev.id))[0]?.id ?? '';

    const valid = {
      name: 'intruder',
      imageRef: id(images, UBUNTU_22),
      flavorRef: id(otherFlavors, 'm2.c2m4'),
      networks: [{ subnet: id(otherSubnets, 'default-subnet').id }],
      key_name: 'other-key',
      block_device_mapping_v2: [rootFrom(UBUNTU_22, 20)],
    };
    const attempts: [string, Record<string, unknown>][] = [
      ['key pair', { key_name: 'demo-key' }],
      ['subnet', { networks: [{ subnet: demoSubnet.id }] }],
      ['port', { networks: [{ port: demoPort }] }],
      [
        'volume',
        {
          availability_zone: 'kr-pub-a',
          block_device_mapping_v2: [
            rootFrom(UBUNTU_22, 20),
            {
              uuid: demoVolume.id,
              source_type: 'volume',
              destination_type: 'volume',
              boot_index: 1,
            },
          ],
        },
      ],
      [
        'private image',
        {
          imageRef: privateImage,
          flavorRef: id(otherFlavors, 'u2.c1m1'),
          block_device_mapping_v2: undefined,
        },
      ],
    ];
    const demoBefore = await inventory(client);
    const otherBefore = await inventory(other);
    for (const [label, fields] of attempts) {
      const res = await other.compute('POST', '/servers', { server: { ...valid, ...fields } });
      expect(res.status, label).toBe(400);
    }
    expect(await inventory(client)).toEqual(demoBefore);
    expect(await inventory(other)).toEqual(otherBefore);
    // The same body with OTHER's own resources is fine.
    expect((await other.compute('POST', '/servers', { server: valid })).status).toBe(202);
  });
});

function rootFromLiteral() {
  return {
    uuid: 'UBUNTU',
    boot_index: 0,
    volume_size: 20,
    source_type: 'image',
    destination_type: 'volume',
  };
}

describe('fixed IPs', () => {
  it('refuses a fixed IP that is in use, and creates nothing', async () => {
    const web01 = await serverByName(client, 'web-01');
    const [used] = addressesOf(web01);
    expect(used).toBeDefined();
    await expectRefused(linux({ networks: [{ fixed_ip: used }] }), new RegExp(`${used}.*in use`));
    await expectRefused(
      linux({ networks: [{ subnet: id(subnets, 'default-subnet').id, fixed_ip: used }] }),
      /in use/,
    );
  });

  it('refuses the same fixed IP twice in one request', async () => {
    await expectRefused(
      linux({ networks: [{ fixed_ip: '192.168.0.222' }, { fixed_ip: '192.168.0.222' }] }),
      /in use/,
    );
  });

  it.each([
    ['outside every subnet', '10.0.0.5', /10\.0\.0\.5/],
    ["the subnet's gateway", '192.168.0.1', /192\.168\.0\.1/],
    ['not an IPv4 address', '192.168.0.999', /192\.168\.0\.999.*not an IPv4 address/],
    ['with a leading zero (octal to some tools)', '192.168.0.050', /not an IPv4 address/],
    ["the subnet's broadcast address", '192.168.0.255', /not a usable address/],
  ])('refuses a fixed IP %s', async (_label, ip, message) => {
    await expectRefused(
      linux({ networks: [{ subnet: id(subnets, 'default-subnet').id, fixed_ip: ip }] }),
      message,
    );
  });

  it('refuses one fixed IP for several servers', async () => {
    await expectRefused(
      linux({ max_count: 2, networks: [{ fixed_ip: '192.168.0.223' }] }),
      /several/,
    );
  });
});

describe('malformed requests', () => {
  it.each([
    ['an empty body', undefined, /body/],
    ['malformed JSON', '{"server": {"name": "x",', /Malformed/],
    ['a JSON array', [], /body/],
    ['no server object', { name: 'x' }, /server/],
  ])('refuses %s with 400', async (_label, body, message) => {
    await expectRefused(body, message);
  });

  const without = (field: string) => {
    const { [field]: _gone, ...rest } = linux().server as Record<string, unknown>;
    return { server: rest };
  };

  it.each(['name', 'flavorRef', 'networks', 'key_name'])(
    'refuses a request without server.%s, naming it',
    async (field) => {
      await expectRefused(without(field), new RegExp(`server\\.${field}.*required`));
    },
  );

  it('refuses a request without an image (no imageRef, no image in the root mapping)', async () => {
    const { imageRef: _gone, ...rest } = linux().server;
    await expectRefused(
      {
        server: {
          ...rest,
          block_device_mapping_v2: [{ ...rootFrom(UBUNTU_22, 20), uuid: undefined }],
        },
      },
      /image id/,
    );
    await expectRefused(
      {
        server: {
          ...rest,
          block_device_mapping_v2: [
            { ...rootFrom(UBUNTU_22, 20), source_type: 'blank', uuid: undefined },
          ],
        },
      },
      /'blank' source cannot be the root/,
    );
  });

  it.each([
    ['server.name', { name: 42 }],
    ['server.flavorRef', { flavorRef: true }],
    ['server.networks', { networks: 'default-subnet' }],
    ['server.networks', { networks: [] }],
    ['server.key_name', { key_name: ['demo-key'] }],
    ['server.imageRef', { imageRef: 12 }],
    ['server.availability_zone', { availability_zone: 1 }],
    ['server.security_groups', { security_groups: 'default' }],
    ['server.security_groups', { security_groups: [{ id: 'default' }] }],
    ['server.user_data', { user_data: 5 }],
    ['server.metadata', { metadata: { role: 7 } }],
    ['server.metadata', { metadata: ['role'] }],
    ['server.block_device_mapping_v2', { block_device_mapping_v2: { boot_index: 0 } }],
    [
      'server.block_device_mapping_v2.0.volume_size',
      { block_device_mapping_v2: [{ ...rootFromLiteral(), volume_size: 'big' }] },
    ],
    [
      'server.block_device_mapping_v2.0.source_type',
      { block_device_mapping_v2: [{ ...rootFromLiteral(), source_type: 5 }] },
    ],
    [
      'server.block_device_mapping_v2.0.nhn_encryption',
      { block_device_mapping_v2: [{ ...rootFromLiteral(), nhn_encryption: 'key' }] },
    ],
    ['server.min_count', { min_count: 'two' }],
    ['server.max_count', { max_count: 1.5 }],
    ['server.return_reservation_id', { return_reservation_id: 'yes' }],
    ['server.networks.0.subnet', { networks: [{ subnet: 5 }] }],
  ])('refuses a wrong type for %s, naming it', async (field, fields) => {
    await expectRefused(linux(fields), new RegExp(field.replaceAll('.', '\\.')));
  });

  it('refuses a placement policy hint that is not a string, naming it', async () => {
    await expectRefused(
      { ...linux(), 'os:scheduler_hints': { group: 7 } },
      /os:scheduler_hints\.group/,
    );
  });

  it('refuses a network entry that names nothing', async () => {
    await expectRefused(linux({ networks: [{}] }), /networks\[0\]/);
  });
});

describe('nothing is left behind by a refused request', () => {
  it('a late failure (the second NIC) leaves no port, volume or server from the first', async () => {
    const before = await inventory(client);
    const res = await create(
      linux({
        max_count: 3,
        networks: [
          { subnet: id(subnets, 'default-subnet').id },
          { subnet: '00000000-0000-0000-0000-0000000000ab' },
        ],
      }),
    );
    expect(res.status).toBe(400);
    expect(await inventory(client)).toEqual(before);
    // And after settling too: nothing was queued.
    await client.settle();
    expect((await inventory(client)).servers).toBe(before.servers);
    expect((await volumesDetail(client)).length).toBe(before.volumes);
  });
});

describe("today's block device rules (current guide: block_device_mapping_v2)", () => {
  const blank = (size: number, bootIndex = 1, extra: Record<string, unknown> = {}) => ({
    source_type: 'blank',
    destination_type: 'volume',
    boot_index: bootIndex,
    volume_size: size,
    ...extra,
  });
  const snapshotId = async () =>
    (await client.blockStorage('GET', '/snapshots')).body.snapshots[0].id as string;

  it.each([
    ['source_type', { source_type: undefined }, /source_type is required/],
    [
      'source_type',
      { source_type: 'floppy' },
      /source_type is required: one of image, blank, volume, snapshot/,
    ],
    ['boot_index', { boot_index: undefined }, /boot_index is required/],
    ['destination_type', { destination_type: undefined }, /destination_type is required/],
    ['destination_type', { destination_type: 'disk' }, /destination_type is required/],
  ])('requires %s on every entry, naming the entry', async (_field, change, message) => {
    await expectRefused(
      linux({ block_device_mapping_v2: [{ ...rootFrom(UBUNTU_22, 20), ...change }] }),
      message,
    );
    await expectRefused(
      linux({ block_device_mapping_v2: [rootFrom(UBUNTU_22, 20), { ...blank(20), ...change }] }),
      /block_device_mapping_v2\[1\]/,
    );
  });

  it('needs one root at boot_index 0 and a boot order without gaps', async () => {
    await expectRefused(linux({ block_device_mapping_v2: [blank(20)] }), /boot_index 0/);
    await expectRefused(
      linux({ block_device_mapping_v2: [rootFrom(UBUNTU_22, 20), rootFrom(UBUNTU_22, 20)] }),
      /Boot sequence/,
    );
    await expectRefused(
      linux({ block_device_mapping_v2: [rootFrom(UBUNTU_22, 20), blank(20, 3)] }),
      /Boot sequence/,
    );
  });

  it('adds blank volumes (extra block storage), in order, of their sizes and types', async () => {
    const serverId = await expectAccepted(
      linux({
        block_device_mapping_v2: [
          rootFrom(UBUNTU_22, 20),
          blank(50, 1, { volume_type: 'General SSD', delete_on_termination: true }),
          blank(100, 2),
        ],
      }),
    );
    await client.settle();
    const attachments = await attachmentsOf(serverId);
    expect(attachments.map((a) => a.device)).toEqual(['/dev/vda', '/dev/vdb', '/dev/vdc']);
    const [, first, second] = await Promise.all(attachments.map((a) => volume(a.volumeId)));
    expect(first).toMatchObject({
      size: 50,
      volume_type: 'General SSD',
      bootable: 'false',
      status: 'in-use',
    });
    expect(second).toMatchObject({ size: 100, volume_type: 'General HDD', bootable: 'false' });
    // delete_on_termination: the first goes with the server, the second (default false) stays.
    await client.compute('DELETE', `/servers/${serverId}`);
    await client.settle();
    expect((await client.blockStorage('GET', `/volumes/${first.id}`)).status).toBe(404);
    expect((await volume(second.id)).status).toBe('available');
  });

  it('refuses extra volumes outside 10 to 2,000 GB and without a size', async () => {
    for (const extra of [blank(9), blank(2001), { ...blank(20), volume_size: undefined }]) {
      await expectRefused(
        linux({ block_device_mapping_v2: [rootFrom(UBUNTU_22, 20), extra] }),
        /block_device_mapping_v2\[1\]/,
      );
    }
  });

  it('boots from a snapshot into a new volume at least its size, in its zone, without imageRef', async () => {
    const snap = await snapshotId();
    const { imageRef: _none, ...noImage } = linux().server;
    const root = { source_type: 'snapshot', uuid: snap, boot_index: 0, destination_type: 'volume' };
    await expectRefused(
      { server: { ...noImage, block_device_mapping_v2: [{ ...root, volume_size: 19 }] } },
      /at least 20 GB/,
    );
    await expectRefused(
      {
        server: {
          ...noImage,
          availability_zone: 'kr-pub-b',
          block_device_mapping_v2: [{ ...root, volume_size: 20 }],
        },
      },
      /zone/,
    );
    const res = await create({
      server: {
        ...noImage,
        name: 'restored',
        min_count: 2,
        max_count: 2,
        block_device_mapping_v2: [{ ...root, volume_size: 30 }],
      },
    });
    expect(res.status).toBe(202);
    await client.settle();
    for (const name of ['restored-1', 'restored-2']) {
      const server = await serverByName(client, name);
      expect(server.status).toBe('ACTIVE');
      expect(server.image).toBe('');
      expect(server['OS-EXT-AZ:availability_zone']).toBe('kr-pub-a');
      expect(server.metadata).toMatchObject({ image_name: UBUNTU_22, os_type: 'linux' });
      const rootVolume = await volume((await attachmentsOf(server.id))[0]?.volumeId ?? '');
      expect(rootVolume).toMatchObject({
        size: 30,
        bootable: 'true',
        snapshot_id: snap,
        status: 'in-use',
      });
    }
  });

  it("boots from the seed's bootable volume once: count 1 only, zone kr-pub-a", async () => {
    const restore = await volumeByName(client, 'web-restore');
    const { imageRef: _none, ...noImage } = linux().server;
    const root = {
      source_type: 'volume',
      uuid: restore.id,
      boot_index: 0,
      destination_type: 'volume',
    };
    await expectRefused(
      { server: { ...noImage, min_count: 2, max_count: 2, block_device_mapping_v2: [root] } },
      /min_count and max_count must be 1/,
    );
    await expectRefused(
      { server: { ...noImage, availability_zone: 'kr-pub-b', block_device_mapping_v2: [root] } },
      /kr-pub-b.*kr-pub-a/,
    );
    const serverId = await expectAccepted({
      server: { ...noImage, block_device_mapping_v2: [root] },
    });
    await client.settle();
    expect(await getServer(client, serverId)).toMatchObject({ image: '', status: 'ACTIVE' });
  });

  it('checks volume_type against GET /types, and an encrypted type needs nhn_encryption', async () => {
    const types = (await client.blockStorage('GET', '/types')).body.volume_types.map(
      (t: { name: string }) => t.name,
    );
    expect(types).toContain('Encrypted SSD');
    await expectRefused(
      linux({
        block_device_mapping_v2: [rootFrom(UBUNTU_22, 20, { volume_type: 'Encrypted SSD' })],
      }),
      /nhn_encryption/,
    );
    const serverId = await expectAccepted(
      linux({
        block_device_mapping_v2: [
          rootFrom(UBUNTU_22, 20, {
            volume_type: 'Encrypted SSD',
            nhn_encryption: { skm_appkey: 'app-key', skm_key_id: 'key-1' },
          }),
        ],
      }),
    );
    await client.settle();
    const root = await volume((await attachmentsOf(serverId))[0]?.volumeId ?? '');
    expect(root).toMatchObject({
      volume_type: 'Encrypted SSD',
      encrypted: true,
      nhn_encryption: { skm_key_id: 'key-1' },
    });
  });

  it('refuses to put an instance on the shared external network', async () => {
    const all = (await client.network('GET', '/vpcsubnets')).body.vpcsubnets;
    const external = all.find((s: { 'router:external': boolean }) => s['router:external']);
    expect(external.name).toBe('public_snat_gateway');
    await expectRefused(linux({ networks: [{ subnet: external.id }] }), /external network/);
    await expectRefused(linux({ networks: [{ uuid: external.vpc_id }] }), /external network/);
  });
});
