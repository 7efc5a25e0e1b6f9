import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, type PreviewServer, preview, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES } from './forward';
import { PROXY_ERROR_HEADER } from './proxy-error';
import { CONTENT_SECURITY_POLICY, DEV_CONTENT_SECURITY_POLICY } from './security-headers';
import { type StandIn, startStandIn } from './stand-in';

// The real vite.config.ts, with the emulator port pointed at a stand-in upstream.
let standIn: StandIn;
let vite: ViteDevServer;
let base: string;

/** The token the stand-in's Identity issues, for 12 hours. */
const TOKEN = 'stand-in-token-0123456789abcdef';
const tokenAnswer = () => ({
  access: {
    token: {
      id: TOKEN,
      expires: new Date(Date.now() + 12 * 3600 * 1000).toISOString().replace(/\.\d+Z$/, 'Z'),
      tenant: { id: 't1', name: 'tenant' },
    },
    serviceCatalog: [],
    user: { id: 'u1', name: 'opaque' },
  },
});

beforeAll(async () => {
  standIn = await startStandIn(({ method, url }) =>
    method === 'POST' && url === '/identity/v2.0/tokens'
      ? { status: 200, body: tokenAnswer() }
      : undefined,
  );
  const previous = process.env.NHN_EMULATOR_PORT;
  process.env.NHN_EMULATOR_PORT = new URL(standIn.url).port;
  try {
    vite = await createServer({
      configFile: 'vite.config.ts',
      server: { port: 0, strictPort: false },
      logLevel: 'silent',
    });
    await vite.listen();
  } finally {
    if (previous === undefined) delete process.env.NHN_EMULATOR_PORT;
    else process.env.NHN_EMULATOR_PORT = previous;
  }
  const address = vite.httpServer?.address() as AddressInfo;
  base = `http://127.0.0.1:${address.port}`;
});

afterAll(async () => {
  await vite?.close();
  await standIn?.close();
});

describe('the Vite dev server proxy (vite.config.ts)', () => {
  it('forwards /api/{service}/{region}/… to the emulator path layout', async () => {
    const res = await fetch(`${base}/api/compute/kr1/v2/t1/servers/detail?status=ACTIVE`, {
      headers: { 'X-Auth-Token': 'tok', Cookie: 'a=b' },
    });
    expect(res.status).toBe(202);
    const last = standIn.received.at(-1);
    expect(last?.url).toBe('/compute/kr1/v2/t1/servers/detail?status=ACTIVE');
    expect(last?.headers['x-auth-token']).toBe('tok');
    expect(last?.headers.cookie).toBeUndefined();
  });

  it('forwards identity', async () => {
    await fetch(`${base}/api/identity/v2.0/versions`, { method: 'POST', body: '{}' });
    expect(standIn.received.at(-1)?.url).toBe('/identity/v2.0/versions');
    expect(standIn.received.at(-1)?.body).toBe('{}');
  });

  it('answers 404 for any other /api/ path without forwarding it', async () => {
    const before = standIn.received.length;
    for (const path of ['/api/evil/x', '/api/compute/kr1x/v2', '/api/object-storage/kr1/v1']) {
      const res = await fetch(`${base}${path}`);
      expect(res.status).toBe(404);
    }
    expect(standIn.received.length).toBe(before);
  });
});

describe('the dev server’s headers and CORS (issue 12)', () => {
  const OTHER_LOCAL_ORIGIN = 'http://localhost:3000';

  it('sends the production security headers with a policy that leaves HMR alone, on pages and the API', async () => {
    for (const path of ['/', '/kr1/instances', '/src/main.tsx', '/api/network/kr1/v2.0/vpcs']) {
      const res = await fetch(`${base}${path}`);
      expect(res.status, path).toBeLessThan(300);
      expect(res.headers.get('content-security-policy'), path).toBe(DEV_CONTENT_SECURITY_POLICY);
      expect(res.headers.get('x-frame-options'), path).toBe('DENY');
      expect(res.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(res.headers.get('referrer-policy'), path).toBe('no-referrer');
      expect(res.headers.get('strict-transport-security'), path).toBeNull();
      await res.body?.cancel();
    }
    const policy = DEV_CONTENT_SECURITY_POLICY.split('; ');
    expect(policy).toEqual(
      expect.arrayContaining(["frame-ancestors 'none'", "base-uri 'none'", "form-action 'self'"]),
    );
    // Vite's dev page runs inline module scripts (React's refresh preamble) and its HMR socket.
    expect(policy.some((d) => /^(default|script|style|connect)-src/.test(d))).toBe(false);
    const page = await (await fetch(`${base}/`)).text();
    expect(page).toMatch(/<script type="module">/);
  });

  it('allows no cross-origin call: no CORS headers for another local origin, its API calls refused', async () => {
    const preflight = await fetch(`${base}/api/compute/kr1/v2/t1/servers`, {
      method: 'OPTIONS',
      headers: {
        Origin: OTHER_LOCAL_ORIGIN,
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'x-requested-with, content-type',
      },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    expect(preflight.headers.get('access-control-allow-methods')).toBeNull();
    expect(preflight.status).toBe(403);
    const before = standIn.started.length;
    for (const method of ['GET', 'POST', 'DELETE']) {
      const res = await fetch(`${base}/api/compute/kr1/v2/t1/servers`, {
        method,
        headers: { Origin: OTHER_LOCAL_ORIGIN },
      });
      expect(res.status, method).toBe(403);
      expect(res.headers.get(PROXY_ERROR_HEADER)).toBe('cross-site');
      expect(res.headers.get('access-control-allow-origin')).toBeNull();
    }
    expect(standIn.started.length).toBe(before);
    const page = await fetch(`${base}/`, { headers: { Origin: OTHER_LOCAL_ORIGIN } });
    expect(page.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('refuses a method the API does not take (405) and a 2 MiB body (413), forwarding neither', async () => {
    const before = standIn.started.length;
    const patch = await fetch(`${base}/api/compute/kr1/v2/t1/servers/s1`, {
      method: 'PATCH',
      body: '{}',
    });
    expect(patch.status).toBe(405);
    expect(patch.headers.get('allow')).toBe('GET, HEAD, POST, PUT, DELETE');
    const large = await fetch(`${base}/api/compute/kr1/v2/t1/servers`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: 'x'.repeat(2 * MAX_BODY_BYTES),
    });
    expect(large.status).toBe(413);
    expect(large.headers.get(PROXY_ERROR_HEADER)).toBe('too-large');
    expect(standIn.started.length).toBe(before);
  });
});

describe('the dev server keeps the session (server/proxy/api.ts, issue 12)', () => {
  const consoleHeader = { 'X-Requested-With': 'nhn-console' };

  async function signIn() {
    const res = await fetch(`${base}/api/session`, {
      method: 'POST',
      headers: { ...consoleHeader, 'Content-Type': 'application/json', Origin: base },
      body: JSON.stringify({ tenantId: 't1', username: 'user@example.com', password: 'pw' }),
    });
    expect(res.status).toBe(200);
    return res;
  }

  it('signs in: the token stays in an HttpOnly cookie, the page gets an empty token id', async () => {
    const res = await signIn();
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(
      /^nhn-console-session=[A-Za-z0-9_-]+; HttpOnly; SameSite=Strict; Path=\/api; Max-Age=\d+$/,
    );
    expect(cookie).not.toContain(TOKEN);
    const body = (await res.json()) as any;
    expect(body.access.token.id).toBe('');
    expect(body.access.token.tenant.id).toBe('t1');
    const asked = standIn.received.at(-1);
    expect(asked?.url).toBe('/identity/v2.0/tokens');
    expect(JSON.parse(asked?.body ?? '{}')).toEqual({
      auth: {
        tenantId: 't1',
        passwordCredentials: { username: 'user@example.com', password: 'pw' },
      },
    });
  });

  it('sends the session’s token upstream on later calls, and revokes it on sign-out', async () => {
    const cookie = (await signIn()).headers.get('set-cookie')?.split(';')[0] ?? '';
    const res = await fetch(`${base}/api/compute/kr1/v2/t1/servers`, {
      headers: { ...consoleHeader, Cookie: cookie },
    });
    expect(res.status).toBe(202);
    const forwarded = standIn.received.at(-1);
    expect(forwarded?.headers['x-auth-token']).toBe(TOKEN);
    expect(forwarded?.headers.cookie).toBeUndefined();
    expect(forwarded?.headers['x-requested-with']).toBeUndefined();

    const out = await fetch(`${base}/api/session`, {
      method: 'DELETE',
      headers: { ...consoleHeader, Origin: base, Cookie: cookie },
    });
    expect(out.status).toBe(204);
    expect(out.headers.get('set-cookie')).toBe(
      'nhn-console-session=; Max-Age=0; Path=/api; HttpOnly; SameSite=Strict',
    );
    const revoked = standIn.received.at(-1);
    expect(revoked?.method).toBe('DELETE');
    expect(revoked?.url).toBe(`/identity/v2.0/tokens/${TOKEN}`);
    expect(revoked?.headers['x-auth-token']).toBe(TOKEN);
  });

  it('refuses a cross-site write (403) and a tampered cookie (401), forwarding neither', async () => {
    const cookie = (await signIn()).headers.get('set-cookie')?.split(';')[0] ?? '';
    const before = standIn.received.length;
    const crossSite = await fetch(`${base}/api/compute/kr1/v2/t1/servers`, {
      method: 'POST',
      headers: { ...consoleHeader, Cookie: cookie, Origin: 'https://evil.example' },
      body: '{}',
    });
    expect(crossSite.status).toBe(403);
    const noHeader = await fetch(`${base}/api/compute/kr1/v2/t1/servers`, {
      method: 'POST',
      headers: { Cookie: cookie },
      body: '{}',
    });
    expect(noHeader.status).toBe(403);
    const tampered = await fetch(`${base}/api/compute/kr1/v2/t1/servers`, {
      headers: { ...consoleHeader, Cookie: `${cookie.slice(0, -4)}AAAA` },
    });
    expect(tampered.status).toBe(401);
    expect(await tampered.json()).toEqual({
      error: { code: 401, message: "The console's session has ended: sign in again." },
    });
    expect(tampered.headers.get('set-cookie')).toMatch(/^nhn-console-session=; Max-Age=0/);
    expect(standIn.received.length).toBe(before);
  });

  it('passes a POST body through the middleware unchanged', async () => {
    const cookie = (await signIn()).headers.get('set-cookie')?.split(';')[0] ?? '';
    const body = JSON.stringify({ server: { name: 'x'.repeat(100_000) } });
    const res = await fetch(`${base}/api/compute/kr1/v2/t1/servers`, {
      method: 'POST',
      headers: {
        ...consoleHeader,
        Origin: base,
        Cookie: cookie,
        'Content-Type': 'application/json',
      },
      body,
    });
    expect(res.status).toBe(202);
    expect(standIn.received.at(-1)?.body).toBe(body);
  });
});

describe('the Vite preview server mounts the same handler', () => {
  let server: PreviewServer;
  let previewBase: string;
  let outDir: string;

  beforeAll(async () => {
    outDir = mkdtempSync(join(tmpdir(), 'console-preview-'));
    writeFileSync(join(outDir, 'index.html'), '<!doctype html><title>console</title>');
    const previous = process.env.NHN_EMULATOR_PORT;
    process.env.NHN_EMULATOR_PORT = new URL(standIn.url).port;
    try {
      server = await preview({
        configFile: 'vite.config.ts',
        build: { outDir },
        preview: { port: 0, strictPort: false },
        logLevel: 'silent',
      });
    } finally {
      if (previous === undefined) delete process.env.NHN_EMULATOR_PORT;
      else process.env.NHN_EMULATOR_PORT = previous;
    }
    const address = server.httpServer.address() as AddressInfo;
    previewBase = `http://127.0.0.1:${address.port}`;
  });
  afterAll(async () => {
    await server?.close();
    rmSync(outDir, { recursive: true, force: true });
  });

  it('signs in, forwards with the session’s token, and answers 404 outside the table', async () => {
    const res = await fetch(`${previewBase}/api/session`, {
      method: 'POST',
      headers: { 'X-Requested-With': 'nhn-console', 'Content-Type': 'application/json' },
      body: JSON.stringify({ tenantId: 't1', username: 'user@example.com', password: 'pw' }),
    });
    expect(res.status).toBe(200);
    expect(((await res.json()) as any).access.token.id).toBe('');
    const cookie = res.headers.get('set-cookie')?.split(';')[0] ?? '';
    const list = await fetch(`${previewBase}/api/network/kr1/v2.0/vpcs`, {
      headers: { Cookie: cookie },
    });
    expect(list.status).toBe(202);
    expect(standIn.received.at(-1)?.headers['x-auth-token']).toBe(TOKEN);
    expect((await fetch(`${previewBase}/api/evil/x`)).status).toBe(404);
    // Pages are still Vite's.
    expect(await (await fetch(`${previewBase}/`)).text()).toContain('<title>console</title>');
  });

  it('sends the production server’s policy (it serves the build) and no CORS headers', async () => {
    for (const path of ['/', '/api/network/kr1/v2.0/vpcs']) {
      const res = await fetch(`${previewBase}${path}`, {
        headers: { Origin: 'http://localhost:3000' },
      });
      expect(res.headers.get('content-security-policy'), path).toBe(CONTENT_SECURITY_POLICY);
      expect(res.headers.get('x-frame-options'), path).toBe('DENY');
      expect(res.headers.get('access-control-allow-origin'), path).toBeNull();
      await res.body?.cancel();
    }
  });
});
