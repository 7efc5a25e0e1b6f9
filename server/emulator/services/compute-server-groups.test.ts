/**
 * Contract tests of 배치 정책 (current guide: os-server-groups): create, list, show, delete; only
 * anti-affinity; members follow the servers created with os:scheduler_hints.group and deleted.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  SERVER_GROUP_CREATE_REQUEST,
  SERVER_GROUP_CREATE_RESPONSE,
  SERVER_GROUP_SHOW,
  SERVER_GROUPS_LIST,
} from '../spec-examples';
import { OTHER, shapeMismatches, type TestClient, testClient } from '../testing';
import {
  flavorIds,
  freezeDate,
  imageIds,
  inventory,
  serverByName,
  UBUNTU_22,
  volumeRoot,
} from './compute-test-support';

beforeEach(freezeDate);
afterEach(() => {
  vi.useRealTimers();
});

let client: TestClient;
beforeEach(async () => {
  client = await testClient();
});

const groups = async () =>
  (await client.compute('GET', '/os-server-groups')).body.server_groups as {
    id: string;
    name: string;
    members: string[];
    policies: string[];
  }[];

async function createServerIn(group: string, extra: Record<string, unknown> = {}) {
  const [flavors, images, subnets] = await Promise.all([
    flavorIds(client),
    imageIds(client),
    client.network('GET', '/vpcsubnets?name=default-subnet'),
  ]);
  return client.compute('POST', '/servers', {
    server: {
      name: 'spread',
      flavorRef: flavors['m2.c2m4'],
      networks: [{ subnet: subnets.body.vpcsubnets[0].id }],
      key_name: 'demo-key',
      block_device_mapping_v2: [volumeRoot(images[UBUNTU_22] ?? '', 20)],
      ...extra,
    },
    'os:scheduler_hints': { group },
  });
}

describe('listing and showing', () => {
  it("lists the seed's policy with its members, in the shape of the guide example", async () => {
    const res = await client.compute('GET', '/os-server-groups');
    expect(res.status).toBe(200);
    expect(shapeMismatches(res.body, SERVER_GROUPS_LIST)).toEqual([]);
    const [spread] = res.body.server_groups;
    const web01 = await serverByName(client, 'web-01');
    const web02 = await serverByName(client, 'web-02');
    expect(spread).toEqual({
      id: spread.id,
      name: 'web-spread',
      policies: ['anti-affinity'],
      members: [web01.id, web02.id],
      metadata: {},
    });
    // Anti-affinity: every member on its own host.
    expect(web01.hostId).not.toBe(web02.hostId);
    const show = await client.compute('GET', `/os-server-groups/${spread.id}`);
    expect(show.status).toBe(200);
    expect(shapeMismatches(show.body, SERVER_GROUP_SHOW)).toEqual([]);
    expect(show.body.server_group).toEqual(spread);
  });

  it('answers 404 for a policy that does not exist, or is another tenant’s', async () => {
    const res = await client.compute(
      'GET',
      '/os-server-groups/00000000-0000-0000-0000-000000000000',
    );
    expect(res.status).toBe(404);
    expect(res.body.itemNotFound.code).toBe(404);
    const [spread] = await groups();
    const other = await testClient({ user: OTHER, emulator: client.emulator });
    expect((await other.compute('GET', '/os-server-groups')).body.server_groups).toEqual([]);
    expect((await other.compute('GET', `/os-server-groups/${spread?.id}`)).status).toBe(404);
    expect((await other.compute('DELETE', `/os-server-groups/${spread?.id}`)).status).toBe(404);
    expect(await groups()).toHaveLength(1);
  });
});

describe('creating (배치 정책 생성하기)', () => {
  it("takes the guide's request and answers its response: no members, empty metadata", async () => {
    const res = await client.compute('POST', '/os-server-groups', SERVER_GROUP_CREATE_REQUEST);
    expect(res.status).toBe(200);
    expect(shapeMismatches(res.body, SERVER_GROUP_CREATE_RESPONSE)).toEqual([]);
    expect(res.body.server_group).toMatchObject({
      name: 'policy-test1',
      policies: ['anti-affinity'],
      members: [],
      metadata: {},
    });
    expect((await groups()).map((g) => g.name)).toEqual(['web-spread', 'policy-test1']);
  });

  it.each([
    ['affinity', { server_group: { name: 'p', policies: ['affinity'] } }, 'anti-affinity'],
    [
      'soft-anti-affinity',
      { server_group: { name: 'p', policies: ['soft-anti-affinity'] } },
      'anti-affinity',
    ],
    ['no policy', { server_group: { name: 'p', policies: [] } }, 'anti-affinity'],
    [
      'two policies',
      { server_group: { name: 'p', policies: ['anti-affinity', 'anti-affinity'] } },
      'anti-affinity',
    ],
    ['a blank name', { server_group: { name: ' ', policies: ['anti-affinity'] } }, 'name'],
    [
      'a name of 256',
      { server_group: { name: 'n'.repeat(256), policies: ['anti-affinity'] } },
      'name',
    ],
    ['no name', { server_group: { policies: ['anti-affinity'] } }, 'name'],
    ['no policies', { server_group: { name: 'p' } }, 'policies'],
    ['no server_group', { name: 'p' }, 'server_group'],
  ])('refuses %s with 400 and creates nothing', async (_label, body, words) => {
    const before = await groups();
    const res = await client.compute('POST', '/os-server-groups', body);
    expect(res.status).toBe(400);
    expect(res.body.badRequest.message).toContain(words);
    expect(await groups()).toEqual(before);
  });
});

describe('members (os:scheduler_hints.group)', () => {
  it('a server created with the hint joins the policy; several join together', async () => {
    const created = await client.compute('POST', '/os-server-groups', {
      server_group: { name: 'db-spread', policies: ['anti-affinity'] },
    });
    const groupId = created.body.server_group.id as string;
    const one = await createServerIn(groupId);
    expect(one.status).toBe(202);
    const many = await createServerIn(groupId, {
      name: 'node',
      min_count: 2,
      max_count: 2,
      return_reservation_id: true,
    });
    expect(many.status).toBe(202);
    const show = await client.compute('GET', `/os-server-groups/${groupId}`);
    const node1 = await serverByName(client, 'node-1');
    const node2 = await serverByName(client, 'node-2');
    expect(show.body.server_group.members).toEqual([one.body.server.id, node1.id, node2.id]);
    // Each on its own host.
    expect(new Set([node1.hostId, node2.hostId]).size).toBe(2);
    // Other policies are untouched.
    expect((await groups()).find((g) => g.name === 'web-spread')?.members).toHaveLength(2);
  });

  it('the stock client’s OS-SCH-HNT:scheduler_hints works too', async () => {
    const [spread] = await groups();
    const [flavors, images, subnets] = await Promise.all([
      flavorIds(client),
      imageIds(client),
      client.network('GET', '/vpcsubnets?name=default-subnet'),
    ]);
    const res = await client.compute('POST', '/servers', {
      server: {
        name: 'cli',
        flavorRef: flavors['m2.c2m4'],
        networks: [{ subnet: subnets.body.vpcsubnets[0].id }],
        key_name: 'demo-key',
        block_device_mapping_v2: [volumeRoot(images[UBUNTU_22] ?? '', 20)],
      },
      'OS-SCH-HNT:scheduler_hints': { group: spread?.id },
    });
    expect(res.status).toBe(202);
    expect((await groups())[0]?.members).toContain(res.body.server.id);
  });

  it('a hint naming a policy that does not exist is refused with 400, creating nothing', async () => {
    const before = await inventory(client);
    const res = await createServerIn('00000000-0000-0000-0000-000000000000');
    expect(res.status).toBe(400);
    expect(res.body.badRequest.message).toContain('os:scheduler_hints.group');
    expect(await inventory(client)).toEqual(before);
  });
});

describe('deleting (배치 정책 삭제하기)', () => {
  it('deletes a policy (204); its members keep running; deleting again answers 404', async () => {
    const [spread] = await groups();
    const res = await client.compute('DELETE', `/os-server-groups/${spread?.id}`);
    expect(res.status).toBe(204);
    expect(res.body).toBeNull();
    expect(await groups()).toEqual([]);
    expect((await serverByName(client, 'web-01')).status).toBe('ACTIVE');
    expect((await client.compute('DELETE', `/os-server-groups/${spread?.id}`)).status).toBe(404);
    // A server can no longer be created into it.
    expect((await createServerIn(spread?.id ?? '')).status).toBe(400);
  });
});
