/**
 * Compute (Instance API v2): every endpoint of instance-api-v2.ko.md under
 * /compute/{region}/v2/{tenantId}. Creating servers and the server actions are in their own
 * modules beside this one.
 */
import { Hono } from 'hono';
import { z } from 'zod';
import { checkKeypairName, describeKeypairNameProblem } from '../../../src/domain/keypair';
import { checkAction } from '../../../src/domain/server-actions';
import type { EmulatorConfig } from '../config';
import {
  authenticate,
  type Ctx,
  type Deps,
  type EmulatorEnv,
  intQuery,
  readBody,
  requestOrigin,
} from '../context';
import { badRequest, conflict, notFound } from '../errors';
import {
  renderFlavor,
  renderFlavorSummary,
  renderKeypair,
  renderServer,
  ServerIndex,
} from '../render';
import { generateKeypair, parsePublicKey } from '../ssh-keys';
import { gateMessage, registerServerActions } from './compute-actions';
import { createServers } from './compute-create';
import { jsonBytes, registerServerLists } from './compute-list';
import { registerServerMetadata } from './compute-metadata';
import { computeScope } from './compute-scope';
import { registerServerGroups } from './compute-server-groups';

/** Nova's osapi_max_limit: no page is longer than this. */
const MAX_PAGE = 1000;

function computeVersions(origin: string, region: string) {
  const v2 = {
    id: 'v2.0',
    status: 'SUPPORTED',
    version: '',
    min_version: '',
    updated: '2011-01-21T11:33:21Z',
    links: [{ rel: 'self', href: `${origin}/compute/${region}/v2/` }],
  };
  return v2;
}

/** Version documents (no token needed), as stock OpenStack clients discover them. */
export function computeVersionService(config: EmulatorConfig) {
  const app = new Hono();
  app.get('/:region{[a-z0-9]+}', (c) =>
    c.json({ versions: [computeVersions(requestOrigin(c, config), c.req.param('region'))] }),
  );
  app.get('/:region{[a-z0-9]+}/', (c) =>
    c.json({ versions: [computeVersions(requestOrigin(c, config), c.req.param('region'))] }),
  );
  app.get('/:region{[a-z0-9]+}/v2', (c) =>
    c.json({ version: computeVersions(requestOrigin(c, config), c.req.param('region')) }),
  );
  app.get('/:region{[a-z0-9]+}/v2/', (c) =>
    c.json({ version: computeVersions(requestOrigin(c, config), c.req.param('region')) }),
  );
  return app;
}

const keypairBody = z.object({
  keypair: z.object({
    name: z.string(),
    public_key: z.string().max(16384).optional(),
    type: z.enum(['ssh', 'x509']).optional(),
  }),
});

const renameBody = z.object({
  server: z.object({
    name: z.string().optional(),
  }),
});

const attachBody = z.object({
  volumeAttachment: z.object({
    volumeId: z.string().max(64),
    device: z.string().max(255).nullable().optional(),
  }),
});

export function computeService(deps: Deps) {
  const { store, config } = deps;
  const app = new Hono<EmulatorEnv>();
  app.use('*', authenticate(deps, { tenantInPath: true }));

  // ── 인스턴스 타입 ──────────────────────────────────────────────────────────────
  const flavorQuery = (c: Ctx) => {
    const minRam = intQuery(c, 'minRam');
    const minDisk = intQuery(c, 'minDisk');
    const scope = computeScope(c, store);
    // Nova keeps flavors with ram ≥ minRam and disk ≥ minDisk.
    return scope.regionState.flavors
      .filter((f) => !f.disabled)
      .filter((f) => minRam === undefined || f.ramMb >= minRam)
      .filter((f) => minDisk === undefined || f.diskGb >= minDisk)
      .sort((a, b) => a.name.localeCompare(b.name));
  };
  app.get('/flavors', (c) => {
    const base = computeScope(c, store).base;
    return c.json({ flavors: flavorQuery(c).map((f) => renderFlavorSummary(base, f)) });
  });
  app.get('/flavors/detail', (c) => {
    const base = computeScope(c, store).base;
    return c.json({ flavors: flavorQuery(c).map((f) => renderFlavor(base, f)) });
  });
  app.get('/flavors/:flavorId', (c) => {
    const scope = computeScope(c, store);
    const flavor = scope.regionState.flavors.find((f) => f.id === c.req.param('flavorId'));
    if (!flavor) throw notFound(`Flavor ${c.req.param('flavorId')} could not be found.`);
    return c.json({ flavor: renderFlavor(scope.base, flavor) });
  });
  app.get('/flavors/:flavorId/os-extra_specs', (c) => {
    const scope = computeScope(c, store);
    const flavor = scope.regionState.flavors.find((f) => f.id === c.req.param('flavorId'));
    if (!flavor) throw notFound(`Flavor ${c.req.param('flavorId')} could not be found.`);
    return c.json({ extra_specs: { flavor_type: flavor.flavorType } });
  });

  // ── 가용성 영역 ───────────────────────────────────────────────────────────────
  app.get('/os-availability-zone', (c) => {
    const { zones } = computeScope(c, store);
    return c.json({
      availabilityZoneInfo: zones.map((zoneName) => ({
        zoneState: { available: true },
        hosts: null,
        zoneName,
      })),
    });
  });

  // ── 키페어 ────────────────────────────────────────────────────────────────────
  app.get('/os-keypairs', (c) => {
    const { tenant } = computeScope(c, store);
    return c.json({
      keypairs: tenant.keypairs.map((k) => ({
        keypair: {
          public_key: k.publicKey,
          name: k.name,
          fingerprint: k.fingerprint,
          type: k.type,
        },
      })),
    });
  });
  app.get('/os-keypairs/:name', (c) => {
    const { tenant, userId } = computeScope(c, store);
    const keypair = tenant.keypairs.find((k) => k.name === c.req.param('name'));
    if (!keypair) throw notFound(`Keypair ${c.req.param('name')} not found for user ${userId}`);
    return c.json({ keypair: renderKeypair(keypair) });
  });
  app.post('/os-keypairs', async (c) => {
    const { keypair: request } = await readBody(c, keypairBody);
    const { tenant, userId } = computeScope(c, store);
    const problem = checkKeypairName(request.name);
    if (problem) throw badRequest(describeKeypairNameProblem(problem));
    if (request.type === 'x509') throw badRequest('Only ssh key pairs are supported.');
    // A taken name is refused before any key is made (issue 12): generating an RSA pair is the
    // slow part of this request, and a 409 must not cost it.
    const taken = () => tenant.keypairs.some((k) => k.name === request.name);
    if (taken()) throw conflict(`Key pair '${request.name}' already exists.`);
    let publicKey: string;
    let fingerprint: string;
    let privateKey: string | undefined;
    let keyType = 'ssh';
    if (request.public_key !== undefined) {
      try {
        const parsed = parsePublicKey(request.public_key);
        publicKey = parsed.openssh;
        fingerprint = parsed.fingerprint;
      } catch (error) {
        throw badRequest(`Keypair data is invalid: ${(error as Error).message}.`);
      }
    } else {
      const generated = await generateKeypair();
      publicKey = generated.publicKey;
      fingerprint = generated.fingerprint;
      privateKey = generated.privateKey;
      keyType = 'ssh';
    }
    // And again after it: two requests racing for a name while keys were made cannot both win.
    if (taken()) throw conflict(`Key pair '${request.name}' already exists.`);
    const record = {
      id: store.state.nextKeypairId++,
      name: request.name,
      publicKey,
      fingerprint,
      type: keyType,
      userId,
      createdAt: store.now(),
    };
    tenant.keypairs.push(record);
    store.touch();
    return c.json({
      keypair: {
        fingerprint,
        name: record.name,
        public_key: publicKey,
        user_id: userId,
        type: keyType,
        ...(privateKey ? { private_key: privateKey } : {}),
      },
    });
  });
  app.delete('/os-keypairs/:name', (c) => {
    const { tenant, userId } = computeScope(c, store);
    const name = c.req.param('name');
    if (!tenant.keypairs.some((k) => k.name === name)) {
      throw notFound(`Keypair ${name} not found for user ${userId}`);
    }
    tenant.keypairs = tenant.keypairs.filter((k) => k.name !== name);
    store.touch();
    return c.body(null, 202);
  });

  // ── 인스턴스 ──────────────────────────────────────────────────────────────────
  registerServerLists(app, deps);
  app.post('/servers', (c) => createServers(c, deps));

  const findServer = (c: Ctx) => {
    const scope = computeScope(c, store);
    const id = c.req.param('serverId') ?? '';
    const server = scope.tenant.servers.find((s) => s.id === id);
    if (!server) throw notFound(`Instance ${id.slice(0, 64)} could not be found.`);
    return { ...scope, server };
  };

  app.get('/servers/:serverId', (c) => {
    const { server, base, region, tenantId } = findServer(c);
    const json = store.tenantIndex(region, tenantId).detailJson(base, server);
    return jsonBytes(c, Buffer.concat([Buffer.from('{"server":'), json, Buffer.from('}')]));
  });

  app.put('/servers/:serverId', async (c) => {
    const body = await readBody(c, renameBody);
    const { server, base, region, tenantId } = findServer(c);
    const name = body.server.name;
    if (name !== undefined) {
      if (name.trim() === '')
        throw badRequest('Invalid input for field/attribute server.name: must not be blank.');
      if (name.length > 255) {
        throw badRequest(
          'Invalid input for field/attribute server.name: longer than 255 characters.',
        );
      }
      server.name = name;
      server.updated = store.now();
      store.touch();
    }
    return c.json({
      server: renderServer(base, server, store.tenantIndex(region, tenantId)),
    });
  });

  app.delete('/servers/:serverId', (c) => {
    const { server, region, tenantId } = findServer(c);
    // Deletion protection (current guide: NHN-EXT-ATTR:protect) refuses before anything changes.
    const gate = checkAction('delete', { ...server, protected: server.protect });
    if (!gate.allowed) throw conflict(gateMessage('delete', server, gate));
    if (server.taskState === 'deleting') return c.body(null, 204);
    store.cancelServerSteps(server.id);
    server.taskState = 'deleting';
    server.updated = store.now();
    store.schedule(config.transitionMs, [{ op: 'server-delete', region, tenantId, id: server.id }]);
    return c.body(null, 204);
  });

  // ── 블록 스토리지 연결 관리 ────────────────────────────────────────────────────
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

  registerServerActions(app, deps, findServer);
  registerServerMetadata(app, deps, findServer);
  registerServerGroups(app, deps);

  app.get('/', (c) =>
    c.json({ version: computeVersions(requestOrigin(c, config), c.get('region')) }),
  );

  return app;
}
