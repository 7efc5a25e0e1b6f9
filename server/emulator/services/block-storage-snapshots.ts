/**
 * Block Storage snapshots (current/block-storage-api.ko.md, 스냅숏): list, detail, show, create
 * (of an available volume, or an attached one with force: true) and delete (not while a volume is
 * being made from it).
 */
import type { Hono } from 'hono';
import { z } from 'zod';
import { SNAPSHOT_DELETABLE_STATUSES } from '../../../src/domain/snapshot';
import { SNAPSHOT_DESCRIPTION_MAX, SNAPSHOT_NAME_MAX } from '../../../src/domain/snapshot-rules';
import { type Ctx, type Deps, type EmulatorEnv, readBody } from '../context';
import { badRequest, notFound } from '../errors';
import { newUuid } from '../ids';
import { renderSnapshot } from '../render-storage';
import type { SnapshotRecord } from '../state';
import { pageOf, storageScope } from './block-storage-scope';

const snapshotBody = z.object({
  snapshot: z.object({
    volume_id: z.string({
      error: (i) => (i.input === undefined ? 'is required' : 'must be a volume id'),
    }),
    name: z.string().max(SNAPSHOT_NAME_MAX).nullable().optional(),
    description: z.string().max(SNAPSHOT_DESCRIPTION_MAX).nullable().optional(),
    force: z
      .union([z.boolean(), z.enum(['true', 'false', 'True', 'False'])])
      .transform((v) => v === true || v === 'true' || v === 'True')
      .optional(),
    metadata: z.record(z.string().max(255), z.string().max(255)).optional(),
  }),
});

export function registerSnapshots(app: Hono<EmulatorEnv>, deps: Deps) {
  const { store, config } = deps;
  const listSnapshots = (c: Ctx, detail: boolean) => {
    const { tenant, tenantId } = storageScope(c, deps);
    // Newest first, as Cinder sorts by default (created_at desc, then id).
    const snapshots = [...tenant.snapshots].sort(
      (a, b) => b.createdAt - a.createdAt || b.id.localeCompare(a.id),
    );
    const { page, next } = pageOf(c, config, snapshots);
    return c.json({
      snapshots: page.map((s) => renderSnapshot(s, tenantId, detail)),
      ...(next ? { snapshots_links: next } : {}),
    });
  };
  app.get('/snapshots', (c) => listSnapshots(c, false));
  app.get('/snapshots/detail', (c) => listSnapshots(c, true));

  const findSnapshot = (c: Ctx) => {
    const scope = storageScope(c, deps);
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
    const { tenant, tenantId, region } = storageScope(c, deps);
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
}
