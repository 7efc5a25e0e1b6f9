/**
 * Block Storage API v2 (current/block-storage-api.ko.md) under /block-storage/{region}/v2/{tenantId}:
 * volume types, volumes (list, detail, show, create — blank or from a snapshot —, rename, delete)
 * and snapshots (list, detail, show, create, delete). Attachments are made through the compute
 * API and live on the volume records, so both sides always agree. Lists page with `limit` and
 * `marker` (default 1000) and link the next page.
 */
import { Hono } from 'hono';
import { z } from 'zod';
import { isEncryptedVolumeType } from '../../../src/domain/create-server-rules';
import {
  SNAPSHOT_DELETABLE_STATUSES,
  SNAPSHOT_USABLE_STATUSES,
} from '../../../src/domain/snapshot';
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
  requestUrl,
} from '../context';
import { badRequest, notFound } from '../errors';
import { newUuid, stableUuid } from '../ids';
import { ownValue } from '../own-keys';
import { renderSnapshot, renderVolume } from '../render';
import type { SnapshotRecord, VolumeRecord } from '../state';
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
    nhn_encryption: z
      .object({ skm_appkey: z.string().min(1).max(255), skm_key_id: z.string().min(1).max(255) })
      .optional(),
  }),
});

const snapshotBody = z.object({
  snapshot: z.object({
    volume_id: z.string({
      error: (i) => (i.input === undefined ? 'is required' : 'must be a volume id'),
    }),
    name: z.string().max(255).nullable().optional(),
    description: z.string().max(255).nullable().optional(),
    force: z
      .union([z.boolean(), z.enum(['true', 'false', 'True', 'False'])])
      .transform((v) => v === true || v === 'true' || v === 'True')
      .optional(),
    metadata: z.record(z.string().max(255), z.string().max(255)).optional(),
  }),
});

const updateBody = z.object({
  volume: z.object({
    name: z.string().max(VOLUME_NAME_MAX).nullable().optional(),
    description: z.string().max(255).nullable().optional(),
  }),
});

/** Cinder's default and largest page (블록 스토리지 목록 보기: limit, 기본값 1000). */
const PAGE_MAX = 1000;

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
      url: `${requestOrigin(c, config)}/block-storage/${scope.region}/v2/${scope.tenantId}`,
    };
  };
  const volumeLinks = (url: string, id: string) => [
    { href: `${url}/volumes/${id}`, rel: 'self' },
    { href: `${url.replace('/v2/', '/')}/volumes/${id}`, rel: 'bookmark' },
  ];
  /**
   * One page of a list (블록 스토리지 목록 보기: limit, default 1000; offset; marker — the page
   * starts after it) and, when more follow, the link to the next page as Cinder gives it.
   */
  const pageOf = <T extends { id: string }>(c: Ctx, items: T[]) => {
    let rest = items;
    const marker = c.req.query('marker');
    if (marker !== undefined) {
      const at = rest.findIndex((item) => item.id === marker);
      if (at < 0) throw badRequest(`marker ${marker.slice(0, 64)} not found.`);
      rest = rest.slice(at + 1);
    }
    const offset = intQuery(c, 'offset') ?? 0;
    const limit = intQuery(c, 'limit', { max: PAGE_MAX }) ?? PAGE_MAX;
    rest = rest.slice(offset);
    const page = rest.slice(0, limit);
    const last = page.at(-1);
    if (!last || rest.length <= limit) return { page, next: null };
    const url = new URL(requestUrl(c, config));
    url.searchParams.delete('offset');
    url.searchParams.set('marker', last.id);
    url.searchParams.set('limit', String(limit));
    return { page, next: [{ href: url.toString(), rel: 'next' }] };
  };

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
    const { page, next } = pageOf(c, volumes);
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

  // ── 스냅숏 ──
  const listSnapshots = (c: Ctx, detail: boolean) => {
    const { tenant, tenantId } = base(c);
    // Newest first, as Cinder sorts by default (created_at desc, then id).
    const snapshots = [...tenant.snapshots].sort(
      (a, b) => b.createdAt - a.createdAt || b.id.localeCompare(a.id),
    );
    const { page, next } = pageOf(c, snapshots);
    return c.json({
      snapshots: page.map((s) => renderSnapshot(s, tenantId, detail)),
      ...(next ? { snapshots_links: next } : {}),
    });
  };
  app.get('/snapshots', (c) => listSnapshots(c, false));
  app.get('/snapshots/detail', (c) => listSnapshots(c, true));

  const findSnapshot = (c: Ctx) => {
    const scope = base(c);
    const id = c.req.param('snapshotId') ?? '';
    const snapshot = scope.tenant.snapshots.find((s) => s.id === id);
    if (!snapshot) throw notFound(`Snapshot ${id.slice(0, 64)} could not be found.`);
    return { ...scope, snapshot };
  };

  app.get('/snapshots/:snapshotId', (c) => {
    const { snapshot, tenantId } = findSnapshot(c);
    return c.json({ snapshot: renderSnapshot(snapshot, tenantId) });
  });

  // 스냅숏 생성하기: of an available volume, or of an attached one with force: true.
  app.post('/snapshots', async (c) => {
    const { snapshot: req } = await readBody(c, snapshotBody);
    const { tenant, tenantId, region } = base(c);
    const volume = tenant.volumes.find((v) => v.id === req.volume_id);
    if (!volume) throw notFound(`Volume ${req.volume_id.slice(0, 64)} could not be found.`);
    const usable =
      volume.status === 'available' || (req.force === true && volume.status === 'in-use');
    if (!usable) {
      throw badRequest(
        `Invalid volume: Volume ${volume.id} status must be available${volume.status === 'in-use' ? ' (or in-use with force: true)' : ''}, but current status is: ${volume.status}.`,
      );
    }
    const snapshot: SnapshotRecord = {
      id: newUuid(),
      name: req.name ?? '',
      description: req.description ?? null,
      volumeId: volume.id,
      size: volume.size,
      status: 'creating',
      metadata: req.metadata ?? {},
      createdAt: store.now(),
    };
    tenant.snapshots.push(snapshot);
    store.schedule(config.transitionMs, [
      { op: 'snapshot', region, tenantId, id: snapshot.id, set: { status: 'available' } },
    ]);
    return c.json({ snapshot: renderSnapshot(snapshot, tenantId, false) }, 202);
  });

  // 스냅숏 삭제하기: not while a volume is being made from it or it is already going.
  app.delete('/snapshots/:snapshotId', (c) => {
    const { snapshot, tenant, region, tenantId } = findSnapshot(c);
    if (!SNAPSHOT_DELETABLE_STATUSES.includes(snapshot.status)) {
      throw badRequest(
        `Invalid snapshot: Snapshot status must be available or error, but current status is: ${snapshot.status}.`,
      );
    }
    const making = tenant.volumes.find(
      (v) => v.snapshotId === snapshot.id && v.status === 'creating',
    );
    if (making) {
      throw badRequest(
        `Invalid snapshot: volume ${making.id} is being created from snapshot ${snapshot.id}.`,
      );
    }
    snapshot.status = 'deleting';
    store.schedule(config.transitionMs, [
      { op: 'snapshot-delete', region, tenantId, id: snapshot.id },
    ]);
    return c.body(null, 202);
  });

  return app;
}
