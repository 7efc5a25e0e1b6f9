/**
 * The NHN Cloud emulator as one Hono app: every service on one port, in NHN's path layout
 * (/identity, /compute/{region}/v2/{tenantId}, /image/{region}, /network/{region},
 * /block-storage/{region}/v2/{tenantId}) plus the control API under /_emulator.
 */
import type { IncomingMessage } from 'node:http';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { DEFAULT_CONFIG, type EmulatorConfig } from './config';
import { controlService } from './control';
import { EmulatorError, errorBody, serviceOfPath } from './errors';
import { Faults } from './faults';
import { newUuid } from './ids';
import { requestLogLine } from './log';
import { blockStorageService } from './services/block-storage';
import { computeService, computeVersionService } from './services/compute';
import { identityService, identityVersions } from './services/identity';
import { imageService } from './services/image';
import { networkService } from './services/network';
import { Store } from './store';

export interface Emulator {
  app: Hono;
  store: Store;
  faults: Faults;
  config: EmulatorConfig;
  /**
   * Writes what the state file (NHN_EMULATOR_STATE) does not have yet: changes are written in
   * batches (issue 12), so whoever stops using an emulator closes it. It still answers after.
   */
  close(): void;
}

const MAX_BODY_BYTES = 1024 * 1024;

export function createEmulator(overrides: Partial<EmulatorConfig> = {}): Emulator {
  const config: EmulatorConfig = { ...DEFAULT_CONFIG, ...overrides };
  const store = new Store(config);
  const faults = new Faults();
  const deps = { store, config };
  const app = new Hono();

  app.onError((error, c) => {
    const service = serviceOfPath(c.req.path);
    if (error instanceof EmulatorError) {
      return c.json(
        errorBody(service, error.status, error.message, error.neutronType),
        error.status as ContentfulStatusCode,
      );
    }
    // The client went away while its body was on its way (a proxy that cut an upload short):
    // an incomplete request, not the emulator's fault, and nothing was done with it.
    if (c.req.raw.signal.aborted || (error as Error).message === 'aborted') {
      return c.json(errorBody(service, 400, 'The request body did not arrive whole.'), 400);
    }
    console.error('emulator: unexpected error', error);
    return c.json(errorBody(service, 500, `Unexpected error: ${(error as Error).message}`), 500);
  });
  app.notFound((c) => {
    const service = serviceOfPath(c.req.path);
    return c.json(
      errorBody(
        service,
        404,
        `The resource could not be found: ${c.req.method} ${c.req.path.slice(0, 200)}`,
      ),
      404,
    );
  });

  app.use('*', async (c, next) => {
    const started = Date.now();
    // A UUID from node's batched generator: cheaper per request than formatting random bytes.
    c.header('X-Openstack-Request-Id', `req-${newUuid()}`);
    // Transitions whose time has come are applied before anything reads the state.
    store.applyDue();
    // A request that may change the state drops the indexes as it runs and when it ends
    // (issue 10: they cannot drift, whichever records the handler touched).
    if (c.req.method === 'GET' || c.req.method === 'HEAD') await next();
    else {
      await store.write(next);
      // A body the handler refused without reading (403 for another tenant's path, …) is read
      // to its end before the answer goes: the Node adapter otherwise destroys the connection
      // half a second later, and a client that pooled it (the console's proxy) lost its next
      // request on it (npm run fuzz: 502s after a refused 300 KB PUT).
      if (!c.req.raw.bodyUsed) await c.req.raw.arrayBuffer().catch(() => undefined);
    }
    // Tells the console it talks to the emulator (the login page then offers the demo account).
    c.res.headers.set('X-NHN-Emulator', '1');
    // A server's Date is its own clock: the emulator's, which tests and demos move on. Clients
    // that ask `changes-since` from the last answer's Date then ask in the emulator's time.
    c.res.headers.set('Date', new Date(store.now()).toUTCString());
    // Marks the state for the next batched write (issue 12); writes nothing on this request.
    store.persist();
    if (config.log)
      console.log(requestLogLine(c.req.method, c.req.path, c.res.status, Date.now() - started));
  });

  const limitBody = bodyLimit({
    maxSize: MAX_BODY_BYTES,
    onError: (c) => {
      const service = serviceOfPath(c.req.path);
      return c.json(
        errorBody(service, 413, `Request body is larger than ${MAX_BODY_BYTES} bytes.`),
        413,
      );
    },
  });
  // A GET or HEAD has no body to limit (the Node adapter never reads one), and asking for it
  // builds a whole fetch Request (headers, AbortSignal) on every read (issue 10: a tenth of a
  // servers/detail request's time).
  app.use('*', (c, next) =>
    c.req.method === 'GET' || c.req.method === 'HEAD' ? next() : limitBody(c, next),
  );

  // After the body limit (the control API takes bodies too), before the faults (which must
  // never block the API that clears them).
  app.route('/_emulator', controlService(deps, faults));

  app.use('*', async (c, next) => {
    const fault = faults.match(c.req.method, c.req.path);
    if (fault) {
      if (fault.latencyMs) await new Promise((resolve) => setTimeout(resolve, fault.latencyMs));
      if (fault.drop) {
        // Under @hono/node-server the raw socket is there to close; elsewhere (app.request in
        // tests) there is no connection to drop, and the nearest thing is a bare 502.
        const socket = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming?.socket;
        if (!socket) return c.body(null, 502);
        socket.destroy();
        return c.body(null, 502);
      }
      if (fault.status !== undefined) {
        const service = serviceOfPath(c.req.path);
        const message =
          fault.message ?? `Injected fault: ${fault.status} for ${c.req.method} ${c.req.path}`;
        if (fault.retryAfterS !== undefined) c.header('Retry-After', String(fault.retryAfterS));
        if (fault.gateway) {
          return c.json(
            { header: { isSuccessful: false, resultCode: fault.status, resultMessage: message } },
            200,
          );
        }
        return c.json(
          errorBody(service, fault.status, message),
          fault.status as ContentfulStatusCode,
        );
      }
    }
    await next();
  });

  app.get('/', (c) =>
    c.json({
      name: 'NHN Cloud emulator',
      services: [
        '/identity/v2.0',
        '/compute/{region}/v2/{tenantId}',
        '/image/{region}/v2',
        '/network/{region}/v2.0',
        '/block-storage/{region}/v2/{tenantId}',
      ],
      control: '/_emulator',
    }),
  );
  app.route('/identity', identityService(deps));
  // A sub-app's '/' only matches '/identity'; clients that discover the version from the
  // catalog's root URL ask for '/identity/' (Keystone answers both).
  app.get('/identity/', identityVersions(config));
  app.route('/compute/:region/v2/:tenantId', computeService(deps));
  app.route('/compute', computeVersionService(config));
  app.route('/image', imageService(deps));
  app.route('/network', networkService(deps));
  app.route('/block-storage/:region/v2/:tenantId', blockStorageService(deps));

  return { app, store, faults, config, close: () => store.flush() };
}
