/**
 * Issue 12: the control API (/_emulator/*) refuses cross-site use. A page on another site can
 * make a browser POST text/plain (or nothing) to it without a preflight, so it takes JSON bodies
 * only (415), refuses a foreign Origin (403) and bodies over 64 KB (413), and bounds its fields;
 * every refused request leaves the state and the faults as they were. What the browser tests'
 * fixtures send (e2e/fixtures.ts: Playwright's APIRequestContext posts JSON, or no body at all
 * for reset, settle and tokens/expire; no Origin) still works.
 */
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { createEmulator, type Emulator } from './app';
import { MAX_CONTROL_BODY_BYTES } from './control';
import { MAX_FAULTS } from './faults';
import { ORIGIN, rawRequest, signIn } from './testing';

interface Sent {
  body?: string;
  headers?: Record<string, string>;
}

/** A request exactly as given: no Content-Type unless `headers` has one. */
async function send(emulator: Emulator, method: string, path: string, sent: Sent = {}) {
  const init: RequestInit = { method, headers: sent.headers ?? {} };
  if (sent.body !== undefined) init.body = sent.body;
  const res = await emulator.app.request(`${ORIGIN}/_emulator${path}`, init);
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null };
}

/** Everything a control request could change: the state, the clock and the faults. */
async function snapshot(emulator: Emulator) {
  const faults = await rawRequest(emulator, 'GET', '/_emulator/faults');
  return JSON.stringify({
    state: emulator.store.state,
    offset: emulator.store.clock.offset,
    faults: faults.body.faults,
  });
}

/** An emulator that differs from its seed: a token, a fault and a moved clock. */
async function changedEmulator() {
  const emulator = createEmulator({ transitionMs: 600_000 });
  await signIn(emulator);
  const fault = await rawRequest(emulator, 'POST', '/_emulator/faults', {
    path: '^/never$',
    status: 503,
  });
  expect(fault.status).toBe(201);
  const clock = await rawRequest(emulator, 'POST', '/_emulator/clock', { advanceMs: 60_000 });
  expect(clock.status).toBe(200);
  return emulator;
}

const FAULT = JSON.stringify({ path: '.*', status: 500 });
const FOREIGN = 'https://evil.example';

describe('the control API refuses cross-site requests', () => {
  it.each([
    ['/reset', ''],
    ['/reset', '{}'],
    ['/reset', '{"extraServers": 5}'],
    ['/faults', FAULT],
    ['/clock', '{"advanceMs": 1000}'],
    ['/tokens/expire', ''],
  ])('a text/plain POST to %s (body %j) is 415 and changes nothing', async (path, body) => {
    const emulator = await changedEmulator();
    const before = await snapshot(emulator);
    for (const type of [
      'text/plain',
      'text/plain;charset=UTF-8',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
    ]) {
      const res = await send(emulator, 'POST', path, { body, headers: { 'Content-Type': type } });
      expect(res.status, type).toBe(415);
      expect(res.body.error).toEqual({
        code: 415,
        message: expect.stringContaining('application/json'),
      });
    }
    expect(await snapshot(emulator)).toBe(before);
    // The emulator still answers normally afterwards: the fault added before is not triggered.
    expect((await rawRequest(emulator, 'GET', '/_emulator/health')).status).toBe(200);
  });

  it.each([
    ['/reset', ''],
    ['/faults', FAULT],
  ])(
    'the same POST to %s from a page on another site (Origin) is 403 and changes nothing',
    async (path, body) => {
      const emulator = await changedEmulator();
      const before = await snapshot(emulator);
      const res = await send(emulator, 'POST', path, {
        body,
        headers: { 'Content-Type': 'text/plain', Origin: FOREIGN },
      });
      expect(res.status).toBe(403);
      expect(res.body.error.message).toContain(FOREIGN);
      // No body and no Content-Type, as `fetch(url, {method: 'POST', mode: 'no-cors'})` sends.
      const bare = await send(emulator, 'POST', path, { headers: { Origin: FOREIGN } });
      expect(bare.status).toBe(403);
      expect(await snapshot(emulator)).toBe(before);
    },
  );

  it('a body without a Content-Type (a Blob with no type) is 415 and changes nothing', async () => {
    const emulator = await changedEmulator();
    const before = await snapshot(emulator);
    for (const [path, body] of [
      ['/faults', FAULT],
      ['/reset', '{}'],
      ['/reset', ' '],
    ] as const) {
      expect((await send(emulator, 'POST', path, { body })).status, path).toBe(415);
    }
    expect(await snapshot(emulator)).toBe(before);
  });

  it.each([
    ['POST', '/reset', undefined],
    ['POST', '/faults', FAULT],
    ['POST', '/clock', '{"advanceMs": 1000}'],
    ['POST', '/settle', undefined],
    ['POST', '/tokens/expire', undefined],
    ['POST', '/servers/any/status', '{"status": "MIGRATING"}'],
    ['DELETE', '/faults', undefined],
    ['DELETE', '/faults/1', undefined],
    ['GET', '/faults', undefined],
    ['GET', '/clock', undefined],
  ])(
    'JSON (or nothing) to %s %s from a foreign Origin is 403 and changes nothing',
    async (method, path, body) => {
      const emulator = await changedEmulator();
      const before = await snapshot(emulator);
      for (const origin of [
        FOREIGN,
        'null',
        'http://localhost.evil.example:8775',
        // A DNS rebinding page: its Host and Origin agree, on a name that is not the emulator's.
        'http://evil.example',
      ]) {
        const res = await emulator.app.request(`http://evil.example/_emulator${path}`, {
          method,
          headers: {
            Host: 'evil.example',
            Origin: origin,
            ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
          },
          body,
        });
        expect(res.status, origin).toBe(403);
        const local = await send(emulator, method, path, {
          headers: {
            Origin: origin,
            ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
          },
          ...(body === undefined ? {} : { body }),
        });
        expect(local.status, `${origin} at ${ORIGIN}`).toBe(403);
      }
      expect(await snapshot(emulator)).toBe(before);
    },
  );

  it('answers its own origin, and requests with no Origin', async () => {
    const emulator = await changedEmulator();
    const json = { 'Content-Type': 'application/json' };
    const own = await send(emulator, 'POST', '/faults', {
      body: FAULT,
      headers: { ...json, Origin: ORIGIN },
    });
    expect(own.status).toBe(201);
    const reset = await send(emulator, 'POST', '/reset', { headers: { Origin: ORIGIN } });
    expect(reset.status).toBe(200);
    expect((await rawRequest(emulator, 'GET', '/_emulator/faults')).body.faults).toEqual([]);
  });

  it('refuses a body over 64 KB with 413, changing nothing', async () => {
    const emulator = await changedEmulator();
    const before = await snapshot(emulator);
    const padding = 'x'.repeat(MAX_CONTROL_BODY_BYTES);
    const res = await send(emulator, 'POST', '/faults', {
      body: JSON.stringify({ path: '.*', status: 500, message: padding }),
      headers: { 'Content-Type': 'application/json' },
    });
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe(413);
    expect(await snapshot(emulator)).toBe(before);
  });

  it.each([
    ['/faults', { path: '.*', status: 500, method: 'G'.repeat(17) }],
    ['/faults', { path: '.*', status: 500, times: 1_000_001 }],
    ['/faults', { path: 'x'.repeat(501), status: 500 }],
    ['/faults', { path: '.*', status: 500, message: 'm'.repeat(1001) }],
    ['/clock', { advanceMs: 367 * 24 * 3600 * 1000 }],
    ['/reset', { extraServers: 1e9 }],
    ['/servers/any/status', { status: 'S'.repeat(65) }],
  ])('bounds every field: %s with %j is 400 and changes nothing', async (path, body) => {
    const emulator = await changedEmulator();
    const before = await snapshot(emulator);
    const res = await rawRequest(emulator, 'POST', `/_emulator${path}`, body);
    expect(res.status).toBe(400);
    expect(await snapshot(emulator)).toBe(before);
  });

  it(`keeps at most ${MAX_FAULTS} faults at once`, async () => {
    const emulator = createEmulator();
    for (let i = 0; i < MAX_FAULTS; i++) {
      const res = await rawRequest(emulator, 'POST', '/_emulator/faults', {
        path: `^/never/${i}$`,
        status: 500,
      });
      expect(res.status).toBe(201);
    }
    const more = await rawRequest(emulator, 'POST', '/_emulator/faults', {
      path: '^/one-more$',
      status: 500,
    });
    expect(more.status).toBe(409);
    expect((await rawRequest(emulator, 'GET', '/_emulator/faults')).body.faults).toHaveLength(
      MAX_FAULTS,
    );
  });
});

/** What e2e/fixtures.ts and the other callers send, which must keep working. */
describe("the control API's own clients", () => {
  const json = { 'Content-Type': 'application/json' };

  it('reset with no body and no Content-Type (Playwright post without data)', async () => {
    const emulator = await changedEmulator();
    const res = await send(emulator, 'POST', '/reset');
    expect(res.status).toBe(200);
    expect(emulator.store.clock.offset).toBe(0);
    expect((await rawRequest(emulator, 'GET', '/_emulator/faults')).body.faults).toEqual([]);
  });

  it('reset with extraServers as JSON, and with a JSON type but no body (scripts/bench)', async () => {
    const emulator = createEmulator();
    const sized = await send(emulator, 'POST', '/reset', {
      body: JSON.stringify({ extraServers: 3 }),
      headers: json,
    });
    expect(sized.body).toEqual({ reset: true, extraServers: 3 });
    const plain = await send(emulator, 'POST', '/reset', { headers: json });
    expect(plain.body).toEqual({ reset: true, extraServers: 0 });
  });

  it.each([
    ['POST', '/settle', undefined, 200],
    ['POST', '/tokens/expire', undefined, 200],
    ['POST', '/clock', { advanceMs: 1000 }, 200],
    ['POST', '/faults', { path: '^/x$', status: 500 }, 201],
    ['DELETE', '/faults', undefined, 204],
  ])('%s %s answers as before', async (method, path, body, status) => {
    const emulator = createEmulator();
    const res = await send(emulator, method, path, {
      ...(body === undefined ? {} : { body: JSON.stringify(body), headers: json }),
    });
    expect(res.status).toBe(status);
  });

  it('takes application/json with parameters', async () => {
    const emulator = createEmulator();
    const res = await send(emulator, 'POST', '/clock', {
      body: '{"advanceMs": 5}',
      headers: { 'Content-Type': 'Application/JSON; charset=utf-8' },
    });
    expect(res.status).toBe(200);
  });
});

describe('a dropped connection (drop: true)', () => {
  it('closes the connection without an answer, as a service that is down does, then answers again', async () => {
    const { startEmulator } = await import('./main');
    const { DEFAULT_CONFIG } = await import('./config');
    const { server } = startEmulator({ ...DEFAULT_CONFIG, port: 0, host: '127.0.0.1' });
    try {
      await new Promise<void>((listening) => server.once('listening', () => listening()));
      const { port } = server.address() as AddressInfo;
      const base = `http://127.0.0.1:${port}`;
      const added = await fetch(`${base}/_emulator/faults`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ path: '^/identity/v2.0$', drop: true, times: 1 }),
      });
      expect(added.status).toBe(201);
      await expect(fetch(`${base}/identity/v2.0`)).rejects.toThrow();
      expect((await fetch(`${base}/identity/v2.0`)).status).toBe(200);
      const refused = await fetch(`${base}/_emulator/faults`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ path: '/x', drop: true, status: 500 }),
      });
      expect(refused.status).toBe(400);
    } finally {
      server.close();
    }
  });
});

describe('a body the emulator refuses unread', () => {
  it('is read to its end before the answer, so the connection stays fit for the next request', async () => {
    const emulator = createEmulator();
    const token = await signIn(emulator);
    // A declared length (as the proxy forwards it): the body limit reads the header, not the body.
    const body = JSON.stringify({ server: { name: 'x'.repeat(300 * 1024) } });
    const request = new Request(
      `${ORIGIN}/compute/kr1/v2/f5073eaa26b64cffbee89411df94ce01/servers/x`,
      {
        method: 'PUT',
        headers: {
          'X-Auth-Token': token,
          'Content-Type': 'application/json',
          'Content-Length': String(body.length),
        },
        body,
      },
    );
    // Another tenant's server: refused (403) before the handler reads anything.
    const res = await emulator.app.fetch(request);
    expect(res.status).toBe(403);
    expect(request.bodyUsed).toBe(true);
  });
});
