/**
 * Block Storage API v2 (neighbour-apis.md) under /block-storage/{region}/v2/{tenantId}: volume
 * types, volumes (list, detail, show, create, rename, delete). Attachments are made through the
 * compute API and live on the volume records, so both sides always agree.
 */
import { Hono } from 'hono';
import { z } from 'zod';
import {
  checkVolumeSize,
  describeVolumeSizeProblem,
  VOLUME_DELETABLE_STATUSES,
  VOLUME_NAME_MAX,
  VOLUME_TYPES,
} from '../../../src/domain/volume';
import {
  authenticate,
  type Ctx,
  type Deps,
  type EmulatorEnv,
  intQuery,
  readBody,
  requestOrigin,
} from '../context';
import { badRequest, notFound } from '../errors';
import { newUuid, stableUuid } from '../ids';
import { renderVolume } from '../render';
import type { VolumeRecord } from '../state';
import { computeScope } from './compute-scope';

const createBody = z.object({
  volume: z.object({
    size: z.union([z.number(), z.string().regex(/^\d+$/, 'must be an integer').transform(Number)], {
      error: (issue) => (issue.input === undefined ? 'is required' : 'must be an integer'),
    }),
    name: z.string().max(VOLUME_NAME_MAX).nullable().optional(),
    description: z.string().max(255).nullable().optional(),
    availability_zone: z.string().max(255).nullable().optional(),
    volume_type: z.string().max(255).nullable().optional(),
    snapshot_id: z.string().max(64).nullable().optional(),
    source_volid: z.string().max(64).nullable().optional(),
    imageRef: z.string().max(64).nullable().optional(),
    metadata: z.record(z.string().max(255), z.string().max(255)).optional(),
  }),
});

const updateBody = z.object({
  volume: z.object({
    name: z.string().max(VOLUME_NAME_MAX).nullable().optional(),
    description: z.string().max(255).nullable().optional(),
  }),
});

const SORT_KEYS: Record<string, (v: VolumeRecord) => string | number> = {
  name: (v) => v.name,
  created_at: (v) => v.createdAt,
  updated_at: (v) => v.updatedAt ?? v.createdAt,
  size: (v) => v.size,
  status: (v) => v.status,
  id: (v) => v.id,
};

export function blockStorageService(deps: Deps) {
  const { store, config } = deps;
  const app = new Hono<EmulatorEnv>();
  app.use('*', authenticate(deps, { tenantInPath: true }));

  const base = (c: Ctx) => {
    const scope = computeScope(c, store);
    return {
      ...scope,
      url: `${requestOrigin(c)}/block-storage/${scope.region}/v2/${scope.tenantId}`,
    };
  };
  const volumeLinks = (url: string, id: string) => [
    { href: `${url}/volumes/${id}`, rel: 'self' },
    { href: `${url.replace('/v2/', '/')}/volumes/${id}`, rel: 'bookmark' },
  ];
  const types = (region: string) =>
    VOLUME_TYPES.map((name) => ({
      id: stableUuid('volume-type', region, name),
      name,
      description: null,
      is_public: true,
      extra_specs: {},
    }));

  app.get('/types', (c) => c.json({ volume_types: types(c.get('region')) }));
  app.get('/types/:id', (c) => {
    const type = types(c.get('region')).find((t) => t.id === c.req.param('id'));
    if (!type) throw notFound(`Volume type ${c.req.param('id').slice(0, 64)} could not be found.`);
    return c.json({ volume_type: type });
  });

  const list = (c: Ctx, detail: boolean) => {
    const { tenant, url, regionState } = base(c);
    let volumes = [...tenant.volumes];
    const name = c.req.query('name');
    if (name !== undefined) volumes = volumes.filter((v) => v.name === name);
    const status = c.req.query('status');
    if (status !== undefined) volumes = volumes.filter((v) => v.status === status);
    const sort = c.req.query('sort') ?? 'created_at:desc';
    const [key = 'created_at', dir = 'desc'] = sort.split(',')[0]?.split(':') ?? [];
    const by = SORT_KEYS[key];
    if (!by || (dir !== 'asc' && dir !== 'desc'))
      throw badRequest(`Invalid sort '${sort.slice(0, 40)}'.`);
    const direction = dir === 'asc' ? 1 : -1;
    volumes.sort((a, b) => {
      const x = by(a);
      const y = by(b);
      return (x < y ? -1 : x > y ? 1 : 0) * direction || a.id.localeCompare(b.id);
    });
    const marker = c.req.query('marker');
    if (marker !== undefined) {
      const at = volumes.findIndex((v) => v.id === marker);
      if (at < 0) throw badRequest(`marker ${marker.slice(0, 64)} not found.`);
      volumes = volumes.slice(at + 1);
    }
    const offset = intQuery(c, 'offset') ?? 0;
    const limit = intQuery(c, 'limit', { max: 1000 }) ?? 1000;
    const page = volumes.slice(offset, offset + limit);
    return c.json({
      volumes: page.map((v) =>
        detail
          ? renderVolume(v, volumeLinks(url, v.id), regionState.images)
          : { id: v.id, name: v.name, links: volumeLinks(url, v.id) },
      ),
    });
  };
  app.get('/volumes', (c) => list(c, false));
  app.get('/volumes/detail', (c) => list(c, true));

  const findVolume = (c: Ctx) => {
    const scope = base(c);
    const id = c.req.param('volumeId') ?? '';
    const volume = scope.tenant.volumes.find((v) => v.id === id);
    if (!volume) throw notFound(`Volume ${id.slice(0, 64)} could not be found.`);
    return { ...scope, volume };
  };

  app.get('/volumes/:volumeId', (c) => {
    const { volume, url, regionState } = findVolume(c);
    return c.json({
      volume: renderVolume(volume, volumeLinks(url, volume.id), regionState.images),
    });
  });

  app.post('/volumes', async (c) => {
    const { volume: req } = await readBody(c, createBody);
    const { tenant, zones, region, tenantId, userId, url, regionState } = base(c);
    const problem = checkVolumeSize(req.size);
    if (problem)
      throw badRequest(
        `Invalid input for field/attribute volume.size: ${describeVolumeSizeProblem(problem, req.size)}`,
      );
    const volumeType = req.volume_type ?? 'General HDD';
    if (!(VOLUME_TYPES as readonly string[]).includes(volumeType)) {
      throw badRequest(
        `Volume type '${volumeType.slice(0, 64)}' could not be found (choose ${VOLUME_TYPES.join(', ')}).`,
      );
    }
    if (volumeType.startsWith('Encrypted')) {
      throw badRequest(
        `Volume type '${volumeType}' needs a key from the Key Manager, which this request does not give.`,
      );
    }
    const zone = req.availability_zone ?? zones[0] ?? '';
    if (!zones.includes(zone)) {
      throw badRequest(
        `Availability zone '${zone.slice(0, 64)}' is invalid (choose ${zones.join(', ')}).`,
      );
    }
    if (req.snapshot_id) throw notFound(`Snapshot ${req.snapshot_id} could not be found.`);
    if (req.source_volid) throw notFound(`Volume ${req.source_volid} could not be found.`);
    if (req.imageRef)
      throw badRequest('Creating a volume from an image is not supported by this API.');
    const now = store.now();
    const volume: VolumeRecord = {
      id: newUuid(),
      name: req.name ?? '',
      description: req.description ?? null,
      size: req.size,
      status: 'creating',
      volumeType,
      availabilityZone: zone,
      bootable: false,
      attachments: [],
      metadata: req.metadata ?? {},
      userId,
      tenantId,
      createdAt: now,
      updatedAt: null,
      imageId: null,
    };
    tenant.volumes.push(volume);
    store.schedule(config.transitionMs, [
      { op: 'volume', region, tenantId, id: volume.id, set: { status: 'available' } },
    ]);
    return c.json(
      { volume: renderVolume(volume, volumeLinks(url, volume.id), regionState.images) },
      202,
    );
  });

  app.put('/volumes/:volumeId', async (c) => {
    const { volume: req } = await readBody(c, updateBody);
    const { volume, url, regionState } = findVolume(c);
    if (req.name !== undefined) volume.name = req.name ?? '';
    if (req.description !== undefined) volume.description = req.description;
    volume.updatedAt = store.now();
    store.touch();
    return c.json({
      volume: renderVolume(volume, volumeLinks(url, volume.id), regionState.images),
    });
  });

  app.delete('/volumes/:volumeId', (c) => {
    const { volume, region, tenantId } = findVolume(c);
    if (volume.attachments.length > 0 || !VOLUME_DELETABLE_STATUSES.includes(volume.status)) {
      throw badRequest(
        `Invalid volume: Volume status must be available or error or error_restoring or error_extending or error_managing and must not be migrating, attached, belong to a group, have snapshots or be disassociated from snapshots after volume transfer. (volume ${volume.id} is ${volume.status}${volume.attachments.length > 0 ? ', attached' : ''})`,
      );
    }
    volume.status = 'deleting';
    volume.updatedAt = store.now();
    store.schedule(config.transitionMs, [{ op: 'volume-delete', region, tenantId, id: volume.id }]);
    return c.body(null, 202);
  });

  app.get('/snapshots', (c) => c.json({ snapshots: [] }));
  app.get('/snapshots/detail', (c) => c.json({ snapshots: [] }));

  return app;
}
