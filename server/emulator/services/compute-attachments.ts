/**
 * Volume attachments as compute sees them (instance-api-v2.ko.md, 블록 스토리지 연결 관리): list,
 * show, attach at the next free device, detach. Attaching and detaching are refused outside the
 * statuses Nova allows (the domain's attachVolume / detachVolume gates) before anything changes.
 */
import type { Hono } from 'hono';
import { z } from 'zod';
import { checkAction } from '../../../src/domain/server-actions';
import { type Ctx, type Deps, type EmulatorEnv, intQuery, readBody } from '../context';
import { badRequest, conflict, notFound } from '../errors';
import { ServerIndex } from '../render';
import { gateMessage } from './compute-gate';
import type { FoundServer } from './compute-scope';

/** Nova's osapi_max_limit: no page is longer than this. */
const MAX_PAGE = 1000;

const attachBody = z.object({
  volumeAttachment: z.object({
    volumeId: z.string().max(64),
    device: z.string().max(255).nullable().optional(),
  }),
});

export function registerVolumeAttachments(
  app: Hono<EmulatorEnv>,
  { store, config }: Deps,
  findServer: (c: Ctx) => FoundServer,
) {
  app.get('/servers/:serverId/os-volume_attachments', (c) => {
    const { server, region, tenantId } = findServer(c);
    const offset = intQuery(c, 'offset') ?? 0;
    const limit = intQuery(c, 'limit', { max: MAX_PAGE }) ?? MAX_PAGE;
    const attachments = store.tenantIndex(region, tenantId).attachments(server.id);
    return c.json({ volumeAttachments: attachments.slice(offset, offset + limit) });
  });

  app.get('/servers/:serverId/os-volume_attachments/:volumeId', (c) => {
    const { server, region, tenantId } = findServer(c);
    const volumeId = c.req.param('volumeId');
    const attachment = store
      .tenantIndex(region, tenantId)
      .attachments(server.id)
      .find((a) => a.volumeId === volumeId);
    if (!attachment) {
      throw notFound(`Volume ${volumeId.slice(0, 64)} is not attached to instance ${server.id}.`);
    }
    return c.json({ volumeAttachment: attachment });
  });

  app.post('/servers/:serverId/os-volume_attachments', async (c) => {
    const body = await readBody(c, attachBody);
    const { server, tenant, region, tenantId } = findServer(c);
    const gate = checkAction('attachVolume', server);
    if (!gate.allowed) throw conflict(gateMessage('attach_volume', server, gate));
    const volumeId = body.volumeAttachment.volumeId;
    const volume = tenant.volumes.find((v) => v.id === volumeId);
    if (!volume) throw notFound(`Volume ${volumeId} could not be found.`);
    if (volume.attachments.some((a) => a.serverId === server.id)) {
      throw badRequest(
        `Invalid volume: volume ${volumeId} is already attached to instance ${server.id}.`,
      );
    }
    if (volume.status !== 'available') {
      throw badRequest(
        `Invalid volume: volume ${volumeId} status must be 'available', but current status is: '${volume.status}'.`,
      );
    }
    if (volume.availabilityZone !== server.availabilityZone) {
      throw badRequest(
        `Server and volumes are not in the same availability zone. Server is in: ${server.availabilityZone}. Volumes are in: ${volume.availabilityZone}.`,
      );
    }
    const used = new Set(new ServerIndex(tenant).attachments(server.id).map((a) => a.device));
    const letter = 'bcdefghijklmnopqrstuvwxyz'.split('').find((l) => !used.has(`/dev/vd${l}`));
    if (!letter) throw badRequest(`Instance ${server.id} has no free device name left.`);
    const device = `/dev/vd${letter}`;
    const now = store.now();
    volume.status = 'attaching';
    volume.updatedAt = now;
    volume.attachments.push({
      serverId: server.id,
      device,
      attachedAt: now,
      deleteOnTermination: false,
    });
    server.updated = now;
    store.schedule(config.transitionMs, [
      { op: 'volume', region, tenantId, id: volume.id, set: { status: 'in-use' } },
    ]);
    return c.json({
      volumeAttachment: { device, id: volume.id, serverId: server.id, volumeId: volume.id },
    });
  });

  app.delete('/servers/:serverId/os-volume_attachments/:volumeId', (c) => {
    const { server, tenant, region, tenantId } = findServer(c);
    const volumeId = c.req.param('volumeId');
    const volume = tenant.volumes.find((v) => v.id === volumeId);
    const attachment = volume?.attachments.find((a) => a.serverId === server.id);
    if (!volume || !attachment) {
      throw notFound(`Volume ${volumeId.slice(0, 64)} is not attached to instance ${server.id}.`);
    }
    const gate = checkAction('detachVolume', server);
    if (!gate.allowed) throw conflict(gateMessage('detach_volume', server, gate));
    if (attachment.device === '/dev/vda') throw badRequest('Cannot detach a root device volume.');
    if (volume.status !== 'in-use') {
      throw badRequest(
        `Invalid volume: volume ${volume.id} must be 'in-use' to detach, but current status is: '${volume.status}'.`,
      );
    }
    volume.status = 'detaching';
    volume.updatedAt = store.now();
    server.updated = store.now();
    store.schedule(config.transitionMs, [
      { op: 'volume-detach', region, tenantId, id: volume.id, serverId: server.id },
    ]);
    return c.body(null, 202);
  });
}
