import { spawn } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { serve } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO } from './emulator/testing';
import { type HostPolicy, hostAllowed, hostPolicyFromEnv, isLoopbackAddress } from './host-policy';
import { precompressDir } from './precompress';
import { createApiHandler } from './proxy/api';
import { MAX_BODY_BYTES } from './proxy/forward';
import { PROXY_ERROR_HEADER } from './proxy/proxy-error';
import { randomSessionKey } from './proxy/session';
import { type StandIn, startEmulatorUpstream, startStandIn } from './proxy/stand-in';
import { upstreamTable } from './proxy/upstreams';
import { chooseEncoding, createServerApp } from './serve';

let standIn: StandIn;
let dist: string;

// A built file worth compressing, as Vite names it (its hash in the name), and the shell.
const CHUNK = '/assets/index-BAJV8ha_.js';
const chunkSource = Array.from(
  { length: 400 },
  (_, i) => `export const row${i} = { id: "server-${i}", name: "web-${i % 37}" };`,
).join('\n');
const shell = `<!doctype html><html lang="en"><head><title>console</title><script type="module" src="${CHUNK}"></script></head><body><div id="root"></div>${'<!-- padding -->'.repeat(20)}</body></html>`;
const CHROME = 'gzip, deflate, br, zstd';

beforeAll(async () => {
  standIn = await startStandIn();
  dist = join(mkdtempSync(join(tmpdir(), 'console-dist-')), 'dist');
  mkdirSync(dist);
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, 'index.html'), shell);
  writeFileSync(join(dist, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(dist, CHUNK), chunkSource);
  writeFileSync(join(dist, 'assets', 'logo-Ab12Cd34.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  writeFileSync(join(dist, '.secret'), 'not to be served');
  // The build step itself writes the compressed copies (server/precompress.ts).
  await precompressDir(dist);
});
afterAll(async () => {
  await standIn.close();
  rmSync(join(dist, '..'), { recursive: true, force: true });
});

const app = () =>
  createServerApp(upstreamTable('emulator', standIn.url), relative(process.cwd(), dist));
const get = (path: string, headers: Record<string, string> = {}) =>
  app().request(path, { headers });
const bytes = async (res: Response) => Buffer.from(await res.arrayBuffer());

describe('the production server', () => {
  it('serves the built files and the app shell for client-side routes', async () => {
    const asset = await get('/assets/app.js');
    expect(asset.status).toBe(200);
    expect(await asset.text()).toBe('console.log(1)');
    const route = await get('/kr1/instances/abc');
    expect(route.status).toBe(200);
    expect(await route.text()).toContain('<title>console</title>');
  });

  it('sets security headers: one answer on framing, <base> and forms held, no HSTS over HTTP', async () => {
    for (const path of ['/', '/kr1/instances', '/api/network/kr1/v2.0/vpcs', '/x.js']) {
      const res = await get(path);
      const csp = res.headers.get('content-security-policy') ?? '';
      for (const directive of [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "frame-ancestors 'none'",
        "base-uri 'none'",
        "form-action 'self'",
      ]) {
        expect(csp.split('; '), `${path}: ${directive}`).toContain(directive);
      }
      expect(res.headers.get('x-content-type-options'), path).toBe('nosniff');
      // frame-ancestors 'none' and X-Frame-Options say the same: no framing at all.
      expect(res.headers.get('x-frame-options'), path).toBe('DENY');
      expect(res.headers.get('referrer-policy'), path).toBe('no-referrer');
      expect(res.headers.get('strict-transport-security'), path).toBeNull();
    }
  });

  it('sends Strict-Transport-Security only to a request that came over HTTPS', async () => {
    const secure = await app().request('https://localhost/kr1/instances');
    expect(secure.status).toBe(200);
    expect(secure.headers.get('strict-transport-security')).toBe(
      'max-age=15552000; includeSubDomains',
    );
    const plain = await app().request('http://localhost/kr1/instances');
    expect(plain.headers.get('strict-transport-security')).toBeNull();
  });

  it('builds a page the policy allows: the source index.html has no inline script or handler', () => {
    // The shell is Vite's build of index.html, which adds only external scripts and links.
    const html = readFileSync('index.html', 'utf8');
    for (const [, attributes, content] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
      expect(attributes, 'a script has a src').toMatch(/\bsrc=/);
      expect(content?.trim()).toBe('');
    }
    expect(html).not.toMatch(/\son[a-z]+\s*=/i);
    expect(html).not.toMatch(/javascript:/i);
    expect(html).not.toMatch(/<base\b/i);
  });

  it('keeps the document’s headers off hashed assets, but not nosniff (issue 10: bytes on the wire)', async () => {
    const document = await get('/kr1/instances', { 'Accept-Encoding': CHROME });
    const asset = await get(CHUNK, { 'Accept-Encoding': CHROME });
    for (const name of ['content-security-policy', 'x-frame-options', 'referrer-policy']) {
      expect(document.headers.get(name), name).not.toBeNull();
      expect(asset.headers.get(name), name).toBeNull();
    }
    expect(document.headers.get('last-modified')).not.toBeNull();
    expect(asset.headers.get('last-modified')).toBeNull();
    expect(asset.headers.get('etag')).toMatch(/^W\/"br-/);
    for (const res of [asset, await get('/assets/index-OLDHASH1.js')]) {
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('cross-origin-resource-policy')).toBe('same-origin');
    }
    // All the asset's headers together, as Chromium counts them (name, ': ', value, CRLF).
    let size = 0;
    asset.headers.forEach((value, name) => {
      size += name.length + value.length + 4;
    });
    expect(size).toBeLessThan(400);
  });

  it('proxies /api/ through the table and refuses the rest', async () => {
    const ok = await app().request('/api/network/kr1/v2.0/vpcs', {
      headers: { 'X-Auth-Token': 't' },
    });
    expect(ok.status).toBe(202);
    expect(standIn.received.at(-1)?.url).toBe('/network/kr1/v2.0/vpcs');
    const refused = await app().request('/api/somewhere/else');
    expect(refused.status).toBe(404);
  });
});

describe('the production server’s delivery (issue 10: a light first load)', () => {
  it('answers a hashed asset with Content-Encoding and immutable: brotli, which decompresses to the built file', async () => {
    const res = await get(CHUNK, { 'Accept-Encoding': CHROME });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBe('br');
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(res.headers.get('vary')).toBe('Accept-Encoding');
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    const body = await bytes(res);
    expect(Number(res.headers.get('content-length'))).toBe(body.length);
    expect(body.length).toBeLessThan(chunkSource.length / 4);
    expect(brotliDecompressSync(body).toString()).toBe(chunkSource);
  });

  it('sends gzip to a client that accepts gzip and not brotli', async () => {
    const res = await get(CHUNK, { 'Accept-Encoding': 'gzip, deflate' });
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect(res.headers.get('vary')).toBe('Accept-Encoding');
    const body = await bytes(res);
    expect(Number(res.headers.get('content-length'))).toBe(body.length);
    expect(gunzipSync(body).toString()).toBe(chunkSource);
  });

  it('sends the file as it is to a client that accepts no encoding, still varying by it', async () => {
    for (const accept of [undefined, 'identity', 'br;q=0, gzip;q=0', 'zstd']) {
      const res = await get(CHUNK, accept ? { 'Accept-Encoding': accept } : {});
      expect(res.headers.get('content-encoding'), String(accept)).toBeNull();
      expect(res.headers.get('vary')).toBe('Accept-Encoding');
      expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(Number(res.headers.get('content-length'))).toBe(chunkSource.length);
      expect(await res.text()).toBe(chunkSource);
    }
  });

  it('answers the shell and client-side routes with no-cache, compressed', async () => {
    for (const path of ['/', '/index.html', '/kr1/instances/abc', '/login']) {
      const res = await get(path, { 'Accept-Encoding': CHROME });
      expect(res.status, path).toBe(200);
      expect(res.headers.get('cache-control'), path).toBe('no-cache');
      expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(res.headers.get('content-encoding')).toBe('br');
      expect(brotliDecompressSync(await bytes(res)).toString()).toBe(shell);
    }
  });

  it('answers a revalidation of an unchanged file with 304 and no body', async () => {
    const first = await get('/kr1/instances', { 'Accept-Encoding': CHROME });
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^W\/"br-/);
    const again = await get('/kr1/instances', {
      'Accept-Encoding': CHROME,
      'If-None-Match': etag!,
    });
    expect(again.status).toBe(304);
    expect(again.headers.get('cache-control')).toBe('no-cache');
    expect((await bytes(again)).length).toBe(0);
    // The identity file is another representation: its own tag, so no 304 for the br one's.
    const identity = await get('/kr1/instances', { 'If-None-Match': etag! });
    expect(identity.status).toBe(200);
  });

  it('answers HEAD with the headers of GET and no body', async () => {
    const res = await app().request(CHUNK, {
      method: 'HEAD',
      headers: { 'Accept-Encoding': CHROME },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBe('br');
    expect(Number(res.headers.get('content-length'))).toBe(
      statSync(join(dist, `${CHUNK}.br`)).size,
    );
    expect((await bytes(res)).length).toBe(0);
  });

  it('sends files that are compressed already (PNG) as they are, without Vary', async () => {
    const res = await get('/assets/logo-Ab12Cd34.png', { 'Accept-Encoding': CHROME });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(res.headers.get('content-encoding')).toBeNull();
    expect(res.headers.get('vary')).toBeNull();
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it('answers a missing hashed asset with 404, never the shell in its place, never cached', async () => {
    for (const path of ['/assets/index-OLDHASH1.js', '/assets/index-OLDHASH1.css', '/assets/']) {
      const res = await get(path, { 'Accept-Encoding': CHROME });
      expect(res.status, path).toBe(404);
      expect(res.headers.get('cache-control'), path).toBe('no-store');
      expect(res.headers.get('content-type'), path).toMatch(/^text\/plain/);
      expect(await res.text(), path).toBe('Not found');
    }
  });

  it('answers any other name of a file that is not in the build with 404: only routes get the shell', async () => {
    for (const path of [
      '/favicon.ico',
      '/x.js',
      '/robots.txt',
      '/kr1/instances/main.js',
      '/kr1/app.css.map',
      '/.env',
      '/index.php',
    ]) {
      const res = await get(path, { 'Accept-Encoding': CHROME });
      expect(res.status, path).toBe(404);
      expect(res.headers.get('cache-control'), path).toBe('no-store');
      expect(await res.text(), path).not.toContain('<title>');
    }
    // HEAD as GET.
    expect((await app().request('/x.js', { method: 'HEAD' })).status).toBe(404);
    // The built files and the routes are as before.
    expect((await get('/index.html')).status).toBe(200);
    for (const path of ['/', '/login', '/kr1/instances', '/kr1/keypairs/my-key_1', '/nowhere']) {
      const res = await get(path);
      expect(res.status, path).toBe(200);
      expect(await res.text(), path).toBe(shell);
    }
  });

  it('serves nothing outside the build, and no dotfiles', async () => {
    writeFileSync(join(dist, '..', 'outside.txt'), 'outside the build');
    const attempts = [
      '/assets/%2e%2e/%2e%2e/outside.txt',
      '/assets/..%2f..%2foutside.txt',
      '/..%2foutside.txt',
      '/%2e%2e%2foutside.txt',
      '/..%5coutside.txt',
      '/.secret',
      '/%2esecret',
    ];
    for (const path of attempts) {
      const res = await get(path);
      // A 404 under /assets/, the shell elsewhere: never the file asked for.
      if (res.status === 404) continue;
      expect(await res.text(), path).toBe(shell);
    }
    expect((await get('/assets/..%2f..%2foutside.txt')).status).toBe(404);
  });
});

describe('chooseEncoding', () => {
  const both = ['br', 'gzip'] as const;
  it('prefers brotli, then gzip, among the copies there are', () => {
    expect(chooseEncoding(CHROME, both)).toBe('br');
    expect(chooseEncoding(CHROME, ['gzip'])).toBe('gzip');
    expect(chooseEncoding('gzip', both)).toBe('gzip');
    expect(chooseEncoding(CHROME, [])).toBeNull();
  });
  it('follows q-values: the higher wins, q=0 refuses, * stands for the unnamed', () => {
    expect(chooseEncoding('br;q=0.5, gzip;q=0.8', both)).toBe('gzip');
    expect(chooseEncoding('br;q=0, gzip', both)).toBe('gzip');
    expect(chooseEncoding('BR;Q=1.0', both)).toBe('br');
    expect(chooseEncoding('*', both)).toBe('br');
    expect(chooseEncoding('*;q=0', both)).toBeNull();
    expect(chooseEncoding('gzip;q=0, *', both)).toBe('br');
    expect(chooseEncoding('', both)).toBeNull();
    expect(chooseEncoding(undefined, both)).toBeNull();
  });
});

describe('the shell of a first page', () => {
  let built: string;
  beforeAll(() => {
    built = join(mkdtempSync(join(tmpdir(), 'console-dist-')), 'dist');
    mkdirSync(join(built, '.vite'), { recursive: true });
    writeFileSync(join(built, 'index.html'), shell);
    writeFileSync(
      join(built, '.vite', 'manifest.json'),
      JSON.stringify({
        'index.html': { file: CHUNK.slice(1), isEntry: true },
        'src/app/console-frame.tsx': { file: 'assets/console-frame-D.js', css: ['assets/f.css'] },
        'src/features/instances/pages/instances-list-page.tsx': { file: 'assets/list-E.js' },
        'src/i18n/messages/ko/instance-list.ts': { file: 'assets/instances-ko.js' },
      }),
    );
  });
  afterAll(() => rmSync(join(built, '..'), { recursive: true, force: true }));
  const getBuilt = (path: string, headers: Record<string, string> = {}) =>
    createServerApp(upstreamTable('emulator', standIn.url), relative(process.cwd(), built)).request(
      path,
      { headers },
    );

  it('names the chunks its page loads first, compressed, never cached without asking', async () => {
    const res = await getBuilt('/kr1/instances', {
      'Accept-Encoding': CHROME,
      'Accept-Language': 'ko-KR,ko;q=0.9',
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBe('br');
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(res.headers.get('vary')).toContain('Accept-Language');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    const html = brotliDecompressSync(await bytes(res)).toString();
    expect(html).toContain('<link rel="modulepreload" crossorigin href="/assets/list-E.js">');
    expect(html).toContain('href="/assets/instances-ko.js"');
    expect(html).toContain('<link rel="preload" as="style" crossorigin href="/assets/f.css">');
    expect(html).not.toContain(`modulepreload" crossorigin href="${CHUNK}"`);
    const again = await getBuilt('/kr1/instances', {
      'Accept-Encoding': CHROME,
      'Accept-Language': 'ko-KR',
      'If-None-Match': res.headers.get('etag') ?? '',
    });
    expect(again.status).toBe(304);
  });

  it('follows a new build written under the running server', async () => {
    const server = createServerApp(
      upstreamTable('emulator', standIn.url),
      relative(process.cwd(), built),
    );
    const listChunk = async () => {
      const html = await (await server.request('/kr1/instances')).text();
      return /href="(\/assets\/list-[^"]+)"/.exec(html)?.[1];
    };
    expect(await listChunk()).toBe('/assets/list-E.js');
    const manifest = join(built, '.vite', 'manifest.json');
    writeFileSync(manifest, readFileSync(manifest, 'utf8').replace('list-E.js', 'list-F.js'));
    writeFileSync(join(built, 'index.html'), shell);
    const later = new Date(Date.now() + 60_000);
    utimesSync(join(built, 'index.html'), later, later);
    expect(await listChunk()).toBe('/assets/list-F.js');
  });

  it('sends other pages the shell as built', async () => {
    const res = await getBuilt('/kr1/instances/abc');
    expect(await res.text()).toBe(shell);
  });
});

describe('the production server keeps the session (server/proxy/api.ts, issue 12)', () => {
  it('signs in against the emulator, calls with the cookie, signs out: the token stays on the server', async () => {
    const upstream = await startEmulatorUpstream();
    try {
      const table = upstreamTable('emulator', upstream.url);
      // One handler (one key) for the server's life, as `npm run serve` makes it.
      const server = createServerApp(
        table,
        relative(process.cwd(), dist),
        createApiHandler({ table, key: randomSessionKey() }),
      );
      const consoleHeader = { 'X-Requested-With': 'nhn-console' };
      const signIn = await server.request('/api/session', {
        method: 'POST',
        headers: {
          ...consoleHeader,
          'Content-Type': 'application/json',
          Origin: 'http://localhost',
        },
        body: JSON.stringify({
          tenantId: DEMO.tenantId,
          username: DEMO.username,
          password: DEMO.password,
        }),
      });
      expect(signIn.status).toBe(200);
      expect(((await signIn.json()) as any).access.token.id).toBe('');
      const setCookie = signIn.headers.get('set-cookie') ?? '';
      expect(setCookie).toMatch(/; HttpOnly; SameSite=Strict; Path=\/api; Max-Age=\d+$/);
      const [token] = Object.keys(upstream.emulator.store.state.tokens);
      const cookie = setCookie.split(';')[0] ?? '';

      const servers = await server.request(`/api/compute/kr1/v2/${DEMO.tenantId}/servers`, {
        headers: { Cookie: cookie },
      });
      expect(servers.status).toBe(200);
      // The API's answers keep the document's protective headers.
      expect(servers.headers.get('x-content-type-options')).toBe('nosniff');

      const crossSite = await server.request(`/api/compute/kr1/v2/${DEMO.tenantId}/os-keypairs`, {
        method: 'POST',
        headers: { Cookie: cookie, Origin: 'https://evil.example', ...consoleHeader },
        body: JSON.stringify({ keypair: { name: 'planted' } }),
      });
      expect(crossSite.status).toBe(403);

      const signOut = await server.request('/api/session', {
        method: 'DELETE',
        headers: { ...consoleHeader, Cookie: cookie },
      });
      expect(signOut.status).toBe(204);
      expect(signOut.headers.get('set-cookie')).toBe(
        'nhn-console-session=; Max-Age=0; Path=/api; HttpOnly; SameSite=Strict',
      );
      expect(upstream.emulator.store.state.tokens[token as string]).toBeUndefined();
      const replayed = await server.request(`/api/compute/kr1/v2/${DEMO.tenantId}/servers`, {
        headers: { Cookie: cookie },
      });
      expect(replayed.status).toBe(401);
    } finally {
      await upstream.close();
    }
  });
});

describe('ALLOWED_HOSTS: the Host names the server answers to (issue 12, DNS rebinding)', () => {
  const appFor = (hosts: HostPolicy) =>
    createServerApp(
      upstreamTable('emulator', standIn.url),
      relative(process.cwd(), dist),
      undefined,
      {
        hosts,
      },
    );

  it('reads the list: names with any port, host:port with that port, IPv6 in brackets', () => {
    const { policy, warning } = hostPolicyFromEnv({
      ALLOWED_HOSTS: ' Console.Example.com , intranet:8443,::1,',
      HOST: '0.0.0.0',
    });
    expect(policy).toEqual({ allowed: ['console.example.com', 'intranet:8443', '[::1]'] });
    expect(warning).toBeUndefined();
    expect(hostAllowed(policy, 'console.example.com')).toBe(true);
    expect(hostAllowed(policy, 'CONSOLE.example.com:443')).toBe(true);
    expect(hostAllowed(policy, 'intranet:8443')).toBe(true);
    expect(hostAllowed(policy, 'intranet:8080')).toBe(false);
    expect(hostAllowed(policy, 'intranet')).toBe(false);
    expect(hostAllowed(policy, '[::1]:8080')).toBe(true);
    expect(hostAllowed(policy, 'localhost')).toBe(false);
    expect(hostAllowed(policy, 'console.example.com.evil.example')).toBe(false);
    expect(hostAllowed(policy, 'evil.example')).toBe(false);
  });

  it('unset, on a loopback address: only loopback names, any port; no warning', () => {
    for (const HOST of [undefined, '127.0.0.1', 'localhost', '::1', '[::1]', '127.0.1.1']) {
      const { policy, warning } = hostPolicyFromEnv(HOST === undefined ? {} : { HOST });
      expect(warning, String(HOST)).toBeUndefined();
      for (const host of ['localhost', 'localhost:5173', '127.0.0.1:8080', '[::1]:8080', '[::1]']) {
        expect(hostAllowed(policy, host), host).toBe(true);
      }
      for (const host of [
        'evil.example',
        'evil.example:8080',
        '127.0.0.2',
        'localhost.evil.example',
      ]) {
        expect(hostAllowed(policy, host), host).toBe(false);
      }
    }
  });

  it('unset, on another address: every name, with a warning to set it', () => {
    for (const HOST of ['0.0.0.0', '::', '10.0.0.5', 'console.example.com']) {
      const { policy, warning } = hostPolicyFromEnv({ HOST });
      expect(policy).toEqual({ allowed: 'any' });
      expect(warning).toContain('ALLOWED_HOSTS');
      expect(warning).toContain(`HOST=${HOST}`);
      expect(hostAllowed(policy, 'evil.example')).toBe(true);
    }
    expect(isLoopbackAddress('0.0.0.0')).toBe(false);
    expect(isLoopbackAddress('127.0.0.1')).toBe(true);
  });

  it('answers 421 with nothing of consequence to another name, for pages and the API alike', async () => {
    const server = appFor({ allowed: ['console.example.com'] });
    const before = standIn.started.length;
    for (const path of ['/', '/kr1/instances', CHUNK, '/api/network/kr1/v2.0/vpcs']) {
      const res = await server.request(`http://evil.example${path}`, {
        headers: { Host: 'evil.example' },
      });
      expect(res.status, path).toBe(421);
      expect(res.headers.get('cache-control')).toBe('no-store');
      expect(await res.text()).toBe('Misdirected Request');
    }
    // A Host header that disagrees with the request's own target is refused too.
    const mixed = await server.request('http://console.example.com/', {
      headers: { Host: 'evil.example' },
    });
    expect(mixed.status).toBe(421);
    expect(standIn.started.length).toBe(before);
    const ok = await server.request('http://console.example.com/kr1/instances', {
      headers: { Host: 'console.example.com' },
    });
    expect(ok.status).toBe(200);
    const api = await server.request('http://console.example.com:443/api/network/kr1/v2.0/vpcs', {
      headers: { Host: 'console.example.com:443' },
    });
    expect(api.status).toBe(202);
  });

  it('by default answers loopback names only', async () => {
    expect((await app().request('http://localhost:8080/')).status).toBe(200);
    expect((await app().request('http://127.0.0.1:5/')).status).toBe(200);
    expect((await app().request('http://[::1]:8080/')).status).toBe(200);
    expect((await app().request('http://rebound.example/')).status).toBe(421);
    expect((await appFor({ allowed: 'any' }).request('http://rebound.example/')).status).toBe(200);
  });

  it('warns at start when HOST is not a loopback address and ALLOWED_HOSTS is unset', async () => {
    const output = async (env: Record<string, string>) => {
      const child = spawn(process.execPath, ['--import', 'tsx', 'server/serve.ts'], {
        env: {
          ...process.env,
          NHN_BACKEND: 'nhn',
          PORT: '0',
          DIST_DIR: relative(process.cwd(), dist),
          ALLOWED_HOSTS: '',
          ...env,
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let text = '';
      child.stdout.on('data', (chunk) => {
        text += chunk;
      });
      child.stderr.on('data', (chunk) => {
        text += chunk;
      });
      // Until it listens (or gives up).
      await new Promise<void>((resolve) => {
        const check = setInterval(() => {
          if (text.includes('NHN Cloud Console on') || child.exitCode !== null) {
            clearInterval(check);
            resolve();
          }
        }, 50);
      });
      child.kill('SIGTERM');
      return text;
    };
    const open = await output({ HOST: '0.0.0.0' });
    expect(open).toContain(
      'Warning: HOST=0.0.0.0 is not a loopback address and ALLOWED_HOSTS is not set',
    );
    const local = await output({ HOST: '127.0.0.1' });
    expect(local).toContain('answering only localhost, 127.0.0.1 and [::1]');
    expect(local).not.toContain('Warning');
    const listed = await output({ HOST: '0.0.0.0', ALLOWED_HOSTS: 'console.example.com' });
    expect(listed).toContain('Answering Host names: console.example.com.');
    expect(listed).not.toContain('Warning');
  }, 30_000);
});

describe('the production server over a socket: request bodies (issue 12)', () => {
  it('answers 413 to a 2 MiB body, with and without Content-Length, and the upstream gets no complete request', async () => {
    const server = serve({
      fetch: app().fetch,
      port: 0,
      hostname: '127.0.0.1',
    });
    await new Promise<void>((resolve) => server.once('listening', () => resolve()));
    const { port } = server.address() as AddressInfo;
    const url = `http://127.0.0.1:${port}/api/compute/kr1/v2/t1/servers`;
    try {
      const received = standIn.received.length;
      const body = JSON.stringify({ server: { name: 'x'.repeat(2 * MAX_BODY_BYTES) } });
      const declared = await fetch(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body,
      });
      expect(declared.status).toBe(413);
      expect(declared.headers.get(PROXY_ERROR_HEADER)).toBe('too-large');
      expect(((await declared.json()) as any).error.code).toBe(413);

      // A browser's streamed upload: chunked, no Content-Length.
      let sent = 0;
      const chunked = await fetch(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: new ReadableStream<Uint8Array>({
          pull(controller) {
            if (sent >= 2 * MAX_BODY_BYTES) controller.close();
            else {
              sent += 64 * 1024;
              controller.enqueue(new Uint8Array(64 * 1024).fill(0x20));
            }
          },
        }),
        duplex: 'half',
      } as RequestInit);
      // The answer comes while the client is still sending; the server then closes.
      expect(chunked.status).toBe(413);
      expect(chunked.headers.get(PROXY_ERROR_HEADER)).toBe('too-large');
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(standIn.received.length).toBe(received);

      // And a body under the limit still goes through whole.
      const small = JSON.stringify({ server: { name: 'web-1' } });
      const ok = await fetch(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: small,
      });
      expect(ok.status).toBe(202);
      expect(standIn.received.at(-1)?.body).toBe(small);
    } finally {
      server.close();
      if ('closeAllConnections' in server) server.closeAllConnections();
    }
  });
});
