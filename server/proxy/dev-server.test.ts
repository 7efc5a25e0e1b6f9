import type { AddressInfo } from 'node:net';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type StandIn, startStandIn } from './stand-in';

// The real vite.config.ts, with the emulator port pointed at a stand-in upstream.
let standIn: StandIn;
let vite: ViteDevServer;
let base: string;

beforeAll(async () => {
  standIn = await startStandIn();
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
    await fetch(`${base}/api/identity/v2.0/tokens`, { method: 'POST', body: '{}' });
    expect(standIn.received.at(-1)?.url).toBe('/identity/v2.0/tokens');
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
