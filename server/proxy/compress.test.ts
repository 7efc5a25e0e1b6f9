/**
 * The production server compresses the API's answers (issue 10, "Fast at any size"): fetch()
 * decodes the upstream's body, so without ./compress.ts every page of servers crossed the
 * network as plain JSON (~1.9 MB per 1,000 servers).
 */
import { brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServerApp } from '../serve';
import { compressAnswer, MIN_COMPRESS_BYTES } from './compress';
import { type StandIn, startStandIn } from './stand-in';
import { upstreamTable } from './upstreams';

// A servers/detail page as NHN Cloud answers it, far above the threshold.
const servers = {
  servers: Array.from({ length: 60 }, (_, i) => ({
    id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    name: `web-${i}`,
    status: i % 3 ? 'ACTIVE' : 'SHUTOFF',
    metadata: { os_distro: 'ubuntu', description: 'a server of the load test' },
  })),
};
const page = JSON.stringify(servers);
const tiny = JSON.stringify({ server: { id: 's1', status: 'ACTIVE' } });
const refusal = JSON.stringify({
  badRequest: { code: 400, message: `Invalid input for field/attribute name. ${'x'.repeat(2000)}` },
});

let standIn: StandIn;
beforeAll(async () => {
  standIn = await startStandIn(({ url }) => {
    if (url.includes('/servers/detail')) return { status: 200, body: servers };
    if (url.includes('/servers/tiny')) return { status: 200, body: JSON.parse(tiny) };
    if (url.includes('/action')) return { status: 204, body: '' };
    if (url.includes('/refused')) return { status: 400, body: JSON.parse(refusal) };
    return undefined;
  });
});
afterAll(() => standIn.close());

const ask = (path: string, acceptEncoding?: string, method = 'GET') =>
  createServerApp(upstreamTable('emulator', standIn.url), 'no-such-dist').request(
    `/api/compute/kr1/v2/t1${path}`,
    {
      method,
      headers: {
        'X-Auth-Token': 'tok',
        ...(acceptEncoding === undefined ? {} : { 'Accept-Encoding': acceptEncoding }),
      },
    },
  );
const bytes = async (res: Response) => Buffer.from(await res.arrayBuffer());

describe('the production server compresses the API’s answers', () => {
  it('sends brotli to a browser that accepts br and gzip, decompressing to the upstream’s JSON', async () => {
    const res = await ask('/servers/detail?limit=60', 'br, gzip');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBe('br');
    expect(res.headers.get('content-length')).toBeNull();
    expect(res.headers.get('vary')).toMatch(/accept-encoding/i);
    const body = await bytes(res);
    expect(body.length).toBeLessThan(page.length / 4);
    expect(brotliDecompressSync(body).toString('utf8')).toBe(page);
  });

  it('sends gzip to a browser that accepts only gzip', async () => {
    const res = await ask('/servers/detail?limit=60', 'gzip');
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(await bytes(res)).toString('utf8')).toBe(page);
  });

  it('sends the same bytes as they are without Accept-Encoding, still varying by it', async () => {
    const res = await ask('/servers/detail?limit=60');
    expect(res.headers.get('content-encoding')).toBeNull();
    expect(res.headers.get('vary')).toMatch(/accept-encoding/i);
    expect((await bytes(res)).toString('utf8')).toBe(page);
  });

  it('leaves a tiny answer and a 204 uncompressed', async () => {
    const small = await ask('/servers/tiny', 'br, gzip');
    expect(tiny.length).toBeLessThan(MIN_COMPRESS_BYTES);
    expect(small.headers.get('content-encoding')).toBeNull();
    expect(small.headers.get('content-length')).toBe(String(tiny.length));
    expect(await small.text()).toBe(tiny);
    const noContent = await ask('/servers/s1/action', 'br, gzip', 'POST');
    expect(noContent.status).toBe(204);
    expect(noContent.headers.get('content-encoding')).toBeNull();
    expect((await bytes(noContent)).length).toBe(0);
  });

  it('keeps an upstream refusal’s status and body (compressed, the same JSON)', async () => {
    const res = await ask('/servers/refused', 'br, gzip');
    expect(res.status).toBe(400);
    expect(res.headers.get('content-encoding')).toBe('br');
    expect(brotliDecompressSync(await bytes(res)).toString('utf8')).toBe(refusal);
    const plain = await ask('/servers/refused');
    expect(plain.status).toBe(400);
    expect(await plain.text()).toBe(refusal);
  });
});

describe('compressAnswer', () => {
  const request = (method = 'GET') =>
    new Request('http://console.test/api/x', { method, headers: { 'Accept-Encoding': 'br' } });
  const json = { 'Content-Type': 'application/json' };

  it('does not encode again an answer that carries a Content-Encoding', async () => {
    const encoded = gzipSync(page);
    const res = await compressAnswer(
      request(),
      new Response(encoded, { headers: { ...json, 'Content-Encoding': 'gzip' } }),
    );
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect(await bytes(res)).toEqual(encoded);
  });

  it('leaves HEAD and types that are not text alone', async () => {
    const head = await compressAnswer(request('HEAD'), new Response(null, { headers: json }));
    expect(head.headers.get('content-encoding')).toBeNull();
    const image = Buffer.alloc(4096, 7);
    const png = await compressAnswer(
      request(),
      new Response(image, { headers: { 'Content-Type': 'image/png' } }),
    );
    expect(png.headers.get('content-encoding')).toBeNull();
    expect(await bytes(png)).toEqual(image);
  });

  it('compresses text of unknown length that arrives in small chunks', async () => {
    const chunks = page.match(/[\s\S]{1,100}/g) ?? [];
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const chunk of chunks) controller.enqueue(new TextEncoder().encode(chunk));
        controller.close();
      },
    });
    const res = await compressAnswer(
      request(),
      new Response(stream, { headers: { 'Content-Type': 'application/problem+json' } }),
    );
    expect(res.headers.get('content-encoding')).toBe('br');
    expect(brotliDecompressSync(await bytes(res)).toString('utf8')).toBe(page);
  });
});
