/**
 * Contract tests of 인스턴스 추가 기능 (POST /v2/{tenantId}/servers/{serverId}/action): the state
 * each action walks through, stepped with the emulator's clock, and the table of statuses each
 * action is allowed from — written out here from the spec, not read from src/domain, so that a
 * wrong table in the code fails these tests.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Server } from '../../../src/domain/compute-types';
import { ACTION_REQUESTS } from '../spec-examples';
import { DEMO, OTHER, type TestClient, testClient } from '../testing';
import {
  advance,
  emulatorNow,
  flavorIds,
  flavorNameOf,
  freezeDate,
  getServer,
  imageIds,
  inventory,
  localRoot,
  ports,
  SEED,
  serverByName,
  subnetsByName,
  volumeRoot,
  WINDOWS_2022,
} from './compute-test-support';

beforeEach(freezeDate);
afterEach(() => {
  vi.useRealTimers();
});

/** testClient() makes every transition take this long. */
const T = 1000;

const act = (client: TestClient, serverId: string, body: unknown) =>
  client.compute('POST', `/servers/${serverId}/action`, body);

const groupNames = (server: Server) => (server.security_groups ?? []).map((g) => g.name).sort();

/** The server and everything around it, to prove that a refused request changed nothing. */
async function snapshot(client: TestClient, serverId: string) {
  return { server: await getServer(client, serverId), inventory: await inventory(client) };
}

// ── The flows, step by step ─────────────────────────────────────────────────────────────────
describe('os-stop (인스턴스 중지)', () => {
  it('answers 202, shows powering-off, then after one transition SHUTOFF / stopped / power 4', async () => {
    const client = await testClient();
    const web01 = await serverByName(client, SEED.ACTIVE);
    const res = await act(client, web01.id, ACTION_REQUESTS.stop);
    expect(res.status).toBe(202);
    expect(res.body).toBeNull();

    const stopping = await getServer(client, web01.id);
    expect(stopping).toMatchObject({
      status: 'ACTIVE',
      'OS-EXT-STS:task_state': 'powering-off',
      'OS-EXT-STS:power_state': 1,
    });
    expect(stopping.updated > web01.updated).toBe(true);

    await advance(client, T - 1);
    expect((await getServer(client, web01.id))['OS-EXT-STS:task_state']).toBe('powering-off');
    await advance(client, 1);
    const stopped = await getServer(client, web01.id);
    expect(stopped).toMatchObject({
      status: 'SHUTOFF',
      'OS-EXT-STS:vm_state': 'stopped',
      'OS-EXT-STS:task_state': null,
      'OS-EXT-STS:power_state': 4,
    });
    expect(stopped.updated > stopping.updated).toBe(true);
    // Stopping does not boot: launched_at stays.
    expect(stopped['OS-SRV-USG:launched_at']).toBe(web01['OS-SRV-USG:launched_at']);
    expect((await ports(client, web01.id)).map((p) => p.status)).toEqual(['DOWN']);
  });

  it('stops a server in ERROR', async () => {
    const client = await testClient();
    const legacy = await serverByName(client, SEED.ERROR);
    expect((await act(client, legacy.id, { 'os-stop': null })).status).toBe(202);
    await client.settle();
    expect(await getServer(client, legacy.id)).toMatchObject({
      status: 'SHUTOFF',
      'OS-EXT-STS:power_state': 4,
    });
  });
});

describe('os-start (중지된 인스턴스 시작)', () => {
  it('answers 202, shows powering-on, then ACTIVE / active / power 1 with a new launched_at', async () => {
    const client = await testClient();
    const db = await serverByName(client, SEED.SHUTOFF);
    expect((await act(client, db.id, ACTION_REQUESTS.start)).status).toBe(202);
    expect(await getServer(client, db.id)).toMatchObject({
      status: 'SHUTOFF',
      'OS-EXT-STS:task_state': 'powering-on',
    });
    await advance(client, T);
    const started = await getServer(client, db.id);
    expect(started).toMatchObject({
      status: 'ACTIVE',
      'OS-EXT-STS:vm_state': 'active',
      'OS-EXT-STS:task_state': null,
      'OS-EXT-STS:power_state': 1,
    });
    expect(started['OS-SRV-USG:launched_at']).not.toBe(db['OS-SRV-USG:launched_at']);
    expect(started['OS-SRV-USG:launched_at']?.slice(0, 19)).toBe(
      (await emulatorNow(client)).slice(0, 19),
    );
    expect(started.updated > db.updated).toBe(true);
    expect((await ports(client, db.id)).map((p) => p.status)).toEqual(['ACTIVE']);
  });
});

describe('shelve (인스턴스 종료) and unshelve (종료된 인스턴스 시작)', () => {
  it('shelves an ACTIVE server: shelving, then SHELVED_OFFLOADED', async () => {
    const client = await testClient();
    const web01 = await serverByName(client, SEED.ACTIVE);
    expect((await act(client, web01.id, ACTION_REQUESTS.shelve)).status).toBe(202);
    expect((await getServer(client, web01.id))['OS-EXT-STS:task_state']).toBe('shelving');
    await advance(client, T);
    const shelved = await getServer(client, web01.id);
    expect(shelved).toMatchObject({
      status: 'SHELVED_OFFLOADED',
      'OS-EXT-STS:vm_state': 'shelved_offloaded',
      'OS-EXT-STS:task_state': null,
      'OS-EXT-STS:power_state': 4,
    });
    expect(shelved.updated > web01.updated).toBe(true);
  });

  it('unshelves a SHELVED_OFFLOADED server: unshelving, then ACTIVE with a new launched_at', async () => {
    const client = await testClient();
    const batch = await serverByName(client, SEED.SHELVED_OFFLOADED);
    expect((await act(client, batch.id, ACTION_REQUESTS.unshelve)).status).toBe(202);
    expect((await getServer(client, batch.id))['OS-EXT-STS:task_state']).toBe('unshelving');
    await advance(client, T);
    const active = await getServer(client, batch.id);
    expect(active).toMatchObject({
      status: 'ACTIVE',
      'OS-EXT-STS:vm_state': 'active',
      'OS-EXT-STS:task_state': null,
      'OS-EXT-STS:power_state': 1,
    });
    expect(active.hostId).not.toBe('');
    expect(active['OS-SRV-USG:launched_at']).not.toBe(batch['OS-SRV-USG:launched_at']);
    expect(active.updated > batch.updated).toBe(true);
  });
});

describe('reboot (인스턴스 재시작)', () => {
  it('SOFT passes through REBOOT and comes back ACTIVE with a new launched_at', async () => {
    const client = await testClient();
    const web01 = await serverByName(client, SEED.ACTIVE);
    expect((await act(client, web01.id, ACTION_REQUESTS.reboot)).status).toBe(202);
    const rebooting = await getServer(client, web01.id);
    expect(rebooting.status).toBe('REBOOT');
    expect(rebooting['OS-EXT-STS:task_state']).toEqual(expect.stringMatching(/^reboot/));
    await advance(client, T);
    const after = await getServer(client, web01.id);
    expect(after).toMatchObject({
      status: 'ACTIVE',
      'OS-EXT-STS:task_state': null,
      'OS-EXT-STS:power_state': 1,
    });
    expect(after['OS-SRV-USG:launched_at']).not.toBe(web01['OS-SRV-USG:launched_at']);
    expect(after.updated > web01.updated).toBe(true);
  });

  it.each([
    ['ERROR', SEED.ERROR],
    ['SHUTOFF', SEED.SHUTOFF],
    ['PAUSED', SEED.PAUSED],
    ['SUSPENDED', SEED.SUSPENDED],
  ])('HARD from %s passes through HARD_REBOOT and comes back ACTIVE', async (_status, name) => {
    const client = await testClient();
    const server = await serverByName(client, name);
    expect((await act(client, server.id, { reboot: { type: 'HARD' } })).status).toBe(202);
    const rebooting = await getServer(client, server.id);
    expect(rebooting.status).toBe('HARD_REBOOT');
    expect(rebooting['OS-EXT-STS:task_state']).toEqual(expect.stringMatching(/^reboot.*hard$/));
    await advance(client, T);
    const after = await getServer(client, server.id);
    expect(after).toMatchObject({
      status: 'ACTIVE',
      'OS-EXT-STS:vm_state': 'active',
      'OS-EXT-STS:task_state': null,
      'OS-EXT-STS:power_state': 1,
    });
    expect(after['OS-SRV-USG:launched_at']).not.toBe(server['OS-SRV-USG:launched_at']);
  });

  it('HARD interrupts a SOFT reboot under way, and the server still comes back ACTIVE once', async () => {
    const client = await testClient();
    const web01 = await serverByName(client, SEED.ACTIVE);
    await act(client, web01.id, { reboot: { type: 'SOFT' } });
    await advance(client, T / 2);
    expect((await act(client, web01.id, { reboot: { type: 'HARD' } })).status).toBe(202);
    expect((await getServer(client, web01.id)).status).toBe('HARD_REBOOT');
    // The soft reboot's end no longer applies: half a transition later it is still rebooting.
    await advance(client, T / 2);
    expect((await getServer(client, web01.id)).status).toBe('HARD_REBOOT');
    await advance(client, T / 2);
    expect((await getServer(client, web01.id)).status).toBe('ACTIVE');
  });

  it.each([
    ['an unknown type', { reboot: { type: 'MEDIUM' } }],
    ['no type', { reboot: {} }],
    ['no object', { reboot: null }],
  ])('refuses %s with 400 naming reboot.type, and changes nothing', async (_label, body) => {
    const client = await testClient();
    const web01 = await serverByName(client, SEED.ACTIVE);
    const before = await snapshot(client, web01.id);
    const res = await act(client, web01.id, body);
    expect(res.status).toBe(400);
    expect(res.body.badRequest.message).toContain('reboot');
    expect(await snapshot(client, web01.id)).toEqual(before);
  });
});

describe('resize (인스턴스 타입 변경)', () => {
  it('from ACTIVE: RESIZE, then VERIFY_RESIZE with the new flavor, then ACTIVE by itself', async () => {
    const client = await testClient();
    const flavors = await flavorIds(client);
    const web01 = await serverByName(client, SEED.ACTIVE);
    expect(await flavorNameOf(client, web01.flavor.id)).toBe('m2.c2m4');
    const body = structuredClone(ACTION_REQUESTS.resize);
    body.resize.flavorRef = flavors['m2.c4m8'] ?? '';
    expect((await act(client, web01.id, body)).status).toBe(202);

    const resizing = await getServer(client, web01.id);
    expect(resizing.status).toBe('RESIZE');
    expect(resizing['OS-EXT-STS:vm_state']).toBe('active');
    expect(resizing['OS-EXT-STS:task_state']).not.toBeNull();
    expect(resizing.updated > web01.updated).toBe(true);

    await advance(client, T);
    const verify = await getServer(client, web01.id);
    expect(verify).toMatchObject({ status: 'VERIFY_RESIZE', flavor: { id: flavors['m2.c4m8'] } });
    expect(verify.updated > resizing.updated).toBe(true);

    // NHN Cloud confirms by itself: no confirmResize is needed.
    await advance(client, T);
    const done = await getServer(client, web01.id);
    expect(done).toMatchObject({
      status: 'ACTIVE',
      'OS-EXT-STS:vm_state': 'active',
      'OS-EXT-STS:task_state': null,
      'OS-EXT-STS:power_state': 1,
      flavor: { id: flavors['m2.c4m8'] },
    });
    // It was stopped and started again.
    expect(done['OS-SRV-USG:launched_at']).not.toBe(web01['OS-SRV-USG:launched_at']);
    expect(done.updated > verify.updated).toBe(true);
    expect(await client.settle()).toBeUndefined();
    expect((await getServer(client, web01.id)).status).toBe('ACTIVE');
  });

  it('from SHUTOFF: back to SHUTOFF (power 4) with the new flavor', async () => {
    const client = await testClient();
    const flavors = await flavorIds(client);
    const db = await serverByName(client, SEED.SHUTOFF);
    const res = await act(client, db.id, {
      resize: { flavorRef: flavors['r2.c2m16'], 'OS-DCF:diskConfig': 'MANUAL' },
    });
    expect(res.status).toBe(202);
    expect((await getServer(client, db.id)).status).toBe('RESIZE');
    await advance(client, T);
    expect((await getServer(client, db.id)).status).toBe('VERIFY_RESIZE');
    await advance(client, T);
    expect(await getServer(client, db.id)).toMatchObject({
      status: 'SHUTOFF',
      'OS-EXT-STS:vm_state': 'stopped',
      'OS-EXT-STS:power_state': 4,
      'OS-EXT-STS:task_state': null,
      flavor: { id: flavors['r2.c2m16'] },
    });
  });

  describe('refusals (400, nothing changed)', () => {
    let client: TestClient;
    let flavors: Record<string, string>;
    beforeEach(async () => {
      client = await testClient();
      flavors = await flavorIds(client);
    });
    const refuse = async (name: string, flavorRef: unknown, message: RegExp) => {
      const server = await serverByName(client, name);
      const before = await snapshot(client, server.id);
      const res = await act(client, server.id, { resize: { flavorRef } });
      expect(res.status).toBe(400);
      expect(res.body.badRequest.message).toMatch(message);
      expect(await snapshot(client, server.id)).toEqual(before);
    };

    it('to the same flavor', async () => {
      await refuse(SEED.ACTIVE, flavors['m2.c2m4'], /flavor/);
    });
    it('to a U2 flavor', async () => {
      await refuse(SEED.ACTIVE, flavors['u2.c2m4'], /U2/);
    });
    it('from a U2 flavor', async () => {
      await refuse(SEED.U2, flavors['m2.c2m4'], /U2/);
    });
    it('from one U2 flavor to another', async () => {
      await refuse(SEED.U2, flavors['u2.c2m4'], /U2/);
    });
    it('to an unknown flavor', async () => {
      await refuse(SEED.ACTIVE, '00000000-0000-0000-0000-000000000000', /flavor/);
    });
    it('without a flavorRef', async () => {
      await refuse(SEED.ACTIVE, undefined, /resize\.flavorRef/);
    });
    it('a Windows server to less than 2 GB of RAM', async () => {
      const [images, subnets] = await Promise.all([imageIds(client), subnetsByName(client)]);
      const created = await client.compute('POST', '/servers', {
        server: {
          name: 'win-02',
          imageRef: images[WINDOWS_2022],
          flavorRef: flavors['m2.c2m4'],
          networks: [{ subnet: subnets['default-subnet']?.id }],
          key_name: 'demo-key',
          block_device_mapping_v2: [
            {
              uuid: images[WINDOWS_2022],
              boot_index: 0,
              volume_size: 50,
              source_type: 'image',
              destination_type: 'volume',
            },
          ],
        },
      });
      expect(created.status).toBe(202);
      await client.settle();
      await refuse('win-02', flavors['t2.c1m1'], /Windows.*2 GB/);
    });
    it('a Windows server booted from a volume (no image; its metadata says Windows) to less than 2 GB of RAM', async () => {
      const [images, subnets] = await Promise.all([imageIds(client), subnetsByName(client)]);
      const createWindows = (name: string, root: Record<string, unknown>) =>
        client.compute('POST', '/servers', {
          server: {
            name,
            flavorRef: flavors['m2.c2m4'],
            networks: [{ subnet: subnets['default-subnet']?.id }],
            key_name: 'demo-key',
            block_device_mapping_v2: [root],
          },
        });
      // A Windows root volume, left behind by a deleted server.
      const donor = await createWindows(
        'win-donor',
        volumeRoot(images[WINDOWS_2022] ?? '', 50, { delete_on_termination: false }),
      );
      expect(donor.status).toBe(202);
      await client.settle();
      const donorId = donor.body.server.id as string;
      const attached = await client.compute('GET', `/servers/${donorId}/os-volume_attachments`);
      const rootId = attached.body.volumeAttachments[0]?.volumeId as string;
      expect((await client.compute('DELETE', `/servers/${donorId}`)).status).toBe(204);
      await client.settle();

      const booted = await createWindows('win-03', {
        uuid: rootId,
        source_type: 'volume',
        destination_type: 'volume',
        boot_index: 0,
      });
      expect(booted.status).toBe(202);
      await client.settle();
      const server = await serverByName(client, 'win-03');
      expect(server.image).toBe('');
      expect(server.metadata.os_type).toBe('Windows');
      await refuse('win-03', flavors['t2.c1m1'], /Windows.*2 GB/);
      // Refused for its RAM, not for booting from a volume: 2 GB and more are taken.
      expect(
        (await act(client, server.id, { resize: { flavorRef: flavors['m2.c4m8'] } })).status,
      ).toBe(202);
    });
  });
});

describe('createImage (인스턴스 이미지 생성)', () => {
  it('answers 202 with a Location naming an image that goes queued → saving → active', async () => {
    const client = await testClient();
    const dev = await serverByName(client, SEED.U2);
    const imagesBefore = (await client.image('GET', '/images')).body.images.length;
    const res = await act(client, dev.id, ACTION_REQUESTS.createImage);
    expect(res.status).toBe(202);
    expect(res.body).toBeNull();
    const location = res.headers.get('Location') ?? '';
    expect(location).toMatch(/\/image\/kr1\/v2\/images\/[0-9a-f-]{36}$/);
    const imageId = location.split('/').pop() ?? '';
    // The Location is a working URL of the image API.
    const byLocation = await client.request('GET', new URL(location).pathname);
    expect(byLocation.status).toBe(200);
    expect(byLocation.body.id).toBe(imageId);

    const queued = await client.image('GET', `/images/${imageId}`);
    expect(queued.status).toBe(200);
    expect(queued.body).toMatchObject({
      id: imageId,
      name: 'foo-image',
      status: 'queued',
      visibility: 'private',
      owner: DEMO.tenantId,
      meta_var: 'meta_val',
    });
    expect((await getServer(client, dev.id))['OS-EXT-STS:task_state']).toBe('image_snapshot');
    expect((await client.image('GET', '/images')).body.images.length).toBe(imagesBefore + 1);

    await advance(client, T);
    expect((await client.image('GET', `/images/${imageId}`)).body.status).toBe('saving');
    expect((await getServer(client, dev.id))['OS-EXT-STS:task_state']).toBe('image_uploading');

    await advance(client, T);
    const active = (await client.image('GET', `/images/${imageId}`)).body;
    expect(active.status).toBe('active');
    expect(active.size).toBeGreaterThan(0);
    const server = await getServer(client, dev.id);
    expect(server).toMatchObject({ status: 'ACTIVE', 'OS-EXT-STS:task_state': null });

    // It is the tenant's own image: the other tenant cannot see it.
    const other = await testClient({ user: OTHER, emulator: client.emulator });
    expect((await other.image('GET', `/images/${imageId}`)).status).toBe(404);
  });

  it('works from SHUTOFF, and the new image can boot a U2 server', async () => {
    const client = await testClient();
    const dev = await serverByName(client, SEED.U2);
    await act(client, dev.id, { 'os-stop': null });
    await client.settle();
    const res = await act(client, dev.id, { createImage: { name: 'sandbox-golden' } });
    expect(res.status).toBe(202);
    await client.settle();
    const imageId = res.headers.get('Location')?.split('/').pop() ?? '';
    expect((await client.image('GET', `/images/${imageId}`)).body.status).toBe('active');
    expect((await getServer(client, dev.id)).status).toBe('SHUTOFF');

    const [flavors, subnets] = await Promise.all([flavorIds(client), subnetsByName(client)]);
    const boot = await client.compute('POST', '/servers', {
      server: {
        name: 'from-golden',
        flavorRef: flavors['u2.c1m1'],
        networks: [{ subnet: subnets['default-subnet']?.id }],
        key_name: 'demo-key',
        block_device_mapping_v2: [localRoot(imageId)],
      },
    });
    expect(boot.status).toBe(202);
  });

  it.each([
    ['no name', { createImage: {} }],
    ['an empty name', { createImage: { name: '' } }],
    ['a name of 256 characters', { createImage: { name: 'i'.repeat(256) } }],
    ['metadata values that are not strings', { createImage: { name: 'x', metadata: { a: 1 } } }],
    [
      'a metadata key of 256 characters',
      { createImage: { name: 'x', metadata: { ['k'.repeat(256)]: 'v' } } },
    ],
    [
      'a metadata value of 256 characters',
      { createImage: { name: 'x', metadata: { k: 'v'.repeat(256) } } },
    ],
  ])('refuses %s with 400 naming createImage, and changes nothing', async (_label, body) => {
    const client = await testClient();
    const dev = await serverByName(client, SEED.U2);
    const before = await snapshot(client, dev.id);
    const res = await act(client, dev.id, body);
    expect(res.status).toBe(400);
    expect(res.body.badRequest.message).toContain('createImage');
    expect(await snapshot(client, dev.id)).toEqual(before);
  });
});

describe('addSecurityGroup / removeSecurityGroup (보안 그룹 추가 / 삭제)', () => {
  let client: TestClient;
  let web02: Server;
  let groups: Record<string, string>;
  beforeEach(async () => {
    client = await testClient();
    web02 = await serverByName(client, SEED.ACTIVE_2);
    const res = await client.network('GET', '/security-groups');
    groups = Object.fromEntries(
      res.body.security_groups.map((g: { id: string; name: string }) => [g.name, g.id]),
    );
  });

  it('adds a group to the server and all its ports, then removes one', async () => {
    expect(groupNames(web02)).toEqual(['default', 'web']);
    const add = structuredClone(ACTION_REQUESTS.addSecurityGroup);
    add.addSecurityGroup.name = 'db';
    const added = await act(client, web02.id, add);
    expect(added.status).toBe(202);
    expect(added.body).toBeNull();
    const withDb = await getServer(client, web02.id);
    expect(groupNames(withDb)).toEqual(['db', 'default', 'web']);
    expect(withDb.updated > web02.updated).toBe(true);
    for (const port of await ports(client, web02.id)) {
      expect(port.security_groups).toContain(groups.db);
    }

    const remove = structuredClone(ACTION_REQUESTS.removeSecurityGroup);
    remove.removeSecurityGroup.name = 'web';
    expect((await act(client, web02.id, remove)).status).toBe(202);
    expect(groupNames(await getServer(client, web02.id))).toEqual(['db', 'default']);
    for (const port of await ports(client, web02.id)) {
      expect(port.security_groups).not.toContain(groups.web);
    }
  });

  it('applies to every port of a server with two NICs', async () => {
    const [flavors, images, subnets] = await Promise.all([
      flavorIds(client),
      imageIds(client),
      subnetsByName(client),
    ]);
    const created = await client.compute('POST', '/servers', {
      server: {
        name: 'two-nics',
        block_device_mapping_v2: [
          localRoot(images['Ubuntu Server 22.04.4 LTS (2024.05.21)'] ?? ''),
        ],
        flavorRef: flavors['u2.c1m1'],
        networks: [
          { subnet: subnets['default-subnet']?.id },
          { subnet: subnets['backend-subnet']?.id },
        ],
        key_name: 'demo-key',
      },
    });
    expect(created.status).toBe(202);
    await client.settle();
    const serverId = created.body.server.id as string;
    expect(await ports(client, serverId)).toHaveLength(2);

    expect((await act(client, serverId, { addSecurityGroup: { name: 'web' } })).status).toBe(202);
    for (const port of await ports(client, serverId)) {
      expect(port.security_groups.sort()).toEqual([groups.default, groups.web].sort());
    }
    expect((await act(client, serverId, { removeSecurityGroup: { name: 'default' } })).status).toBe(
      202,
    );
    for (const port of await ports(client, serverId)) {
      expect(port.security_groups).toEqual([groups.web]);
    }
    expect(groupNames(await getServer(client, serverId))).toEqual(['web']);
  });

  const refusals: [string, unknown, number, RegExp][] = [
    [
      'adding an unknown group',
      { addSecurityGroup: { name: 'no-such-group' } },
      404,
      /no-such-group/,
    ],
    [
      'removing an unknown group',
      { removeSecurityGroup: { name: 'no-such-group' } },
      404,
      /no-such-group/,
    ],
    ['adding a group twice', { addSecurityGroup: { name: 'web' } }, 400, /web/],
    ['removing a group that is not attached', { removeSecurityGroup: { name: 'db' } }, 400, /db/],
    ['a group without a name', { addSecurityGroup: {} }, 400, /addSecurityGroup\.name/],
    [
      'a group with an empty name',
      { removeSecurityGroup: { name: '' } },
      400,
      /removeSecurityGroup\.name/,
    ],
  ];
  it.each(refusals)('refuses %s, and changes nothing', async (_label, body, status, message) => {
    const before = await snapshot(client, web02.id);
    const res = await act(client, web02.id, body);
    expect(res.status).toBe(status);
    const key = status === 404 ? 'itemNotFound' : 'badRequest';
    expect(res.body[key].message).toMatch(message);
    expect(await snapshot(client, web02.id)).toEqual(before);
  });
});

describe('malformed action requests (400) and unknown servers (404)', () => {
  const bodies: [string, unknown][] = [
    ['an unknown action', { 'os-pause': null }],
    ['confirmResize (NHN confirms by itself)', { confirmResize: null }],
    ['two actions in one body', { 'os-stop': null, shelve: null }],
    ['no action', {}],
    ['malformed JSON', '{"os-stop": '],
    ['a JSON array', [{ 'os-stop': null }]],
    ['a JSON string', '"os-stop"'],
  ];
  it.each(bodies)('refuses %s with 400 and changes nothing', async (_label, body) => {
    const client = await testClient();
    const web01 = await serverByName(client, SEED.ACTIVE);
    const before = await snapshot(client, web01.id);
    const res = await act(client, web01.id, body);
    expect(res.status).toBe(400);
    expect(res.body.badRequest.code).toBe(400);
    expect(await snapshot(client, web01.id)).toEqual(before);
  });

  it('answers 404 itemNotFound for every action on an unknown server', async () => {
    const client = await testClient();
    const flavors = await flavorIds(client);
    const before = await inventory(client);
    for (const body of [
      ...Object.values(ACTION_REQUESTS).filter((b) => !('resize' in b)),
      { reboot: { type: 'HARD' } },
      { resize: { flavorRef: flavors['m2.c4m8'] } },
    ]) {
      const res = await act(client, '00000000-0000-0000-0000-000000000000', body);
      expect(res.status, JSON.stringify(body)).toBe(404);
      expect(res.body.itemNotFound.message).toContain('00000000-0000-0000-0000-000000000000');
    }
    expect(await inventory(client)).toEqual(before);
  });
});

// ── The 409 gates, from the spec ────────────────────────────────────────────────────────────
/**
 * The statuses each action is allowed from, copied from the spec (인스턴스 추가 기능) and
 * DESIGN.md ("Gates"). Security groups: the spec sets no condition. createImage also needs a U2
 * flavor (400 otherwise).
 */
const ALLOWED: Record<string, readonly string[] | 'any'> = {
  'os-start': ['SHUTOFF'],
  unshelve: ['SHELVED_OFFLOADED'],
  'os-stop': ['ACTIVE', 'ERROR'],
  shelve: ['ACTIVE'],
  'reboot SOFT': ['ACTIVE'],
  'reboot HARD': ['ACTIVE', 'ERROR', 'HARD_REBOOT', 'PAUSED', 'REBOOT', 'SHUTOFF', 'SUSPENDED'],
  resize: ['ACTIVE', 'SHUTOFF'],
  createImage: ['ACTIVE', 'SHUTOFF', 'SUSPENDED', 'PAUSED'],
  addSecurityGroup: 'any',
  removeSecurityGroup: 'any',
};
const ACTIONS = Object.keys(ALLOWED);

/** The name Nova's 409 message gives each action. */
const API_NAME: Record<string, string> = {
  'os-start': 'os-start',
  unshelve: 'unshelve',
  'os-stop': 'os-stop',
  shelve: 'shelve',
  'reboot SOFT': 'reboot',
  'reboot HARD': 'reboot',
  resize: 'resize',
  createImage: 'createImage',
  addSecurityGroup: 'addSecurityGroup',
  removeSecurityGroup: 'removeSecurityGroup',
};

interface Subject {
  client: TestClient;
  server: Server;
}

type Setup = (client: TestClient) => Promise<Subject>;

const seedServer =
  (name: string): Setup =>
  async (client) => {
    const server = await serverByName(client, name);
    return { client, server };
  };

/** A server caught in the middle of an action (nothing is settled, the clock is frozen). */
const midway =
  (name: string, body: unknown, status: string): Setup =>
  async (client) => {
    const server = await serverByName(client, name);
    const res = await act(client, server.id, body);
    if (res.status !== 202) throw new Error(`setting up ${status} failed: ${res.status}`);
    const now = await getServer(client, server.id);
    expect(now.status).toBe(status);
    expect(now['OS-EXT-STS:task_state']).not.toBeNull();
    return { client, server: now };
  };

/**
 * A server put into a status an operator's own actions never cause (live migration, a password
 * reset, rescue mode) through the control API, as a test or a demo does.
 */
const forced =
  (name: string, status: string): Setup =>
  async (client) => {
    const server = await serverByName(client, name);
    const res = await client.request('POST', `/_emulator/servers/${server.id}/status`, { status });
    if (res.status !== 200) throw new Error(`forcing ${status} failed: ${res.status}`);
    return { client, server: await getServer(client, server.id) };
  };

/** Where each status of the table comes from: the seed, an action left half done, or forced. */
const STATUS_SETUPS: [label: string, status: string, setup: Setup][] = [
  ['ACTIVE (web-01)', 'ACTIVE', seedServer(SEED.ACTIVE)],
  ['SHUTOFF (db-master)', 'SHUTOFF', seedServer(SEED.SHUTOFF)],
  ['SHELVED_OFFLOADED (batch-worker)', 'SHELVED_OFFLOADED', seedServer(SEED.SHELVED_OFFLOADED)],
  ['ERROR (legacy-app)', 'ERROR', seedServer(SEED.ERROR)],
  ['PAUSED (win-ad-01)', 'PAUSED', seedServer(SEED.PAUSED)],
  ['SUSPENDED (cache-01)', 'SUSPENDED', seedServer(SEED.SUSPENDED)],
  [
    'REBOOT (web-02 rebooting)',
    'REBOOT',
    midway(SEED.ACTIVE_2, { reboot: { type: 'SOFT' } }, 'REBOOT'),
  ],
  [
    'HARD_REBOOT (web-02 hard rebooting)',
    'HARD_REBOOT',
    midway(SEED.ACTIVE_2, { reboot: { type: 'HARD' } }, 'HARD_REBOOT'),
  ],
  [
    'ACTIVE with task_state powering-off (web-01 stopping)',
    'TASK',
    midway(SEED.ACTIVE, { 'os-stop': null }, 'ACTIVE'),
  ],
  ['MIGRATING (web-01 live-migrating)', 'MIGRATING', forced(SEED.ACTIVE, 'MIGRATING')],
  ['PASSWORD (web-01 resetting its password)', 'PASSWORD', forced(SEED.ACTIVE, 'PASSWORD')],
  ['RESCUE (web-01 in rescue mode)', 'RESCUE', forced(SEED.ACTIVE, 'RESCUE')],
];

/** A request for `action` that would succeed on `server` if the status allowed it. */
async function requestFor(action: string, { client, server }: Subject): Promise<unknown> {
  switch (action) {
    case 'os-start':
      return { 'os-start': null };
    case 'unshelve':
      return { unshelve: null };
    case 'os-stop':
      return { 'os-stop': null };
    case 'shelve':
      return { shelve: null };
    case 'reboot SOFT':
      return { reboot: { type: 'SOFT' } };
    case 'reboot HARD':
      return { reboot: { type: 'HARD' } };
    case 'resize': {
      // A flavor no seed server has, and not U2: the only thing in the way is the status.
      const flavors = await flavorIds(client);
      return { resize: { flavorRef: flavors['x1.c32m128'] } };
    }
    case 'createImage':
      return { createImage: { name: `image-of-${server.name}` } };
    case 'addSecurityGroup': {
      const free = ['db', 'ssh-admin', 'web'].find((g) => !groupNames(server).includes(g));
      return { addSecurityGroup: { name: free } };
    }
    case 'removeSecurityGroup':
      return { removeSecurityGroup: { name: 'default' } };
  }
  throw new Error(`no request for ${action}`);
}

/** What an allowed action has done once everything has settled. */
async function expectOutcome(action: string, subject: Subject, body: unknown) {
  const { client, server } = subject;
  await client.settle();
  const after = await getServer(client, server.id);
  switch (action) {
    case 'os-start':
    case 'unshelve':
    case 'reboot SOFT':
    case 'reboot HARD':
      expect(after).toMatchObject({ status: 'ACTIVE', 'OS-EXT-STS:power_state': 1 });
      return;
    case 'os-stop':
      expect(after).toMatchObject({ status: 'SHUTOFF', 'OS-EXT-STS:power_state': 4 });
      return;
    case 'shelve':
      expect(after.status).toBe('SHELVED_OFFLOADED');
      return;
    case 'resize':
      expect(after.flavor.id).toBe((body as { resize: { flavorRef: string } }).resize.flavorRef);
      expect(after.status).toBe(server.status === 'SHUTOFF' ? 'SHUTOFF' : 'ACTIVE');
      return;
    case 'createImage':
      expect(after['OS-EXT-STS:task_state']).toBeNull();
      return;
    case 'addSecurityGroup':
      expect(groupNames(after)).toContain(
        (body as { addSecurityGroup: { name: string } }).addSecurityGroup.name,
      );
      return;
    case 'removeSecurityGroup':
      expect(groupNames(after)).not.toContain('default');
      return;
  }
}

/**
 * What the spec says `action` answers on `server`: 202, 409 naming the reason (the status, or
 * the task under way), or 400 for createImage outside U2.
 */
function expectedFor(
  action: string,
  server: Server,
  u2: boolean,
): { status: 202 | 400 | 409; reason?: string } {
  const allowed = ALLOWED[action] ?? [];
  if (allowed === 'any') return { status: 202 };
  if (!allowed.includes(server.status)) return { status: 409, reason: server.status };
  // A task under way blocks the action, except that a hard reboot may interrupt a reboot: the
  // spec allows it from REBOOT and HARD_REBOOT, which exist only while a reboot task runs.
  const task = server['OS-EXT-STS:task_state'];
  if (task !== null && !(action === 'reboot HARD' && task.startsWith('reboot'))) {
    return { status: 409, reason: task };
  }
  if (action === 'createImage' && !u2) return { status: 400 };
  return { status: 202 };
}

const GATE_ROWS = STATUS_SETUPS.flatMap(([label, status, setup]) =>
  ACTIONS.map((action) => [action, label, status, setup] as const),
);

describe('the status gates of every action (spec: 인스턴스 추가 기능)', () => {
  it('covers every action of the spec and every status of the seed', () => {
    expect(ACTIONS).toHaveLength(10);
    expect(STATUS_SETUPS.map(([, status]) => status)).toEqual([
      'ACTIVE',
      'SHUTOFF',
      'SHELVED_OFFLOADED',
      'ERROR',
      'PAUSED',
      'SUSPENDED',
      'REBOOT',
      'HARD_REBOOT',
      'TASK',
      'MIGRATING',
      'PASSWORD',
      'RESCUE',
    ]);
    expect(GATE_ROWS).toHaveLength(120);
  });

  it.each(GATE_ROWS)('%s on %s', async (action, _label, status, setup) => {
    const subject = await setup(await testClient());
    const { client, server } = subject;
    // The subject really is in the status of its row.
    if (status === 'TASK') expect(server['OS-EXT-STS:task_state']).toBe('powering-off');
    else expect(server.status).toBe(status);
    const body = await requestFor(action, subject);
    const expected = expectedFor(action, server, false);
    const before = await snapshot(client, server.id);
    const res = await act(client, server.id, body);
    expect(res.status, JSON.stringify(res.body)).toBe(expected.status);

    if (expected.status === 202) {
      expect(res.body).toBeNull();
      await expectOutcome(action, subject, body);
      return;
    }
    // Refused: the answer says why, and nothing moved (no state, no queued step, no image).
    if (expected.status === 409) {
      expect(Object.keys(res.body)).toEqual(['conflictingRequest']);
      expect(res.body.conflictingRequest.code).toBe(409);
      expect(res.body.conflictingRequest.message).toContain(`'${API_NAME[action]}'`);
      expect(res.body.conflictingRequest.message).toContain(expected.reason);
      expect(res.body.conflictingRequest.message).toContain(server.id);
    } else {
      // createImage on a flavor other than U2, in a status that allows it.
      expect(res.body.badRequest.message).toMatch(/U2/);
    }
    expect(await snapshot(client, server.id)).toEqual(before);
  });
});

/** dev-sandbox (u2.c1m1) put into each status, for createImage's U2-only rule. */
const U2_SETUPS: [status: string, setup: Setup][] = [
  ['ACTIVE', seedServer(SEED.U2)],
  [
    'SHUTOFF',
    async (client) => {
      const dev = await serverByName(client, SEED.U2);
      await act(client, dev.id, { 'os-stop': null });
      await client.settle();
      return seedServer(SEED.U2)(client);
    },
  ],
  [
    'SHELVED_OFFLOADED',
    async (client) => {
      const dev = await serverByName(client, SEED.U2);
      await act(client, dev.id, { shelve: null });
      await client.settle();
      return seedServer(SEED.U2)(client);
    },
  ],
  ...(['ERROR', 'PAUSED', 'SUSPENDED'] as const).map((status): [string, Setup] => [
    status,
    async (client) => {
      // No API puts a server into these statuses, so the record is set as the seed would.
      const dev = await serverByName(client, SEED.U2);
      const record = client.emulator.store
        .tenant('kr1', DEMO.tenantId)
        .servers.find((s) => s.id === dev.id);
      if (!record) throw new Error('dev-sandbox is missing');
      const steady = {
        ERROR: ['error', 4],
        PAUSED: ['paused', 3],
        SUSPENDED: ['suspended', 4],
      } as const;
      Object.assign(record, {
        status,
        vmState: steady[status][0],
        powerState: steady[status][1],
      });
      return seedServer(SEED.U2)(client);
    },
  ]),
  ['REBOOT', midway(SEED.U2, { reboot: { type: 'SOFT' } }, 'REBOOT')],
  ['HARD_REBOOT', midway(SEED.U2, { reboot: { type: 'HARD' } }, 'HARD_REBOOT')],
  ['TASK', midway(SEED.U2, { 'os-stop': null }, 'ACTIVE')],
];

describe('createImage on a U2 server (dev-sandbox) in every status', () => {
  it.each(U2_SETUPS)('from %s', async (status, setup) => {
    const subject = await setup(await testClient());
    const { client, server } = subject;
    expect(await flavorNameOf(client, server.flavor.id)).toBe('u2.c1m1');
    if (status === 'TASK') expect(server['OS-EXT-STS:task_state']).toBe('powering-off');
    else expect(server.status).toBe(status);
    const expected = expectedFor('createImage', server, true);
    const before = await snapshot(client, server.id);
    const res = await act(client, server.id, { createImage: { name: 'snap' } });
    expect(res.status, JSON.stringify(res.body)).toBe(expected.status);
    if (expected.status === 202) {
      const imageId = res.headers.get('Location')?.split('/').pop() ?? '';
      expect((await client.image('GET', `/images/${imageId}`)).body.status).toBe('queued');
      await client.settle();
      expect((await client.image('GET', `/images/${imageId}`)).body.status).toBe('active');
      return;
    }
    expect(res.body.conflictingRequest.message).toContain("'createImage'");
    expect(res.body.conflictingRequest.message).toContain(expected.reason);
    expect(res.headers.get('Location')).toBeNull();
    expect(await snapshot(client, server.id)).toEqual(before);
  });
});
