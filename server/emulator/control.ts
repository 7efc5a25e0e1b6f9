/**
 * The control API under /_emulator/ (tests and demos only; the proxy never forwards to it):
 * reset to the seed, inject and clear faults, complete pending transitions or step the clock,
 * and expire tokens.
 *
 * Only the emulator's own clients may use it (issue 12). A page on another site can make a
 * browser send a "simple" cross-site request (POST with text/plain, or no body at all) without
 * a preflight, so: a request whose Origin is present and is not the emulator's own is refused
 * (403); a body must be declared application/json (415), which no simple request can be; and a
 * body is at most 64 KB (413). Test fixtures (Playwright's APIRequestContext, fetch from Node)
 * send JSON or no body, and no Origin.
 */
import { type Context, Hono, type Next } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { z } from 'zod';
import { statusInfo } from '../../src/domain/server-status';
import { type Deps, parseBody, readBody, requestOrigin } from './context';
import { conflict, EmulatorError, errorBody, forbidden, notFound } from './errors';
import { type Faults, faultSchema, MAX_FAULTS } from './faults';
import { NOVA_STATES } from './lifecycle';
import { MAX_EXTRA_SERVERS } from './seed';
import { REGION_IDS } from './state';

const resetBody = z.object({
  extraServers: z.number().int().min(0).max(MAX_EXTRA_SERVERS).optional(),
});

/** The largest body the control API reads (its bodies are a few fields). */
export const MAX_CONTROL_BODY_BYTES = 64 * 1024;

/** `Content-Type: application/json`, with or without parameters (`; charset=utf-8`). */
function isJson(contentType: string): boolean {
  return contentType.split(';')[0]?.trim().toLowerCase() === 'application/json';
}

/** Whether an Origin header names the same host as the emulator's own origin. */
function sameHost(originHeader: string, own: string): boolean {
  try {
    return new URL(originHeader).host === new URL(own).host;
  } catch {
    // `null` (sandboxed frames, file: pages) and anything else that is not a URL.
    return false;
  }
}

const unsupportedMediaType = (message: string) => new EmulatorError(415, message);

const statusBody = z.object({
  status: z
    .string()
    .max(64)
    .refine((status) => Object.hasOwn(NOVA_STATES, status), {
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

  // Before any handler, so a refused request changes nothing.
  app.use('*', async (c, next) => {
    const origin = c.req.header('Origin');
    // The own origin is the request's only for a loopback or configured Host (requestOrigin):
    // a DNS rebinding page, whose Origin and Host agree on its own name, is refused too.
    if (origin !== undefined && !sameHost(origin, requestOrigin(c, config))) {
      throw forbidden(
        `The control API answers only the emulator's own origin, not ${origin.slice(0, 200)}.`,
      );
    }
    const type = c.req.header('Content-Type');
    if (type !== undefined && !isJson(type)) {
      throw unsupportedMediaType(
        `The control API takes JSON bodies only (Content-Type: application/json), not ${type.slice(0, 100)}.`,
      );
    }
    await next();
  });
  const limitBody = bodyLimit({
    maxSize: MAX_CONTROL_BODY_BYTES,
    onError: (c) =>
      c.json(
        errorBody(
          'control',
          413,
          `Request body is larger than ${MAX_CONTROL_BODY_BYTES} bytes (the control API's limit).`,
        ),
        413,
      ),
  });
  // A body without a Content-Type (a Blob without a type, say) is not JSON either. Reading it
  // here, under the limit, keeps it for the handler (Hono caches the text).
  const bodyNeedsJson = async (c: Context, next: Next) => {
    if (c.req.header('Content-Type') === undefined && (await c.req.text()) !== '') {
      throw unsupportedMediaType(
        'The control API takes JSON bodies only: send Content-Type: application/json.',
      );
    }
    await next();
  };
  app.use('*', (c, next) =>
    c.req.method === 'GET' || c.req.method === 'HEAD'
      ? next()
      : limitBody(c, () => bodyNeedsJson(c, next)),
  );

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
    if (faults.list().length >= MAX_FAULTS) {
      throw conflict(
        `There are ${MAX_FAULTS} faults already; remove some (DELETE /_emulator/faults) first.`,
      );
    }
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
