/**
 * Compute (Instance API v2): every endpoint of instance-api-v2.ko.md under
 * /compute/{region}/v2/{tenantId}. Key pairs, creating servers, the server lists, actions,
 * metadata, volume attachments and placement policies are in their own modules beside this one.
 */
import { Hono } from 'hono';
import { z } from 'zod';
import { checkInstanceName } from '../../../src/domain/instance-name';
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
import { renderFlavor, renderFlavorSummary, renderServer } from '../render';
import { registerServerActions } from './compute-actions';
import { registerVolumeAttachments } from './compute-attachments';
import { createServers } from './compute-create';
import { gateMessage } from './compute-gate';
import { registerKeypairs } from './compute-keypairs';
import { jsonBytes, registerServerLists } from './compute-list';
import { registerServerMetadata } from './compute-metadata';
import { computeScope } from './compute-scope';
import { registerServerGroups } from './compute-server-groups';

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

const renameBody = z.object({
  server: z.object({
    name: z.string().optional(),
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

  // ── 키페어 ──
  registerKeypairs(app, deps);

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
      const problem = checkInstanceName(name);
      if (problem) {
        const why =
          problem.code === 'name.required'
            ? 'must not be blank'
            : `longer than ${problem.max} characters`;
        throw badRequest(`Invalid input for field/attribute server.name: ${why}.`);
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

  registerVolumeAttachments(app, deps, findServer);
  registerServerActions(app, deps, findServer);
  registerServerMetadata(app, deps, findServer);
  registerServerGroups(app, deps);

  app.get('/', (c) =>
    c.json({ version: computeVersions(requestOrigin(c, config), c.get('region')) }),
  );

  return app;
}
