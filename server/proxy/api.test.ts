/**
 * The console's API handler (issue 12: the NHN token never reaches page JavaScript), driven as
 * the browser drives it, against the real emulator on a local port: sign-in keeps the token in
 * the sealed HttpOnly cookie, later calls carry it upstream as X-Auth-Token, sign-out revokes it,
 * and cross-site or tampered requests are refused before anything goes upstream.
 */

import { brotliDecompressSync } from 'node:zlib';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { passwordTokenRequest } from '../../src/domain/identity-types';
import { DEMO, OTHER, signIn } from '../emulator/testing';
import {
  type ApiHandler,
  CONSOLE_REQUEST_HEADER,
  CONSOLE_REQUEST_VALUE,
  createApiHandler,
  SESSION_ENDED_MESSAGE,
  SESSION_PATH,
} from './api';
import { PROXY_ERROR_HEADER } from './proxy-error';
import {
  randomSessionKey,
  SESSION_COOKIE,
  type SessionKey,
  seal,
  sessionCookieValues,
} from './session';
import { type EmulatorUpstream, startEmulatorUpstream } from './stand-in';
import { type Upstream, upstreamTable } from './upstreams';

const CONSOLE = 'http://console.test';
const KEYSTONE_401 = {
  error: {
    code: 401,
    title: 'Unauthorized',
    message: 'The request you have made requires authentication.',
  },
};
const CLEARED = 'nhn-console-session=; Max-Age=0; Path=/api; HttpOnly; SameSite=Strict';
const SERVERS = `/api/compute/kr1/v2/${DEMO.tenantId}/servers`;
const KEYPAIRS = `/api/compute/kr1/v2/${DEMO.tenantId}/os-keypairs`;

let upstream: EmulatorUpstream;
let table: Upstream[];
let key: SessionKey;
let api: ApiHandler;
/** What the handler sent upstream, in order: method, URL and headers. */
let sent: { method: string; url: string; headers: Headers }[];

const recording: typeof fetch = async (input, init) => {
  sent.push({
    method: init?.method ?? 'GET',
    url: String(input),
    headers: new Headers(init?.headers),
  });
  return fetch(input, init);
};

beforeAll(async () => {
  upstream = await startEmulatorUpstream();
  table = upstreamTable('emulator', upstream.url);
  key = randomSessionKey();
  api = createApiHandler({ table, key, fetchImpl: recording });
});
afterAll(() => upstream.close());
beforeEach(() => {
  sent = [];
});

/** A request as the console's own page sends it. */
const fromConsole = (path: string, init: RequestInit & { headers?: Record<string, string> } = {}) =>
  new Request(`${CONSOLE}${path}`, {
    ...init,
    headers: {
      [CONSOLE_REQUEST_HEADER]: CONSOLE_REQUEST_VALUE,
      ...(init.method && init.method !== 'GET' ? { Origin: CONSOLE } : {}),
      ...init.headers,
    },
  });

const credentials = (user = DEMO) => ({
  tenantId: user.tenantId,
  username: user.username,
  password: user.password,
});

const signInRequest = (body: unknown, headers: Record<string, string> = {}, base = CONSOLE) =>
  new Request(`${base}${SESSION_PATH}`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      [CONSOLE_REQUEST_HEADER]: CONSOLE_REQUEST_VALUE,
      Origin: base,
      ...headers,
    },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

/** Signs in through the handler; the cookie as the browser would send it back. */
async function session(user = DEMO) {
  const res = await api(signInRequest(credentials(user)));
  expect(res.status).toBe(200);
  const sealed = sessionCookieValues(res.headers.get('set-cookie')?.split(';')[0])[0];
  if (!sealed) throw new Error('no session cookie');
  return { cookie: `${SESSION_COOKIE}=${sealed}`, sealed, body: (await res.json()) as any };
}

const tokens = () => new Set(Object.keys(upstream.emulator.store.state.tokens));
const keypairNames = () =>
  (upstream.emulator.store.state.regions.kr1.tenants[DEMO.tenantId]?.keypairs ?? []).map(
    (k) => k.name,
  );

describe('POST /api/session: sign-in', () => {
  it('keeps the token in an HttpOnly SameSite=Strict cookie on /api, and answers without it', async () => {
    const before = tokens();
    const res = await api(signInRequest(credentials()));
    expect(res.status).toBe(200);
    const issued = [...tokens()].filter((t) => !before.has(t));
    expect(issued).toHaveLength(1);
    const token = issued[0] as string;

    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(
      /^nhn-console-session=[A-Za-z0-9_-]+; HttpOnly; SameSite=Strict; Path=\/api; Max-Age=\d+$/,
    );
    // Until the token expires: the emulator's tokens live 12 hours.
    const maxAge = Number(/Max-Age=(\d+)/.exec(cookie)?.[1]);
    expect(maxAge).toBeGreaterThan(12 * 3600 - 10);
    expect(maxAge).toBeLessThanOrEqual(12 * 3600);
    expect(cookie).not.toContain(token);

    const text = await res.text();
    expect(text).not.toContain(token);
    const body = JSON.parse(text);
    expect(body.access.token.id).toBe('');
    expect(body.access.token.expires).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    expect(body.access.token.tenant.id).toBe(DEMO.tenantId);
    expect(body.access.user.id).toBe(DEMO.userId);
    expect(body.access.serviceCatalog.map((entry: { type: string }) => entry.type)).toContain(
      'compute',
    );
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(res.headers.get('cache-control')).toBe('no-store');
    // The console learns it talks to the emulator from the answer's own header.
    expect(res.headers.get('x-nhn-emulator')).toBe('1');

    // Identity was asked in Keystone's shape, at the table's identity upstream.
    expect(sent).toHaveLength(1);
    expect(sent[0]?.method).toBe('POST');
    expect(sent[0]?.url).toBe(`${upstream.url}/identity/v2.0/tokens`);
  });

  it('answers the same body as Identity’s own, but for the token id', async () => {
    const direct = await fetch(`${upstream.url}/identity/v2.0/tokens`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(passwordTokenRequest(DEMO)),
    });
    const identity = (await direct.json()) as any;
    const { body } = await session();
    // Fields that differ per issue (time, audit id) aside, key for key the same.
    const comparable = (answer: any) => ({
      ...answer.access,
      token: { ...answer.access.token, id: '', expires: '', issued_at: '', audit_ids: [] },
    });
    expect(comparable(body)).toEqual(comparable(identity));
  });

  it('marks the cookie Secure when the console is reached over HTTPS', async () => {
    const res = await api(signInRequest(credentials(), {}, 'https://console.test'));
    expect(res.status).toBe(200);
    expect(res.headers.get('set-cookie')).toMatch(
      /^nhn-console-session=[A-Za-z0-9_-]+; HttpOnly; SameSite=Strict; Path=\/api; Max-Age=\d+; Secure$/,
    );
  });

  it('passes Identity’s refusal through unchanged and sets no cookie', async () => {
    const res = await api(signInRequest({ ...credentials(), password: 'not-the-password' }));
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual(KEYSTONE_401);
    expect(res.headers.get('set-cookie')).toBeNull();
  });

  it('passes a gateway refusal (HTTP 200, isSuccessful false) through and sets no cookie', async () => {
    const fault = await fetch(`${upstream.url}/_emulator/faults`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        method: 'POST',
        path: '^/identity/v2.0/tokens$',
        status: 503,
        gateway: true,
        message: 'Service is busy.',
        times: 1,
      }),
    });
    expect(fault.status).toBe(201);
    const res = await api(signInRequest(credentials()));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      header: { isSuccessful: false, resultCode: 503, resultMessage: 'Service is busy.' },
    });
    expect(res.headers.get('set-cookie')).toBeNull();
  });

  it.each([
    ['a body that is not JSON', '{"tenantId": '],
    ['an empty body', ''],
    ['a JSON array', '[]'],
    ['JSON null', 'null'],
    ['no password', { tenantId: DEMO.tenantId, username: DEMO.username }],
    ['an empty username', { ...credentials(), username: '' }],
    ['a tenantId that is not a string', { ...credentials(), tenantId: 42 }],
    ['Identity’s own shape', { auth: { tenantId: DEMO.tenantId } }],
  ])('answers %s with 400 and a message, asking Identity nothing', async (_, body) => {
    const res = await api(signInRequest(body));
    expect(res.status).toBe(400);
    const answer = (await res.json()) as any;
    expect(answer.error.code).toBe(400);
    expect(answer.error.message).toMatch(/sign-in/);
    expect(res.headers.get('set-cookie')).toBeNull();
    expect(sent).toEqual([]);
  });

  it('refuses a body far larger than any sign-in (413), asking Identity nothing', async () => {
    const res = await api(signInRequest({ ...credentials(), password: 'x'.repeat(20_000) }));
    expect(res.status).toBe(413);
    expect(sent).toEqual([]);
  });

  it('answers 502 without naming the upstream when Identity cannot be reached', async () => {
    const unreachable = createApiHandler({
      table: upstreamTable('emulator', 'http://127.0.0.1:9'),
      key,
    });
    const res = await unreachable(signInRequest(credentials()));
    expect(res.status).toBe(502);
    const answer = (await res.json()) as any;
    expect(answer).toEqual({
      error: {
        code: 502,
        message: "The console's server could not reach NHN Cloud's identity service.",
      },
    });
    expect(res.headers.get('set-cookie')).toBeNull();
  });

  it('takes only POST and DELETE', async () => {
    for (const method of ['GET', 'PUT', 'PATCH']) {
      const res = await api(fromConsole(SESSION_PATH, { method }));
      expect(res.status, method).toBe(405);
      expect(res.headers.get('allow')).toBe('POST, DELETE');
    }
    expect(sent).toEqual([]);
  });
});

describe('calls with the session cookie', () => {
  it('reach the emulator with the session’s token as X-Auth-Token, never the cookie', async () => {
    const { cookie } = await session();
    const token = [...tokens()].at(-1);
    sent = [];
    const res = await api(fromConsole(SERVERS, { headers: { Cookie: `theme=dark; ${cookie}` } }));
    expect(res.status).toBe(200);
    expect(((await res.json()) as any).servers.length).toBeGreaterThan(0);
    expect(sent).toHaveLength(1);
    expect(sent[0]?.url).toBe(`${upstream.url}/compute/kr1/v2/${DEMO.tenantId}/servers`);
    expect(sent[0]?.headers.get('x-auth-token')).toBe(token);
    expect(sent[0]?.headers.get('cookie')).toBeNull();
    expect(sent[0]?.headers.get('x-requested-with')).toBeNull();
  });

  it('replace any X-Auth-Token the request sent with the session’s', async () => {
    const { cookie } = await session();
    const other = await signIn(upstream.emulator, OTHER);
    sent = [];
    const res = await api(
      fromConsole(SERVERS, { headers: { Cookie: cookie, 'X-Auth-Token': other } }),
    );
    expect(res.status).toBe(200);
    expect(sent[0]?.headers.get('x-auth-token')).not.toBe(other);
  });

  it('do not need the console’s header to read (GET)', async () => {
    const { cookie } = await session();
    const res = await api(new Request(`${CONSOLE}${SERVERS}`, { headers: { Cookie: cookie } }));
    expect(res.status).toBe(200);
  });

  it('write with the console’s header and the console’s Origin', async () => {
    const { cookie } = await session();
    const res = await api(
      fromConsole(KEYPAIRS, {
        method: 'POST',
        headers: { Cookie: cookie, 'Content-Type': 'application/json' },
        body: JSON.stringify({ keypair: { name: 'from-the-console' } }),
      }),
    );
    expect(res.status).toBe(200);
    expect(keypairNames()).toContain('from-the-console');
  });

  it('come back compressed, as every API answer does', async () => {
    const { cookie } = await session();
    const res = await api(
      fromConsole(`${SERVERS}/detail`, { headers: { Cookie: cookie, 'Accept-Encoding': 'br' } }),
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBe('br');
    const body = JSON.parse(brotliDecompressSync(Buffer.from(await res.arrayBuffer())).toString());
    expect(body.servers.length).toBeGreaterThan(0);
  });
});

describe('cross-site requests (BFF: the cookie acts only for the console’s own pages)', () => {
  const write = (cookie: string, headers: Record<string, string>) =>
    new Request(`${CONSOLE}${KEYPAIRS}`, {
      method: 'POST',
      headers: { Cookie: cookie, 'Content-Type': 'application/json', ...headers },
      body: JSON.stringify({ keypair: { name: 'planted' } }),
    });

  it.each([
    ['without the console’s header', { Origin: CONSOLE }],
    ['without the console’s header or an Origin', {}],
    ['with another value of the header', { [CONSOLE_REQUEST_HEADER]: 'XMLHttpRequest' }],
    [
      'from another site',
      { [CONSOLE_REQUEST_HEADER]: CONSOLE_REQUEST_VALUE, Origin: 'https://evil.example' },
    ],
    [
      'from another port of the host',
      { [CONSOLE_REQUEST_HEADER]: CONSOLE_REQUEST_VALUE, Origin: 'http://console.test:8080' },
    ],
    ['from an opaque origin', { [CONSOLE_REQUEST_HEADER]: CONSOLE_REQUEST_VALUE, Origin: 'null' }],
  ])('a write %s is 403 and changes nothing', async (_, headers) => {
    const { cookie } = await session();
    sent = [];
    const res = await api(write(cookie, headers));
    expect(res.status).toBe(403);
    const answer = (await res.json()) as any;
    expect(answer.error.code).toBe(403);
    expect(answer.error.message).toEqual(expect.any(String));
    expect(sent).toEqual([]);
    expect(keypairNames()).not.toContain('planted');
  });

  it.each([
    ['without the console’s header', { [CONSOLE_REQUEST_HEADER]: '' }],
    ['from another site', { Origin: 'https://evil.example' }],
  ])('a sign-in %s is 403: no cookie, nothing asked of Identity', async (_, headers) => {
    const res = await api(signInRequest(credentials(), headers));
    expect(res.status).toBe(403);
    expect(res.headers.get('set-cookie')).toBeNull();
    expect(sent).toEqual([]);
  });

  it('a sign-out from another site is 403 and revokes nothing', async () => {
    const { cookie } = await session();
    const before = tokens();
    sent = [];
    const res = await api(
      new Request(`${CONSOLE}${SESSION_PATH}`, {
        method: 'DELETE',
        headers: { Cookie: cookie, Origin: 'https://evil.example' },
      }),
    );
    expect(res.status).toBe(403);
    expect(sent).toEqual([]);
    expect(tokens()).toEqual(before);
  });

  it('a write without the cookie is forwarded as before (a tool with its own token)', async () => {
    const token = await signIn(upstream.emulator);
    const res = await api(
      new Request(`${CONSOLE}${KEYPAIRS}`, {
        method: 'POST',
        headers: { 'X-Auth-Token': token, 'Content-Type': 'application/json' },
        body: JSON.stringify({ keypair: { name: 'from-a-tool' } }),
      }),
    );
    expect(res.status).toBe(200);
    expect(sent[0]?.headers.get('x-auth-token')).toBe(token);
  });
});

describe('a cookie that does not open', () => {
  const ended = async (res: Response) => {
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ error: { code: 401, message: SESSION_ENDED_MESSAGE } });
    expect(res.headers.get('set-cookie')).toBe(CLEARED);
    expect(sent).toEqual([]);
  };

  it('is 401 when changed, and the answer clears it', async () => {
    const { sealed } = await session();
    sent = [];
    const bytes = Buffer.from(sealed, 'base64url');
    bytes[20] = (bytes[20] as number) ^ 0x40;
    const tampered = `${SESSION_COOKIE}=${bytes.toString('base64url')}`;
    await ended(await api(fromConsole(SERVERS, { headers: { Cookie: tampered } })));
  });

  it('is 401 when sealed under another key (another server, a changed secret)', async () => {
    const { cookie } = await session();
    sent = [];
    const elsewhere = createApiHandler({ table, key: randomSessionKey(), fetchImpl: recording });
    await ended(await elsewhere(fromConsole(SERVERS, { headers: { Cookie: cookie } })));
  });

  it('is 401 once the token’s time has passed', async () => {
    const token = await signIn(upstream.emulator);
    const expired = seal(key, { token, expiresAt: Date.now() - 1000, tenantId: DEMO.tenantId });
    await ended(
      await api(fromConsole(SERVERS, { headers: { Cookie: `${SESSION_COOKIE}=${expired}` } })),
    );
    // The same session read by a handler whose clock is past the expiry.
    const { cookie } = await session();
    sent = [];
    const later = createApiHandler({
      table,
      key,
      fetchImpl: recording,
      now: () => Date.now() + 13 * 3600 * 1000,
    });
    await ended(await later(fromConsole(SERVERS, { headers: { Cookie: cookie } })));
  });

  it('is 401 however the request would have been forwarded, the Secure attribute over HTTPS', async () => {
    const res = await api(
      new Request(`https://console.test${SERVERS}`, {
        headers: { Cookie: `${SESSION_COOKIE}=garbage` },
      }),
    );
    expect(res.status).toBe(401);
    expect(res.headers.get('set-cookie')).toBe(`${CLEARED}; Secure`);
    expect(sent).toEqual([]);
  });
});

describe('DELETE /api/session: sign-out', () => {
  const signOut = (cookie?: string) =>
    api(fromConsole(SESSION_PATH, { method: 'DELETE', headers: cookie ? { Cookie: cookie } : {} }));

  it('revokes the token at Identity and clears the cookie; the old cookie then gets 401', async () => {
    const { cookie } = await session();
    const token = [...tokens()].at(-1) as string;
    expect((await api(fromConsole(SERVERS, { headers: { Cookie: cookie } }))).status).toBe(200);
    sent = [];

    const res = await signOut(cookie);
    expect(res.status).toBe(204);
    expect(res.headers.get('set-cookie')).toBe(CLEARED);
    expect(await res.text()).toBe('');
    expect(sent).toHaveLength(1);
    expect(sent[0]?.method).toBe('DELETE');
    expect(sent[0]?.url).toBe(`${upstream.url}/identity/v2.0/tokens/${token}`);
    expect(sent[0]?.headers.get('x-auth-token')).toBe(token);
    expect(tokens().has(token)).toBe(false);

    // The same sealed cookie still opens at the proxy, but the emulator refuses the token.
    const replayed = await api(fromConsole(SERVERS, { headers: { Cookie: cookie } }));
    expect(replayed.status).toBe(401);
    expect(await replayed.json()).toEqual(KEYSTONE_401);
    // So does the token used directly.
    const direct = await fetch(`${upstream.url}/compute/kr1/v2/${DEMO.tenantId}/servers`, {
      headers: { 'X-Auth-Token': token },
    });
    expect(direct.status).toBe(401);
  });

  it('without a session clears the cookie and asks Identity nothing', async () => {
    const res = await signOut();
    expect(res.status).toBe(204);
    expect(res.headers.get('set-cookie')).toBe(CLEARED);
    expect(sent).toEqual([]);
    const garbage = await signOut(`${SESSION_COOKIE}=garbage`);
    expect(garbage.status).toBe(204);
    expect(garbage.headers.get('set-cookie')).toBe(CLEARED);
    expect(sent).toEqual([]);
  });

  it('clears the cookie even when Identity cannot revoke (a host without revocation)', async () => {
    const { cookie } = await session();
    const refusing = createApiHandler({
      table,
      key,
      fetchImpl: async (input, init) =>
        init?.method === 'DELETE'
          ? new Response('{"error": "not supported"}', { status: 501 })
          : fetch(input, init),
    });
    const res = await refusing(
      fromConsole(SESSION_PATH, { method: 'DELETE', headers: { Cookie: cookie } }),
    );
    expect(res.status).toBe(204);
    expect(res.headers.get('set-cookie')).toBe(CLEARED);
    const unreachable = createApiHandler({
      table: upstreamTable('emulator', 'http://127.0.0.1:9'),
      key,
    });
    const res2 = await unreachable(
      fromConsole(SESSION_PATH, { method: 'DELETE', headers: { Cookie: cookie } }),
    );
    expect(res2.status).toBe(204);
  });
});

describe('everything else under /api/', () => {
  it('still answers 404 for a path outside the table, forwarding nothing', async () => {
    for (const path of ['/api/evil/x', '/api/compute/kr1x/v2', '/api', '/api/session/x']) {
      const res = await api(fromConsole(path));
      expect(res.status, path).toBe(404);
    }
    expect(sent).toEqual([]);
  });

  it('forwards a request without the cookie with the tool’s own X-Auth-Token', async () => {
    const token = await signIn(upstream.emulator);
    const res = await api(
      new Request(`${CONSOLE}${SERVERS}`, { headers: { 'X-Auth-Token': token } }),
    );
    expect(res.status).toBe(200);
    expect(sent[0]?.headers.get('x-auth-token')).toBe(token);
  });
});

describe('another site’s Origin, on every method (issue 12)', () => {
  it.each(['GET', 'HEAD', 'POST', 'PUT', 'DELETE'])(
    'a %s from another site is 403, with the cookie or without, forwarding nothing',
    async (method) => {
      const { cookie } = await session();
      sent = [];
      const variants: Record<string, string>[] = [
        { Origin: 'https://evil.example' },
        { Origin: 'https://evil.example', Cookie: cookie },
        { Origin: 'http://console.test:8080', [CONSOLE_REQUEST_HEADER]: CONSOLE_REQUEST_VALUE },
        { Origin: 'null', 'X-Auth-Token': 'a-tool-token' },
      ];
      for (const headers of variants) {
        const res = await api(new Request(`${CONSOLE}${SERVERS}`, { method, headers }));
        expect(res.status, JSON.stringify(headers)).toBe(403);
        expect(res.headers.get(PROXY_ERROR_HEADER)).toBe('cross-site');
      }
      expect(sent).toEqual([]);
    },
  );

  it('a read from the console’s own origin, or with no Origin (a tool, a same-origin GET), goes', async () => {
    const { cookie } = await session();
    const own = await api(
      new Request(`${CONSOLE}${SERVERS}`, { headers: { Origin: CONSOLE, Cookie: cookie } }),
    );
    expect(own.status).toBe(200);
    const none = await api(new Request(`${CONSOLE}${SERVERS}`, { headers: { Cookie: cookie } }));
    expect(none.status).toBe(200);
  });
});

describe('methods the API does not take (issue 12)', () => {
  it('are 405 with Allow before any session check, with the cookie or without', async () => {
    const { cookie } = await session();
    sent = [];
    for (const method of ['PATCH', 'OPTIONS', 'PROPFIND']) {
      const variants: Record<string, string>[] = [
        {},
        { Cookie: cookie },
        { Cookie: `${SESSION_COOKIE}=garbage` },
      ];
      for (const headers of variants) {
        const res = await api(fromConsole(SERVERS, { method, headers }));
        expect(res.status, method).toBe(405);
        expect(res.headers.get('allow')).toBe('GET, HEAD, POST, PUT, DELETE');
        expect(res.headers.get(PROXY_ERROR_HEADER)).toBe('method');
        // Not the 401 that would clear the cookie: the method alone decides.
        expect(res.headers.get('set-cookie')).toBeNull();
      }
    }
    expect(sent).toEqual([]);
  });

  it('the session’s own 405 is marked too', async () => {
    const res = await api(fromConsole(SESSION_PATH, { method: 'PUT' }));
    expect(res.status).toBe(405);
    expect(res.headers.get(PROXY_ERROR_HEADER)).toBe('method');
  });
});

describe('the handler’s own answers are marked X-NHN-Console-Proxy-Error (issue 12)', () => {
  it('session: an ended session (401) and a sign-in body that is not one (400)', async () => {
    const ended = await api(
      fromConsole(SERVERS, { headers: { Cookie: `${SESSION_COOKIE}=garbage` } }),
    );
    expect(ended.status).toBe(401);
    expect(ended.headers.get(PROXY_ERROR_HEADER)).toBe('session');
    const bad = await api(signInRequest('[]'));
    expect(bad.status).toBe(400);
    expect(bad.headers.get(PROXY_ERROR_HEADER)).toBe('session');
  });

  it('too-large: a sign-in body over its limit; cross-site: a write without the console’s header', async () => {
    const large = await api(signInRequest({ ...credentials(), password: 'x'.repeat(20_000) }));
    expect(large.headers.get(PROXY_ERROR_HEADER)).toBe('too-large');
    expect(((await large.json()) as any).error.message).toMatch(/nothing was sent/);
    const { cookie } = await session();
    const noHeader = await api(
      new Request(`${CONSOLE}${KEYPAIRS}`, { method: 'POST', headers: { Cookie: cookie } }),
    );
    expect(noHeader.status).toBe(403);
    expect(noHeader.headers.get(PROXY_ERROR_HEADER)).toBe('cross-site');
  });

  it('unreachable and no-upstream; NHN Cloud’s own answers are not marked', async () => {
    const unreachable = createApiHandler({
      table: upstreamTable('emulator', 'http://127.0.0.1:9'),
      key,
    });
    const res = await unreachable(signInRequest(credentials()));
    expect(res.headers.get(PROXY_ERROR_HEADER)).toBe('unreachable');
    const outside = await api(fromConsole('/api/evil/x'));
    expect(outside.headers.get(PROXY_ERROR_HEADER)).toBe('no-upstream');
    const refused = await api(signInRequest({ ...credentials(), password: 'wrong' }));
    expect(refused.status).toBe(401);
    expect(refused.headers.get(PROXY_ERROR_HEADER)).toBeNull();
    const { cookie } = await session();
    const missing = await api(
      fromConsole(`${SERVERS}/no-such-server`, { headers: { Cookie: cookie } }),
    );
    expect(missing.status).toBe(404);
    expect(missing.headers.get(PROXY_ERROR_HEADER)).toBeNull();
  });

  it('too-large: a 2 MiB write with the session, never reaching the emulator', async () => {
    const { cookie } = await session();
    sent = [];
    const before = keypairNames();
    const res = await api(
      fromConsole(KEYPAIRS, {
        method: 'POST',
        headers: { Cookie: cookie, 'Content-Type': 'application/json' },
        body: JSON.stringify({
          keypair: { name: 'huge', public_key: 'x'.repeat(2 * 1024 * 1024) },
        }),
      }),
    );
    expect(res.status).toBe(413);
    expect(res.headers.get(PROXY_ERROR_HEADER)).toBe('too-large');
    expect(sent).toEqual([]);
    expect(keypairNames()).toEqual(before);
  });
});
