import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { forward } from './forward';
import { type StandIn, startStandIn } from './stand-in';
import { upstreamTable } from './upstreams';

let standIn: StandIn;
beforeAll(async () => {
  standIn = await startStandIn();
});
afterAll(() => standIn.close());

const browserRequest = (path: string, init: RequestInit = {}) =>
  new Request(`http://console.test${path}`, init);

describe('the production proxy (emulator table, stand-in upstream)', () => {
  it('forwards method, path, query, body and the token, and returns status and headers', async () => {
    const table = upstreamTable('emulator', standIn.url);
    const res = await forward(
      table,
      browserRequest('/api/compute/kr1/v2/t1/servers/s1/action?x=1', {
        method: 'POST',
        headers: {
          'X-Auth-Token': 'tok',
          'Content-Type': 'application/json',
          Cookie: 'session=secret',
          Origin: 'http://console.test',
        },
        body: JSON.stringify({ 'os-stop': null }),
      }),
    );
    expect(res.status).toBe(202);
    expect(res.headers.get('location')).toBe('https://upstream.example/v2/images/abc');
    const { echo } = (await res.json()) as {
      echo: { method: string; url: string; headers: Record<string, string>; body: string };
    };
    expect(echo.method).toBe('POST');
    expect(echo.url).toBe('/compute/kr1/v2/t1/servers/s1/action?x=1');
    expect(echo.headers['x-auth-token']).toBe('tok');
    expect(echo.headers.cookie).toBeUndefined();
    expect(echo.headers.origin).toBeUndefined();
    expect(JSON.parse(echo.body)).toEqual({ 'os-stop': null });
  });

  it('answers 404 itself for paths outside the table and forwards nothing', async () => {
    const table = upstreamTable('emulator', standIn.url);
    const before = standIn.received.length;
    for (const path of ['/api/evil/x', '/api/compute/xx9/v2', '/api']) {
      const res = await forward(table, browserRequest(path));
      expect(res.status).toBe(404);
    }
    expect(standIn.received.length).toBe(before);
  });

  it('passes upstream errors through unchanged', async () => {
    const res = await forward(
      upstreamTable('emulator', standIn.url),
      browserRequest('/api/image/kr1/v2/images/missing'),
    );
    expect(res.status).toBe(404);
  });

  it('answers 502 with a message when the upstream is unreachable', async () => {
    const res = await forward(
      upstreamTable('emulator', 'http://127.0.0.1:9'),
      browserRequest('/api/identity/v2.0/tokens'),
    );
    expect(res.status).toBe(502);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(
      /unreachable/,
    );
  });
});

describe('NHN_BACKEND=nhn: the same proxy sends requests to the real NHN Cloud hosts', () => {
  it('asks https://kr1-api-instance-infrastructure.nhncloudservice.com for a KR1 compute path', async () => {
    const table = upstreamTable('nhn', 'http://127.0.0.1:8774');
    const asked: string[] = [];
    // Stand in for the internet: record the URL, answer from the local stand-in upstream.
    const viaStandIn: typeof fetch = async (input, init) => {
      const url = new URL(String(input));
      asked.push(url.toString());
      return fetch(`${standIn.url}${url.pathname}${url.search}`, init);
    };
    const res = await forward(
      table,
      browserRequest('/api/compute/kr1/v2/t1/servers/detail?limit=2', {
        headers: { 'X-Auth-Token': 'tok' },
      }),
      viaStandIn,
    );
    expect(res.status).toBe(202);
    expect(asked).toEqual([
      'https://kr1-api-instance-infrastructure.nhncloudservice.com/v2/t1/servers/detail?limit=2',
    ]);
    await forward(
      table,
      browserRequest('/api/identity/v2.0/tokens', { method: 'POST', body: '{}' }),
      viaStandIn,
    );
    expect(asked[1]).toBe('https://api-identity-infrastructure.nhncloudservice.com/v2.0/tokens');
  });
});
