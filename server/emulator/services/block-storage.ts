/**
 * Block Storage API v2 (current/block-storage-api.ko.md) under /block-storage/{region}/v2/{tenantId}:
 * volume types, volumes (list, detail, show, create — blank or from a snapshot —, rename, delete)
 * and snapshots (list, detail, show, create, delete: block-storage-snapshots.ts). Attachments are
 * made through the compute API and live on the volume records, so both sides always agree. Lists
 * page with `limit` and `marker` (default 1000) and link the next page.
 */
import { Hono } from 'hono';
import { z } from 'zod';
import { isEncryptedVolumeType } from '../../../src/domain/create-server-plan';
import { SNAPSHOT_USABLE_STATUSES } from '../../../src/domain/snapshot';
import {
  checkVolumeSize,
  describeVolumeSizeProblem,
  VOLUME_DELETABLE_STATUSES,
  VOLUME_NAME_MAX,
  VOLUME_TYPES,
} from '../../../src/domain/volume';
import { authenticate, type Ctx, type Deps, type EmulatorEnv, readBody } from '../context';
import { badRequest, notFound } from '../errors';
import { newUuid, stableUuid } from '../ids';
import { ownValue } from '../own-keys';
import { renderVolume } from '../render-storage';
import type { SnapshotRecord, VolumeRecord } from '../state';
import { pageOf, storageScope, volumeLinks } from './block-storage-scope';
import { registerSnapshots } from './block-storage-snapshots';

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
    nhn_encryption: z
      .object({ skm_appkey: z.string().min(1).max(255), skm_key_id: z.string().min(1).max(255) })
      .optional(),
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
    const { tenant, url, regionState } = storageScope(c, deps);
    let volumes = [...tenant.volumes];
    const name = c.req.query('name');
    if (name !== undefined) volumes = volumes.filter((v) => v.name === name);
    const status = c.req.query('status');
    if (status !== undefined) volumes = volumes.filter((v) => v.status === status);
    const sort = c.req.query('sort') ?? 'created_at:desc';
    const [key = 'created_at', dir = 'desc'] = sort.split(',')[0]?.split(':') ?? [];
    // 블록 스토리지 목록 보기: sort is `<key>[:<direction>]`. Own keys only, so `sort=__proto__`
    // is an invalid sort like any other, a 400 as before (issue 12).
    const by = ownValue(SORT_KEYS, key);
    if (!by || (dir !== 'asc' && dir !== 'desc'))
      throw badRequest(`Invalid sort '${sort.slice(0, 40)}'.`);
    const direction = dir === 'asc' ? 1 : -1;
    volumes.sort((a, b) => {
      const x = by(a);
      const y = by(b);
      return (x < y ? -1 : x > y ? 1 : 0) * direction || a.id.localeCompare(b.id);
    });
    const { page, next } = pageOf(c, config, volumes);
    return c.json({
      volumes: page.map((v) =>
        detail
          ? renderVolume(v, volumeLinks(url, v.id), regionState.images)
          : { id: v.id, name: v.name, links: volumeLinks(url, v.id) },
      ),
      ...(next ? { volumes_links: next } : {}),
    });
  };
  app.get('/volumes', (c) => list(c, false));
  app.get('/volumes/detail', (c) => list(c, true));

  const findVolume = (c: Ctx) => {
    const scope = storageScope(c, deps);
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
    const { tenant, zones, region, tenantId, userId, url, regionState } = storageScope(c, deps);
    const problem = checkVolumeSize(req.size);
    if (problem)
      throw badRequest(
        `Invalid input for field/attribute volume.size: ${describeVolumeSizeProblem(problem, req.size)}`,
      );
    // 블록 스토리지 생성하기: from a snapshot (snapshot_id) or blank; NHN's API takes no image.
    let snapshot: SnapshotRecord | undefined;
    let sourceVolume: VolumeRecord | undefined;
    if (req.snapshot_id) {
      snapshot = tenant.snapshots.find((s) => s.id === req.snapshot_id);
      if (!snapshot) throw notFound(`Snapshot ${req.snapshot_id.slice(0, 64)} could not be found.`);
      if (!SNAPSHOT_USABLE_STATUSES.includes(snapshot.status)) {
        throw badRequest(
          `Invalid snapshot: Originating snapshot status must be one of 'available' values (snapshot ${snapshot.id} is ${snapshot.status}).`,
        );
      }
      if (req.size < snapshot.size) {
        throw badRequest(
          `Invalid input received: Volume size '${req.size}'GB cannot be smaller than the snapshot size ${snapshot.size}GB. They must be >= original snapshot size.`,
        );
      }
      sourceVolume = tenant.volumes.find((v) => v.id === snapshot?.volumeId);
    }
    const volumeType = req.volume_type ?? sourceVolume?.volumeType ?? 'General HDD';
    if (!(VOLUME_TYPES as readonly string[]).includes(volumeType)) {
      throw badRequest(
        `Volume type '${volumeType.slice(0, 64)}' could not be found (choose ${VOLUME_TYPES.join(', ')}).`,
      );
    }
    if (isEncryptedVolumeType(volumeType) && !req.nhn_encryption) {
      throw badRequest(
        `Volume type '${volumeType}' needs nhn_encryption with skm_appkey and skm_key_id (a Secure Key Manager key).`,
      );
    }
    const zone = req.availability_zone ?? sourceVolume?.availabilityZone ?? zones[0] ?? '';
    if (!zones.includes(zone)) {
      throw badRequest(
        `Availability zone '${zone.slice(0, 64)}' is invalid (choose ${zones.join(', ')}).`,
      );
    }
    if (sourceVolume && sourceVolume.availabilityZone !== zone) {
      throw badRequest(
        `Invalid input received: Volume must be in the same availability zone as the snapshot (${sourceVolume.availabilityZone}).`,
      );
    }
    if (req.source_volid) throw notFound(`Volume ${req.source_volid} could not be found.`);
    if (req.imageRef)
      throw badRequest(
        'Creating a volume from an image is not supported by this API: create it from a snapshot (snapshot_id).',
      );
    const now = store.now();
    const volume: VolumeRecord = {
      id: newUuid(),
      name: req.name ?? '',
      description: req.description ?? null,
      size: req.size,
      status: 'creating',
      volumeType,
      availabilityZone: zone,
      bootable: sourceVolume?.bootable ?? false,
      attachments: [],
      metadata: req.metadata ?? {},
      userId,
      tenantId,
      createdAt: now,
      updatedAt: null,
      imageId: sourceVolume?.imageId ?? null,
      snapshotId: snapshot?.id ?? null,
      encryptionKeyId: req.nhn_encryption?.skm_key_id ?? null,
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
    const { volume, region, tenantId, tenant } = findVolume(c);
    // 블록 스토리지 삭제하기: not while attached, and not while it has snapshots.
    const snapshots = tenant.snapshots.filter((s) => s.volumeId === volume.id);
    if (snapshots.length > 0) {
      throw badRequest(
        `Invalid volume: Volume ${volume.id} still has ${snapshots.length} dependent snapshot(s) (${snapshots.map((s) => s.name || s.id).join(', ')}): delete them first.`,
      );
    }
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

  registerSnapshots(app, deps);

  return app;
}
