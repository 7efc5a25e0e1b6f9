/**
 * The control API under /_emulator/ (tests and demos only; the proxy never forwards to it):
 * reset to the seed, inject and clear faults, complete pending transitions or step the clock,
 * and expire tokens.
 */
import { Hono } from 'hono';
import { z } from 'zod';
import { statusInfo } from '../../src/domain/server-status';
import { type Deps, parseBody, readBody } from './context';
import { notFound } from './errors';
import { type Faults, faultSchema } from './faults';
import { NOVA_STATES } from './lifecycle';
import { MAX_EXTRA_SERVERS } from './seed';
import { REGION_IDS } from './state';

const resetBody = z.object({
  extraServers: z.number().int().min(0).max(MAX_EXTRA_SERVERS).optional(),
});

const statusBody = z.object({
  status: z.string().refine((status) => Object.hasOwn(NOVA_STATES, status), {
    message: `must be one of ${Object.keys(NOVA_STATES).join(', ')}`,
  }),
});

const clockBody = z.object({
  advanceMs: z
    .number()
    .int()
    .min(0)
    .max(366 * 24 * 3600 * 1000),
});

export function controlService({ store, config }: Deps, faults: Faults) {
  const app = new Hono();

  app.get('/health', (c) => c.json({ ok: true }));

  // An empty body resets to the seed of NHN_EMULATOR_SERVERS; {"extraServers": N} to the seed
  // with N load servers instead (a browser test at scale, on the worker's own emulator).
  app.post('/reset', async (c) => {
    const text = await c.req.text();
    const { extraServers } = text.trim() === '' ? {} : parseBody(text, resetBody);
    store.reset(extraServers);
    faults.clear();
    return c.json({ reset: true, extraServers: extraServers ?? config.extraServers });
  });

  app.get('/faults', (c) => c.json({ faults: faults.list() }));
  app.post('/faults', async (c) => {
    const spec = await readBody(c, faultSchema);
    return c.json({ fault: faults.add(spec) }, 201);
  });
  app.delete('/faults', (c) => {
    faults.clear();
    return c.body(null, 204);
  });
  app.delete('/faults/:id', (c) => {
    if (!faults.remove(Number(c.req.param('id')))) throw notFound(`No fault ${c.req.param('id')}.`);
    return c.body(null, 204);
  });

  app.get('/clock', (c) =>
    c.json({
      now: new Date(store.now()).toISOString(),
      offsetMs: store.clock.offset,
      pending: store.pendingCount(),
    }),
  );
  app.post('/clock', async (c) => {
    const { advanceMs } = await readBody(c, clockBody);
    const applied = store.advance(advanceMs);
    return c.json({
      now: new Date(store.now()).toISOString(),
      applied,
      pending: store.pendingCount(),
    });
  });
  app.post('/settle', (c) => {
    const applied = store.settle();
    store.touch();
    return c.json({ applied, now: new Date(store.now()).toISOString() });
  });

  /**
   * Puts a server into any status of the table (live migration, a password reset, rescue mode:
   * things an operator's own actions never cause), for tests and demos. A passing status returns
   * to where the server was (or ACTIVE) one transition later.
   */
  app.post('/servers/:id/status', async (c) => {
    const { status } = await readBody(c, statusBody);
    const id = c.req.param('id');
    for (const region of REGION_IDS) {
      for (const [tenantId, tenant] of Object.entries(store.region(region).tenants)) {
        const server = tenant.servers.find((s) => s.id === id);
        if (!server) continue;
        const before = statusInfo(server.status).transitional ? 'ACTIVE' : server.status;
        store.cancelServerSteps(server.id);
        Object.assign(server, { status, ...NOVA_STATES[status], updated: store.now() });
        if (statusInfo(status).transitional) {
          store.schedule(config.transitionMs, [
            {
              op: 'server',
              region,
              tenantId,
              id,
              set: { status: before, ...NOVA_STATES[before] },
            },
          ]);
        }
        store.touch();
        return c.json({ id, status, returnsTo: statusInfo(status).transitional ? before : null });
      }
    }
    throw notFound(`No server ${id.slice(0, 64)}.`);
  });

  app.post('/tokens/expire', (c) => {
    const now = store.now();
    let expired = 0;
    for (const token of Object.values(store.state.tokens)) {
      if (token.expiresAt > now) {
        token.expiresAt = now;
        expired++;
      }
    }
    store.touch();
    return c.json({ expired });
  });

  return app;
}
