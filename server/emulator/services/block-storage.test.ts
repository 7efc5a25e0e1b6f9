/**
 * Contract tests for the Block Storage API v2 (neighbour-apis.md, "Block Storage API v2"):
 * volume types, volumes (list, detail, show, paging, create, delete) and attachments as the
 * compute side sees them.
 */
import { describe, expect, it } from 'vitest';
import { VOLUME_STATUSES } from '../../../src/domain/volume';
import { DEMO, ORIGIN, rawRequest, shapeMismatches, type TestClient, testClient } from '../testing';

/**
 * Transitions so long that real time never completes one during a test: only the control API's
 * clock and settle move them, so a transitional status can be asserted without racing.
 */
const SLOW = { config: { transitionMs: 600_000 } };

/** The volume example of neighbour-apis.md (verbatim but for the ellipses). */
const DOC_VOLUME = {
  volume: {
    id: '17975e9d-…',
    name: 'data-01',
    description: null,
    size: 50,
    status: 'in-use',
    volume_type: 'General HDD',
    availability_zone: 'kr-pub-a',
    bootable: 'false',
    encrypted: false,
    multiattach: false,
    attachments: [
      {
        server_id: '…',
        attachment_id: '…',
        volume_id: '17975e9d-…',
        device: '/dev/vdb',
        id: '17975e9d-…',
      },
    ],
    snapshot_id: null,
    source_volid: null,
    metadata: {},
    user_id: '…',
    'os-vol-tenant-attr:tenant_id': '…',
    created_at: '2018-12-18T05:43:12.000000',
  },
};

const MICROS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}$/;

interface Vol {
  id: string;
  name: string;
  size: number;
  status: string;
  volume_type: string;
  availability_zone: string;
  bootable: string;
  attachments: { server_id: string; device: string; volume_id: string }[];
  created_at: string;
  [key: string]: unknown;
}

async function detail(client: TestClient, query = ''): Promise<Vol[]> {
  const res = await client.blockStorage('GET', `/volumes/detail${query}`);
  expect(res.status).toBe(200);
  return res.body.volumes;
}

/** Everything the tenant's volumes look like, to prove a refused request changed nothing. */
async function volumesSnapshot(client: TestClient) {
  const volumes = await detail(client);
  return volumes.sort((a, b) => a.id.localeCompare(b.id));
}

async function servers(client: TestClient): Promise<any[]> {
  return (await client.compute('GET', '/servers/detail')).body.servers;
}

describe('volume types', () => {
  it('lists General HDD, General SSD and the encrypted types', async () => {
    const client = await testClient(SLOW);
    const res = await client.blockStorage('GET', '/types');
    expect(res.status).toBe(200);
    const types = res.body.volume_types as { id: string; name: string }[];
    expect(types.map((t) => t.name)).toEqual([
      'General HDD',
      'General SSD',
      'Encrypted HDD',
      'Encrypted SSD',
    ]);
    expect(new Set(types.map((t) => t.id)).size).toBe(types.length);
    for (const type of types) {
      const shown = await client.blockStorage('GET', `/types/${type.id}`);
      expect(shown.status).toBe(200);
      expect(shown.body.volume_type).toEqual(type);
    }
    const unknown = await client.blockStorage('GET', '/types/not-a-type');
    expect(unknown.status).toBe(404);
    expect(unknown.body.itemNotFound.code).toBe(404);
  });
});

describe('volumes: list, detail, show', () => {
  it('GET /volumes gives id, name and links of every volume', async () => {
    const client = await testClient(SLOW);
    const res = await client.blockStorage('GET', '/volumes');
    expect(res.status).toBe(200);
    const volumes = res.body.volumes as any[];
    for (const volume of volumes) {
      expect(Object.keys(volume).sort()).toEqual(['id', 'links', 'name']);
      expect(volume.links[0]).toEqual({
        rel: 'self',
        href: `${ORIGIN}/block-storage/kr1/v2/${DEMO.tenantId}/volumes/${volume.id}`,
      });
    }
    expect(volumes.map((v) => v.id)).toEqual((await detail(client)).map((v) => v.id));
  });

  it('GET /volumes/detail has the spec’s fields and formats', async () => {
    const client = await testClient(SLOW);
    const volumes = await detail(client);
    expect(volumes.length).toBeGreaterThan(6);
    for (const volume of volumes) {
      expect(shapeMismatches({ volume }, DOC_VOLUME), volume.id).toEqual([]);
      // bootable is a string, not a boolean.
      expect(['true', 'false']).toContain(volume.bootable);
      // Microseconds, no Z.
      expect(volume.created_at).toMatch(MICROS);
      expect(Object.keys(VOLUME_STATUSES)).toContain(volume.status);
      expect(volume['os-vol-tenant-attr:tenant_id']).toBe(DEMO.tenantId);
      expect(volume.user_id).toBe(DEMO.userId);
      expect(['kr-pub-a', 'kr-pub-b']).toContain(volume.availability_zone);
    }
    // Root volumes boot, and so does a volume made from a root volume's snapshot; data and
    // blank free volumes do not.
    const root = volumes.filter((v) => v.attachments.some((a) => a.device === '/dev/vda'));
    expect(root.length).toBeGreaterThan(0);
    expect(root.every((v) => v.bootable === 'true')).toBe(true);
    const restored = volumes.filter((v) => v.snapshot_id !== null);
    expect(restored.map((v) => [v.name, v.bootable, v.status])).toEqual([
      ['web-restore', 'true', 'available'],
    ]);
    const others = volumes.filter((v) => !root.includes(v) && !restored.includes(v));
    expect(others.length).toBeGreaterThan(0);
    expect(others.every((v) => v.bootable === 'false')).toBe(true);
    // Free volumes exist.
    const free = volumes.filter((v) => v.status === 'available');
    expect(free.length).toBeGreaterThanOrEqual(2);
    expect(free.every((v) => v.attachments.length === 0)).toBe(true);
  });

  it('GET /volumes/{id} shows what the detail list has', async () => {
    const client = await testClient(SLOW);
    for (const volume of await detail(client)) {
      const res = await client.blockStorage('GET', `/volumes/${volume.id}`);
      expect(res.status).toBe(200);
      expect(res.body.volume).toEqual(volume);
    }
  });

  it('an unknown or malformed id is 404 in the Nova shape', async () => {
    const client = await testClient(SLOW);
    for (const id of ['00000000-0000-0000-0000-000000000000', 'not-a-uuid']) {
      const res = await client.blockStorage('GET', `/volumes/${id}`);
      expect(res.status).toBe(404);
      expect(res.body.itemNotFound).toEqual({ code: 404, message: expect.stringContaining(id) });
    }
  });

  it('sorts newest first by default and by sort=name:asc / name:desc', async () => {
    const client = await testClient(SLOW);
    const volumes = await detail(client);
    const times = volumes.map((v) => v.created_at);
    expect(times).toEqual([...times].sort().reverse());
    const byName = (await detail(client, '?sort=name:asc')).map((v) => v.name);
    expect(byName).toEqual([...byName].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(byName).toContain('archive');
    const byNameDesc = (await detail(client, '?sort=name:desc')).map((v) => v.name);
    expect(byNameDesc).toEqual([...byName].reverse());
    const bySize = (await detail(client, '?sort=size:asc')).map((v) => v.size);
    expect(bySize).toEqual([...bySize].sort((a, b) => a - b));
  });

  it('pages with limit, offset and marker', async () => {
    const client = await testClient(SLOW);
    const all = (await detail(client, '?sort=name:asc')).map((v) => v.id);
    expect(all.length).toBeGreaterThan(5);
    const ids = async (query: string) =>
      (await client.blockStorage('GET', `/volumes${query}`)).body.volumes.map(
        (v: { id: string }) => v.id,
      );
    expect(await ids('?sort=name:asc&limit=2')).toEqual(all.slice(0, 2));
    expect(await ids('?sort=name:asc&limit=2&offset=2')).toEqual(all.slice(2, 4));
    expect(await ids(`?sort=name:asc&limit=3&marker=${all[1]}`)).toEqual(all.slice(2, 5));
    expect(await ids(`?sort=name:asc&marker=${all.at(-1)}`)).toEqual([]);
    expect(await ids('?sort=name:asc&offset=1000')).toEqual([]);
    // Walking with marker visits everything once.
    const walked: string[] = [];
    let marker = '';
    for (;;) {
      const page: string[] = await ids(`?sort=name:asc&limit=2${marker}`);
      if (page.length === 0) break;
      walked.push(...page);
      marker = `&marker=${page.at(-1)}`;
      expect(walked.length).toBeLessThanOrEqual(all.length);
    }
    expect(walked).toEqual(all);
  });

  it.each([
    'limit=-1',
    'limit=ten',
    'offset=-3',
    'marker=00000000-0000-0000-0000-000000000000',
    'sort=colour:asc',
    'sort=name:sideways',
  ])('refuses ?%s with 400', async (query) => {
    const client = await testClient(SLOW);
    const res = await client.blockStorage('GET', `/volumes?${query}`);
    expect(res.status).toBe(400);
    expect(res.body.badRequest).toEqual({ code: 400, message: expect.any(String) });
  });
});

describe('creating a volume', () => {
  it('answers creating at once, then available after a transition', async () => {
    const client = await testClient(SLOW);
    const res = await client.blockStorage('POST', '/volumes', {
      volume: {
        size: 20,
        name: 'new-data',
        description: 'for the test',
        volume_type: 'General SSD',
        availability_zone: 'kr-pub-b',
      },
    });
    expect(res.status).toBe(202);
    const created = res.body.volume as Vol;
    expect(created).toMatchObject({
      name: 'new-data',
      description: 'for the test',
      size: 20,
      status: 'creating',
      volume_type: 'General SSD',
      availability_zone: 'kr-pub-b',
      bootable: 'false',
      attachments: [],
    });
    expect(shapeMismatches({ volume: created }, DOC_VOLUME)).toEqual([]);
    const shown = await client.blockStorage('GET', `/volumes/${created.id}`);
    expect(shown.body.volume.status).toBe('creating');
    expect((await detail(client)).map((v) => v.id)).toContain(created.id);

    await rawRequest(client.emulator, 'POST', '/_emulator/clock', {
      advanceMs: client.emulator.config.transitionMs,
    });
    const after = await client.blockStorage('GET', `/volumes/${created.id}`);
    expect(after.body.volume.status).toBe('available');
  });

  it('uses General HDD and the first zone by default, and settle makes it available', async () => {
    const client = await testClient(SLOW);
    const res = await client.blockStorage('POST', '/volumes', { volume: { size: 10 } });
    expect(res.status).toBe(202);
    expect(res.body.volume).toMatchObject({
      volume_type: 'General HDD',
      availability_zone: 'kr-pub-a',
    });
    await client.settle();
    const shown = await client.blockStorage('GET', `/volumes/${res.body.volume.id}`);
    expect(shown.body.volume.status).toBe('available');
  });

  it('creates in the region of the path only', async () => {
    const client = await testClient(SLOW);
    const res = await client.blockStorage(
      'POST',
      '/volumes',
      { volume: { size: 10, availability_zone: 'jp-pub-b' } },
      'jp1',
    );
    expect(res.status).toBe(202);
    expect((await client.blockStorage('GET', `/volumes/${res.body.volume.id}`)).status).toBe(404);
    expect(
      (await client.blockStorage('GET', `/volumes/${res.body.volume.id}`, undefined, 'jp1')).status,
    ).toBe(200);
  });

  it.each([
    ['0', { size: 0 }, '0'],
    ['5 (under 10 GB)', { size: 5 }, '5'],
    ['3000 (over 2000 GB)', { size: 3000 }, '3000'],
    ['1.5', { size: 1.5 }, '1.5'],
    ['"abc"', { size: 'abc' }, 'size'],
    ['null', { size: null }, 'size'],
    ['missing', { name: 'no-size' }, 'size'],
  ])('refuses size %s with 400 naming the size, creating nothing', async (_, volume, named) => {
    const client = await testClient(SLOW);
    const before = await volumesSnapshot(client);
    const res = await client.blockStorage('POST', '/volumes', { volume });
    expect(res.status).toBe(400);
    expect(res.body.badRequest.code).toBe(400);
    expect(res.body.badRequest.message).toContain('size');
    expect(res.body.badRequest.message).toContain(named);
    expect(await volumesSnapshot(client)).toEqual(before);
    expect(client.emulator.store.pendingCount()).toBe(0);
  });

  it.each([
    ['an unknown volume type', { size: 10, volume_type: 'Platinum NVMe' }, 'Platinum NVMe'],
    ['an encrypted type without a key', { size: 10, volume_type: 'Encrypted SSD' }, 'Encrypted'],
    ['an unknown zone', { size: 10, availability_zone: 'kr-pub-z' }, 'kr-pub-z'],
    ["another region's zone", { size: 10, availability_zone: 'jp-pub-a' }, 'jp-pub-a'],
    ['a name that is not a string', { size: 10, name: 42 }, 'name'],
    ['an over-long name', { size: 10, name: 'n'.repeat(256) }, 'name'],
  ])('refuses %s with 400, creating nothing', async (_, volume, named) => {
    const client = await testClient(SLOW);
    const before = await volumesSnapshot(client);
    const res = await client.blockStorage('POST', '/volumes', { volume });
    expect(res.status).toBe(400);
    expect(res.body.badRequest.message).toContain(named);
    expect(await volumesSnapshot(client)).toEqual(before);
  });

  it.each([
    ['malformed JSON', '{"volume": {"size": 10'],
    ['an empty body', ''],
    ['no volume', { size: 10 }],
    ['a volume that is not an object', { volume: 10 }],
  ])('refuses %s with 400, creating nothing', async (_, body) => {
    const client = await testClient(SLOW);
    const before = await volumesSnapshot(client);
    const res = await client.blockStorage('POST', '/volumes', body);
    expect(res.status).toBe(400);
    expect(res.body.badRequest.message.length).toBeGreaterThan(0);
    expect(await volumesSnapshot(client)).toEqual(before);
  });
});

describe('renaming a volume', () => {
  it('PUT changes the name and the description', async () => {
    const client = await testClient(SLOW);
    const free = (await detail(client)).find((v) => v.name === 'archive');
    const res = await client.blockStorage('PUT', `/volumes/${free?.id}`, {
      volume: { name: 'archive-2024', description: 'cold data' },
    });
    expect(res.status).toBe(200);
    expect(res.body.volume).toMatchObject({ name: 'archive-2024', description: 'cold data' });
    const shown = await client.blockStorage('GET', `/volumes/${free?.id}`);
    expect(shown.body.volume.name).toBe('archive-2024');
  });
});

describe('deleting a volume', () => {
  it('goes deleting, then is gone', async () => {
    const client = await testClient(SLOW);
    const free = (await detail(client)).find((v) => v.name === 'backup-vol');
    expect(free?.status).toBe('available');
    const res = await client.blockStorage('DELETE', `/volumes/${free?.id}`);
    expect(res.status).toBe(202);
    const deleting = await client.blockStorage('GET', `/volumes/${free?.id}`);
    expect(deleting.body.volume.status).toBe('deleting');
    // A second delete while it is deleting is refused.
    expect((await client.blockStorage('DELETE', `/volumes/${free?.id}`)).status).toBe(400);
    await client.settle();
    expect((await client.blockStorage('GET', `/volumes/${free?.id}`)).status).toBe(404);
    expect((await detail(client)).map((v) => v.id)).not.toContain(free?.id);
  });

  it('refuses an attached (in-use) volume with 400 and leaves both sides unchanged', async () => {
    const client = await testClient(SLOW);
    const db = (await servers(client)).find((s) => s.name === 'db-master');
    const data = (await detail(client)).find((v) => v.name === 'db-data');
    expect(data?.status).toBe('in-use');
    const attachmentsBefore = await client.compute(
      'GET',
      `/servers/${db.id}/os-volume_attachments`,
    );
    const before = await volumesSnapshot(client);
    const res = await client.blockStorage('DELETE', `/volumes/${data?.id}`);
    expect(res.status).toBe(400);
    expect(res.body.badRequest.message).toContain(data?.id);
    expect(await volumesSnapshot(client)).toEqual(before);
    expect(client.emulator.store.pendingCount()).toBe(0);
    await client.settle();
    expect((await client.blockStorage('GET', `/volumes/${data?.id}`)).body.volume.status).toBe(
      'in-use',
    );
    expect(await client.compute('GET', `/servers/${db.id}/os-volume_attachments`)).toMatchObject({
      status: 200,
      body: attachmentsBefore.body,
    });
  });

  it('refuses a root volume and a volume still being created', async () => {
    const client = await testClient(SLOW);
    const root = (await detail(client)).find((v) =>
      v.attachments.some((a) => a.device === '/dev/vda'),
    );
    expect((await client.blockStorage('DELETE', `/volumes/${root?.id}`)).status).toBe(400);
    const created = await client.blockStorage('POST', '/volumes', { volume: { size: 10 } });
    const id = created.body.volume.id;
    expect((await client.blockStorage('DELETE', `/volumes/${id}`)).status).toBe(400);
    expect((await client.blockStorage('GET', `/volumes/${id}`)).body.volume.status).toBe(
      'creating',
    );
  });

  it('an unknown id is 404', async () => {
    const client = await testClient(SLOW);
    const before = await volumesSnapshot(client);
    const res = await client.blockStorage(
      'DELETE',
      '/volumes/00000000-0000-0000-0000-000000000000',
    );
    expect(res.status).toBe(404);
    expect(await volumesSnapshot(client)).toEqual(before);
  });
});

describe('attachments agree with the compute side', () => {
  it('a seed server’s data volume shows server_id and device, as os-volume_attachments does', async () => {
    const client = await testClient(SLOW);
    const db = (await servers(client)).find((s) => s.name === 'db-master');
    const data = (await detail(client)).find((v) => v.name === 'db-data');
    expect(data?.attachments).toHaveLength(1);
    expect(data?.attachments[0]).toMatchObject({
      server_id: db.id,
      volume_id: data?.id,
      device: '/dev/vdb',
    });
    const res = await client.compute('GET', `/servers/${db.id}/os-volume_attachments`);
    expect(res.status).toBe(200);
    expect(res.body.volumeAttachments).toContainEqual({
      id: data?.id,
      volumeId: data?.id,
      serverId: db.id,
      device: '/dev/vdb',
    });
  });

  it('every attachment is listed on both sides, and nowhere else', async () => {
    const client = await testClient(SLOW);
    const volumes = await detail(client);
    const fromVolumes = volumes
      .flatMap((v) => v.attachments.map((a) => `${a.server_id} ${v.id} ${a.device}`))
      .sort();
    const fromServers: string[] = [];
    for (const server of await servers(client)) {
      const res = await client.compute('GET', `/servers/${server.id}/os-volume_attachments`);
      const attachments = res.body.volumeAttachments as any[];
      fromServers.push(...attachments.map((a) => `${a.serverId} ${a.volumeId} ${a.device}`));
      expect(server['os-extended-volumes:volumes_attached'].map((v: any) => v.id).sort()).toEqual(
        attachments.map((a) => a.volumeId).sort(),
      );
    }
    expect(fromServers.sort()).toEqual(fromVolumes);
    expect(fromVolumes.length).toBeGreaterThanOrEqual(6);
    // in-use exactly when attached.
    for (const volume of volumes) {
      expect(volume.status === 'in-use').toBe(volume.attachments.length > 0);
    }
  });
});
