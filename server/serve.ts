/**
 * `npm run serve`: the production server. Serves the built console from dist/, forwards /api/ to
 * the upstreams through the same table as the dev server, and sets security headers. With the
 * default NHN_BACKEND=emulator it starts the emulator too (a demo install with no account).
 */
import { existsSync } from 'node:fs';
import { serve } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { configFromEnv } from './emulator/config';
import { describeEmulator, startEmulator } from './emulator/main';
import { forward } from './proxy/forward';
import {
  backendFromEnv,
  emulatorUrlFromEnv,
  type Upstream,
  upstreamTable,
} from './proxy/upstreams';

export function createServerApp(table: readonly Upstream[], distDir = 'dist') {
  const app = new Hono();
  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
      },
      referrerPolicy: 'no-referrer',
    }),
  );
  app.all('/api/*', (c) => forward(table, c.req.raw));
  app.all('/api', (c) => forward(table, c.req.raw));
  app.use('/assets/*', serveStatic({ root: distDir }));
  app.use('*', serveStatic({ root: distDir }));
  // Client-side routes: every other GET gets the app shell.
  app.get('*', serveStatic({ root: distDir, path: 'index.html' }));
  return app;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (!existsSync('dist/index.html')) {
    console.error('dist/ has no build: run `npm run build` first.');
    process.exit(1);
  }
  const backend = backendFromEnv();
  if (backend === 'emulator') {
    const { server, url } = startEmulator(configFromEnv());
    server.once('listening', () => console.log(describeEmulator(url)));
  }
  const port = Number(process.env.PORT || 8080);
  const app = createServerApp(upstreamTable(backend, emulatorUrlFromEnv()));
  serve({ fetch: app.fetch, port, hostname: process.env.HOST || '127.0.0.1' }, (info) =>
    console.log(`NHN Cloud Console on http://${info.address}:${info.port} (backend: ${backend})`),
  );
}
