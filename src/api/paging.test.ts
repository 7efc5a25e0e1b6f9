/**
 * Lists never stop silently at one page: Block Storage lists (volumes, snapshots) follow
 * `limit` + `marker` while a page links the next one or comes back full, and the image list
 * follows Glance's `next` (current/README.md: "Lists never stop silently at one page").
 */
import { afterEach, describe, expect, it } from 'vitest';
import { listSnapshotsDetail, listVolumesDetail } from './block-storage';
import { configureApi } from './client';
import { listAllImages } from './image';

const scope = { region: 'kr1', tenantId: 't1' };
const json = (body: unknown) =>
  new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } });

/** A fake Block Storage list of `total` items that pages like Cinder (marker = last id seen). */
function cinderList(key: 'volumes' | 'snapshots', total: number, links: boolean) {
  const items = Array.from({ length: total }, (_, i) => ({ id: `${key}-${i}`, name: `n${i}` }));
  const asked: URLSearchParams[] = [];
  const fetchImpl = async (input: RequestInfo | URL) => {
    const url = new URL(String(input), 'http://console');
    asked.push(url.searchParams);
    const limit = Number(url.searchParams.get('limit') ?? 1000);
    const marker = url.searchParams.get('marker');
    const start = marker ? items.findIndex((item) => item.id === marker) + 1 : 0;
    const page = items.slice(start, start + limit);
    const more = start + limit < items.length;
    return json({
      [key]: page,
      ...(links && more
        ? { [`${key}_links`]: [{ rel: 'next', href: `${url.pathname}?marker=${page.at(-1)?.id}` }] }
        : {}),
    });
  };
  return { items, asked, fetchImpl: fetchImpl as typeof fetch };
}

afterEach(() => configureApi({ fetchImpl: undefined }));

describe('Block Storage lists', () => {
  it.each([
    ['volumes, with next links', 'volumes', true],
    ['volumes, without links (a full page means more)', 'volumes', false],
    ['snapshots, with next links', 'snapshots', true],
    ['snapshots, without links', 'snapshots', false],
  ] as const)('walk every page of %s', async (_label, key, links) => {
    const fake = cinderList(key, 7, links);
    configureApi({ fetchImpl: fake.fetchImpl });
    const list = key === 'volumes' ? listVolumesDetail : listSnapshotsDetail;
    const all = await list(scope, undefined, 3);
    expect(all.map((item) => item.id)).toEqual(fake.items.map((item) => item.id));
    expect(fake.asked.map((q) => q.get('marker'))).toEqual([null, `${key}-2`, `${key}-5`]);
    expect(fake.asked.every((q) => q.get('limit') === '3')).toBe(true);
  });

  it('asks once when everything fits in the first page', async () => {
    const fake = cinderList('volumes', 5, true);
    configureApi({ fetchImpl: fake.fetchImpl });
    expect(await listVolumesDetail(scope)).toHaveLength(5);
    expect(fake.asked).toHaveLength(1);
    expect(fake.asked[0]?.get('limit')).toBe('1000');
  });

  it('stops on an exactly full last page without links (an empty page ends it)', async () => {
    const fake = cinderList('snapshots', 6, false);
    configureApi({ fetchImpl: fake.fetchImpl });
    expect(await listSnapshotsDetail(scope, undefined, 3)).toHaveLength(6);
    expect(fake.asked.map((q) => q.get('marker'))).toEqual([null, 'snapshots-2', 'snapshots-5']);
  });
});

describe('the image list', () => {
  it("follows Glance's next link until there is none", async () => {
    const images = Array.from({ length: 5 }, (_, i) => ({ id: `img-${i}`, name: `Image ${i}` }));
    const asked: URLSearchParams[] = [];
    configureApi({
      fetchImpl: (async (input: RequestInfo | URL) => {
        const url = new URL(String(input), 'http://console');
        asked.push(url.searchParams);
        const limit = Number(url.searchParams.get('limit'));
        const marker = url.searchParams.get('marker');
        const start = marker ? images.findIndex((i) => i.id === marker) + 1 : 0;
        const page = images.slice(start, start + limit);
        const next =
          start + limit < images.length
            ? `/v2/images?limit=${limit}&sort_key=name&sort_dir=asc&marker=${page.at(-1)?.id}`
            : undefined;
        return json({ images: page, schema: '/v2/schemas/images', first: '/v2/images', next });
      }) as typeof fetch,
    });
    const all = await listAllImages(scope, undefined, 2);
    expect(all.map((i) => i.id)).toEqual(images.map((i) => i.id));
    expect(asked.map((q) => q.get('marker'))).toEqual([null, 'img-1', 'img-3']);
    expect(asked.every((q) => q.get('sort_key') === 'name' && q.get('limit') === '2')).toBe(true);
  });
});
