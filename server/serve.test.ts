import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type StandIn, startStandIn } from './proxy/stand-in';
import { upstreamTable } from './proxy/upstreams';
import { createServerApp } from './serve';

let standIn: StandIn;
let dist: string;

beforeAll(async () => {
  standIn = await startStandIn();
  dist = mkdtempSync(join(tmpdir(), 'console-dist-'));
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>console</title>');
  writeFileSync(join(dist, 'assets', 'app.js'), 'console.log(1)');
});
afterAll(async () => {
  await standIn.close();
  rmSync(dist, { recursive: true, force: true });
});

describe('the production server', () => {
  const app = () =>
    createServerApp(upstreamTable('emulator', standIn.url), relative(process.cwd(), dist));

  it('serves the built files and the app shell for client-side routes', async () => {
    const asset = await app().request('/assets/app.js');
    expect(asset.status).toBe(200);
    expect(await asset.text()).toBe('console.log(1)');
    const route = await app().request('/kr1/instances/abc');
    expect(route.status).toBe(200);
    expect(await route.text()).toContain('<title>console</title>');
  });

  it('sets security headers', async () => {
    const res = await app().request('/');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
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
