/**
 * `npm run serve`: the production server. Serves the built console from dist/ (or DIST_DIR),
 * answers /api/ with the same handler as the dev server (server/proxy/api.ts: the upstream table,
 * the session cookie that keeps the NHN token, the cross-site checks), and sets security
 * headers. The session's key comes from NHN_CONSOLE_SESSION_SECRET (server/proxy/session.ts).
 * With the default NHN_BACKEND=emulator it starts the emulator too (a demo install with no
 * account).
 *
 * Delivery (issue 10, "a light first load"): the build writes brotli and gzip copies of its text
 * files (server/precompress.ts); this server sends the best one the browser accepts
 * (server/static-files.ts), hashed /assets/* as immutable for a year (a new build has new names)
 * and everything else — the app shell above all — as no-cache, so a new build is picked up on
 * the next visit. Only paths without a file extension (the console's routes) get the shell: a
 * file that is not in the build (an older build's chunk, /favicon.ico) is a 404, never HTML in
 * place of a script (issue 12).
 *
 * Environment:
 *   PORT           the port (8080)
 *   HOST           the address to listen on (127.0.0.1)
 *   DIST_DIR       the build to serve (dist)
 *   ALLOWED_HOSTS  the names this server answers to, comma-separated `host[:port]` (a name
 *                  without a port matches any port; IPv6 in brackets), e.g.
 *                  `console.example.com,localhost`: any request whose Host is another gets 421
 *                  (against DNS rebinding: a page of another site whose name was pointed at this
 *                  server's address). Unset: only loopback names (localhost, 127.0.0.1, [::1]) are
 *                  answered while HOST is a loopback address; with HOST on another address every
 *                  name is, and the server warns at start that ALLOWED_HOSTS should be set
 *                  (server/host-policy.ts).
 *   NHN_BACKEND, NHN_EMULATOR_PORT, NHN_CONSOLE_SESSION_SECRET: see server/proxy/.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { type ServerType, serve } from '@hono/node-server';
import { type Context, Hono } from 'hono';
import { configFromEnv } from './emulator/config';
import { describeEmulator, startEmulator } from './emulator/main';
import { type HostPolicy, hostGuard, hostPolicyFromEnv, LOOPBACK_ONLY } from './host-policy';
import type { Encoding } from './precompress';
import { type ApiHandler, createApiHandler } from './proxy/api';
import { chooseEncoding } from './proxy/compress';
import { CONTENT_SECURITY_POLICY, DOCUMENT_HEADERS, hstsFor } from './proxy/security-headers';
import { SESSION_SECRET_ENV, type SessionKey, sessionKeyFromEnv } from './proxy/session';
import {
  backendFromEnv,
  emulatorUrlFromEnv,
  type Upstream,
  upstreamTable,
} from './proxy/upstreams';
import { type Manifest, shellsWithPreloads } from './route-preloads';
import { fileSize, fileUnder, holdsAlready, IMMUTABLE, REVALIDATE, sendFile } from './static-files';

/** The same choice for built files and the API's answers (one rule, one place). */
export { chooseEncoding };

/**
 * The headers that protect a document (and the API's answers): a policy for what the page may
 * load and run, framing, referrer, isolation (server/proxy/security-headers.ts, shared with the
 * dev server), and HSTS when the request came over HTTPS. A hashed script or style is not a
 * document, so these say nothing there; they cost ~900 bytes on each script and style a page
 * loads, more than some of the files (issue 10: JS+CSS on the wire to a live list ≤ 200 KB).
 */
function setDocumentHeaders(c: Context) {
  const headers = c.res.headers;
  for (const [name, value] of Object.entries(DOCUMENT_HEADERS)) headers.set(name, value);
  headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  const hsts = hstsFor(c.req.url);
  if (hsts) headers.set('Strict-Transport-Security', hsts);
}

/**
 * What a hashed asset keeps: nosniff (a script or style is run only as the type it is sent as)
 * and Cross-Origin-Resource-Policy, the one isolation header that applies to subresources (no
 * other site may load them). Type, caching, encoding and validators come with the file.
 */
const ASSET_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Resource-Policy': 'same-origin',
} as const;

const isAsset = (c: Context) => new URL(c.req.url).pathname.startsWith('/assets/');

/**
 * Whether the path's last segment names a file (has a dot: `/x.js`, `/favicon.ico`, `/.env`).
 * The console's routes never do (regions, ids, key pair names: src/app/router.tsx,
 * src/domain/keypair.ts), so such a path that is not in the build is a 404, not the shell.
 */
const namesAFile = (urlPath: string) => (urlPath.split('/').at(-1) ?? '').includes('.');

/**
 * A file that is not there: 404, plain text, never kept by a cache (the next deploy may bring
 * it). A page of an older build asking for its chunks gets this, not the shell in place of a
 * script; Vite's preload error then reloads it (src/app/stale-build.ts).
 */
const notFound = (c: Context) =>
  c.text('Not found', 404, { 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' });

/** The build's manifest (`build.manifest`), for the shells' preloads; null without one. */
function readManifest(root: string): Manifest | null {
  try {
    return JSON.parse(readFileSync(join(root, '.vite', 'manifest.json'), 'utf8')) as Manifest;
  } catch {
    return null;
  }
}

/**
 * The shells with preloads of the build in `root`, made again when its index.html changes (a new
 * build written under a running server names new chunks); null without a build.
 */
function currentShells(root: string) {
  let built: { mtimeMs: number; shells: ReturnType<typeof shellsWithPreloads> } | null = null;
  return async () => {
    const index = join(root, 'index.html');
    const stats = await fileSize(index);
    if (!stats) return null;
    if (built?.mtimeMs !== stats.mtimeMs) {
      const html = await readFile(index, 'utf8');
      built = { mtimeMs: stats.mtimeMs, shells: shellsWithPreloads(html, readManifest(root)) };
    }
    return built.shells;
  };
}

const compressors: Record<Encoding, (body: Buffer) => Buffer> = {
  br: (body) => brotliCompressSync(body),
  gzip: (body) => gzipSync(body),
};

/** A shell with its page's preloads (route-preloads.ts): small, compressed once per encoding. */
function shellSender() {
  const encoded = new Map<string, Buffer>();
  return (c: Context, shell: string) => {
    const encoding = chooseEncoding(c.req.header('Accept-Encoding'), ['br', 'gzip']);
    const key = `${encoding ?? 'identity'} ${shell}`;
    let body = encoded.get(key);
    if (!body) {
      // Builds written under a running server each bring new shells: keep the latest few.
      if (encoded.size >= 32) encoded.clear();
      body = encoding ? compressors[encoding](Buffer.from(shell)) : Buffer.from(shell);
      encoded.set(key, body);
    }
    const etag = `W/"${encoding ?? 'identity'}-${createHash('sha256').update(shell).digest('base64url').slice(0, 16)}"`;
    c.header('Content-Type', 'text/html; charset=utf-8');
    c.header('Cache-Control', REVALIDATE);
    c.header('ETag', etag);
    // The preloads follow the page and the language asked for; the bytes, the encoding.
    c.header('Vary', 'Accept-Encoding, Accept-Language');
    if (encoding) c.header('Content-Encoding', encoding);
    if (holdsAlready(c, etag)) return c.body(null, 304);
    c.header('Content-Length', String(body.length));
    return c.body(new Uint8Array(body), 200);
  };
}

/**
 * `api` answers /api/: by default one made for this app with the key from the environment
 * (throws when NHN_CONSOLE_SESSION_SECRET is set but too short). `hosts`: the Host names
 * answered (hostPolicyFromEnv), loopback names only by default.
 */
export function createServerApp(
  table: readonly Upstream[],
  distDir = 'dist',
  api: ApiHandler = createApiHandler({ table, key: sessionKeyFromEnv() }),
  { hosts = LOOPBACK_ONLY }: { hosts?: HostPolicy } = {},
) {
  const root = resolve(distDir);
  const shells = currentShells(root);
  const sendShell = shellSender();
  const misdirected = hostGuard(hosts);
  const app = new Hono();
  app.use('*', async (c, next) => {
    // Before anything else, the API included: another site's name gets nothing of consequence.
    const refused = misdirected(c);
    if (refused) return refused;
    await next();
    if (!isAsset(c)) {
      setDocumentHeaders(c);
      return;
    }
    for (const [name, value] of Object.entries(ASSET_HEADERS)) c.res.headers.set(name, value);
  });
  app.all('/api/*', (c) => api(c.req.raw));
  app.all('/api', (c) => api(c.req.raw));
  // GET (and HEAD, which Hono answers from the GET route without the body).
  app.get('*', async (c) => {
    const urlPath = new URL(c.req.url).pathname;
    const hashed = isAsset(c);
    const file = fileUnder(root, urlPath);
    const found = file && (await sendFile(c, file, hashed ? IMMUTABLE : REVALIDATE));
    if (found) return found;
    // A missing hashed file is a page of an older build asking for its chunks, and any other
    // name of a file is not a route: a 404, never the shell in place of a script or an image.
    if (hashed || namesAFile(urlPath)) return notFound(c);
    // Client-side routes: every other GET gets the app shell, naming what its page loads first.
    const shell = (await shells())?.shellFor(urlPath, c.req.header('Accept-Language')) ?? null;
    if (shell) return sendShell(c, shell);
    return (await sendFile(c, join(root, 'index.html'), REVALIDATE)) ?? notFound(c);
  });
  return app;
}

/**
 * Idle keep-alive connections stay open 2 minutes instead of Node's 5 s. Clients such as
 * Playwright's request contexts reuse them, and a request sent just as the server closes an idle
 * one fails with ECONNRESET ("socket hang up"): seen in the browser tests on a loaded machine.
 */
function keepIdleConnections(server: ServerType) {
  if ('keepAliveTimeout' in server) server.keepAliveTimeout = 120_000;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const distDir = process.env.DIST_DIR || 'dist';
  if (!existsSync(join(distDir, 'index.html'))) {
    console.error(`${distDir}/ has no build: run \`npm run build\` first.`);
    process.exit(1);
  }
  const backend = backendFromEnv();
  // Before anything starts: a set but too-short secret is a mistake to stop on, not to run with.
  let sessionKey: SessionKey;
  try {
    sessionKey = sessionKeyFromEnv();
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
  if (!process.env[SESSION_SECRET_ENV]) {
    console.log(
      `${SESSION_SECRET_ENV} is not set: sessions use a random key and end when this server restarts.`,
    );
  }
  if (backend === 'emulator') {
    // The console answers only once its emulator does (browser tests reset it as soon as the
    // console is up), and does not run at all without it.
    const { server, url } = startEmulator(configFromEnv());
    keepIdleConnections(server);
    await new Promise<void>((ready) => {
      server.once('listening', ready);
      server.once('error', (error) => {
        console.error(`the emulator could not start: ${error.message}`);
        process.exit(1);
      });
    });
    console.log(describeEmulator(url));
  }
  const port = Number(process.env.PORT || 8080);
  const table = upstreamTable(backend, emulatorUrlFromEnv());
  const hosts = hostPolicyFromEnv();
  console.log(hosts.notice);
  if (hosts.warning) console.warn(`Warning: ${hosts.warning}`);
  const app = createServerApp(table, distDir, createApiHandler({ table, key: sessionKey }), {
    hosts: hosts.policy,
  });
  const server = serve(
    { fetch: app.fetch, port, hostname: process.env.HOST || '127.0.0.1' },
    (info) =>
      console.log(`NHN Cloud Console on http://${info.address}:${info.port} (backend: ${backend})`),
  );
  keepIdleConnections(server);
}
