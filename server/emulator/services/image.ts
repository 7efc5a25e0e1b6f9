/**
 * Image API v2 (neighbour-apis.md): list with the documented filters and paging, and show.
 * Images made by createImage are the tenant's private ones.
 */
import { Hono } from 'hono';
import { isImageStatus } from '../../../src/domain/image-status';
import { authenticate, type Deps, type EmulatorEnv, intQuery, requestOrigin } from '../context';
import { badRequest, notFound } from '../errors';
import { ownValue } from '../own-keys';
import { renderImage } from '../render-storage';
import type { ImageRecord } from '../state';

const VISIBILITIES = ['public', 'private', 'shared', 'community', 'all'];
const MEMBER_STATUSES = ['accepted', 'pending', 'rejected', 'all'];
const SORT_KEYS: Record<string, (i: ImageRecord) => string | number> = {
  created_at: (i) => i.createdAt,
  updated_at: (i) => i.updatedAt,
  name: (i) => i.name,
  size: (i) => i.sizeBytes ?? 0,
  status: (i) => i.status,
  id: (i) => i.id,
  min_disk: (i) => i.minDiskGb,
  min_ram: (i) => i.minRamMb,
};

function versionsDoc(origin: string, region: string) {
  return {
    versions: ['2.9', '2.8', '2.7', '2.6', '2.5', '2.4', '2.3', '2.2', '2.1', '2.0'].map(
      (v, i) => ({
        id: `v${v}`,
        status: i === 0 ? 'CURRENT' : 'SUPPORTED',
        links: [{ rel: 'self', href: `${origin}/image/${region}/v2/` }],
      }),
    ),
  };
}

export function imageService(deps: Deps) {
  const { store } = deps;
  const app = new Hono<EmulatorEnv>();

  app.get('/:region', (c) =>
    c.json(versionsDoc(requestOrigin(c, deps.config), c.req.param('region')), 300),
  );
  app.get('/:region/', (c) =>
    c.json(versionsDoc(requestOrigin(c, deps.config), c.req.param('region')), 300),
  );
  app.get('/:region/versions', (c) =>
    c.json(versionsDoc(requestOrigin(c, deps.config), c.req.param('region'))),
  );

  app.use('/:region/v2/*', authenticate(deps, { tenantInPath: false }));

  app.get('/:region/v2/images', (c) => {
    const tenantId = c.get('auth').user.tenantId;
    const region = c.get('region');
    const visibility = c.req.query('visibility');
    if (visibility !== undefined && !VISIBILITIES.includes(visibility)) {
      throw badRequest(`Invalid visibility value: ${visibility.slice(0, 40)}`);
    }
    const status = c.req.query('status');
    if (status !== undefined && !isImageStatus(status)) {
      throw badRequest(`Invalid status value: ${status.slice(0, 40)}`);
    }
    const memberStatus = c.req.query('member_status');
    if (memberStatus !== undefined && !MEMBER_STATUSES.includes(memberStatus)) {
      throw badRequest(`Invalid member_status value: ${memberStatus.slice(0, 40)}`);
    }
    const sortKey = c.req.query('sort_key') ?? 'created_at';
    // 이미지 목록 조회: sort_key names an image attribute. Own keys only, so `sort_key=constructor`
    // is an unsupported key like any other, a 400 as before (issue 12).
    const sortBy = ownValue(SORT_KEYS, sortKey);
    if (!sortBy) throw badRequest(`Unsupported sort_key: ${sortKey.slice(0, 40)}`);
    const sortDir = c.req.query('sort_dir') ?? 'desc';
    if (sortDir !== 'asc' && sortDir !== 'desc')
      throw badRequest(`Invalid sort direction: ${sortDir.slice(0, 40)}`);
    const sizeMin = intQuery(c, 'size_min');
    const sizeMax = intQuery(c, 'size_max');
    const limit = intQuery(c, 'limit', { max: 1000 }) ?? 100;

    let images = store
      .region(region)
      .images.filter((i) => i.visibility === 'public' || i.owner === tenantId)
      .filter((i) => (visibility && visibility !== 'all' ? i.visibility === visibility : true))
      .filter((i) => (status ? i.status === status : true));
    const name = c.req.query('name');
    if (name !== undefined) images = images.filter((i) => i.name === name);
    const owner = c.req.query('owner');
    if (owner !== undefined) images = images.filter((i) => i.owner === owner);
    const id = c.req.query('id');
    if (id !== undefined) {
      const ids = id.startsWith('in:') ? id.slice(3).split(',') : [id];
      images = images.filter((i) => ids.includes(i.id));
    }
    if (sizeMin !== undefined) images = images.filter((i) => (i.sizeBytes ?? 0) >= sizeMin);
    if (sizeMax !== undefined) images = images.filter((i) => (i.sizeBytes ?? 0) <= sizeMax);
    const direction = sortDir === 'asc' ? 1 : -1;
    images.sort((a, b) => {
      const x = sortBy(a);
      const y = sortBy(b);
      return (x < y ? -1 : x > y ? 1 : 0) * direction || a.id.localeCompare(b.id) * direction;
    });
    const marker = c.req.query('marker');
    if (marker !== undefined) {
      const at = images.findIndex((i) => i.id === marker);
      if (at < 0)
        throw badRequest(`Invalid marker. Image ${marker.slice(0, 64)} could not be found.`);
      images = images.slice(at + 1);
    }
    const page = images.slice(0, limit);
    const body: Record<string, unknown> = {
      images: page.map(renderImage),
      schema: '/v2/schemas/images',
      first: '/v2/images',
    };
    // An empty page (limit=0) has no last id to continue from: Glance gives no next link then.
    if (page.length > 0 && images.length > limit) {
      const next = new URLSearchParams(c.req.query());
      next.set('marker', page[page.length - 1]?.id ?? '');
      body.next = `/v2/images?${next.toString()}`;
    }
    return c.json(body);
  });

  app.get('/:region/v2/images/:imageId', (c) => {
    const tenantId = c.get('auth').user.tenantId;
    const id = c.req.param('imageId');
    const image = store
      .region(c.get('region'))
      .images.find((i) => i.id === id && (i.visibility === 'public' || i.owner === tenantId));
    if (!image) throw notFound(`No image found with ID ${id.slice(0, 64)}`);
    return c.json(renderImage(image));
  });

  app.get('/:region/v2/schemas/image', (c) =>
    c.json({ name: 'image', properties: {}, additionalProperties: { type: 'string' } }),
  );

  return app;
}
