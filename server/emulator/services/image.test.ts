/**
 * Contract tests for the Image API v2 (neighbour-apis.md, "Image API v2"): the list with its
 * documented filters and paging, show, and the private images that createImage makes.
 */
import { describe, expect, it } from 'vitest';
import { DEMO, OTHER, rawRequest, shapeMismatches, type TestClient, testClient } from '../testing';

/**
 * Transitions so long that real time never completes one during a test: only the control API's
 * clock and settle move them, so a transitional status can be asserted without racing.
 */
const SLOW = { config: { transitionMs: 600_000 } };

/** The list example of neighbour-apis.md, "Image API v2" (verbatim but for the ellipses). */
const DOC_IMAGE = {
  id: '1c868787-…',
  name: 'Ubuntu Server 22.04.4 LTS (2024.05.21)',
  status: 'active',
  visibility: 'public',
  protected: true,
  container_format: 'bare',
  disk_format: 'qcow2',
  min_disk: 20,
  min_ram: 0,
  size: 1778843648,
  created_at: '2024-05-21T02:17:43Z',
  updated_at: '2024-05-21T02:17:43Z',
  self: '/v2/images/1c86…',
  file: '/v2/images/1c86…/file',
  schema: '/v2/schemas/image',
  os_type: 'linux',
  os_distro: 'Ubuntu',
  os_version: '22.04',
  os_architecture: 'amd64',
  login_username: 'ubuntu',
  hypervisor_type: 'qemu',
  description: 'Ubuntu Server 22.04.4 LTS (2024.05.21)',
};
const DOC_LIST = { images: [DOC_IMAGE], schema: '/v2/schemas/images', first: '/v2/images' };

const SECONDS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

interface Img {
  id: string;
  name: string;
  status: string;
  visibility: string;
  owner: string;
  size: number | null;
  created_at: string;
  os_type: string;
  [key: string]: unknown;
}

async function listAll(client: TestClient, query = ''): Promise<Img[]> {
  const res = await client.image('GET', `/images?limit=1000${query}`);
  expect(res.status).toBe(200);
  return res.body.images;
}

/** Runs createImage on the U2 seed server dev-sandbox and returns the new image's id. */
async function snapshotSandbox(client: TestClient, name: string): Promise<string> {
  const servers = (await client.compute('GET', '/servers')).body.servers as any[];
  const sandbox = servers.find((s) => s.name === 'dev-sandbox');
  expect(sandbox).toBeDefined();
  const res = await client.compute('POST', `/servers/${sandbox.id}/action`, {
    createImage: { name },
  });
  expect(res.status).toBe(202);
  const location = res.headers.get('Location') ?? '';
  expect(location).toMatch(/\/image\/kr1\/v2\/images\/[0-9a-f-]{36}$/);
  return location.split('/').pop() ?? '';
}

describe('GET /v2/images', () => {
  it('lists the seed images in the shape of the spec', async () => {
    const client = await testClient(SLOW);
    const res = await client.image('GET', '/images');
    expect(res.status).toBe(200);
    expect(shapeMismatches(res.body, DOC_LIST)).toEqual([]);
    const images = res.body.images as Img[];
    expect(images.length).toBeGreaterThanOrEqual(6);
    for (const image of images) {
      expect(shapeMismatches(image, DOC_IMAGE), image.name).toEqual([]);
      expect(image.created_at).toMatch(SECONDS);
      expect(image.updated_at).toMatch(SECONDS);
      expect(['linux', 'windows']).toContain(image.os_type);
      // "<OS> <version> (<YYYY.MM.DD>)", sometimes with " EN"/" KO".
      expect(image.name).toMatch(/^.+ \(\d{4}\.\d{2}\.\d{2}\)( EN| KO)?$/);
      expect(image.self).toBe(`/v2/images/${image.id}`);
    }
    const windows = images.filter((i) => i.os_type === 'windows');
    expect(windows.length).toBeGreaterThanOrEqual(1);
    expect(windows.every((i) => i.name.startsWith('Windows'))).toBe(true);
    expect(images.filter((i) => i.os_type === 'linux').length).toBeGreaterThanOrEqual(4);
  });

  it('the seed is the same in every region the tenant has, with its own ids', async () => {
    const client = await testClient(SLOW);
    const kr1 = (await client.image('GET', '/images', 'kr1')).body.images as Img[];
    const jp1 = (await client.image('GET', '/images', 'jp1')).body.images as Img[];
    expect(jp1.map((i) => i.name).sort()).toEqual(kr1.map((i) => i.name).sort());
    expect(jp1.some((i) => kr1.some((k) => k.id === i.id))).toBe(false);
  });

  it('sorts by created_at, newest first, by default', async () => {
    const client = await testClient(SLOW);
    const images = (await client.image('GET', '/images')).body.images as Img[];
    const times = images.map((i) => Date.parse(i.created_at));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(new Set(times).size).toBeGreaterThan(1);
  });

  it('sorts by sort_key and sort_dir', async () => {
    const client = await testClient(SLOW);
    const byName = (await client.image('GET', '/images?sort_key=name&sort_dir=asc')).body
      .images as Img[];
    const names = byName.map((i) => i.name);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    const byNameDesc = (await client.image('GET', '/images?sort_key=name&sort_dir=desc')).body
      .images as Img[];
    expect(byNameDesc.map((i) => i.name)).toEqual([...names].reverse());
    const bySize = (await client.image('GET', '/images?sort_key=size&sort_dir=asc')).body
      .images as Img[];
    const sizes = bySize.map((i) => i.size ?? 0);
    expect(sizes).toEqual([...sizes].sort((a, b) => a - b));
    const oldestFirst = (await client.image('GET', '/images?sort_dir=asc')).body.images as Img[];
    const times = oldestFirst.map((i) => Date.parse(i.created_at));
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it('pages with limit and marker, following next to the end', async () => {
    const client = await testClient(SLOW);
    const all = await listAll(client);
    expect(all.length).toBeGreaterThan(4);
    const seen: string[] = [];
    let path: string | undefined = '/images?limit=2';
    let pages = 0;
    while (path) {
      const res = await client.image('GET', path);
      expect(res.status).toBe(200);
      const page = res.body.images as Img[];
      expect(page.length).toBeLessThanOrEqual(2);
      expect(page.length).toBeGreaterThan(0);
      seen.push(...page.map((i) => i.id));
      pages++;
      const next = res.body.next as string | undefined;
      if (next) {
        expect(next).toMatch(/^\/v2\/images\?/);
        expect(new URLSearchParams(next.split('?')[1]).get('marker')).toBe(page.at(-1)?.id);
      }
      path = next?.replace(/^\/v2/, '');
      expect(pages).toBeLessThan(20);
    }
    expect(seen).toEqual(all.map((i) => i.id));
    expect(pages).toBe(Math.ceil(all.length / 2));
  });

  it('answers 100 images without a limit, and at most 1000 (current guide: 기본값 100, 최대 1000)', async () => {
    // Short transitions: a hundred settled snapshots move the clock by minutes, not past the token.
    const client = await testClient();
    for (let i = 0; i < 100; i++) {
      await snapshotSandbox(client, `golden-${String(i).padStart(3, '0')}`);
      await client.settle();
    }
    const all = await listAll(client);
    expect(all.length).toBe(107);
    const first = await client.image('GET', '/images');
    expect(first.body.images).toHaveLength(100);
    expect(first.body.next).toContain(`marker=${first.body.images[99].id}`);
    const rest = await client.image('GET', first.body.next.replace('/v2', ''));
    expect(rest.body.images).toHaveLength(7);
    expect(rest.body.next).toBeUndefined();
    // A bigger limit is cut to 1000, which holds them all.
    expect((await client.image('GET', '/images?limit=5000')).body.images).toHaveLength(107);
  });

  it('gives no next link when the page holds the rest', async () => {
    const client = await testClient(SLOW);
    const all = await listAll(client);
    const res = await client.image('GET', `/images?limit=${all.length}`);
    expect(res.body.images).toHaveLength(all.length);
    expect(res.body.next).toBeUndefined();
    const last = all.at(-2)?.id;
    const tail = await client.image('GET', `/images?marker=${last}`);
    expect(tail.body.images.map((i: Img) => i.id)).toEqual([all.at(-1)?.id]);
    expect(tail.body.next).toBeUndefined();
  });

  it('limit=0 returns no images and no next link that could not be followed', async () => {
    const client = await testClient(SLOW);
    const res = await client.image('GET', '/images?limit=0');
    expect(res.status).toBe(200);
    expect(res.body.images).toEqual([]);
    expect(res.body.next).toBeUndefined();
  });

  it('keeps the other filters in the next link', async () => {
    const client = await testClient(SLOW);
    const first = await client.image('GET', '/images?limit=1&sort_key=name&sort_dir=asc');
    const next = new URLSearchParams((first.body.next as string).split('?')[1]);
    expect(next.get('sort_key')).toBe('name');
    expect(next.get('sort_dir')).toBe('asc');
    expect(next.get('limit')).toBe('1');
  });

  it('filters by name (exact)', async () => {
    const client = await testClient(SLOW);
    const name = 'Rocky Linux 9.4 (2024.06.18)';
    const res = await client.image('GET', `/images?name=${encodeURIComponent(name)}`);
    expect(res.body.images.map((i: Img) => i.name)).toEqual([name]);
    const partial = await client.image('GET', '/images?name=Rocky');
    expect(partial.body.images).toEqual([]);
  });

  it('filters by visibility, owner and status', async () => {
    const client = await testClient(SLOW);
    const publicOnes = await listAll(client);
    expect(publicOnes.every((i) => i.visibility === 'public')).toBe(true);
    expect(await listAll(client, '&visibility=private')).toEqual([]);

    const id = await snapshotSandbox(client, 'sandbox-snap');
    const withQueued = await listAll(client);
    expect(withQueued.map((i) => i.id)).toContain(id);
    expect((await listAll(client, '&visibility=private')).map((i) => i.id)).toEqual([id]);
    expect((await listAll(client, '&visibility=public')).map((i) => i.id)).toEqual(
      publicOnes.map((i) => i.id),
    );
    expect(await listAll(client, '&visibility=shared')).toEqual([]);
    expect((await listAll(client, `&owner=${DEMO.tenantId}`)).map((i) => i.id)).toEqual([id]);
    const publicOwner = publicOnes[0]?.owner ?? '';
    expect((await listAll(client, `&owner=${publicOwner}`)).map((i) => i.id)).toEqual(
      publicOnes.map((i) => i.id),
    );
    expect((await listAll(client, '&status=queued')).map((i) => i.id)).toEqual([id]);
    expect((await listAll(client, '&status=active')).map((i) => i.id)).toEqual(
      publicOnes.map((i) => i.id),
    );
    await client.settle();
    expect(await listAll(client, '&status=queued')).toEqual([]);
    expect((await listAll(client, '&status=active')).map((i) => i.id)).toContain(id);
  });

  it('filters by size_min and size_max (bytes, inclusive)', async () => {
    const client = await testClient(SLOW);
    const all = await listAll(client);
    const sizes = all.map((i) => i.size ?? 0).sort((a, b) => a - b);
    const middle = sizes[Math.floor(sizes.length / 2)] ?? 0;
    const big = await listAll(client, `&size_min=${middle}`);
    expect(big.map((i) => i.id).sort()).toEqual(
      all
        .filter((i) => (i.size ?? 0) >= middle)
        .map((i) => i.id)
        .sort(),
    );
    expect(big.length).toBeLessThan(all.length);
    const small = await listAll(client, `&size_max=${middle}`);
    expect(small.map((i) => i.id).sort()).toEqual(
      all
        .filter((i) => (i.size ?? 0) <= middle)
        .map((i) => i.id)
        .sort(),
    );
    expect(small.length).toBeLessThan(all.length);
    const exact = await listAll(client, `&size_min=${middle}&size_max=${middle}`);
    expect(exact.every((i) => i.size === middle)).toBe(true);
    expect(exact.length).toBeGreaterThan(0);
  });

  it('accepts member_status (no image is shared with the tenant)', async () => {
    const client = await testClient(SLOW);
    const all = await listAll(client);
    for (const status of ['accepted', 'pending', 'rejected', 'all']) {
      const res = await client.image('GET', `/images?member_status=${status}`);
      expect(res.status).toBe(200);
    }
    expect(await listAll(client, '&visibility=shared&member_status=accepted')).toEqual([]);
    expect((await listAll(client, '&member_status=all')).length).toBe(all.length);
  });

  it.each([
    ['limit=-1'],
    ['limit=abc'],
    ['limit=1.5'],
    ['marker=00000000-0000-0000-0000-000000000000'],
    ['marker=not-an-image'],
    ['visibility=everyone'],
    ['status=running'],
    ['sort_key=colour'],
    ['sort_dir=sideways'],
    ['size_min=big'],
    ['size_min=-1'],
    ['size_max=1e9'],
    ['member_status=maybe'],
  ])('refuses %s with 400 in Glance’s shape', async (query) => {
    const client = await testClient(SLOW);
    const res = await client.image('GET', `/images?${query}`);
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: 400, title: 'Bad Request' });
    expect(res.body.message).toEqual(expect.any(String));
  });

  it('needs a token and answers unknown regions with 404', async () => {
    const client = await testClient(SLOW);
    expect((await rawRequest(client.emulator, 'GET', '/image/kr1/v2/images')).status).toBe(401);
    expect((await client.image('GET', '/images', 'kr9')).status).toBe(404);
  });
});

describe('GET /v2/images/{id}', () => {
  it('returns the image object itself, not wrapped', async () => {
    const client = await testClient(SLOW);
    const [first] = await listAll(client);
    const res = await client.image('GET', `/images/${first?.id}`);
    expect(res.status).toBe(200);
    expect(res.body.image).toBeUndefined();
    expect(res.body).toEqual(first);
    expect(shapeMismatches(res.body, DOC_IMAGE)).toEqual([]);
  });

  it('answers an unknown or malformed id with 404', async () => {
    const client = await testClient(SLOW);
    for (const id of ['00000000-0000-0000-0000-000000000000', 'not-a-uuid', 'x'.repeat(300)]) {
      const res = await client.image('GET', `/images/${id}`);
      expect(res.status).toBe(404);
      expect(res.body).toMatchObject({ code: 404, title: 'Not Found' });
      expect(res.body.message).toEqual(expect.any(String));
    }
  });

  it('serves a version document without a token', async () => {
    const client = await testClient(SLOW);
    const res = await rawRequest(client.emulator, 'GET', '/image/kr1/versions');
    expect(res.status).toBe(200);
    expect(res.body.versions.some((v: { status: string }) => v.status === 'CURRENT')).toBe(true);
  });
});

describe('images made by createImage', () => {
  it('are private to the tenant and go queued → saving → active', async () => {
    const client = await testClient(SLOW);
    const transitionMs = client.emulator.config.transitionMs;
    const id = await snapshotSandbox(client, 'sandbox-2024');
    const clock = (advanceMs: number) =>
      rawRequest(client.emulator, 'POST', '/_emulator/clock', { advanceMs });

    const queued = await client.image('GET', `/images/${id}`);
    expect(queued.status).toBe(200);
    expect(queued.body).toMatchObject({
      id,
      name: 'sandbox-2024',
      status: 'queued',
      visibility: 'private',
      owner: DEMO.tenantId,
      protected: false,
    });
    // It inherits what the console needs to create servers from it.
    expect(queued.body.os_type).toBe('linux');
    expect(shapeMismatches(queued.body, { ...DOC_IMAGE, size: null })).toEqual([]);

    await clock(transitionMs);
    expect((await client.image('GET', `/images/${id}`)).body.status).toBe('saving');
    await clock(transitionMs);
    const active = await client.image('GET', `/images/${id}`);
    expect(active.body.status).toBe('active');
    expect(active.body.size).toBeGreaterThan(0);
    expect(Date.parse(active.body.updated_at)).toBeGreaterThan(Date.parse(queued.body.updated_at));

    // The other tenant sees neither it nor its name.
    const other = await testClient({ emulator: client.emulator, user: OTHER });
    expect((await other.image('GET', `/images/${id}`)).status).toBe(404);
    const names = (await listAll(other)).map((i) => i.name);
    expect(names).not.toContain('sandbox-2024');
  });

  it('settle completes the whole flow at once', async () => {
    const client = await testClient(SLOW);
    const id = await snapshotSandbox(client, 'settled');
    await client.settle();
    expect((await client.image('GET', `/images/${id}`)).body.status).toBe('active');
  });

  it('are kept per region', async () => {
    const client = await testClient(SLOW);
    const id = await snapshotSandbox(client, 'kr1-only');
    await client.settle();
    expect((await client.image('GET', `/images/${id}`, 'kr2')).status).toBe(404);
    expect((await listAll(client)).map((i) => i.id)).toContain(id);
  });
});
